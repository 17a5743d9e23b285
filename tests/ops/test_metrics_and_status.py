"""``/metrics`` behind its token, and the admin status page."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from pydantic import SecretStr

from plandesk.main import create_app

METRICS_TOKEN = "m" * 40


@pytest.fixture
async def metrics_client(settings) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(settings.model_copy(update={"metrics_token": SecretStr(METRICS_TOKEN)}))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as c:
        yield c
    await app.state.engine.dispose()


async def test_metrics_are_off_without_a_configured_token(client) -> None:
    r = await client.get("/metrics")
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("application/problem+json")


async def test_metrics_refuse_a_missing_or_wrong_token(metrics_client) -> None:
    assert (await metrics_client.get("/metrics")).status_code == 401
    wrong = await metrics_client.get("/metrics", headers={"Authorization": "Bearer " + "x" * 40})
    assert wrong.status_code == 401


async def test_metrics_count_requests_by_route_template_and_status(metrics_client) -> None:
    await metrics_client.get("/api/v1/tasks/00000000-0000-0000-0000-000000000000")
    r = await metrics_client.get("/metrics", headers={"Authorization": f"Bearer {METRICS_TOKEN}"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/plain")
    body = r.text
    assert 'plandesk_http_requests_total{method="GET",route="/api/v1/tasks/{task_id}",status="401"}' in body
    assert "plandesk_http_request_duration_seconds_bucket" in body
    assert "plandesk_db_pool_connections" in body
    # Raw ids never become label values.
    assert "00000000-0000-0000-0000-000000000000" not in body


async def test_a_refused_request_counts_as_a_rate_limit_refusal(metrics_client, factory) -> None:
    user = await factory.user("viewer", email="locked@example.org")
    for _ in range(8):
        await metrics_client.post(
            "/api/v1/auth/login", json={"email": user.email, "password": "wrong-password-x"}
        )
    body = (await metrics_client.get("/metrics", headers={"Authorization": f"Bearer {METRICS_TOKEN}"})).text
    assert 'plandesk_rate_limit_refusals_total{route="/api/v1/auth/login"}' in body


async def test_admin_status_reports_schema_database_redis_and_backlog(client, factory) -> None:
    admin = await factory.actor("admin")
    r = await client.get("/api/v1/admin/status", headers=admin.headers)
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok"
    assert body["schema"]["at_head"] is True
    assert body["schema"]["database"] == body["schema"]["code"] and body["schema"]["code"]
    assert body["database"]["reachable"] is True
    assert body["database"]["dialect"] in ("sqlite", "postgresql")
    assert body["redis"] == {"configured": False, "reachable": None}
    assert body["feedback_clustering"]["backlog"] == 0
    assert body["process"]["pid"] > 0


async def test_admin_status_says_degraded_when_redis_is_unreachable(settings, factory) -> None:
    app = create_app(settings.model_copy(update={"redis_url": "redis://127.0.0.1:1/0"}))
    admin = await factory.actor("admin")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as c:
        r = await c.get("/api/v1/admin/status", headers=admin.headers)
    await app.state.engine.dispose()
    assert r.status_code == 200
    assert r.json()["status"] == "degraded"
    assert r.json()["redis"] == {"configured": True, "reachable": False}


@pytest.mark.parametrize("role", ["coordinator", "moderator", "viewer", "unit_officer"])
async def test_only_admins_read_the_status_page(client, factory, role: str) -> None:
    actor = await factory.actor(role)
    r = await client.get("/api/v1/admin/status", headers=actor.headers)
    assert r.status_code == 403


async def test_the_status_page_needs_a_token(client) -> None:
    assert (await client.get("/api/v1/admin/status")).status_code == 401
