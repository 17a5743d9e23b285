"""core/sqlite_cursor.py: one trip to aiosqlite's thread per statement, same results as
SQLAlchemy's own cursor for every kind of statement and error."""

from __future__ import annotations

from pathlib import Path

import aiosqlite
import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, delete, insert, select, text, update
from sqlalchemy.dialects.sqlite import aiosqlite as sa_aiosqlite
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.ext.asyncio import create_async_engine

from plandesk.core import sqlite_cursor

meta = MetaData()
things = Table(
    "things",
    meta,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(20), unique=True, nullable=False),
)


async def _scenario(path: Path) -> list:
    engine = create_async_engine(f"sqlite+aiosqlite:///{path}")
    out: list = []
    try:
        async with engine.begin() as conn:
            await conn.run_sync(meta.create_all)
        async with engine.begin() as conn:
            r = await conn.execute(insert(things).values(name="a"))
            out.append(("insert pk", r.inserted_primary_key))
            r = await conn.execute(insert(things), [{"name": "b"}, {"name": "c"}, {"name": "d"}])
            out.append(("executemany rowcount", r.rowcount))
            r = await conn.execute(insert(things).values(name="e").returning(things.c.id, things.c.name))
            out.append(("returning", r.all()))
            r = await conn.execute(update(things).where(things.c.id > 2).values(name=things.c.name + "!"))
            out.append(("update rowcount", r.rowcount))
            r = await conn.execute(delete(things).where(things.c.name == "nobody"))
            out.append(("delete nothing", r.rowcount))
            out.append(("select", (await conn.execute(select(things).order_by(things.c.id))).all()))
            out.append(("empty", (await conn.execute(select(things).where(things.c.id < 0))).all()))
            out.append(("scalar", await conn.scalar(select(things.c.name).where(things.c.id == 1))))
            r = await conn.execute(text("SELECT count(*) AS n, max(id) AS m FROM things"))
            out.append(("columns", list(r.keys()), r.one()))
            out.append(("stream", [row async for row in await conn.stream(select(things.c.id))]))
        async with engine.connect() as conn:
            with pytest.raises(IntegrityError):
                await conn.execute(insert(things).values(name="a"))
            await conn.rollback()
            with pytest.raises(OperationalError):
                await conn.execute(text("SELECT nope FROM things"))
            await conn.rollback()
            out.append(
                ("usable after errors", await conn.scalar(select(things.c.name).where(things.c.id == 2)))
            )
        async with engine.connect() as conn:  # a rolled-back transaction leaves nothing
            await conn.execute(insert(things).values(name="z"))
            await conn.rollback()
            out.append(("rolled back", await conn.scalar(select(things.c.id).where(things.c.name == "z"))))
    finally:
        await engine.dispose()
    return out


async def test_results_equal_sqlalchemys_own_cursor(tmp_path, monkeypatch):
    assert sqlite_cursor.install()
    fast = await _scenario(tmp_path / "fast.db")
    monkeypatch.setattr(
        sa_aiosqlite.AsyncAdapt_aiosqlite_connection, "_cursor_cls", sa_aiosqlite.AsyncAdapt_aiosqlite_cursor
    )
    own = await _scenario(tmp_path / "own.db")
    assert fast == own
    assert ("executemany rowcount", 3) in fast and ("update rowcount", 3) in fast


async def test_a_statement_is_one_trip_to_the_driver_thread(tmp_path, monkeypatch):
    assert sqlite_cursor.install()
    engine = create_async_engine(f"sqlite+aiosqlite:///{tmp_path / 'trips.db'}")
    trips = 0
    real = aiosqlite.Connection._execute

    async def counting(self, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal trips
        trips += 1
        return await real(self, fn, *args, **kwargs)

    try:
        async with engine.connect() as conn:
            await conn.execute(text("SELECT 1"))  # connect and set up first
            monkeypatch.setattr(aiosqlite.Connection, "_execute", counting)
            rows = (await conn.execute(text("SELECT 1 UNION ALL SELECT 2"))).all()
            assert rows == [(1,), (2,)]
            assert trips == 1  # SQLAlchemy's own cursor: 4 (open, execute, fetch, close)
    finally:
        await engine.dispose()


def test_installed_for_the_apps_sqlite_engine():
    from plandesk.core.db import make_engine

    make_engine("sqlite+aiosqlite:///:memory:")
    assert sa_aiosqlite.AsyncAdapt_aiosqlite_connection._cursor_cls is sqlite_cursor.OneTripCursor
    assert sqlite_cursor.supported()
