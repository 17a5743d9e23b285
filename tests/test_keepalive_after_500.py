"""A 500 answered by the problem handler leaves the client's keep-alive connection usable
(issue #9, item 4): checked against a real uvicorn server over TCP."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import httpx
import pytest
import uvicorn
from fastapi import APIRouter, Request

from plandesk.core.config import Settings
from plandesk.main import create_app


@pytest.fixture
async def server_url(settings: Settings) -> AsyncIterator[str]:
    app = create_app(settings)
    extra = APIRouter()

    @extra.get("/boom")
    async def boom() -> None:
        raise RuntimeError("a bug")

    @extra.get("/client-port")
    async def client_port(request: Request) -> dict[str, int]:
        assert request.client is not None
        return {"port": request.client.port}

    app.include_router(extra)
    config = uvicorn.Config(app, host="127.0.0.1", port=0, lifespan="off", log_level="critical")
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    while not server.started:  # noqa: ASYNC110 -- uvicorn offers no event to wait on
        await asyncio.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    await task
    await app.state.engine.dispose()


async def test_the_connection_serves_the_next_request_after_a_500(server_url):
    async with httpx.AsyncClient(base_url=server_url) as client:
        before = (await client.get("/client-port")).json()["port"]
        failed = await client.get("/boom")
        after = await client.get("/client-port")
    assert failed.status_code == 500
    assert failed.headers["content-type"] == "application/problem+json"
    assert failed.headers.get("connection") != "close"
    assert after.status_code == 200
    assert after.json()["port"] == before  # the same TCP connection, kept alive
