"""The caller's access row is reused for under a second (auth/principal_cache.py): a change
made in this process cuts access at once, one made elsewhere within the configured bound."""

from __future__ import annotations

import asyncio
import time
import uuid

import httpx
import pytest
from sqlalchemy import text

from plandesk.auth.principal_cache import PrincipalCache
from plandesk.core.db import make_engine
from plandesk.main import create_app

ME = "/api/v1/auth/me"


async def _elsewhere(settings, statement: str, **values) -> None:  # type: ignore[no-untyped-def]
    """A write made by another process: its own engine, plain SQL, no ORM event here."""
    engine = make_engine(settings.database_url)
    try:
        async with engine.begin() as conn:
            await conn.execute(text(statement), values)
    finally:
        await engine.dispose()


def _db_id(settings, user_id: uuid.UUID) -> str:  # type: ignore[no-untyped-def]
    return user_id.hex if settings.is_sqlite else str(user_id)


async def test_a_change_made_in_this_process_cuts_access_at_once(client, factory):
    admin = await factory.actor("admin")
    officer = await factory.actor("unit_officer", await factory.unit("Ban Tuyên giáo"))
    assert (await client.get(ME, headers=officer.headers)).status_code == 200
    deactivated = await client.patch(
        f"/api/v1/users/{officer.user.id}", json={"active": False}, headers={**admin.headers, "If-Match": "*"}
    )
    assert deactivated.status_code == 200, deactivated.text
    assert (await client.get(ME, headers=officer.headers)).status_code == 401


async def test_a_change_made_by_another_process_cuts_access_within_the_bound(client, factory, settings):
    officer = await factory.actor("unit_officer", await factory.unit("Ban Dân vận"))
    assert (await client.get(ME, headers=officer.headers)).json()["role"] == "unit_officer"
    await _elsewhere(
        settings, "UPDATE users SET role = 'viewer' WHERE id = :id", id=_db_id(settings, officer.user.id)
    )
    changed_at = time.monotonic()
    while (await client.get(ME, headers=officer.headers)).json()["role"] != "viewer":
        assert time.monotonic() - changed_at < settings.principal_cache_seconds + 0.2
        await asyncio.sleep(0.02)
    await _elsewhere(
        settings, "UPDATE users SET active = false WHERE id = :id", id=_db_id(settings, officer.user.id)
    )
    changed_at = time.monotonic()
    while (await client.get(ME, headers=officer.headers)).status_code != 401:
        assert time.monotonic() - changed_at < settings.principal_cache_seconds + 0.2
        await asyncio.sleep(0.02)
    assert settings.principal_cache_seconds <= 1.0


async def test_a_second_process_sees_a_deactivation_within_one_second(factory, settings):
    """Two apps on one database, each with its own engine and cache: B deactivates, A refuses
    the officer within the bound, though nothing in A was told."""
    app_a, app_b = create_app(settings), create_app(settings)
    admin = await factory.actor("admin")
    officer = await factory.actor("unit_officer", await factory.unit("Văn phòng Tỉnh ủy"))
    ta, tb = httpx.ASGITransport(app=app_a), httpx.ASGITransport(app=app_b)
    async with (
        app_a.router.lifespan_context(app_a),
        app_b.router.lifespan_context(app_b),
        httpx.AsyncClient(transport=ta, base_url="http://a") as a,
        httpx.AsyncClient(transport=tb, base_url="http://b") as b,
    ):
        assert (await a.get(ME, headers=officer.headers)).status_code == 200
        gone = await b.patch(
            f"/api/v1/users/{officer.user.id}",
            json={"active": False},
            headers={**admin.headers, "If-Match": "*"},
        )
        assert gone.status_code == 200, gone.text
        changed_at = time.monotonic()
        while (await a.get(ME, headers=officer.headers)).status_code != 401:
            assert time.monotonic() - changed_at < 1.0
            await asyncio.sleep(0.02)


async def test_with_the_cache_off_another_process_s_change_is_seen_at_once(factory, settings):
    off = create_app(settings.model_copy(update={"principal_cache_seconds": 0}))
    officer = await factory.actor("unit_officer", await factory.unit("Ban Tổ chức"))
    async with (
        off.router.lifespan_context(off),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=off), base_url="http://off") as c,
    ):
        assert (await c.get(ME, headers=officer.headers)).status_code == 200
        await _elsewhere(
            settings, "UPDATE users SET active = false WHERE id = :id", id=_db_id(settings, officer.user.id)
        )
        assert (await c.get(ME, headers=officer.headers)).status_code == 401


def test_an_answer_read_before_an_invalidation_is_not_stored():
    cache, subject = PrincipalCache(), uuid.uuid4()
    generation, read_at = cache.generation, time.monotonic()
    cache.forget({subject})  # a commit changed the subject while its old row was being read
    cache.put(subject, ("old row",), generation, read_at)
    assert cache.get(subject, 1.0) is None
    cache.put(subject, ("new row",), cache.generation, time.monotonic())
    assert cache.get(subject, 1.0) == ("new row",)
    assert cache.get(subject, 0.0) is None  # older than the bound: read again


def test_the_bound_cannot_be_configured_above_one_second(settings):
    from pydantic import ValidationError

    from plandesk.core.config import Settings

    with pytest.raises(ValidationError):
        Settings(**{**settings.model_dump(), "principal_cache_seconds": 5})
