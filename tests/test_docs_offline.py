"""/docs and /redoc work offline: every file they load is served by the app itself."""

from __future__ import annotations

import re

import pytest

_URL = re.compile(r"""(?:src|href|url)\s*[=:(]\s*['"]?([^'")\s>]+)""", re.IGNORECASE)


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
async def test_the_docs_page_names_no_other_host_and_its_files_are_served(client, page):
    resp = await client.get(page)
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("text/html")
    html = resp.text
    assert not re.search(r"(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}", html, re.IGNORECASE), html
    assets = [u for u in _URL.findall(html) if u.startswith("/docs/static/")]
    assert any(a.endswith(".js") for a in assets), html
    for asset in assets:
        got = await client.get(asset)
        assert got.status_code == 200, asset
        assert len(got.content) > 1000
    assert "'self'" in resp.headers["content-security-policy"]
    assert "https:" not in resp.headers["content-security-policy"]


async def test_swagger_ui_keeps_its_oauth2_redirect_page(client):
    resp = await client.get("/docs/oauth2-redirect")
    assert resp.status_code == 200 and "oauth2" in resp.text.lower()
