"""A real HTTP receiver on 127.0.0.1 and helpers to run the relay and deliveries by hand."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
import uvicorn
from sqlalchemy import select

from plandesk.jobs.registry import JobContext
from plandesk.jobs.runtime import LocalRuntime
from plandesk.webhooks import delivery, relay
from plandesk.webhooks.models import WebhookAttempt, WebhookDelivery, WebhookEndpoint
from plandesk.webhooks.signing import new_secret


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes
    raw_path: bytes = b""
    query: bytes = b""


Reply = tuple[int, dict[str, str], bytes]


@dataclass
class Receiver:
    """Records every request; answers from ``script`` (one reply per request), then ``default``."""

    port: int = 0
    requests: list[Received] = field(default_factory=list)
    script: list[Reply] = field(default_factory=list)
    default: Reply = (200, {}, b"ok")
    answer: Callable[[Received], Reply] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook"

    @property
    def ids(self) -> list[str]:
        return [r.headers["webhook-id"] for r in self.requests]

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        got = Received(
            scope["path"],
            {k.decode(): v.decode() for k, v in scope["headers"]},
            body,
            scope.get("raw_path") or b"",
            scope.get("query_string") or b"",
        )
        self.requests.append(got)
        if self.answer is not None:
            status, headers, content = self.answer(got)
        else:
            status, headers, content = self.script.pop(0) if self.script else self.default
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [(k.encode(), v.encode()) for k, v in headers.items()],
            }
        )
        await send({"type": "http.response.body", "body": content})


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    recv = Receiver()
    config = uvicorn.Config(
        recv, host="127.0.0.1", port=0, lifespan="off", log_level="warning", access_log=False
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    while not server.started:  # noqa: ASYNC110 -- uvicorn offers no event to wait on
        await asyncio.sleep(0.01)
    recv.port = server.servers[0].sockets[0].getsockname()[1]
    yield recv
    server.should_exit = True
    await task


@pytest.fixture
def no_waiting(monkeypatch: pytest.MonkeyPatch) -> None:
    """Retries come due at once (the schedule itself is tested on its own)."""
    monkeypatch.setattr(delivery, "RETRY_SCHEDULE", [delivery.RETRY_SCHEDULE[0] * 0] * 7)


class Hooks:
    """Endpoints made directly, and the relay + delivery steps a worker runs, one call at a time."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.sessionmaker = app.state.sessionmaker
        self.settings = app.state.settings

    async def endpoint(self, url: str, event_types: list[str] | None = None, **kw: Any) -> WebhookEndpoint:
        async with self.sessionmaker() as s:
            endpoint = WebhookEndpoint(
                url=url,
                event_types=event_types or ["*"],
                secret=kw.pop("secret", new_secret()),
                consecutive_failures=0,
                **kw,
            )
            s.add(endpoint)
            await s.commit()
            return endpoint

    async def fan_out(self) -> int:
        async with self.sessionmaker() as s:
            count, _ = await relay.fan_out(s)
            return count

    async def deliver(self, endpoint: WebhookEndpoint | uuid.UUID) -> int:
        endpoint_id = endpoint if isinstance(endpoint, uuid.UUID) else endpoint.id
        return await delivery.deliver_endpoint(self.sessionmaker, self.settings, endpoint_id)

    async def flush(self, endpoint: WebhookEndpoint) -> None:
        """Relay, then deliver until nothing is due (what a worker does)."""
        await self.fan_out()
        while await self.deliver(endpoint):
            pass

    async def deliveries(self, endpoint: WebhookEndpoint) -> list[WebhookDelivery]:
        async with self.sessionmaker() as s:
            rows = await s.execute(
                select(WebhookDelivery)
                .where(WebhookDelivery.endpoint_id == endpoint.id)
                .order_by(WebhookDelivery.event_seq)
            )
            return list(rows.scalars())

    async def attempts(self, endpoint: WebhookEndpoint) -> list[WebhookAttempt]:
        async with self.sessionmaker() as s:
            rows = await s.execute(
                select(WebhookAttempt)
                .where(WebhookAttempt.endpoint_id == endpoint.id)
                .order_by(WebhookAttempt.at)
            )
            return list(rows.scalars())

    async def reload(self, endpoint: WebhookEndpoint) -> WebhookEndpoint:
        async with self.sessionmaker() as s:
            fresh = await s.get(WebhookEndpoint, endpoint.id)
            assert fresh is not None
            return fresh

    def context(self, runtime: Any = None) -> JobContext:
        runtime = runtime or LocalRuntime(self.settings, self.sessionmaker)
        return JobContext(self.sessionmaker, self.settings, runtime)


@pytest.fixture
def hooks(app: Any) -> Hooks:
    return Hooks(app)
