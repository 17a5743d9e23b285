"""CPU per request of the hot paths, measured in process (no HTTP server, no load generator).

The machine these benchmarks run on is shared: throughput and latencies move with other
people's work, CPU time per request does not. This drives the ASGI application directly
(the same app, middlewares, JSON access log and dependencies as ``plandesk serve``; no
uvicorn HTTP parsing), ``--concurrency`` requests at a time, and reports the process's
CPU time per request (``time.process_time``) and — on PostgreSQL — the CPU time of the
database backends serving it (from ``/proc``), so both halves of a request's cost show.

    .venv/bin/python bench/request_cpu.py feedback --db postgres -n 4000
    .venv/bin/python bench/request_cpu.py feedback --db sqlite -n 4000
    .venv/bin/python bench/request_cpu.py feedback --db postgres -n 4000 --profile out.prof
    .venv/bin/python bench/request_cpu.py task-list --db sqlite -n 2000 --concurrency 10
    .venv/bin/python bench/request_cpu.py me-assignments --db postgres -n 2000 --concurrency 10
    .venv/bin/python bench/request_cpu.py dashboard --db postgres -n 1000 --concurrency 10
    .venv/bin/python bench/request_cpu.py healthz --db sqlite -n 4000 --concurrency 10

The task read endpoints (``task-list``, ``me-assignments``, ``dashboard``) run on the world
``bench/tasks.py`` seeds (50 plans x 200 tasks x 5 assignments) with the same request
rotations (filters, units' officers, pages 2 and 3 through real cursors).

``--profile`` writes a cProfile of the measured run (``python -m pstats out.prof``); with several
endpoints, one per endpoint (``out.prof.task-list`` ...).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import datetime as dt
import json
import os
import secrets
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import asyncpg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "backend"))
sys.path.insert(0, str(ROOT / "bench"))

from feedback import SECTIONS, create_database, drop_database, pg_dsn, seed, seed_sqlite  # noqa: E402

TEXTS = [
    "Đề nghị dự thảo bổ sung nội dung phát triển nông nghiệp công nghệ cao, gắn với chế biến sâu cà phê.",
    "Cần làm rõ trách nhiệm người đứng đầu trong phòng, chống tham nhũng, lãng phí; tăng cường giám sát.",
    "Dự thảo nên đánh giá sâu hơn chất lượng giáo dục, đào tạo nguồn nhân lực và thu hút nhân tài.",
]
_ = SECTIONS


def _ticks(pid: int) -> int:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
        return 0
    return int(fields[11]) + int(fields[12])  # utime + stime, clock ticks


async def _backend_pids(dsn: str, dbname: str) -> list[int]:
    conn = await asyncpg.connect(dsn)
    try:
        rows = await conn.fetch(
            "SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", dbname
        )
    finally:
        await conn.close()
    return [r["pid"] for r in rows]


def _scope(method: str, path: str, headers: list[tuple[bytes, bytes]]) -> dict[str, Any]:
    path, _, query = path.partition("?")
    return {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.3"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": query.encode(),
        "root_path": "",
        "headers": [(b"host", b"127.0.0.1:8000"), *headers],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8000),
        "state": {},
    }


async def call(app: Any, method: str, path: str, body: bytes = b"", headers: Any = ()) -> tuple[int, bytes]:
    hdrs = list(headers)
    if body:
        hdrs.append((b"content-length", str(len(body)).encode()))
    scope = _scope(method, path, hdrs)
    sent = False
    status = 0
    chunks: list[bytes] = []

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        await asyncio.sleep(3600)
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await app(scope, receive, send)
    return status, b"".join(chunks)


def feedback_requests(consultation: uuid.UUID, run: str) -> Any:
    path = f"/api/v1/consultations/{consultation}/feedback"
    counter = 0
    while True:
        counter += 1
        key = f"{run}-{counter}"
        body = json.dumps(
            {
                "body": f"{TEXTS[counter % len(TEXTS)]} ({key})",
                "contributor_group": "citizen",
                "channel": "web",
            },
            ensure_ascii=False,
        ).encode()
        yield (
            "POST",
            path,
            body,
            [(b"content-type", b"application/json"), (b"idempotency-key", key.encode())],
            201,
        )


async def task_read_requests(app: Any, world: Any, settings: Any, endpoint: str) -> Any:
    """bench/tasks.py's rotations for one endpoint, built in process (cursors followed through the app)."""
    import random

    import httpx

    from tasks import _token

    rng = random.Random(13)
    coord = _token(settings, world.coordinator)

    def auth(token: str) -> list[tuple[bytes, bytes]]:
        return [(b"authorization", f"Bearer {token}".encode())]

    async def next_cursor(path: str, token: str) -> str | None:
        status, body = await call(app, "GET", path, headers=auth(token))
        if status != 200:
            raise RuntimeError(f"GET {path} -> {status} {body[:300]!r}")
        cursor: str | None = json.loads(body)["next_cursor"]
        return cursor

    rotation: list[tuple[str, str]] = []
    if endpoint == "healthz":
        rotation = [("/healthz", "")]
    elif endpoint == "dashboard":
        rotation = [(f"/api/v1/plans/{p}/dashboard", coord) for p in world.plan_ids]
    elif endpoint == "me-assignments":
        for officer in world.officers:
            token = _token(settings, officer)
            rotation.append(("/api/v1/me/assignments", token))
            rotation.append((f"/api/v1/me/assignments?plan_id={rng.choice(world.plan_ids)}", token))
            rotation.append(("/api/v1/me/assignments?status=in_progress&status=not_started", token))
            cursor = await next_cursor("/api/v1/me/assignments", token)
            if cursor:
                rotation.append((f"/api/v1/me/assignments?cursor={cursor}", token))
    else:
        today = dt.date.today()
        filters: list[dict[str, Any]] = [
            {},
            {"sort": "-due_date"},
            {"overdue": "true"},
            {"status": "in_progress"},
            {"status": ["not_started", "blocked"]},
            {"q": "dai hoi"},
            {"q": "gop y du thao"},
            {"sort": "title", "limit": 20},
            {"due_after": str(today), "due_before": str(today + dt.timedelta(days=30))},
        ]
        for plan_id in world.plan_ids[:20]:
            unit = rng.choice(world.unit_ids)
            variants = [
                *filters,
                {"unit_id": str(unit), "role": "lead"},
                {"unit_id": str(unit)},
                {"phase_id": str(rng.choice(world.phase_ids[plan_id]))},
            ]
            for params in variants:
                url = f"/api/v1/plans/{plan_id}/tasks"
                query = httpx.QueryParams(params)
                rotation.append((f"{url}?{query}", coord))
                for _ in range(2):
                    cursor = await next_cursor(f"{url}?{query}", coord)
                    if not cursor:
                        break
                    query = query.set("cursor", cursor)
                    rotation.append((f"{url}?{query}", coord))
    rng.shuffle(rotation)
    return cycle_requests([("GET", path, b"", auth(token) if token else [], 200) for path, token in rotation])


