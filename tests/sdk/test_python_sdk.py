"""The published Python SDK (clients/python): in step with the OpenAPI document, and its
example runs against a live server (uvicorn on a free port, an SQLite database)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from plandesk.core import migrations

ROOT = Path(__file__).resolve().parents[2]
SDK = ROOT / "clients" / "python"

# The suite runs twice in CI (SQLite, then PostgreSQL): these are about the SDK, once is enough.
pytestmark = pytest.mark.skipif(
    bool(os.environ.get("PLANDESK_TEST_DATABASE_URL")), reason="SDK checks run in the SQLite pass"
)


def test_the_sdk_is_what_the_openapi_document_generates():
    result = subprocess.run(
        [sys.executable, str(SDK / "regenerate.py"), "--check"], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[tuple[str, dict[str, str]]]:
    url = f"sqlite+aiosqlite:///{tmp_path / 'sdk.db'}"
    migrations.upgrade(url)
    env = {
        **os.environ,
        "PLANDESK_DATABASE_URL": url,
        "PLANDESK_VAR_DIR": str(tmp_path / "var"),
        "PLANDESK_SERVE_FRONTEND": "false",
    }
    env.pop("PLANDESK_TEST_DATABASE_URL", None)
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "plandesk.main:app", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert server.poll() is None, "the server exited"
            assert time.monotonic() < deadline, "the server did not become ready"
            time.sleep(0.3)
        yield base, env
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


def test_the_overdue_example_runs_against_a_live_server(live_server):
    base, env = live_server
    subprocess.run(
        [str(Path(sys.executable).parent / "plandesk"), "users", "create", "--email", "admin@example.org",
         "--password", "mật-khẩu-quản-trị-1", "--role", "admin"],
        env=env, check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    with httpx.Client(base_url=f"{base}/api/v1", timeout=30) as http:
        login = http.post(
            "/auth/login", json={"email": "admin@example.org", "password": "mật-khẩu-quản-trị-1"}
        )
        assert login.status_code == 200, login.text
        http.headers["Authorization"] = f"Bearer {login.json()['access_token']}"
        unit = http.post("/units", json={"name": "Huyện uỷ Krông Pắc"}).json()
        sa = http.post(
            "/service-accounts", json={"name": "Ứng dụng di động", "scopes": ["tasks:read", "tasks:write"]}
        )
        assert sa.status_code == 201, sa.text
        plan = http.post(
            "/plans", json={"code": "148-KH/TU", "title": "Kế hoạch tuyên truyền đại hội"}
        ).json()
        late = http.post(
            f"/plans/{plan['id']}/tasks",
            json={
                "title": "Treo pa-nô",
                "lead_unit_id": unit["id"],
                "due": {"kind": "fixed", "date": "2020-05-01"},
            },
        ).json()
        on_time = http.post(
            f"/plans/{plan['id']}/tasks",
            json={
                "title": "Tổng kết",
                "lead_unit_id": unit["id"],
                "due": {"kind": "fixed", "date": "2099-12-31"},
            },
        ).json()

        example = [
            sys.executable,
            str(SDK / "examples" / "overdue.py"),
            "--unit-id",
            unit["id"],
            "--note",
            "Đã nhắc",
        ]
        example_env = {
            **os.environ,
            "PLANDESK_URL": base,
            "PLANDESK_CLIENT_ID": sa.json()["client_id"],
            "PLANDESK_CLIENT_SECRET": sa.json()["client_secret"],
        }
        for _ in range(2):  # run twice: the second run's reports replay, nothing is applied twice
            run = subprocess.run(example, env=example_env, capture_output=True, text=True, timeout=120)
            assert run.returncode == 0, run.stdout + run.stderr
            assert "1 overdue assignment(s)" in run.stdout and "Treo pa-nô" in run.stdout
            assert "Tổng kết" not in run.stdout

        history = http.get(f"/tasks/{late['id']}/assignments/{unit['id']}/history").json()["items"]
        assert [(e["kind"], e["note"]) for e in history] == [("update", "Đã nhắc")]
        assert http.get(f"/tasks/{on_time['id']}/assignments/{unit['id']}/history").json()["items"] == []
