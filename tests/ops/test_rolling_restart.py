"""A rolling restart of two `plandesk serve` processes behind nginx (deploy/nginx.conf, as
bench/scale.py and docs/deploy.md use it) under load fails no request.

Needs nginx (Debian's `nginx-light`): `make test-rolling`; not in the default run (≈ 1 min).
"""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
from scale import nginx_fail_timeout, render_nginx_conf  # noqa: E402

pytestmark = [
    pytest.mark.nginx,
    pytest.mark.skipif(
        shutil.which("nginx") is None and not Path("/usr/sbin/nginx").exists(), reason="no nginx"
    ),
]
PLANDESK = [sys.executable, "-m", "plandesk.cli"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_ready(port: int, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise AssertionError(f"API on {port} not ready")


class Cluster:
    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.env = {
            **os.environ,
            "PLANDESK_VAR_DIR": str(tmp / "var"),
            "PLANDESK_SECRET_KEY": "r" * 48,
            "PLANDESK_SERVE_FRONTEND": "false",
            "PLANDESK_SHUTDOWN_GRACE_SECONDS": "20",
            "PLANDESK_TRUSTED_PROXIES": '["127.0.0.1/32"]',
            "PLANDESK_LOG_LEVEL": "WARNING",
        }
        self.env.pop("PLANDESK_DATABASE_URL", None)
        self.env.pop("PLANDESK_REDIS_URL", None)
        self.apis: dict[int, subprocess.Popen[bytes]] = {}
        self.ports = (_free_port(), _free_port())
        self.lb = _free_port()
        self.nginx: subprocess.Popen[bytes] | None = None

    def start_api(self, port: int) -> None:
        log = (self.tmp / f"api-{port}.log").open("ab")
        self.apis[port] = subprocess.Popen(
            [*PLANDESK, "serve", "--host", "127.0.0.1", "--port", str(port)],
            env=self.env,
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        _wait_ready(port)

    def stop_api(self, port: int) -> None:
        proc = self.apis.pop(port)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) in (0, -signal.SIGTERM)

    def start_nginx(self) -> None:
        self.tmp.chmod(0o711)  # nginx's workers run as nobody
        for name in ("cache", "body", "proxy"):
            (self.tmp / name).mkdir(mode=0o777)
            (self.tmp / name).chmod(0o777)
        conf = self.tmp / "nginx.conf"
        conf.write_text(
            f"worker_processes 1;\npid {self.tmp}/nginx.pid;\nerror_log {self.tmp}/nginx-error.log warn;\n"
            "events { worker_connections 1024; }\n"
            f"http {{\n access_log off;\n client_body_temp_path {self.tmp}/body;\n"
            f" proxy_temp_path {self.tmp}/proxy;\n"
            f"{render_nginx_conf(self.ports, self.lb, self.tmp / 'cache')}\n}}\n"
        )
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        self.nginx = subprocess.Popen(
            [nginx, "-c", str(conf), "-p", str(self.tmp), "-g", "daemon off;"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 20
        while True:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.lb)) == 0:
                    return
            assert time.monotonic() < deadline, (self.tmp / "nginx-error.log").read_text()
            time.sleep(0.1)

    def close(self) -> None:
        for proc in self.apis.values():
            proc.kill()
            proc.wait()
        if self.nginx is not None:
            self.nginx.terminate()
            self.nginx.wait(timeout=10)


@pytest.fixture
def cluster():
    tmp = Path(tempfile.mkdtemp(prefix="plandesk-rolling-"))
    c = Cluster(tmp)
    (tmp / "var").mkdir()
    subprocess.run([*PLANDESK, "db", "upgrade"], env=c.env, check=True, capture_output=True, cwd=ROOT)
    try:
        for port in c.ports:
            c.start_api(port)
        c.start_nginx()
        yield c
    finally:
        c.close()
        shutil.rmtree(tmp, ignore_errors=True)


async def _load(lb: int, stop: asyncio.Event, answered: list[int], failed: list[str]) -> None:
    """Clients on keep-alive connections to nginx: reads and POSTs (a POST nginx has sent is
    never retried on the other process, so a connection closed under it would be a 502)."""

    async def client(n: int) -> None:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{lb}", timeout=30) as c:
            while not stop.is_set():
                try:
                    if n % 2:
                        r = await c.get("/readyz")
                    else:
                        r = await c.post("/api/v1/auth/login", json={"email": "x"})  # 422, no work
                except httpx.HTTPError as exc:
                    failed.append(f"{type(exc).__name__}: {exc}")
                    continue
                if r.status_code >= 500:
                    failed.append(f"{r.request.method} {r.url.path}: {r.status_code} {r.text[:120]}")
                else:
                    answered.append(r.status_code)

    await asyncio.gather(*(client(n) for n in range(8)))


def test_a_rolling_restart_behind_nginx_fails_no_request(cluster: Cluster) -> None:
    answered: list[int] = []
    failed: list[str] = []

    async def run() -> list[int]:
        stop = asyncio.Event()
        load = asyncio.create_task(_load(cluster.lb, stop, answered, failed))
        served: list[int] = []
        try:
            await asyncio.sleep(1)
            # The procedure docs/deploy.md gives: one at a time, SIGTERM, start, wait until
            # ready, then nginx's fail_timeout before the next.
            for port in cluster.ports:
                before = len(answered)
                await asyncio.to_thread(cluster.stop_api, port)
                await asyncio.to_thread(cluster.start_api, port)
                await asyncio.sleep(nginx_fail_timeout())
                served.append(len(answered) - before)
        finally:
            stop.set()
            await load
        return served

    served = asyncio.run(run())
    nginx_log = (cluster.tmp / "nginx-error.log").read_text()
    assert failed == [], (failed[:10], nginx_log[-3000:])
    assert all(n > 20 for n in served), served  # the load really ran through each restart
    assert set(answered) <= {200, 422}