def cycle_requests(rotation: list[tuple[str, str, bytes, list[tuple[bytes, bytes]], int]]) -> Any:
    i = 0
    while True:
        yield rotation[i % len(rotation)]
        i += 1


async def drive(app: Any, requests: Any, n: int, concurrency: int) -> dict[str, Any]:
    done = 0
    bad: dict[int, int] = {}

    async def client() -> None:
        nonlocal done
        while done < n:
            done += 1
            method, path, body, headers, want = next(requests)
            status, _ = await call(app, method, path, body, headers)
            if status != want:
                bad[status] = bad.get(status, 0) + 1

    await asyncio.gather(*(client() for _ in range(concurrency)))
    return {"requests": done, "unexpected_statuses": bad}


async def run(args: argparse.Namespace) -> dict[str, Any]:
    secret = secrets.token_urlsafe(48)
    tmp = Path(tempfile.mkdtemp(prefix="plandesk-cpu-"))
    dbname = None
    if args.db == "postgres":
        dbname = f"plandesk_bench_cpu_{int(time.time())}_{secrets.token_hex(3)}"
        url = await create_database(args.pg_url, dbname)
    else:
        url = f"sqlite+aiosqlite:///{tmp / 'bench.sqlite3'}"
    os.environ.update(
        {
            "PLANDESK_DATABASE_URL": url,
            "PLANDESK_SECRET_KEY": secret,
            "PLANDESK_SERVE_FRONTEND": "false",
            "PLANDESK_ENV": "production",
            "PLANDESK_FEEDBACK_RATE_LIMIT": "1000000000",
            "PLANDESK_VAR_DIR": str(tmp),
            # The clustering worker is measured by bench/clusters.py, not here.
            "PLANDESK_FEEDBACK_CLUSTERING_INTERVAL_SECONDS": "0" if not args.with_clustering else "1",
        }
    )
    if "feedback" not in args.endpoint:
        # The job runner (overdue scans, reminders ...) would otherwise run in this process on
        # SQLite and be charged to the requests: the read endpoints are measured alone.
        os.environ["PLANDESK_JOBS_IN_PROCESS"] = "false"
    from plandesk.core import migrations
    from plandesk.core.config import Settings
    from plandesk.core.logs import configure_logging
    from plandesk.main import create_app

    await asyncio.to_thread(migrations.upgrade, url)
    task_reads = "feedback" not in args.endpoint
    if not task_reads and len(args.endpoint) > 1:
        raise SystemExit("feedback is measured on its own")
    if task_reads:
        import tasks as tasks_bench

        world = await tasks_bench.seed(url)
    elif args.db == "postgres":
        ids = await seed(url)
    else:
        ids = await seed_sqlite(url)
    log_file = (tmp / "server.log").open("w")  # the access log, as `serve` writes it
    real_stderr = sys.stderr
    sys.stderr = log_file
    try:
        settings = Settings()
        configure_logging(settings.log_format, settings.log_level)
        app = create_app(settings)
        results: list[dict[str, Any]] = []
        async with app.router.lifespan_context(app):
            for endpoint in args.endpoint:
                if task_reads:
                    reqs = await task_read_requests(app, world, settings, endpoint)
                else:
                    reqs = feedback_requests(ids["load"], f"r{int(time.time())}")
                profile = (
                    f"{args.profile}.{endpoint}" if args.profile and len(args.endpoint) > 1 else args.profile
                )
                result = await measure(app, reqs, args, url, dbname, profile)
                results.append(
                    {"db": args.db, "endpoint": endpoint, "concurrency": args.concurrency, **result}
                )
    finally:
        sys.stderr = real_stderr
        log_file.close()
        if dbname:
            await drop_database(args.pg_url, dbname)
    return results


