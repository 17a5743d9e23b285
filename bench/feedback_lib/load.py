"""Driving the server: starting it, wrk, and the CPU time its processes and the database spend."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import time
from pathlib import Path
from typing import Any

import asyncpg
import httpx

from feedback_lib.database import pg_dsn

ROOT = Path(__file__).resolve().parents[2]


def server_env(url: str, secret: str) -> dict[str, str]:
    """The environment of the bench's server (and worker): the deployment's defaults, except
    the anonymous per-address limit — the bench hammers from one address."""
    return {
        **os.environ,
        "PLANDESK_DATABASE_URL": url,
        "PLANDESK_SECRET_KEY": secret,
        "PLANDESK_SERVE_FRONTEND": "false",
        "PLANDESK_ENV": "production",
        "PLANDESK_FEEDBACK_RATE_LIMIT": "1000000000",
    }


def port_free(port: int) -> bool:
    """Nothing listens on 127.0.0.1:``port`` (else wrk would measure someone else's server)."""
    import socket

    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def start_server(url: str, secret: str, port: int, workers: int, logfile: Path) -> subprocess.Popen[bytes]:
    if not port_free(port):
        raise RuntimeError(f"127.0.0.1:{port} is taken by another process: choose another --port")
    out = open(logfile, "wb")
    cmd = [str(ROOT / ".venv/bin/plandesk"), "serve", "--host", "127.0.0.1", "--port", str(port)]
    return subprocess.Popen(
        [*cmd, "--workers", str(workers)], env=server_env(url, secret), stdout=out, stderr=out, cwd=ROOT
    )


def start_worker(url: str, secret: str, logfile: Path) -> subprocess.Popen[bytes]:
    """``plandesk worker``: the jobs and, on PostgreSQL, the near-duplicate clustering."""
    out = open(logfile, "wb")
    cmd = [str(ROOT / ".venv/bin/plandesk"), "worker"]
    return subprocess.Popen(cmd, env=server_env(url, secret), stdout=out, stderr=out, cwd=ROOT)


def stop(proc: subprocess.Popen[bytes] | None) -> None:
    if proc is None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()


def wait_ready(base: str, timeout: float = 240, logfile: Path | None = None, workers: int = 1) -> None:
    """Until ``/readyz`` answers and, with ``logfile``, every uvicorn worker has logged its
    start-up: on a loaded machine one worker can answer while the other is still importing
    (or being restarted), and the load would begin on half a server."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            ready = httpx.get(f"{base}/readyz", timeout=2).status_code == 200
        except httpx.HTTPError:
            ready = False
        if ready and logfile is not None:
            log = logfile.read_text(errors="replace")
            started = log.count("Application startup complete")
            died = sum(1 for line in log.splitlines() if "Child process" in line and "died" in line)
            ready = started - died >= workers
        if ready:
            return
        time.sleep(0.3)
    raise RuntimeError("the server did not become ready")


def worker_pids(parent: int) -> list[int]:
    pids: list[int] = []
    for task in Path(f"/proc/{parent}/task").iterdir():
        children = (task / "children").read_text().split()
        pids += [int(p) for p in children]
    # uvicorn's supervisor may spawn through a multiprocessing helper: keep the python workers.
    out = []
    for pid in pids:
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except FileNotFoundError:
            continue
        if b"multiprocessing.resource_tracker" not in cmdline:
            out.append(pid)
    return out


def cpu_ticks(pid: int) -> int:
    """utime + stime of ``pid`` (clock ticks), 0 once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
        return 0
    return int(fields[11]) + int(fields[12])


def database_backends(url: str) -> list[int]:
    """The PostgreSQL backends serving the bench database (none on SQLite)."""
    if url.startswith("sqlite"):
        return []

    async def pids() -> list[int]:
        conn = await asyncpg.connect(pg_dsn(url))
        try:
            rows = await conn.fetch(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        finally:
            await conn.close()
        return [r["pid"] for r in rows]

    return asyncio.run(pids())


class CpuMeter:
    """CPU time of the server's processes and of the database backends over a phase: a
    figure the machine's other load does not skew the way req/s and latencies are."""

    def __init__(self, server_pid: int, url: str, worker_pid: int | None = None) -> None:
        self.pids = [server_pid, *worker_pids(server_pid)]
        self.worker_pid = worker_pid
        self.url = url
        self.hz = os.sysconf("SC_CLK_TCK")

    def __enter__(self) -> CpuMeter:
        self.backends = database_backends(self.url)
        self.server0 = sum(cpu_ticks(p) for p in self.pids)
        self.worker0 = cpu_ticks(self.worker_pid) if self.worker_pid else 0
        self.db0 = {p: cpu_ticks(p) for p in self.backends}
        return self

    def __exit__(self, *exc: object) -> None:
        self.server = (sum(cpu_ticks(p) for p in self.pids) - self.server0) / self.hz
        self.worker = ((cpu_ticks(self.worker_pid) - self.worker0) if self.worker_pid else 0) / self.hz
        # Backends that came and went during the phase are not counted (the pool keeps them).
        self.db = sum(max(0, cpu_ticks(p) - t) for p, t in self.db0.items()) / self.hz

    def per(self, n: int) -> dict[str, float]:
        """Per operation: the API processes' CPU, `plandesk worker`'s (clustering and jobs, when
        it runs them) and the PostgreSQL backends' (those of the API and of the worker)."""
        n = max(n, 1)
        return {
            "server_cpu_us_per_op": round(self.server / n * 1e6, 1),
            "worker_cpu_us_per_op": round(self.worker / n * 1e6, 1),
            "db_cpu_us_per_op": round(self.db / n * 1e6, 1),
        }


def rss_kib(pid: int, field: str = "VmRSS") -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def wrk(
    url: str, script: Path, duration: int, connections: int, threads: int, *args: str, timeout: float = 10
) -> dict[str, Any]:
    """One wrk run; ``timeout``: a request unanswered this long counts as a time-out (issue #15: 2 s)."""
    cmd = [
        "wrk",
        f"-t{threads}",
        f"-c{connections}",
        f"-d{duration}s",
        "--timeout",
        f"{timeout:g}s",
        "-s",
        str(script),
        url,
    ]
    if args:
        cmd += ["--", *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=True)
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            result: dict[str, Any] = json.loads(line[7:])
            return result
    raise RuntimeError(f"wrk printed no result:\n{proc.stdout}\n{proc.stderr}")


def summarise(result: dict[str, Any]) -> dict[str, Any]:
    seconds = result["duration_us"] / 1e6
    return {
        "requests": result["requests"],
        "acked": result["acked"],
        "per_second": round(result["acked"] / seconds, 1),
        "p50_ms": round(result["p50_us"] / 1000, 2),
        "p95_ms": round(result["p95_us"] / 1000, 2),
        "p99_ms": round(result["p99_us"] / 1000, 2),
        "max_ms": round(result["max_us"] / 1000, 1),
        "refused": result["refused"],
        "server_errors": result["server_errors"],
        "socket_errors": result["socket_errors"],
        "timeouts": result.get("timeouts", 0),
    }


def access_statuses(logfile: Path) -> dict[str, int]:
    """Answers other than 201 (and the probes') in the server's JSON access lines, by status,
    method and route template: tells a 429 from a 422 or a 404 at a glance."""
    counts: dict[str, int] = {}
    for line in logfile.read_text(errors="replace").splitlines():
        if '"plandesk.access"' not in line or "/healthz" in line or "/readyz" in line:
            continue
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if entry.get("status") != 201:
            label = f"{entry.get('status')} {entry.get('method')} {entry.get('route')}"
            counts[label] = counts.get(label, 0) + 1
    return counts


def table(report: dict[str, Any]) -> str:
    """The load phases as the Markdown table of bench/README.md."""
    head = (
        "| run | req/s | p50 | p95 | p99 | time-outs | server CPU µs/op | worker CPU µs/op "
        "| DB CPU µs/op | lost | doubled | 5xx |\n"
    )
    lines = [head + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    rows = report.get("rows", {})
    for name in ("healthz", "feedback"):
        r = report.get(name)
        if not r:
            continue
        audit = (rows.get("lost", "—"), rows.get("doubled", "—")) if name == "feedback" else ("—", "—")
        lines.append(
            f"| {name} | {r['per_second']:,} | {r['p50_ms']} ms | {r['p95_ms']} ms | {r['p99_ms']} ms "
            f"| {r['timeouts']} | {r['server_cpu_us_per_op']:,} | {r['worker_cpu_us_per_op']:,} "
            f"| {r['db_cpu_us_per_op']:,} | {audit[0]} | {audit[1]} | {r['server_errors']} |"
        )
    return "\n".join(lines)
