"""Webhook fan-out on PostgreSQL: deliveries per second, and commit-to-delivery latency.

    .venv/bin/python bench/webhooks.py [--events 10000] [--endpoints 3] [--workers 2] [--max-seconds 60]

1. A fresh database (migrated), ``--endpoints`` endpoints subscribed to ``*`` that all point
   at one local receiver (a separate uvicorn process on 127.0.0.1, allow-listed).
2. ``--workers`` ``plandesk worker`` processes, started as the README runs them.
3. **Not backlogged** (first): one event every 50 ms for 10 s; the receiver records, per
   delivery, the time from the event's timestamp (taken in the committing transaction) to
   its arrival: p50/p95.
4. **Backlog**: ``--events`` events committed at once; time until every delivery arrived
   (or ``--max-seconds``) = deliveries per second, and the workers' CPU time per delivery.
5. **Write cost**: a small write transaction with and without one outbox row (median).
The receiver counts webhook-ids, so duplicates and losses are reported too.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import asyncpg
import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "backend"))

RECEIVER = r"""
import time, json, datetime as dt
from collections import Counter
ids = Counter(); lat = []
async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    body = b""
    while True:
        m = await receive(); body += m.get("body", b"")
        if not m.get("more_body"): break
    if scope["method"] == "GET":
        out = json.dumps({"ids": len(ids), "deliveries": sum(ids.values()),
                          "dupes": sum(n - 1 for n in ids.values() if n > 1), "lat": lat}).encode()
        if scope["path"] == "/reset": ids.clear(); lat.clear()
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": out}); return
    hid = scope["path"] + " " + dict(scope["headers"]).get(b"webhook-id", b"").decode()
    ids[hid] += 1  # per endpoint (path): the same event reaches each endpoint under one id
    ts = json.loads(body)["timestamp"]
    lat.append(time.time() - dt.datetime.fromisoformat(ts.replace("Z", "+00:00")).timestamp())
    await send({"type": "http.response.start", "status": 204, "headers": []})
    await send({"type": "http.response.body", "body": b""})
