"""Forwarded headers are believed only from trusted proxies (issue #9, item 7)."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import APIRouter, Request

from plandesk.core.config import Settings
from plandesk.core.logredact import RedactQueryTokens
from plandesk.main import create_app


async def _client_for(settings: Settings, trusted: str) -> tuple[object, httpx.AsyncClient]:
    app = create_app(settings.model_copy(update={"trusted_proxies": trusted}))
    probe = APIRouter()

    @probe.get("/whoami")
    async def whoami(request: Request) -> dict[str, str]:
        assert request.client is not None
        return {"address": request.client.host, "scheme": request.url.scheme}

    app.include_router(probe)
    # ASGITransport connects as 127.0.0.1.
    return app, httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test")


@pytest.fixture
async def behind(settings: Settings, request: pytest.FixtureRequest) -> AsyncIterator[httpx.AsyncClient]:
    app, client = await _client_for(settings, request.param)
    async with client:
        yield client
    await app.state.engine.dispose()  # type: ignore[attr-defined]


async def _whoami(client: httpx.AsyncClient, **headers: str) -> dict[str, str]:
    return (await client.get("/whoami", headers={k.replace("_", "-"): v for k, v in headers.items()})).json()


@pytest.mark.parametrize("behind", [""], indirect=True)
async def test_by_default_x_forwarded_for_is_ignored(behind):
    assert await _whoami(behind, x_forwarded_for="203.0.113.9") == {"address": "127.0.0.1", "scheme": "http"}


@pytest.mark.parametrize("behind", ["10.0.0.0/8"], indirect=True)
async def test_a_peer_outside_the_trusted_networks_cannot_forward(behind):
    assert (await _whoami(behind, x_forwarded_for="203.0.113.9"))["address"] == "127.0.0.1"


@pytest.mark.parametrize("behind", ["127.0.0.0/8"], indirect=True)
async def test_a_trusted_proxy_forwards_the_client_and_scheme(behind):
    seen = await _whoami(behind, x_forwarded_for="203.0.113.9", x_forwarded_proto="https")
    assert seen == {"address": "203.0.113.9", "scheme": "https"}


@pytest.mark.parametrize("behind", ["127.0.0.0/8, 10.0.0.0/8"], indirect=True)
async def test_addresses_a_client_prepends_are_not_believed(behind):
    # The client sent "198.51.100.1"; the proxies appended the real client and one of theirs.
    seen = await _whoami(behind, x_forwarded_for="198.51.100.1, 203.0.113.9, 10.1.2.3")
    assert seen["address"] == "203.0.113.9"


@pytest.mark.parametrize("behind", ['["127.0.0.1/32"]'], indirect=True)
async def test_the_list_may_be_written_as_json(behind):
    assert (await _whoami(behind, x_forwarded_for="203.0.113.9"))["address"] == "203.0.113.9"


@pytest.mark.parametrize("behind", ["127.0.0.1"], indirect=True)
async def test_the_forwarded_header_is_read(behind):
    seen = await _whoami(behind, forwarded='for="[2001:db8::7]:4711";proto=https')
    assert seen == {"address": "2001:db8::7", "scheme": "https"}


@pytest.mark.parametrize("behind", ["127.0.0.1"], indirect=True)
async def test_garbage_in_the_chain_stops_at_the_trusted_proxy(behind):
    assert (await _whoami(behind, x_forwarded_for="not-an-address"))["address"] == "127.0.0.1"


async def test_rotating_x_forwarded_for_does_not_escape_the_address_lockout(client, settings):
    statuses = []
    for i in range(settings.login_max_failures * 4 + 2):  # the per-address limit, and beyond
        resp = await client.post(
            "/api/v1/auth/login",
            json={"email": f"other{i}@example.org", "password": "wrong-password"},
            headers={"X-Forwarded-For": f"203.0.113.{i}"},
        )
        statuses.append(resp.status_code)
    assert statuses == [401] * (settings.login_max_failures * 4) + [429] * 2


async def test_rotating_x_forwarded_for_does_not_escape_the_feedback_limit(client, consult, settings):
    from tests.consultations.factories import submit

    c = await consult.consultation()
    statuses = [
        (await submit(client, c.id, {"X-Forwarded-For": f"203.0.113.{i}"})).status_code
        for i in range(settings.feedback_rate_limit + 5)
    ]
    assert statuses == [201] * settings.feedback_rate_limit + [429] * 5


def test_serve_turns_uvicorns_proxy_handling_and_banner_off(monkeypatch):
    import uvicorn

    from plandesk.cli import main
    from plandesk.core import draining

    configs: list[uvicorn.Config] = []

    class Recording:
        started = True

        def __init__(self, config: uvicorn.Config) -> None:
            configs.append(config)

        def run(self) -> None:
            return None

    monkeypatch.setattr(draining, "DrainingServer", Recording)
    assert main(["serve"]) == 0  # one process: the draining server
    assert configs[0].proxy_headers is False and configs[0].server_header is False
    assert not configs[0].forwarded_allow_ips
    calls: list[dict[str, object]] = []
    monkeypatch.setattr(uvicorn, "run", lambda *a, **kw: calls.append(kw))
    # Several workers share a metrics directory: not this test process (the other tests'
    # metrics would go there), only the call is checked.
    from plandesk.core import metrics

    prepared: list[object] = []
    monkeypatch.setattr(metrics, "prepare_multiprocess_dir", prepared.append)
    monkeypatch.delenv(metrics.MULTIPROC_ENV, raising=False)
    assert main(["serve", "--workers", "2"]) == 0  # several: uvicorn's supervisor
    assert len(prepared) == 1 and metrics.MULTIPROC_ENV not in __import__("os").environ
    assert calls[0]["proxy_headers"] is False and calls[0]["forwarded_allow_ips"] == ""
    assert calls[0]["server_header"] is False


def test_query_tokens_are_redacted_from_access_logs():
    record = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        __file__,
        1,
        '%s - "%s %s HTTP/%s" %d',
        ("127.0.0.1:5000", "GET", "/api/v1/calendar/feed.ics?token=abc123&x=1", "1.1", 200),
        None,
    )
    RedactQueryTokens().filter(record)
    assert "abc123" not in record.getMessage()
    assert "/api/v1/calendar/feed.ics?token=[redacted]&x=1" in record.getMessage()
