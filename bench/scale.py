"""Scale-out and faults, proven: nginx in front of two `plandesk serve` processes on
PostgreSQL with Redis, mixed traffic, then a killed process, killed database sessions, a
Redis outage and a rolling restart — and an audit of every acknowledged write.

    .venv/bin/python bench/scale.py [--duration 60] [--skip-redis-fault]

What it does, in order (everything on 127.0.0.1; it stops by itself):

1. Installs nginx from Debian's packages if it is missing; creates a scratch PostgreSQL
   database, migrates it, loads the demo, creates an officer and a coordinator with
   known passwords; starts two API processes (ports 8101, 8102) sharing Redis, and nginx
   on 8100 with `deploy/nginx.conf` (upstream ports filled in, cache under a temp dir).
2. Shared-state checks, each across the two processes (requests alternate between them):
   the anonymous feedback limit, a login lock-out, refresh-token rotation and reuse
   detection.
3. Throughput of the mixed load through nginx with one API process, then with two.
4. The mixed load again with faults on a timeline: SIGKILL of one API process (then
   restarted), `pg_terminate_backend` of every session of the app's database, Redis
   stopped for 10 s, a rolling restart of both processes (SIGTERM, wait for the drain, start,
   wait until ready, then nginx's fail_timeout + 1 s — the procedure docs/deploy.md gives).
   The load lasts until the last fault is over. `--rolling-only N` runs N rolling restarts
   and nothing else; `--restart-gap S` changes the wait after a process is ready.
5. The audit: every feedback submission and progress report the server acknowledged is
   in the database exactly once (none lost, none doubled); the clustering queue drains
   and no submission sits in two clusters.

Simulated citizens come from distinct loopback addresses (127.0.1.x), so the anonymous
limit (per address and consultation) applies to each the way it would to real people.
Figures go to stdout and `bench/results/scale-<time>.json`; nginx's error log and the API and
worker logs are kept in `bench/results/scale-logs-<time>/`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import asyncpg
import httpx
from scale_report import RETRY_AFTER_503, failures_per_fault, fault_table, nginx_errors

ROOT = Path(__file__).resolve().parents[1]
PLANDESK = [sys.executable, "-m", "plandesk.cli"]
BASE_DSN = "postgresql://postgres@127.0.0.1:5432"
LB_PORT, API_PORTS = 8100, (8101, 8102)
PASSWORD = "scale-bench-password-1"
PG_OUTAGE_SECONDS = 10.0
PROBE_EVERY_SECONDS = 0.25
REDIS_START = (
    'redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no '
    "--dir /var/lib/redis --logfile /var/log/redis/ci.log"
)


# ---------------------------------------------------------------- processes


@dataclass
class World:
    tmp: Path
    db: str
    env: dict[str, str]
    apis: dict[int, subprocess.Popen[bytes]] = field(default_factory=dict)
    nginx: subprocess.Popen[bytes] | None = None
    workers: list[subprocess.Popen[bytes]] = field(default_factory=list)
    plan_id: str = ""
    consultation_id: str = ""
    officer_unit: str = ""
    officer_tasks: list[str] = field(default_factory=list)


def _port_open(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def _wait_ready(port: int, timeout: float = 300, log: Path | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    tail = log.read_text(errors="replace")[-3000:] if log is not None and log.exists() else ""
    raise RuntimeError(f"API on {port} not ready after {timeout} s; its log ends:\n{tail}")


def start_api(world: World, port: int) -> None:
    log_path = world.tmp / f"api-{port}.log"
    log = log_path.open("ab")
    world.apis[port] = subprocess.Popen(
        [*PLANDESK, "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=world.env,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    # Startup (imports, migrations check) took over 2 minutes at load average 16.
    _wait_ready(port, log=log_path)


def start_workers(world: World, count: int = 2) -> None:
    """``plandesk worker`` processes: on PostgreSQL they run the jobs, the webhook deliveries
    and the near-duplicate clustering (each claims its batch with the advisory lock, so two
    workers never cluster a submission twice)."""
    for n in range(count):
        log = (world.tmp / f"worker-{n}.log").open("ab")
        world.workers.append(
            subprocess.Popen(
                [*PLANDESK, "worker"], env=world.env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT
            )
        )


def stop_api(world: World, port: int, sig: int = signal.SIGTERM) -> float:
    proc = world.apis.pop(port)
    started = time.monotonic()
    proc.send_signal(sig)
    proc.wait(timeout=60)
    return time.monotonic() - started


def ensure_nginx() -> str:
    found = shutil.which("nginx") or (os.path.exists("/usr/sbin/nginx") and "/usr/sbin/nginx")
    if found:
        return str(found)
    print("installing nginx from Debian's packages …", flush=True)
    subprocess.run(["apt-get", "update", "-qq"], check=True)
    subprocess.run(["apt-get", "install", "-y", "-qq", "nginx-light"], check=False)
    found = shutil.which("nginx") or (os.path.exists("/usr/sbin/nginx") and "/usr/sbin/nginx")
    if not found:
        subprocess.run(["apt-get", "install", "-y", "-qq", "nginx"], check=True)
        found = "/usr/sbin/nginx"
    return str(found)


def render_nginx_conf(ports: tuple[int, ...], listen: int, cache: Path) -> str:
    """deploy/nginx.conf as documented, with only the upstream ports, the listening port and the
    cache directory changed (each server keeps the documented max_fails and fail_timeout)."""
    snippet = (ROOT / "deploy" / "nginx.conf").read_text()
    lines = re.findall(r"^ *server 127\.0\.0\.1:\d+ [^;\n]*;\n", snippet, flags=re.M)
    params = lines[0].strip().split(" ", 2)[2]  # "max_fails=3 fail_timeout=5s;"
    servers = "".join(f"    server 127.0.0.1:{p} {params}\n" for p in ports)
    snippet = snippet.replace(lines[0], servers, 1)
    for line in lines[1:]:
        snippet = snippet.replace(line, "", 1)
    snippet = snippet.replace("/var/cache/nginx/plandesk", str(cache))
    return snippet.replace("listen 127.0.0.1:8080;", f"listen 127.0.0.1:{listen};")


def start_nginx(world: World, ports: tuple[int, ...]) -> None:
    """nginx with deploy/nginx.conf, its upstream pointed at ``ports``."""
    if world.nginx is not None:
        world.nginx.send_signal(signal.SIGQUIT)
        world.nginx.wait(timeout=30)
    # nginx's workers drop root (to nobody): they must reach their cache and temp directories.
    world.tmp.chmod(0o711)
    for name in ("nginx-cache", "nginx-body", "nginx-proxy"):
        (world.tmp / name).mkdir(exist_ok=True)
        (world.tmp / name).chmod(0o777)
    snippet = render_nginx_conf(ports, LB_PORT, world.tmp / "nginx-cache")
    conf = world.tmp / "nginx.conf"
    conf.write_text(
        f"worker_processes 1;\npid {world.tmp}/nginx.pid;\nerror_log {world.tmp}/nginx-error.log warn;\n"
        "events { worker_connections 2048; }\n"
        f"http {{\n access_log off;\n client_body_temp_path {world.tmp}/nginx-body;\n"
        f" proxy_temp_path {world.tmp}/nginx-proxy;\n{snippet}\n}}\n"
    )
    world.nginx = subprocess.Popen(
        [ensure_nginx(), "-c", str(conf), "-p", str(world.tmp), "-g", "daemon off;"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while not _port_open(LB_PORT):
        if time.monotonic() > deadline:
            raise RuntimeError("nginx did not start: " + (world.tmp / "nginx-error.log").read_text())
        time.sleep(0.1)


async def _fetch(dsn: str, sql: str, *args: Any) -> list[asyncpg.Record]:
    conn = await asyncpg.connect(dsn)
    try:
        return await conn.fetch(sql, *args)
    finally:
        await conn.close()


def set_up(duration: float) -> World:
    tmp = Path(tempfile.mkdtemp(prefix="plandesk-scale-"))
    db = f"plandesk_scale_{uuid.uuid4().hex[:8]}"
    asyncio.run(_fetch(f"{BASE_DSN}/postgres", f'CREATE DATABASE "{db}"'))
    env = {
        **os.environ,
        "PLANDESK_DATABASE_URL": f"postgresql+asyncpg://postgres@127.0.0.1:5432/{db}",
        "PLANDESK_REDIS_URL": "redis://127.0.0.1:6379/0",
        "PLANDESK_SECRET_KEY": "s" * 48,
        "PLANDESK_VAR_DIR": str(tmp),
        "PLANDESK_SERVE_FRONTEND": "false",
        "PLANDESK_TRUSTED_PROXIES": '["127.0.0.1/32"]',
        "PLANDESK_FEEDBACK_RATE_LIMIT": "10",
        "PLANDESK_LOGIN_MAX_FAILURES": "5",
        "PLANDESK_LOG_LEVEL": "WARNING",
    }
    world = World(tmp=tmp, db=db, env=env)
    subprocess.run([*PLANDESK, "db", "upgrade"], env=env, cwd=ROOT, check=True, capture_output=True)
    subprocess.run([*PLANDESK, "demo"], env=env, cwd=ROOT, check=True, capture_output=True)
    dsn = f"{BASE_DSN}/{db}"
    unit = asyncio.run(
        _fetch(
            dsn,
            "SELECT a.unit_id, count(*) AS n FROM assignments a GROUP BY a.unit_id ORDER BY n DESC LIMIT 1",
        )
    )[0]
    world.officer_unit = str(unit["unit_id"])
    world.officer_tasks = [
        str(r["task_id"])
        for r in asyncio.run(
            _fetch(dsn, "SELECT task_id FROM assignments WHERE unit_id = $1", unit["unit_id"])
        )
    ]
    world.plan_id = str(asyncio.run(_fetch(dsn, "SELECT id FROM plans LIMIT 1"))[0]["id"])
    world.consultation_id = str(
        asyncio.run(_fetch(dsn, "SELECT id FROM consultations WHERE status = 'open' LIMIT 1"))[0]["id"]
    )
    for role, email, extra in (
        ("unit_officer", "officer@scale.test", ["--unit", world.officer_unit]),
        ("coordinator", "coordinator@scale.test", []),
        ("viewer", "lockout@scale.test", []),
        ("viewer", "refresh@scale.test", []),
    ):
        subprocess.run(
            [*PLANDESK, "users", "create", "--email", email, "--password", PASSWORD, "--role", role, *extra],
            env=env,
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
    return world


def tear_down(world: World) -> None:
    for worker in world.workers:
        worker.kill()
        worker.wait()
    for port in list(world.apis):
        world.apis[port].kill()
        world.apis[port].wait()
    if world.nginx is not None:
        # SIGTERM, not SIGKILL: a killed master leaves its workers holding the port.
        world.nginx.terminate()
        try:
            world.nginx.wait(timeout=10)
        except subprocess.TimeoutExpired:
            world.nginx.kill()
            world.nginx.wait()
    asyncio.run(_fetch(f"{BASE_DSN}/postgres", f'DROP DATABASE IF EXISTS "{world.db}" WITH (FORCE)'))
    # Keep the logs that explain failures: nginx's error log and each process's output.
    kept = ROOT / "bench" / "results" / f"scale-logs-{time.strftime('%Y%m%d-%H%M%S')}"
    kept.mkdir(parents=True, exist_ok=True)
    for log in (*world.tmp.glob("*.log"),):
        shutil.copy(log, kept / log.name)
    shutil.rmtree(world.tmp, ignore_errors=True)


# ---------------------------------------------------------------- shared-state checks


async def _login(client: httpx.AsyncClient, base: str, email: str, password: str) -> httpx.Response:
    return await client.post(
        f"{base}/api/v1/auth/token",
        data={"grant_type": "password", "username": email, "password": password},
    )


async def _token(client: httpx.AsyncClient, base: str, email: str) -> str:
    """An access token, retried while a process restarts behind the load balancer."""
    last: httpx.Response | None = None
    for _ in range(20):
        try:
            last = await _login(client, base, email, PASSWORD)
        except httpx.HTTPError:
            await asyncio.sleep(0.5)
            continue
        if last.status_code == 200:
            return str(last.json()["access_token"])
        await asyncio.sleep(0.5)
    raise RuntimeError(f"could not sign in {email}: {last.status_code if last else 'no answer'}")


async def check_shared_state(world: World) -> dict[str, Any]:
    a, b = (f"http://127.0.0.1:{p}" for p in API_PORTS)
    out: dict[str, Any] = {}
    # A loaded machine answers 30 concurrent submissions slowly: wait for each rather than fail.
    async with httpx.AsyncClient(timeout=120) as client:
        # 1. The anonymous limit (10 per address and consultation) across both processes.
        async def submit(i: int) -> int:
            try:
                r = await client.post(
                    f"{(a, b)[i % 2]}/api/v1/consultations/{world.consultation_id}/feedback",
                    json={"body": f"Ý kiến kiểm tra giới hạn số {i} — {uuid.uuid4()}"},
                )
            except httpx.HTTPError:
                return 0  # no answer: counted apart, neither accepted nor refused
            return r.status_code

        codes = await asyncio.gather(*(submit(i) for i in range(30)))
        out["anonymous_limit"] = {
            "limit": 10,
            "sent": 30,
            "accepted": codes.count(201),
            "refused_429": codes.count(429),
            "no_answer": codes.count(0),
            "holds": codes.count(201) == 10,
        }
        # 2. A login lock-out across both processes.
        codes = [
            (await _login(client, (a, b)[i % 2], "lockout@scale.test", "wrong-password-123")).status_code
            for i in range(8)
        ]
        right = await _login(client, b, "lockout@scale.test", PASSWORD)
        out["login_lockout"] = {
            "wrong_attempts": codes,
            "right_password_after": right.status_code,
            "holds": right.status_code == 429,
        }
        # 3. Refresh rotation and reuse detection with the two calls on different processes.
        first = (await _login(client, a, "refresh@scale.test", PASSWORD)).json()
        rotated = await client.post(
            f"{b}/api/v1/auth/token",
            data={"grant_type": "refresh_token", "refresh_token": first["refresh_token"]},
        )
        reused = await client.post(
            f"{a}/api/v1/auth/token",
            data={"grant_type": "refresh_token", "refresh_token": first["refresh_token"]},
        )
        family = await client.post(
            f"{b}/api/v1/auth/token",
            data={"grant_type": "refresh_token", "refresh_token": rotated.json().get("refresh_token", "")},
        )
        out["refresh_rotation"] = {
            "rotate_on_other_process": rotated.status_code,
            "reuse_of_spent_token": reused.status_code,
            "rotated_token_after_reuse": family.status_code,
            "holds": rotated.status_code == 200 and reused.status_code == 401 and family.status_code == 401,
        }
    return out


# ---------------------------------------------------------------- mixed load


@dataclass
class Ledger:
    """What the clients saw: every acknowledged write, every failure with its time."""

    started: float = field(default_factory=time.monotonic)
    started_wall: float = field(default_factory=time.time)  # to line up with nginx's error log
    ok: dict[str, int] = field(default_factory=dict)
    failures: list[tuple[float, str, str]] = field(default_factory=list)
    latencies: dict[str, list[float]] = field(default_factory=dict)
    feedback_acked: dict[str, str] = field(default_factory=dict)  # marker -> submission id
    progress_acked: dict[str, str] = field(default_factory=dict)  # idempotency key -> update id

    def record(self, kind: str, seconds: float) -> None:
        self.ok[kind] = self.ok.get(kind, 0) + 1
        self.latencies.setdefault(kind, []).append(seconds)

    def fail(self, kind: str, why: str) -> None:
        self.failures.append((time.monotonic() - self.started, kind, why))


@dataclass
class Probes:
    """``/readyz`` of each API process, polled through the faults: (time, port, status or 0)."""

    ledger: Ledger
    samples: list[tuple[float, int, int]] = field(default_factory=list)

    async def run(self, stop: asyncio.Event) -> None:
        async with httpx.AsyncClient(timeout=1.0) as client:
            while not stop.is_set():
                for port in API_PORTS:
                    try:
                        status = (await client.get(f"http://127.0.0.1:{port}/readyz")).status_code
                    except httpx.HTTPError:
                        status = 0  # not listening (killed, restarting)
                    self.samples.append((time.monotonic() - self.ledger.started, port, status))
                try:
                    await asyncio.wait_for(stop.wait(), PROBE_EVERY_SECONDS)
                except TimeoutError:
                    pass


async def _with_retries(
    ledger: Ledger, kind: str, call: Any, retry_statuses: tuple[int, ...] = (502, 503, 504)
) -> httpx.Response | None:
    """A client that retries a write with the same Idempotency-Key, as real ones do."""
    for attempt in range(4):
        started = time.monotonic()
        try:
            r = await call()
        except httpx.HTTPError as exc:
            ledger.fail(kind, type(exc).__name__)
        else:
            if r.status_code < 500 and r.status_code not in retry_statuses:
                ledger.record(kind, time.monotonic() - started)
                return r
            told_to_wait = r.status_code == 503 and "retry-after" in r.headers
            ledger.fail(kind, RETRY_AFTER_503 if told_to_wait else str(r.status_code))
        await asyncio.sleep(0.2 * (attempt + 1))
    return None


async def mixed_load(
    world: World, seconds: float, ledger: Ledger, until: Callable[[], bool] | None = None
) -> None:
    """The mixed load for ``seconds``, or while ``until()`` is true when given."""
    lb = f"http://127.0.0.1:{LB_PORT}"
    deadline = time.monotonic() + seconds

    def running() -> bool:
        return until() if until is not None else time.monotonic() < deadline

    async with httpx.AsyncClient(timeout=30) as setup:
        officer = await _token(setup, lb, "officer@scale.test")
        coordinator = await _token(setup, lb, "coordinator@scale.test")

    async def officer_loop(n: int) -> None:
        async with httpx.AsyncClient(timeout=10, headers={"Authorization": f"Bearer {officer}"}) as c:
            while running():
                await _with_retries(ledger, "work_list", lambda: c.get(f"{lb}/api/v1/me/assignments"))
                key = str(uuid.uuid4())
                task = random.choice(world.officer_tasks)
                r = await _with_retries(
                    ledger,
                    "progress",
                    lambda key=key, task=task: c.post(
                        f"{lb}/api/v1/tasks/{task}/updates",
                        json={"note": f"Đã triển khai, lượt {n} ({key[:8]})"},
                        headers={"Idempotency-Key": key},
                    ),
                )
                if r is not None and r.status_code == 201:
                    ledger.progress_acked[key] = r.json()["id"]

    async def citizen_loop(n: int) -> None:
        # Each simulated citizen has an address of their own; a new one every 8 submissions
        # keeps each under the anonymous limit, as real people are.
        sent = 0
        while running():
            index = n * 1000 + sent // 8
            address = f"127.0.{1 + index // 250}.{1 + index % 250}"
            transport = httpx.AsyncHTTPTransport(local_address=address)
            async with httpx.AsyncClient(timeout=10, transport=transport) as c:
                for _ in range(8):
                    if not running():
                        break
                    marker = uuid.uuid4().hex
                    key = str(uuid.uuid4())
                    r = await _with_retries(
                        ledger,
                        "feedback",
                        lambda marker=marker, key=key: c.post(
                            f"{lb}/api/v1/consultations/{world.consultation_id}/feedback",
                            json={"body": f"Đề nghị bổ sung nội dung về chuyển đổi số, mã {marker}"},
                            headers={"Idempotency-Key": key},
                        ),
                    )
                    sent += 1
                    if r is not None and r.status_code == 201:
                        ledger.feedback_acked[marker] = r.json()["id"]

    async def coordinator_loop() -> None:
        async with httpx.AsyncClient(timeout=10, headers={"Authorization": f"Bearer {coordinator}"}) as c:
            while running():
                await _with_retries(
                    ledger, "dashboard", lambda: c.get(f"{lb}/api/v1/plans/{world.plan_id}/dashboard")
                )

    await asyncio.gather(
        *(officer_loop(i) for i in range(6)),
        *(citizen_loop(i) for i in range(12)),
        *(coordinator_loop() for _ in range(2)),
    )


def _summary(ledger: Ledger, seconds: float) -> dict[str, Any]:
    out: dict[str, Any] = {"requests_ok": sum(ledger.ok.values()), "failures": len(ledger.failures)}
    out["throughput_rps"] = round(out["requests_ok"] / seconds, 1)
    for kind, values in ledger.latencies.items():
        values = sorted(values)
        out[kind] = {
            "ok": len(values),
            "p50_ms": round(values[len(values) // 2] * 1000, 1),
            "p95_ms": round(values[int(len(values) * 0.95)] * 1000, 1),
        }
    return out


# ---------------------------------------------------------------- faults


async def fault_timeline(
    world: World, ledger: Ledger, total: float, redis_fault: bool, gap: float | None = None
) -> list[dict[str, Any]]:
    dsn = f"{BASE_DSN}/{world.db}"
    events: list[dict[str, Any]] = []
    step = total / 5

    def mark(name: str, **extra: Any) -> None:
        events.append({"fault": name, "at_s": round(time.monotonic() - ledger.started, 2), **extra})

    await asyncio.sleep(step)
    mark("sigkill_api", port=API_PORTS[0])
    world.apis[API_PORTS[0]].kill()
    world.apis[API_PORTS[0]].wait()
    await asyncio.to_thread(start_api, world, API_PORTS[0])
    mark("api_restarted", port=API_PORTS[0])

    await asyncio.sleep(step)
    rows = await _fetch(
        dsn,
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
        world.db,
    )
    mark("pg_terminate_backend", sessions=len(rows))

    await asyncio.sleep(step)
    # PostgreSQL unreachable for the app without stopping the server everyone on the machine
    # shares: the app's database refuses new connections and its sessions are cut.
    admin = f"{BASE_DSN}/postgres"  # the app's own database refuses connections meanwhile
    await _fetch(admin, f'ALTER DATABASE "{world.db}" ALLOW_CONNECTIONS false')
    try:
        await _fetch(
            admin,
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1",
            world.db,
        )
        mark("pg_unreachable")
        await asyncio.sleep(PG_OUTAGE_SECONDS)
    finally:
        await _fetch(admin, f'ALTER DATABASE "{world.db}" ALLOW_CONNECTIONS true')
    mark("pg_reachable")

    await asyncio.sleep(step)
    if redis_fault:
        mark("redis_stopped")
        await asyncio.to_thread(
            subprocess.run, ["redis-cli", "-h", "127.0.0.1", "shutdown", "nosave"], capture_output=True
        )
        await asyncio.sleep(10)
        await asyncio.to_thread(subprocess.run, REDIS_START, shell=True, check=False)
        mark("redis_started")

    await asyncio.sleep(step)
    await rolling_restart(world, mark, gap)
    return events


async def rolling_timeline(
    world: World, ledger: Ledger, total: float, rounds: int, gap: float | None
) -> list[dict[str, Any]]:
    """Only rolling restarts (``--rolling-only N``): N rounds under load, ``total / 5`` apart."""
    events: list[dict[str, Any]] = []

    def mark(name: str, **extra: Any) -> None:
        events.append({"fault": name, "at_s": round(time.monotonic() - ledger.started, 2), **extra})

    for _ in range(rounds):
        await asyncio.sleep(total / 5)
        await rolling_restart(world, mark, gap)
    return events


async def rolling_restart(world: World, mark: Any, gap: float | None = None) -> None:
    """The procedure docs/deploy.md gives: one process at a time, SIGTERM, start, wait until
    ready, then ``gap`` seconds — by default nginx's fail_timeout and a second (see
    nginx_fail_timeout) — before the next."""
    for port in API_PORTS:
        mark("rolling_restart_sigterm", port=port)
        took = await asyncio.to_thread(stop_api, world, port)
        await asyncio.to_thread(start_api, world, port)
        mark("rolling_restart_ready", port=port, drained_in_s=round(took, 2))
        await asyncio.sleep(nginx_fail_timeout() if gap is None else gap)


def nginx_fail_timeout() -> float:
    """The upstream's fail_timeout in deploy/nginx.conf. While a process restarts, nginx marks it
    failed (refused connections) and skips it until fail_timeout after its last failure — which
    can be the moment before it was ready. Stopping the other process inside that window leaves
    nginx with no live upstream: every request gets 502 "no live upstreams" at once."""
    conf = (ROOT / "deploy" / "nginx.conf").read_text()
    match = re.search(r"fail_timeout=(\d+)s", conf)
    return float(match.group(1)) + 1.0 if match else 11.0


async def audit(world: World, ledger: Ledger) -> dict[str, Any]:
    dsn = f"{BASE_DSN}/{world.db}"
    # Let the two clustering workers drain the queue (up to 3 minutes), then audit.
    for _ in range(180):
        left = (await _fetch(dsn, "SELECT count(*) AS n FROM feedback_clustering_queue"))[0]["n"]
        if left == 0:
            break
        await asyncio.sleep(1)
    stored = await _fetch(
        dsn,
        "SELECT substring(body from 'mã ([0-9a-f]{32})') AS marker, count(*) AS n "
        "FROM feedback_submissions WHERE body LIKE '%mã %' GROUP BY 1",
    )
    counts = {r["marker"]: r["n"] for r in stored if r["marker"]}
    lost_feedback = [m for m in ledger.feedback_acked if m not in counts]
    doubled_feedback = [m for m, n in counts.items() if n > 1]
    update_ids = list(ledger.progress_acked.values())
    found = await _fetch(
        dsn, "SELECT id::text FROM progress_updates WHERE id::text = ANY($1::text[])", update_ids
    )
    notes = await _fetch(
        dsn,
        "SELECT substring(note from '\\(([0-9a-f]{8})\\)') AS k, count(*) AS n FROM progress_updates "
        "WHERE note LIKE 'Đã triển khai, lượt%' GROUP BY 1 HAVING count(*) > 1",
    )
    queue = (await _fetch(dsn, "SELECT count(*) AS n FROM feedback_clustering_queue"))[0]["n"]
    twice = (
        await _fetch(
            dsn,
            "SELECT count(*) AS n FROM (SELECT submission_id FROM feedback_cluster_members "
            "GROUP BY 1 HAVING count(*) > 1) d",
        )
    )[0]["n"]
    return {
        "feedback_acknowledged": len(ledger.feedback_acked),
        "feedback_lost": len(lost_feedback),
        "feedback_doubled": len(doubled_feedback),
        "progress_acknowledged": len(update_ids),
        "progress_lost": len(update_ids) - len(found),
        "progress_doubled": len(notes),
        "clustering_queue_left": queue,
        "submissions_in_two_clusters": twice,
    }


# ---------------------------------------------------------------- main


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=60, help="seconds of load per phase")
    parser.add_argument("--skip-redis-fault", action="store_true")
    parser.add_argument(
        "--rolling-only",
        type=int,
        default=0,
        metavar="N",
        help="skip the checks, the throughput and the other faults: N rolling restarts under load",
    )
    parser.add_argument(
        "--restart-gap",
        type=float,
        default=None,
        help="seconds between one process ready and the next SIGTERM (default: nginx's "
        "fail_timeout + 1; 0 reproduces the 502s of a too-quick rolling restart)",
    )
    args = parser.parse_args()
    ensure_nginx()
    world = set_up(args.duration)
    results: dict[str, Any] = {"date": time.strftime("%Y-%m-%d %H:%M"), "load_average": os.getloadavg()}
    try:
        for port in API_PORTS:
            start_api(world, port)
        start_workers(world)
        start_nginx(world, API_PORTS)
        if not args.rolling_only:
            results["shared_state"] = asyncio.run(check_shared_state(world))
            print(json.dumps(results["shared_state"], indent=2, ensure_ascii=False), flush=True)

        # Throughput: one API process behind nginx, then two.
        phase = min(args.duration, 30)
        for ports in () if args.rolling_only else ((API_PORTS[0],), API_PORTS):
            start_nginx(world, ports)
            ledger = Ledger()
            asyncio.run(mixed_load(world, phase, ledger))
            results[f"throughput_{len(ports)}_api"] = _summary(ledger, phase)
            print(
                len(ports),
                "API process(es):",
                json.dumps(results[f"throughput_{len(ports)}_api"]),
                flush=True,
            )

        ledger = Ledger()

        probes = Probes(ledger)
        # The load runs until the last fault is over and `duration / 5` seconds more, however
        # long the restarts take on a loaded machine (a fixed length once ended before them).
        tail = max(5.0, args.duration / 5)
        load_ends: list[float] = []

        async def faulted() -> list[dict[str, Any]]:
            stop = asyncio.Event()
            probing = asyncio.create_task(probes.run(stop))
            load = asyncio.create_task(
                mixed_load(world, 0, ledger, until=lambda: not load_ends or time.monotonic() < load_ends[0])
            )
            try:
                if args.rolling_only:
                    timeline = rolling_timeline(
                        world, ledger, args.duration, args.rolling_only, args.restart_gap
                    )
                else:
                    timeline = fault_timeline(
                        world, ledger, args.duration, not args.skip_redis_fault, args.restart_gap
                    )
                events = await timeline
                load_ends.append(time.monotonic() + tail)
                await load
            finally:
                load_ends.append(0.0)
                stop.set()
                await probing
            return events

        events = asyncio.run(faulted())
        load_seconds = time.monotonic() - ledger.started
        results["faults"] = {
            "events": events,
            "per_fault": failures_per_fault(
                ledger, events, probes, nginx_errors(world.tmp / "nginx-error.log", ledger.started_wall)
            ),
            "started_wall": ledger.started_wall,
            "failures": ledger.failures,  # (seconds since the load began, kind, why)
            "load": _summary(ledger, load_seconds),
        }
        results["audit"] = asyncio.run(audit(world, ledger))
        print(json.dumps(results["faults"]["per_fault"], indent=2), flush=True)
        print(json.dumps(results["audit"], indent=2), flush=True)
        print(fault_table(results["faults"]["per_fault"], results["audit"]), flush=True)
    finally:
        tear_down(world)
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / f"scale-{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(
        json.dumps(results, indent=2, default=str)
    )
    audit_ok = results.get("audit", {})
    ok = (
        all(v.get("holds") for v in results.get("shared_state", {}).values())
        and audit_ok.get("feedback_lost") == 0
        and audit_ok.get("feedback_doubled") == 0
        and audit_ok.get("progress_lost") == 0
        and audit_ok.get("progress_doubled") == 0
        and audit_ok.get("clustering_queue_left") == 0
        and audit_ok.get("submissions_in_two_clusters") == 0
    )
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