"""


async def emit_cost(url: str, rounds: int = 300) -> tuple[float, float]:
    """Median time of a small write transaction (a plan's title) without and with one event."""
    import statistics

    from plandesk.core.db import make_engine, make_sessionmaker
    from plandesk.core.events import Subject, emit
    from plandesk.plans.models import Plan

    engine = make_engine(url)
    maker = make_sessionmaker(engine)
    async with maker() as s:
        plan = Plan(code="B-1", title="Bench", title_folded="bench")
        s.add(plan)
        await s.commit()
    timings: dict[bool, list[float]] = {False: [], True: []}
    for i in range(rounds):
        for with_event in (False, True):
            started = time.perf_counter()
            async with maker() as s:
                row = await s.get(Plan, plan.id)
                row.title = f"Bench {i}"
                if with_event:
                    emit(
                        s,
                        "plan.updated",
                        Subject("plan", plan.id),
                        {"changes": {"title": {"after": row.title}}},
                    )
                await s.commit()
            timings[with_event].append(time.perf_counter() - started)
    await engine.dispose()
    return statistics.median(timings[False]), statistics.median(timings[True])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def create_db(base: str) -> str:
    name = f"plandesk_bench_hooks_{uuid.uuid4().hex[:8]}"
    conn = await asyncpg.connect(base.replace("postgresql+asyncpg", "postgresql"))
    await conn.execute(f'CREATE DATABASE "{name}"')
    await conn.close()
    return base.rsplit("/", 1)[0] + "/" + name, name


async def drop_db(base: str, name: str) -> None:
    conn = await asyncpg.connect(base.replace("postgresql+asyncpg", "postgresql"))
    await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    await conn.close()


async def emit_events(url: str, count: int, batch: int = 1000) -> None:
    from plandesk.core.db import make_engine, make_sessionmaker
    from plandesk.core.events import Subject, emit

    engine = make_engine(url)
    maker = make_sessionmaker(engine)
    for start in range(0, count, batch):
        async with maker() as s:
            for i in range(start, min(count, start + batch)):
                emit(
                    s,
                    "task.updated",
                    Subject("task", f"bench-{i}"),
                    {"changes": {"percent": {"after": i % 100}}},
                )
            await s.commit()
    await engine.dispose()


async def paced_events(url: str, seconds: float, every: float) -> int:
    from plandesk.core.db import make_engine, make_sessionmaker
    from plandesk.core.events import Subject, emit

    engine = make_engine(url)
    maker = make_sessionmaker(engine)
    n, end = 0, time.monotonic() + seconds
    while time.monotonic() < end:
        async with maker() as s:
            emit(s, "assignment.progressed", Subject("assignment", f"paced-{n}"), {"percent": n % 100})
            await s.commit()
        n += 1
        await asyncio.sleep(every)
    await engine.dispose()
    return n


async def make_endpoints(url: str, receiver: str, count: int) -> None:
    from plandesk.core.db import make_engine, make_sessionmaker
    from plandesk.webhooks.models import WebhookEndpoint
    from plandesk.webhooks.signing import new_secret

    engine = make_engine(url)
    async with make_sessionmaker(engine)() as s:
        for i in range(count):
            s.add(
                WebhookEndpoint(
                    url=f"{receiver}/hook/{i}", event_types=["*"], secret=new_secret(), consecutive_failures=0
                )
            )
        await s.commit()
    await engine.dispose()


async def wait_for(stats_url: str, want: int, limit: float) -> tuple[float, dict]:
    start = time.perf_counter()
    async with httpx.AsyncClient() as c:
        while True:
            try:
                stats = (await c.get(stats_url)).json()
            except httpx.ConnectError:  # the receiver is still starting
                await asyncio.sleep(0.2)
                continue
            if stats["ids"] >= want or time.perf_counter() - start > limit:
                return time.perf_counter() - start, stats
            await asyncio.sleep(0.1)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (a figure the machine's other load does not skew)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))] if values else float("nan")


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pg-url", default="postgresql+asyncpg://postgres@127.0.0.1:5432/postgres")
    ap.add_argument("--events", type=int, default=10_000)
    ap.add_argument("--endpoints", type=int, default=3)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--max-seconds", type=float, default=60)
    args = ap.parse_args()

    from plandesk.core import migrations

    url, name = await create_db(args.pg_url)
    procs: list[subprocess.Popen[bytes]] = []
    try:
        await asyncio.to_thread(migrations.upgrade, url)
        port = free_port()
        receiver_file = Path("/tmp") / f"bench_receiver_{port}.py"
        receiver_file.write_text(RECEIVER)
        procs.append(
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "uvicorn",
                    "--app-dir",
                    "/tmp",
                    f"{receiver_file.stem}:app",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(port),
                    "--log-level",
                    "warning",
                    "--no-access-log",
                ]
            )
        )
        base = f"http://127.0.0.1:{port}"
        await make_endpoints(url, base, args.endpoints)
        env = {
            **os.environ,
            "PLANDESK_DATABASE_URL": url,
            "PLANDESK_WEBHOOKS_ALLOW_HTTP": "true",
            "PLANDESK_WEBHOOKS_ALLOW_CIDRS": "127.0.0.1/32",
            "PLANDESK_VAR_DIR": "/tmp/bench_hooks_var",
        }
        for _ in range(args.workers):
            procs.append(
                subprocess.Popen(
                    [str(ROOT / ".venv/bin/plandesk"), "worker"],
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
        # Workers are ready once a first event has gone through (imports are slow on a busy host).
        started = time.perf_counter()
        await paced_events(url, 0.01, 0)
        await wait_for(f"{base}/stats", args.endpoints, 120)
        print(f"workers ready after {time.perf_counter() - started:.1f} s")

        async with httpx.AsyncClient() as c:
            await c.get(f"{base}/reset")
        sent = await paced_events(url, 10, 0.05)
        _, stats = await wait_for(f"{base}/stats", sent * args.endpoints, 15)
        lat = stats["lat"]
        print(
            f"paced: {sent} events (20/s) x {args.endpoints} endpoints: {len(lat)} deliveries, "
            f"commit-to-delivery p50 {pct(lat, 0.5) * 1000:.0f} ms, p95 {pct(lat, 0.95) * 1000:.0f} ms, "
            f"max {max(lat) * 1000 if lat else float('nan'):.0f} ms"
        )
        async with httpx.AsyncClient() as c:
            await c.get(f"{base}/reset")
        workers = procs[1:]
        cpu0 = sum(cpu_seconds(p.pid) for p in workers)
        t0 = time.perf_counter()
        await emit_events(url, args.events)
        committed = time.perf_counter() - t0
        want = args.events * args.endpoints
        elapsed, stats = await wait_for(f"{base}/stats", want, args.max_seconds)
        total = stats["deliveries"]
        cpu = sum(cpu_seconds(p.pid) for p in workers) - cpu0
        print(
            f"backlog: {args.events} events committed in {committed:.1f} s; {total} deliveries "
            f"({stats['ids']} distinct ids of {want}, {stats['dupes']} duplicates) in {elapsed:.1f} s "
            f"= {total / elapsed:.0f} deliveries/s; worker CPU {cpu * 1000 / max(total, 1):.1f} ms per delivery "
            f"(= {max(total, 1) / max(cpu, 1e-9):.0f} deliveries per CPU-second)"
        )
        if stats["ids"] < want:
            print(
                f"  (stopped at --max-seconds {args.max_seconds:g}: {want - stats['ids']} not yet delivered)"
            )
            await wait_for(f"{base}/stats", want, 5)

        without, with_event = await emit_cost(url)
        print(
            f"write cost: a plan update transaction takes {without * 1000:.2f} ms (median) without an event, "
            f"{with_event * 1000:.2f} ms with one (+{(with_event / without - 1) * 100:.0f} %)"
        )
        print(json.dumps({"load_average": os.getloadavg()}))
    finally:
        for p in procs:
            p.send_signal(signal.SIGTERM)
        for p in procs:
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()
        await drop_db(args.pg_url, name)


if __name__ == "__main__":
    asyncio.run(main())
