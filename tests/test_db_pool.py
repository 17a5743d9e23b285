"""Pooled connections: idle ones are pinged and replaced when the server dropped them."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from plandesk.core import db


async def test_a_connection_dropped_while_idle_is_replaced(settings, monkeypatch):
    if settings.is_sqlite:
        pytest.skip("PostgreSQL connections only")
    # An engine of its own: a dead connection left in the app's shared pool would
    # break whichever test checks it out next.
    engine = db.make_engine(settings.effective_database_url)
    pooled = await engine.connect()
    backend = (await pooled.execute(text("SELECT pg_backend_pid()"))).scalar_one()
    other = await engine.connect()
    await pooled.close()  # back to the pool, where the server will drop it
    await other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": backend})
    await other.close()
    monkeypatch.setattr(db, "IDLE_PING_SECONDS", 0.0)  # every checkout counts as idle
    try:
        async with engine.connect() as first, engine.connect() as second:
            for conn in (first, second):  # whichever the pool hands out first, both work
                assert (await conn.execute(text("SELECT 1"))).scalar_one() == 1
                assert (await conn.execute(text("SELECT pg_backend_pid()"))).scalar_one() != backend
    finally:
        await engine.dispose()
