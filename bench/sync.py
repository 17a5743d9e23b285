"""Benchmark of the offline change feed (GET /api/v1/sync) on PostgreSQL.

Seeds the task benchmark's world (``bench/tasks.py``) large enough that one unit owes
about 2,000 assignments (80 plans x 200 tasks x 5 units out of 40), starts the API
(``plandesk serve``, one worker), then, as that unit's officer over HTTP:

* a **full first sync** (no token), following ``next_cursor`` to the end, at
  ``limit=1000`` and at the default ``limit=200``;
* an **incremental sync** after 50 changes (a coordinator moves 50 of the unit's
  assignments through the API, each also rewriting its task's summary).

Each is repeated (``--repeat``, default 7) and reported as the median and the worst
run: total time across pages (client-side, JSON parsed), the CPU time it cost (client +
API process + PostgreSQL backends: on a shared, loaded machine wall-clock time mostly
waits for a core), pages, bytes of JSON and bytes on the wire (the feed answers gzip when
asked, as httpx and phones do), objects.
Targets (issue #16): first sync ≤ 500 ms, incremental ≤ 50 ms.

    .venv/bin/python bench/sync.py [--pg-url URL] [--repeat 7]
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import os
import secrets
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, select

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "backend"))

_spec = importlib.util.spec_from_file_location("bench_tasks", Path(__file__).with_name("tasks.py"))
assert _spec and _spec.loader
bench_tasks = importlib.util.module_from_spec(_spec)
sys.modules["bench_tasks"] = bench_tasks
_spec.loader.exec_module(bench_tasks)

from plandesk.core import migrations  # noqa: E402
from plandesk.core.config import Settings  # noqa: E402
from plandesk.core.db import make_engine  # noqa: E402
from plandesk.tasks.models import Assignment  # noqa: E402

FIRST_TARGET_MS = 500.0
INCREMENTAL_TARGET_MS = 50.0
CHANGES = 50


def _descendants(root: int) -> list[int]:
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            parents[int(stat.parent.name)] = int(fields[1])
        except (OSError, ValueError, IndexError):
            continue
    found, frontier = [root], [root]
    while frontier:
        frontier = [pid for pid, ppid in parents.items() if ppid in frontier]
        found += frontier
    return found


def _cpu_seconds(pids: list[int]) -> float:
    """User + system CPU of ``pids`` (the API process, its workers, the database backends)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        except (OSError, ValueError, IndexError):
            continue
    return total / ticks


class CpuMeter:
    """CPU spent by the client, the server and PostgreSQL: on a loaded machine wall-clock
    time waits for cores; CPU time is what the sync itself costs."""

    def __init__(self, server_pid: int, pg_url: str, db_name: str) -> None:
        self.server_pid, self.pg_url, self.db_name = server_pid, pg_url, db_name

    def pids(self) -> list[int]:
        backends = asyncio.run(bench_tasks.pg_backends(self.pg_url, self.db_name))
        return _descendants(self.server_pid) + backends

    def measure(self, fn: Any) -> tuple[Any, float]:
        pids = self.pids()
        before = _cpu_seconds(pids) + time.process_time()
        result = fn()
        after = _cpu_seconds(pids) + time.process_time()
        return result, (after - before) * 1000


@dataclass
class Run:
    ms: float
    pages: int
    bytes: int
    wire: int
    items: int
    deleted: int
    since: str
    cpu_ms: float = 0.0


def sync_run(client: httpx.Client, token: str, since: str | None, limit: int) -> Run:
    headers = {"Authorization": f"Bearer {token}"}
    params: dict[str, Any] = {"limit": limit}
    if since:
        params["since"] = since
    pages = size = wire = items = deleted = 0
    t0 = time.perf_counter()
    while True:
        resp = client.get("/api/v1/sync", params=params, headers=headers)
        resp.raise_for_status()
        body = resp.json()
        pages += 1
        size += len(resp.content)
        wire += resp.num_bytes_downloaded
        items += len(body["items"])
        deleted += len(body["deleted"])
        if body["next_cursor"] is None:
            return Run(
                (time.perf_counter() - t0) * 1000, pages, size, wire, items, deleted, body["next_since"]
            )
        params = {"cursor": body["next_cursor"], "limit": limit}


def measured(meter: CpuMeter, fn: Any) -> Run:
    run, cpu = meter.measure(fn)
    run.cpu_ms = cpu
    return run