async def measure(
    app: Any, reqs: Any, args: argparse.Namespace, url: str, dbname: str | None, profile: str | None
) -> dict[str, Any]:
    """Warm up, then ``args.n`` requests: the app's CPU time and, on PostgreSQL, its backends'."""
    await drive(app, reqs, args.warmup, args.concurrency)
    pids = await _backend_pids(pg_dsn(url), dbname) if dbname else []
    before_db = sum(_ticks(p) for p in pids)
    profiler = cProfile.Profile(time.process_time) if profile else None
    cpu0, wall0 = time.process_time(), time.perf_counter()
    if profiler:
        profiler.enable()
    out = await drive(app, reqs, args.n, args.concurrency)
    if profiler:
        profiler.disable()
        profiler.dump_stats(profile)
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    pids_after = await _backend_pids(pg_dsn(url), dbname) if dbname else []
    after_db = sum(_ticks(p) for p in pids_after)
    hz = os.sysconf("SC_CLK_TCK")
    result: dict[str, Any] = dict(out)
    result["app_cpu_us_per_request"] = round(cpu / args.n * 1e6, 1)
    result["wall_s"] = round(wall, 2)
    if dbname:
        result["db_backend_cpu_us_per_request"] = round((after_db - before_db) / hz / args.n * 1e6, 1)
        result["db_backends_stable"] = set(pids) == set(pids_after)
    result["loadavg"] = [round(x, 2) for x in os.getloadavg()]
    return result


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "endpoint",
        nargs="+",
        choices=["feedback", "task-list", "me-assignments", "dashboard", "healthz"],
        help="one or more, measured one after the other on the same database",
    )
    parser.add_argument("--db", choices=["postgres", "sqlite"], default="postgres")
    parser.add_argument("--pg-url", default="postgresql+asyncpg://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("-n", type=int, default=4000, help="measured requests")
    parser.add_argument("--warmup", type=int, default=500)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--with-clustering", action="store_true", help="run the clustering worker too")
    parser.add_argument("--profile", help="write a cProfile of the measured requests here")
    args = parser.parse_args()
    for result in asyncio.run(run(args)):
        print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
