"""The API process serves the built web client: history fallback, cache headers, API stays JSON."""

from __future__ import annotations

import httpx
import pytest

from plandesk.main import create_app


@pytest.fixture
async def spa_client(settings, tmp_path):
    dist = tmp_path / "dist"
    (dist / "assets").mkdir(parents=True)
    (dist / "index.html").write_text("<!doctype html><div id=root></div>")
    (dist / "assets" / "index-abc123.js").write_text("console.log(1)")
    (dist / "favicon.svg").write_text("<svg/>")
    app = create_app(settings.model_copy(update={"serve_frontend": True, "frontend_dist": dist}))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as c:
        yield c
    await app.state.engine.dispose()


async def test_index_is_served_without_caching(spa_client):
    resp = await spa_client.get("/")
    assert resp.status_code == 200 and "id=root" in resp.text
    assert resp.headers["cache-control"] == "no-cache"


async def test_client_routes_fall_back_to_index(spa_client):
    resp = await spa_client.get("/plans/5f1c/timeline")
    assert resp.status_code == 200 and "id=root" in resp.text
    assert resp.headers["cache-control"] == "no-cache"


async def test_hashed_assets_are_cached_for_a_year(spa_client):
    resp = await spa_client.get("/assets/index-abc123.js")
    assert resp.status_code == 200
    assert resp.headers["cache-control"] == "public, max-age=31536000, immutable"


async def test_missing_asset_is_404_not_index(spa_client):
    assert (await spa_client.get("/assets/gone-000.js")).status_code == 404


async def test_other_static_files_are_served(spa_client):
    resp = await spa_client.get("/favicon.svg")
    assert resp.status_code == 200 and resp.text == "<svg/>"


async def test_unknown_api_path_stays_problem_json(spa_client):
    resp = await spa_client.get("/api/v1/nope")
    assert resp.status_code == 404 and resp.headers["content-type"].startswith("application/problem+json")


async def test_path_traversal_does_not_escape_dist(spa_client):
    resp = await spa_client.get("/..%2F..%2Fetc%2Fpasswd")
    assert "root:" not in resp.text
