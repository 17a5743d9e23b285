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

``--profile`` writes a cProfile of the measured run (``python -m pstats out.prof``).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
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
    return {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.3"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
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
        dbname = f"plandesk_bench_cpu_{int(time.time())}"
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
    from plandesk.core import migrations
    from plandesk.core.config import Settings
    from plandesk.core.logs import configure_logging
    from plandesk.main import create_app

    await asyncio.to_thread(migrations.upgrade, url)
    if args.db == "postgres":
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
        result: dict[str, Any] = {"db": args.db, "endpoint": args.endpoint, "concurrency": args.concurrency}
        async with app.router.lifespan_context(app):
            reqs = feedback_requests(ids["load"], f"r{int(time.time())}")
            await drive(app, reqs, args.warmup, args.concurrency)
            pids = await _backend_pids(pg_dsn(url), dbname) if dbname else []
            before_db = sum(_ticks(p) for p in pids)
            profiler = cProfile.Profile(time.process_time) if args.profile else None
            cpu0, wall0 = time.process_time(), time.perf_counter()
            if profiler:
                profiler.enable()
            out = await drive(app, reqs, args.n, args.concurrency)
            if profiler:
                profiler.disable()
                profiler.dump_stats(args.profile)
            cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
            pids_after = await _backend_pids(pg_dsn(url), dbname) if dbname else []
            after_db = sum(_ticks(p) for p in pids_after)
            hz = os.sysconf("SC_CLK_TCK")
            result.update(out)
            result["app_cpu_us_per_request"] = round(cpu / args.n * 1e6, 1)
            result["wall_s"] = round(wall, 2)
            if dbname:
                same = set(pids) == set(pids_after)
                result["db_backend_cpu_us_per_request"] = round((after_db - before_db) / hz / args.n * 1e6, 1)
                result["db_backends_stable"] = same
            result["loadavg"] = [round(x, 2) for x in os.getloadavg()]
    finally:
        sys.stderr = real_stderr
        log_file.close()
        if dbname:
            await drop_database(args.pg_url, dbname)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("endpoint", choices=["feedback"])
    parser.add_argument("--db", choices=["postgres", "sqlite"], default="postgres")
    parser.add_argument("--pg-url", default="postgresql+asyncpg://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("-n", type=int, default=4000, help="measured requests")
    parser.add_argument("--warmup", type=int, default=500)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--with-clustering", action="store_true", help="run the clustering worker too")
    parser.add_argument("--profile", help="write a cProfile of the measured requests here")
    args = parser.parse_args()
    result = asyncio.run(run(args))
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
