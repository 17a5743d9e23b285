"""Database engine, sessions and the declarative base."""

from __future__ import annotations

import time
import uuid
from collections.abc import AsyncIterator, Sequence
from datetime import UTC, datetime
from typing import Any

import orjson
from fastapi import Request
from sqlalchemy import JSON, DateTime, Executable, MetaData, Row, String, event
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.pool import NullPool
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import TypeDecorator

from plandesk.core import sqlite_cursor

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on both SQLite (which drops tzinfo) and PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime()}


class UUIDPrimaryKey:
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)


class Timestamps:
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


# Every connection to a SQLite database, the engine's and the feedback writer's own
# (consultations/submissions/feedback_writer_sqlite.py).
SQLITE_PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA journal_mode=WAL",
    # FULL: a commit returns once the WAL is on disk — an acknowledged submission
    # survives a power cut (NORMAL syncs only at checkpoints). Feedback bursts share
    # commits (consultations/submissions/feedback_writer_sqlite.py), so this costs one sync a group.
    "PRAGMA synchronous=FULL",
    "PRAGMA busy_timeout=30000",
)


def make_engine(url: str, *, null_pool: bool = False) -> AsyncEngine:
    """The async engine; ``null_pool`` opens a connection per use (for callers that
    drive the app from several event loops, such as a sync test client)."""
    extra: dict[str, Any] = {"poolclass": NullPool} if null_pool else {}
    # JSON columns are read on hot paths (task lists): decode them with orjson.
    extra["json_deserializer"] = orjson.loads
    if url.startswith("sqlite"):
        sqlite_cursor.install()  # one trip to aiosqlite's thread per statement
        engine = create_async_engine(url, connect_args={"timeout": 30}, **extra)

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            for pragma in SQLITE_PRAGMAS:
                cur.execute(pragma)
            cur.close()

        return engine
    if null_pool:
        return create_async_engine(url, **extra)
    engine = create_async_engine(url, pool_size=10, max_overflow=10, **extra)
    _ping_idle_connections(engine)
    return engine


# A pooled connection unused for this long is pinged before it is handed out.
IDLE_PING_SECONDS = 10.0


def _ping_idle_connections(engine: AsyncEngine) -> None:
    """Pessimistic disconnect handling for idle connections only.

    ``pool_pre_ping`` pings on every checkout, and on asyncpg a ping is three round
    trips (BEGIN; ";"; ROLLBACK) — more than a whole feedback submission costs. A
    connection in steady use has just proved itself; one that sat idle (the database
    may have restarted meanwhile) is pinged, and replaced if the ping fails.
    """

    @event.listens_for(engine.sync_engine, "checkin")
    def _checkin(_dbapi_conn: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine.sync_engine, "checkout")
    def _checkout(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        since = record.info.get("idle_since")
        if since is None or time.monotonic() - since < IDLE_PING_SECONDS:
            return
        try:
            engine.dialect.do_ping(dbapi_conn)
        except Exception as exc:  # the pool discards this connection and hands out another
            raise DisconnectionError("idle connection failed its ping") from exc


def make_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=False)


async def fetch_rows(
    session: AsyncSession, stmt: Executable, values: dict[str, Any] | None = None
) -> Sequence[Row[Any]]:
    """Run a Core ``select`` of columns on the session's connection and return its rows.

    Hot read paths use this instead of ``session.execute``: the statement skips the
    ORM execution layer (no entities, no identity map) and costs noticeably less.
    """
    conn = await session.connection()
    return (await conn.execute(stmt, values)).all()


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """One session per request; services commit before the response is built."""
    maker: async_sessionmaker[AsyncSession] = request.app.state.sessionmaker
    async with maker() as session:
        yield session


# JSON stored as JSONB on PostgreSQL, as JSON text on SQLite.
JSONType = JSON().with_variant(JSONB(), "postgresql")


# --- values as JSON-ready text, straight from the database ----------------------------
#
# A hot list serialises hundreds of ids and dates per page. SQLite stores them as text
# already (a UUID as 32 hex digits, a date as YYYY-MM-DD); turning each into a Python
# object only to turn it back into a string costs more than the query. These column
# expressions have the database produce the API's text form directly.


def _arg(element: FunctionElement[Any], compiler: Any, kw: dict[str, Any]) -> str:
    return str(compiler.process(next(iter(element.clauses)), **kw))


class uuid_text(FunctionElement[str]):
    """A UUID column as its canonical text (``8-4-4-4-12`` lower-case hex)."""

    type = String()
    inherit_cache = True
    name = "uuid_text"


@compiles(uuid_text, "sqlite")
def _uuid_text_sqlite(element: uuid_text, compiler: Any, **kw: Any) -> str:
    col = _arg(element, compiler, kw)
    return (
        f"(substr({col}, 1, 8) || '-' || substr({col}, 9, 4) || '-' || substr({col}, 13, 4)"
        f" || '-' || substr({col}, 17, 4) || '-' || substr({col}, 21))"
    )


@compiles(uuid_text)
def _uuid_text_default(element: uuid_text, compiler: Any, **kw: Any) -> str:
    return f"CAST({_arg(element, compiler, kw)} AS TEXT)"


class date_text(FunctionElement[str]):
    """A DATE column as ``YYYY-MM-DD`` text."""

    type = String()
    inherit_cache = True
    name = "date_text"


@compiles(date_text, "sqlite")
def _date_text_sqlite(element: date_text, compiler: Any, **kw: Any) -> str:
    return _arg(element, compiler, kw)


@compiles(date_text)
def _date_text_default(element: date_text, compiler: Any, **kw: Any) -> str:
    return f"to_char({_arg(element, compiler, kw)}, 'YYYY-MM-DD')"


class utc_text(FunctionElement[str]):
    """A UTC timestamp column as ISO-8601 text ending in ``Z``."""

    type = String()
    inherit_cache = True
    name = "utc_text"


@compiles(utc_text, "sqlite")
def _utc_text_sqlite(element: utc_text, compiler: Any, **kw: Any) -> str:
    # Stored as "YYYY-MM-DD HH:MM:SS.ffffff" (UTC).
    return f"(replace({_arg(element, compiler, kw)}, ' ', 'T') || 'Z')"


@compiles(utc_text)
def _utc_text_default(element: utc_text, compiler: Any, **kw: Any) -> str:
    col = _arg(element, compiler, kw)
    return f"""to_char({col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')"""


class json_text(FunctionElement[str]):
    """A JSON column as its JSON text, to embed in a response unparsed (``orjson.Fragment``)."""

    type = String()
    inherit_cache = True
    name = "json_text"


@compiles(json_text, "sqlite")
def _json_text_sqlite(element: json_text, compiler: Any, **kw: Any) -> str:
    return _arg(element, compiler, kw)


@compiles(json_text)
def _json_text_default(element: json_text, compiler: Any, **kw: Any) -> str:
    return f"CAST({_arg(element, compiler, kw)} AS TEXT)"


class LazySession:
    """An ``AsyncSession`` made on first use.

    For hot routes that usually need none (anonymous feedback on PostgreSQL writes
    through the group writer): making and closing a session per request costs more
    than the rest of the route's Python. Attribute access creates the session and
    forwards to it; :meth:`close` closes it if it was made."""

    def __init__(self, maker: async_sessionmaker[AsyncSession]) -> None:
        self._maker = maker
        self._session: AsyncSession | None = None

    def __getattr__(self, name: str) -> Any:
        if self._session is None:
            self._session = self._maker()
        return getattr(self._session, name)

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
