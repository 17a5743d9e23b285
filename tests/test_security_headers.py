"""Security headers on every response (issue #9, item 12)."""

from __future__ import annotations

import httpx
import pytest

from plandesk.core.headers import API_POLICY, DOCS_POLICY, SPA_POLICY
from plandesk.main import create_app
from tests.factories import PASSWORD


@pytest.fixture
async def spa_client(settings, tmp_path):
    dist = tmp_path / "dist"
    (dist / "assets").mkdir(parents=True)
    (dist / "index.html").write_text("<!doctype html><div id=root></div>")
    app = create_app(settings.model_copy(update={"serve_frontend": True, "frontend_dist": dist}))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as c:
        yield c
    await app.state.engine.dispose()


def _common(resp: httpx.Response) -> None:
    assert resp.headers["x-content-type-options"] == "nosniff"
    assert resp.headers["referrer-policy"] == "strict-origin-when-cross-origin"
    assert resp.headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in resp.headers["content-security-policy"]


async def test_the_web_client_gets_a_self_only_policy_without_inline_scripts(spa_client):
    resp = await spa_client.get("/plans/abc")
    _common(resp)
    policy = resp.headers["content-security-policy"]
    assert policy == SPA_POLICY
    assert "script-src 'self';" in policy and "unsafe-eval" not in policy


async def test_api_answers_get_the_api_policy_and_no_store(client, factory):
    viewer = await factory.actor("viewer")
    resp = await client.get("/api/v1/auth/me", headers=viewer.headers)
    _common(resp)
    assert resp.headers["content-security-policy"] == API_POLICY
    assert resp.headers["cache-control"] == "no-store"


async def test_errors_carry_the_headers_too(client):
    resp = await client.get("/api/v1/nothing-here")
    assert resp.status_code == 404
    _common(resp)
    assert resp.headers["cache-control"] == "no-store"


async def test_sign_in_answers_are_not_stored(client, factory):
    user = await factory.user("viewer")
    resp = await client.post("/api/v1/auth/login", json={"email": user.email, "password": PASSWORD})
    assert resp.headers["cache-control"] == "no-store"


async def test_docs_get_their_own_policy(client):
    for path in ("/docs", "/redoc"):
        resp = await client.get(path)
        assert resp.status_code == 200
        _common(resp)
        assert resp.headers["content-security-policy"] == DOCS_POLICY


async def test_hsts_only_in_production(settings):
    for env, expected in (("production", True), ("development", False)):
        app = create_app(settings.model_copy(update={"env": env}))
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as c:
            resp = await c.get("/healthz")
        await app.state.engine.dispose()
        assert ("strict-transport-security" in resp.headers) is expected


async def test_a_route_that_chooses_its_caching_keeps_it(client, factory, plans):
    viewer = await factory.actor("viewer")
    plan = await plans.plan(code="148-KH/TU")
    token = (await client.post("/api/v1/me/feed-token", headers=viewer.headers)).json()["token"]
    resp = await client.get(f"/api/v1/plans/{plan.id}/calendar.ics", params={"token": token})
    assert resp.headers["cache-control"] == "private, max-age=300"
