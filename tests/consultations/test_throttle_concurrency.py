"""Throttles hold exactly under concurrency (issue #9, item 8): 50 attempts at once, one
process with the in-memory store, and two app instances sharing Redis."""

from __future__ import annotations

import asyncio
import uuid
from collections import Counter
from collections.abc import AsyncIterator

import httpx
import pytest

from plandesk.core.config import Settings
from plandesk.main import create_app
from tests.consultations.factories import submit
from tests.factories import PASSWORD

REDIS_URL = "redis://127.0.0.1:6379/0"
ATTEMPTS = 50


async def _redis_reachable() -> bool:
    from redis.asyncio import Redis

    redis = Redis.from_url(REDIS_URL)
    try:
        await redis.ping()
        return True
    except Exception:
        return False
    finally:
        await redis.aclose()


@pytest.fixture
async def two_instances(settings: Settings) -> AsyncIterator[list[httpx.AsyncClient]]:
    """Two apps, as two API processes would be: own engines and stores, one Redis."""
    if not await _redis_reachable():
        pytest.skip("Redis is not reachable")
    shared = settings.model_copy(
        update={"redis_url": REDIS_URL, "redis_key_prefix": f"plandesk-test:{uuid.uuid4().hex}:"}
    )
    apps = [create_app(shared), create_app(shared)]
    clients = [httpx.AsyncClient(transport=httpx.ASGITransport(app=a), base_url="http://test") for a in apps]
    yield clients
    for client, app in zip(clients, apps, strict=True):
        await client.aclose()
        await app.state.counters.reset()
        await app.state.counters.close()
        await app.state.engine.dispose()


async def _logins(clients: list[httpx.AsyncClient], email: str, password: str) -> Counter[int]:
    answers = await asyncio.gather(
        *(
            clients[i % len(clients)].post("/api/v1/auth/login", json={"email": email, "password": password})
            for i in range(ATTEMPTS)
        )
    )
    return Counter(r.status_code for r in answers)


async def _submissions(clients: list[httpx.AsyncClient], consultation_id: uuid.UUID) -> Counter[int]:
    answers = await asyncio.gather(
        *(submit(clients[i % len(clients)], consultation_id, body=f"Ý kiến {i}") for i in range(ATTEMPTS))
    )
    return Counter(r.status_code for r in answers)


async def test_concurrent_wrong_passwords_are_evaluated_only_up_to_the_limit(client, factory, settings):
    user = await factory.user("viewer")
    statuses = await _logins([client], user.email, "wrong-password")
    assert statuses == {401: settings.login_max_failures, 429: ATTEMPTS - settings.login_max_failures}


async def test_concurrent_wrong_passwords_on_two_instances_sharing_redis(two_instances, factory, settings):
    user = await factory.user("viewer")
    statuses = await _logins(two_instances, user.email, "wrong-password")
    assert statuses == {401: settings.login_max_failures, 429: ATTEMPTS - settings.login_max_failures}


async def test_a_correct_password_gives_its_attempt_back(client, factory, settings):
    user = await factory.user("viewer")
    for _ in range(settings.login_max_failures - 1):
        await client.post("/api/v1/auth/login", json={"email": user.email, "password": "wrong-password"})
    assert (
        await client.post("/api/v1/auth/login", json={"email": user.email, "password": PASSWORD})
    ).status_code == 200
    statuses = await _logins([client], user.email, "wrong-password")
    assert statuses[401] == settings.login_max_failures


async def test_concurrent_anonymous_submissions_are_accepted_only_up_to_the_limit(client, consult, settings):
    c = await consult.consultation()
    statuses = await _submissions([client], c.id)
    assert statuses == {201: settings.feedback_rate_limit, 429: ATTEMPTS - settings.feedback_rate_limit}


async def test_concurrent_anonymous_submissions_on_two_instances_sharing_redis(
    two_instances, consult, settings
):
    c = await consult.consultation()
    statuses = await _submissions(two_instances, c.id)
    assert statuses == {201: settings.feedback_rate_limit, 429: ATTEMPTS - settings.feedback_rate_limit}


async def test_a_replayed_submission_does_not_spend_the_limit(client, consult, settings):
    c = await consult.consultation()
    headers = {"Idempotency-Key": "same-key"}
    for _ in range(settings.feedback_rate_limit + 3):
        assert (await submit(client, c.id, headers, body="Cùng một ý kiến")).status_code == 201
    assert (await submit(client, c.id, body="Một ý kiến khác")).status_code == 201


async def test_an_unreachable_counter_store_answers_503_not_500(settings, factory):  # type: ignore[no-untyped-def]
    """Redis down: the limit cannot be checked, so the login is refused (fail closed) with a
    503 problem and Retry-After, quickly; nothing else breaks (the fault #15 item 2 injects)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed_port = s.getsockname()[1]  # nothing listens there once the socket is closed
    down = settings.model_copy(update={"redis_url": f"redis://127.0.0.1:{closed_port}/0"})
    app = create_app(down)
    user = await factory.user(role="viewer")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
        answer = await client.post("/api/v1/auth/login", json={"email": user.email, "password": PASSWORD})
    await app.state.engine.dispose()
    assert answer.status_code == 503, answer.text
    assert answer.headers["content-type"].startswith("application/problem+json")
    assert answer.headers["retry-after"] == "1"
    assert "counter store" in answer.json()["detail"]
