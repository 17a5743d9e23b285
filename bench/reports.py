"""The final review of a large plan as DOCX and PDF: time per document and server memory.

One plan with the ``bench/tasks.py`` data set in it — **10,000 tasks, 50,000
assignments** over 40 units, statuses and due dates spread the same way — plus a year
of monthly reporting (12 periods × 40 units = 480 submitted unit reports with figures).
The API runs as the README runs it (``plandesk serve``, one worker process); on
PostgreSQL a ``plandesk worker`` runs the jobs beside it, on SQLite the API process
runs them itself. A plan this size is over the inline threshold, so every document is
a render made by the ``reports.render`` job: the bench asks for it
(``POST /reviews/{id}/renders``), polls ``GET /report-renders/{id}`` every 50 ms until
it is done and downloads the file — the time a person waits, queueing included.

It issues the final review, then renders, per format, the issued version once (a
second request for an issued version reuses the file) and the draft ``--repeat`` times
(assembled afresh each time: the heavier case), and reports wall time per document,
CPU time of the server and worker per document, and resident memory (VmRSS after,
VmHWM peak) of the API process and of the worker from /proc.

    .venv/bin/python bench/reports.py                 # SQLite
    .venv/bin/python bench/reports.py --db postgres   # PostgreSQL (scratch database, dropped after)

Target (issue #14): each document ≤ 5 s on this machine.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import importlib.util
import os
import random
import secrets
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import insert, text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "backend"))

_spec = importlib.util.spec_from_file_location("bench_tasks", Path(__file__).with_name("tasks.py"))
assert _spec and _spec.loader
bench_tasks: Any = importlib.util.module_from_spec(_spec)
sys.modules["bench_tasks"] = bench_tasks  # its dataclasses look their module up
_spec.loader.exec_module(bench_tasks)

from plandesk.core import migrations  # noqa: E402
from plandesk.core.config import Settings  # noqa: E402
from plandesk.core.db import make_engine  # noqa: E402
from plandesk.core.security import hash_password  # noqa: E402
from plandesk.core.text import fold  # noqa: E402
from plandesk.plans.models import Channel, Milestone, Phase, Plan  # noqa: E402
from plandesk.reports.calendar import monthly  # noqa: E402
from plandesk.reports.models import ReportingPeriod, UnitReport  # noqa: E402
from plandesk.tasks.models import Assignment, Task  # noqa: E402
from plandesk.units.models import Unit  # noqa: E402
from plandesk.users.models import User  # noqa: E402

TASKS = 10_000
TARGET_SECONDS = 5.0


async def seed(database_url: str) -> tuple[uuid.UUID, User]:
    rng = random.Random(14)
    today = dt.datetime.now(dt.UTC).date()
    now = dt.datetime.now(dt.UTC)
    unit_ids = [uuid.uuid4() for _ in range(bench_tasks.UNITS)]
    names = bench_tasks.UNIT_NAMES
    units = [
        {
            "id": uid,
            "name": (name := names[i] if i < len(names) else f"Huyện ủy số {i}"),
            "name_folded": fold(name),
            "kind": "department" if i < len(names) else "district",
            "active": True,
            "version": 1,
            "created_at": now,
            "updated_at": now,
        }
        for i, uid in enumerate(unit_ids)
    ]
    coordinator = User(
        id=uuid.uuid4(),
        email="coordinator@bench.test",
        full_name="Điều phối",
        role="coordinator",
        auth_version=1,
    )
    bench_tasks.TASKS_PER_PLAN = TASKS  # one plan holding the whole data set
    rows = bench_tasks._rows_for_plan(rng, 1, unit_ids, today, now - dt.timedelta(days=200))
    plan_id = rows["plans"][0]["id"]
    rows["plans"][0].update(
        issuing_body="Ban Tuyên giáo Tỉnh ủy",
        signer_title="Trưởng ban",
        signer_name="Nguyễn Văn A",
        recipients=["Ban Tuyên giáo Trung ương", "Thường trực Tỉnh ủy", "Các huyện ủy, thị ủy, thành ủy"],
    )
    channel_ids = [c["id"] for c in rows["channels"]]
    periods, reports = [], []
    for spec in monthly(today - dt.timedelta(days=365), today - dt.timedelta(days=1), 25):
        pid = uuid.uuid4()
        periods.append(
            {
                "id": pid,
                "plan_id": plan_id,
                "kind": spec.kind,
                "label": spec.label,
                "starts_on": spec.starts_on,
                "ends_on": spec.ends_on,
                "due_on": spec.due_on,
                "created_at": now,
                "updated_at": now,
            }
        )
        for unit_id in unit_ids:
            sent = spec.due_on + dt.timedelta(days=rng.choice([-3, -1, 0, 0, 2, 6]))
            reports.append(
                {
                    "id": uuid.uuid4(),
                    "period_id": pid,
                    "plan_id": plan_id,
                    "unit_id": unit_id,
                    "status": rng.choice(["submitted", "accepted", "accepted"]),
                    "task_lines": [],
                    "figures": [
                        {
                            "channel_id": str(c),
                            "events": rng.randint(0, 20),
                            "participants": rng.randint(0, 2000),
                            "articles": rng.randint(0, 30),
                            "banners": rng.randint(0, 50),
                        }
                        for c in channel_ids
                    ],
                    "difficulties": "",
                    "proposals": "",
                    "submitted_at": dt.datetime.combine(sent, dt.time(9), tzinfo=dt.UTC),
                    "submitted_on": sent,
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            )
    engine = make_engine(database_url)
    async with engine.begin() as conn:
        await conn.execute(insert(Unit.__table__), units)
        await conn.execute(
            insert(User.__table__),
            [
                {
                    "id": coordinator.id,
                    "email": coordinator.email,
                    "full_name": coordinator.full_name,
                    "role": coordinator.role,
                    "unit_id": None,
                    "active": True,
                    "password_hash": hash_password(secrets.token_urlsafe(16)),
                    "auth_version": 1,
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            ],
        )
        for model, key in (
            (Plan, "plans"),
            (Milestone, "milestones"),
            (Phase, "phases"),
            (Channel, "channels"),
            (Task, "tasks"),
            (Assignment, "assignments"),
        ):
            await conn.execute(insert(model.__table__), rows[key])
        await conn.execute(insert(ReportingPeriod.__table__), periods)
        await conn.execute(insert(UnitReport.__table__), reports)
    async with engine.connect() as conn:
        if database_url.startswith("postgresql"):
            conn = await conn.execution_options(isolation_level="AUTOCOMMIT")
            await conn.execute(text("VACUUM ANALYZE"))
        else:
            await conn.execute(text("ANALYZE"))
            await conn.commit()
    await engine.dispose()
    print(
        f"seeded: {len(rows['tasks'])} tasks, {len(rows['assignments'])} assignments, {len(reports)} unit reports"
    )
    return plan_id, coordinator


def memory_kib(pids: list[int]) -> tuple[int, int]:
    """(VmRSS, VmHWM) summed over ``pids``, in KiB."""
    rss = hwm = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    rss += int(line.split()[1])
                elif line.startswith("VmHWM:"):
                    hwm += int(line.split()[1])
        except OSError:
            continue
    return rss, hwm


class Worker:
    """``plandesk worker`` (PostgreSQL: procrastinate) in its own process group, logging to a file."""

    def __init__(self, database_url: str, workdir: Path, secret: str) -> None:
        self.log = workdir / "worker.log"
        env = {
            **os.environ,
            "PLANDESK_DATABASE_URL": database_url,
            "PLANDESK_SECRET_KEY": secret,
            "PLANDESK_VAR_DIR": str(workdir / "var"),
            "PLANDESK_ENV": "production",
        }
        self.proc = subprocess.Popen(
            [str(Path(sys.executable).with_name("plandesk")), "worker", "--concurrency", "2"],
            env=env,
            stdout=self.log.open("wb"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
            cwd=workdir,
        )

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()


def render(
    http: httpx.Client, base: str, headers: dict[str, str], url: str, body: dict[str, Any]
) -> tuple[float, bytes, str]:
    """Ask for a render, wait for it, download it: (seconds, file, how it was made)."""
    t0 = time.perf_counter()
    resp = http.post(url, json=body, headers=headers)
    resp.raise_for_status()
    how = "inline" if resp.status_code == 201 else "job"
    state = resp.json()
    while state["state"] in ("queued", "running"):
        time.sleep(0.05)
        state = http.get(f"{base}/report-renders/{state['id']}", headers=headers).json()
    if state["state"] != "done":
        raise RuntimeError(f"render failed: {state['error']}")
    data = http.get(f"{base}/report-renders/{state['id']}/file", headers=headers)
    data.raise_for_status()
    return time.perf_counter() - t0, data.content, how


def run(database_url: str, workdir: Path, repeat: int) -> bool:
    plan_id, coordinator = asyncio.run(seed(database_url))
    secret = secrets.token_urlsafe(48)
    settings = Settings(database_url=database_url, secret_key=secret, var_dir=workdir / "var")
    headers = {"Authorization": f"Bearer {bench_tasks._token(settings, coordinator)}"}
    server = bench_tasks.Server(database_url, workdir, secret, workers=1)
    worker = None if database_url.startswith("sqlite") else Worker(database_url, workdir, secret)
    ok = True
    try:
        server.wait_ready()
        api_pids = bench_tasks.process_tree(server.proc.pid)
        worker_pids = bench_tasks.process_tree(worker.proc.pid) if worker else []
        pids = api_pids + worker_pids
        base = f"{server.base}/api/v1"
        with httpx.Client(timeout=120) as http:
            review = http.post(f"{base}/plans/{plan_id}/reviews", json={"kind": "final"}, headers=headers)
            review.raise_for_status()
            rid = review.json()["id"]
            rss_api, _ = memory_kib(api_pids)
            rss_worker, _ = memory_kib(worker_pids)
            started = time.perf_counter()
            issue = http.post(f"{base}/reviews/{rid}/issues", json={}, headers=headers)
            issue.raise_for_status()
            issue_seconds = time.perf_counter() - started
            content = issue.json()["content"]
            totals = content["completion"]["totals"]
            print(
                f"final review issued in {issue_seconds:.2f} s: {totals['total']} tasks, "
                f"{len(content['completion']['units'])} units, {content['overdue']['total']} overdue, "
                f"figures from {content['figures']['reporting']['submitted']} reports"
            )
            print(
                f"RSS before rendering: API {rss_api / 1024:.0f} MiB"
                + (f", worker {rss_worker / 1024:.0f} MiB" if worker else " (jobs run in the API process)")
            )
            print(
                f"{'document':<12} {'made by':>7} {'runs':>4} {'median s':>9} {'max s':>7} {'size KiB':>9} "
                f"{'CPU s/doc':>10} {'API RSS/peak MiB':>17} {'worker RSS/peak MiB':>20} {'≤ 5 s':>6}"
            )
            url = f"{base}/reviews/{rid}/renders"
            for fmt in ("docx", "pdf"):
                for label, body, runs in (
                    ("issued", {"format": fmt, "issue": 1}, 1),
                    ("draft", {"format": fmt}, repeat),
                ):
                    times, size, how = [], 0, ""
                    cpu_before = bench_tasks.cpu_seconds(pids)
                    for _ in range(runs):
                        seconds, data, how = render(http, base, headers, url, body)
                        times.append(seconds)
                        size = len(data)
                        (workdir / f"final-review-{label}.{fmt}").write_bytes(data)
                    cpu = (bench_tasks.cpu_seconds(pids) - cpu_before) / runs
                    rss, hwm = memory_kib(api_pids)
                    wrss, whwm = memory_kib(worker_pids)
                    met = max(times) <= TARGET_SECONDS
                    ok &= met
                    mem_worker = f"{wrss / 1024:.0f}/{whwm / 1024:.0f}" if worker else "–"
                    print(
                        f"{fmt + ' ' + label:<12} {how:>7} {runs:>4} {statistics.median(times):>9.2f} "
                        f"{max(times):>7.2f} {size / 1024:>9.0f} {cpu:>10.2f} "
                        f"{f'{rss / 1024:.0f}/{hwm / 1024:.0f}':>17} {mem_worker:>20} {'yes' if met else 'NO':>6}"
                    )
            print(f"documents written to {workdir}; load average {bench_tasks.load_average():.2f}")
    finally:
        if worker:
            worker.stop()
        server.stop()
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--pg-url", default="postgresql+asyncpg://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", action="store_true", help="keep the working folder (documents, server log)")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="plandesk-bench-reports-"))
    if args.db == "sqlite":
        url = f"sqlite+aiosqlite:///{workdir / 'bench.db'}"
        migrations.upgrade(url)
        return 0 if run(url, workdir, args.repeat) else 1
    url, name = asyncio.run(bench_tasks.create_pg_database(args.pg_url))
    try:
        migrations.upgrade(url)
        return 0 if run(url, workdir, args.repeat) else 1
    finally:
        asyncio.run(bench_tasks.drop_pg_database(args.pg_url, name))


if __name__ == "__main__":
    sys.exit(main())