def report(name: str, runs: list[Run], target_ms: float) -> dict[str, Any]:
    times = [r.ms for r in runs]
    median = statistics.median(times)
    cpu = statistics.median(r.cpu_ms for r in runs)
    last = runs[-1]
    verdict = "meets" if median <= target_ms else "MISSES"
    print(
        f"   {name:<34} median {median:7.1f} ms  worst {max(times):7.1f} ms  CPU {cpu:7.1f} ms  "
        f"{last.pages:>3} page(s)  {last.bytes / 1024:7.1f} KiB JSON  {last.wire / 1024:7.1f} KiB gzip  "
        f"{last.items:>5} objects  "
        f"{last.deleted} deleted   ({verdict} {target_ms:.0f} ms)"
    )
    return {
        "median_ms": median,
        "worst_ms": max(times),
        "cpu_ms": cpu,
        "json_bytes": last.bytes,
        "wire_bytes": last.wire,
        "objects": last.items,
    }


async def unit_with_most_work(database_url: str) -> tuple[Any, int]:
    engine = make_engine(database_url)
    async with engine.connect() as conn:
        row = (
            await conn.execute(
                select(Assignment.unit_id, func.count())
                .group_by(Assignment.unit_id)
                .order_by(func.abs(func.count() - 2000))
                .limit(1)
            )
        ).one()
    await engine.dispose()
    return row[0], int(row[1])


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pg-url", default="postgresql+asyncpg://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--plans", type=int, default=80)
    args = parser.parse_args()

    bench_tasks.PLANS = args.plans
    workdir = Path(tempfile.mkdtemp(prefix="plandesk-bench-sync-"))
    database_url, pg_name = asyncio.run(bench_tasks.create_pg_database(args.pg_url))
    server = None
    try:
        print(
            f"== PostgreSQL: seeding {args.plans} plans x {bench_tasks.TASKS_PER_PLAN} tasks x 5 assignments"
        )
        t0 = time.monotonic()
        migrations.upgrade(database_url)
        world = asyncio.run(bench_tasks.seed(database_url))
        unit_id, count = asyncio.run(unit_with_most_work(database_url))
        print(f"   seeded in {time.monotonic() - t0:.1f} s; the officer's unit owes {count} assignments")
        secret = secrets.token_urlsafe(48)
        settings = Settings(secret_key=secret, access_token_minutes=240, database_url=database_url)
        officer = next(o for o in world.officers if o.unit_id == unit_id)
        officer_token = bench_tasks._token(settings, officer)
        coordinator_token = bench_tasks._token(settings, world.coordinator)
        server = bench_tasks.Server(database_url, workdir, secret, workers=1)
        server.wait_ready()
        meter = CpuMeter(server.proc.pid, args.pg_url, pg_name)

        results: dict[str, Any] = {}
        with httpx.Client(base_url=server.base, timeout=60) as client:
            sync_run(client, officer_token, None, 1000)  # warm-up: connections, caches
            for limit in (1000, 200):
                runs = [
                    measured(meter, lambda limit=limit: sync_run(client, officer_token, None, limit))
                    for _ in range(args.repeat)
                ]
                results[f"first_{limit}"] = report(
                    f"first sync, limit={limit}{' (default)' if limit == 1000 else ''}", runs, FIRST_TARGET_MS
                )
            since = runs[-1].since

            # 50 changes to the unit's work, made by a coordinator through the API.
            page = client.get(
                "/api/v1/me/assignments",
                params={"unit_id": str(unit_id), "limit": CHANGES, "status": "in_progress"},
                headers={"Authorization": f"Bearer {officer_token}"},
            ).json()["items"]
            assert len(page) == CHANGES, len(page)
            for i, a in enumerate(page):
                resp = client.patch(
                    f"/api/v1/tasks/{a['task_id']}/assignments/{unit_id}",
                    json={"percent": (a["percent"] + 1 + i) % 100},
                    headers={"Authorization": f"Bearer {coordinator_token}", "If-Match": a["etag"]},
                )
                resp.raise_for_status()
            runs = [
                measured(meter, lambda: sync_run(client, officer_token, since, 1000))
                for _ in range(args.repeat)
            ]
            results["incremental"] = report(
                f"incremental after {CHANGES} changes", runs, INCREMENTAL_TARGET_MS
            )
            last = runs[-1].since
            quiet = [
                measured(meter, lambda: sync_run(client, officer_token, last, 1000))
                for _ in range(args.repeat)
            ]
            results["quiet"] = report("incremental, nothing changed", quiet, INCREMENTAL_TARGET_MS)
        print(results)
        return 0
    finally:
        if server is not None:
            server.stop()
        asyncio.run(bench_tasks.drop_pg_database(args.pg_url, pg_name))


if __name__ == "__main__":
    raise SystemExit(main())
