"""Test harness: a fresh database built by the migrations, one app, a clean slate per test.

Set ``PLANDESK_TEST_DATABASE_URL`` (e.g. ``postgresql+asyncpg://postgres@127.0.0.1/test``)
to run on PostgreSQL: a new database is created next to it for the run and dropped after.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import secrets
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from plandesk.core import migrations
from plandesk.core.config import Settings
from plandesk.main import create_app
from plandesk.models import metadata

pytest_plugins = ["tests.demo_world"]  # the shared demo load (tests/demo_world.py)


def _create_pg_database(base_url: str) -> tuple[str, str]:
    import asyncpg

    url = make_url(base_url)
    name = f"plandesk_test_{uuid.uuid4().hex[:12]}"

    async def create() -> None:
        conn = await asyncpg.connect(
            host=url.host or "127.0.0.1",
            port=url.port or 5432,
            user=url.username or "postgres",
            password=url.password,
            database=url.database or "postgres",
        )
        try:
            await conn.execute(f'CREATE DATABASE "{name}"')
            # A test database's commits need not wait for the disk: a crash loses only test data.
            await conn.execute(f'ALTER DATABASE "{name}" SET synchronous_commit = off')
        finally:
            await conn.close()

    asyncio.run(create())
    return url.set(database=name).render_as_string(hide_password=False), name


def _drop_pg_database(base_url: str, name: str) -> None:
    import asyncpg

    url = make_url(base_url)

    async def drop() -> None:
        conn = await asyncpg.connect(
            host=url.host or "127.0.0.1",
            port=url.port or 5432,
            user=url.username or "postgres",
            password=url.password,
            database=url.database or "postgres",
        )
        try:
            await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await conn.close()

    asyncio.run(drop())


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    base = os.environ.get("PLANDESK_TEST_DATABASE_URL")
    if base:
        url, name = _create_pg_database(base)
        migrations.upgrade(url)
        yield url
        _drop_pg_database(base, name)
    else:
        path = tmp_path_factory.mktemp("db") / "plandesk.db"
        url = f"sqlite+aiosqlite:///{path}"
        migrations.upgrade(url)
        yield url


@pytest.fixture(scope="session")
def settings(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(
        env="test",
        database_url=database_url,
        var_dir=Path(tmp_path_factory.mktemp("var")),
        secret_key=secrets.token_urlsafe(48),
        redis_url=None,
        serve_frontend=False,
        check_schema_on_startup=False,
        login_max_failures=3,
        # Webhook tests deliver to a real receiver on 127.0.0.1 over plain http.
        webhooks_allow_http=True,
        webhooks_allow_cidrs="127.0.0.1/32",
    )


@pytest.fixture(scope="session")
def app(settings: Settings):  # type: ignore[no-untyped-def]
    return create_app(settings)


_TABLES = [t.name for t in reversed(metadata.sorted_tables)]


@pytest.fixture(autouse=True)
async def clean_slate(app, settings: Settings) -> AsyncIterator[None]:  # type: ignore[no-untyped-def]
    yield
    await app.state.counters.reset()
    # DELETE, children first, on both databases: a test leaves a few rows, and PostgreSQL's
    # TRUNCATE of every table (new files for each) took 0.4-0.7 s per test against 30 ms.
    async with app.state.engine.begin() as conn:
        for table in _TABLES:
            await conn.execute(text(f'DELETE FROM "{table}"'))
        # The deletes above fired the sync triggers (docs/adr/0015-sync.md): clear their log.
        await conn.execute(text('DELETE FROM "sync_changes"'))


@pytest.fixture
async def client(app) -> AsyncIterator[httpx.AsyncClient]:  # type: ignore[no-untyped-def]
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        yield c


@pytest.fixture
async def session(app):  # type: ignore[no-untyped-def]
    async with app.state.sessionmaker() as s:
        yield s


@pytest.fixture
def factory(app, settings: Settings):  # type: ignore[no-untyped-def]
    from tests.factories import Factory

    return Factory(app.state.sessionmaker, settings)


@pytest.fixture
def plans(app):  # type: ignore[no-untyped-def]
    from tests.plans.factories import PlanFactory

    return PlanFactory(app.state.sessionmaker)


@pytest.fixture
def tasks(app):  # type: ignore[no-untyped-def]
    from tests.tasks.factories import TaskFactory

    return TaskFactory(app.state.sessionmaker)


class _LogSink(logging.Handler):
    """Every log record of the whole run, as its raw text (before any scrubbing)."""

    def __init__(self) -> None:
        super().__init__(level=logging.INFO)
        self.texts: list[tuple[str, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        parts = [record.getMessage(), repr(getattr(record, "fields", ""))]
        if record.exc_info and record.exc_info[1] is not None:
            parts.append(repr(record.exc_info[1]))
        self.texts.append((record.name, " ".join(parts)))


_SECRETS_IN_LOGS = {
    "a JWT": re.compile(r"eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"),
    "a webhook secret": re.compile(r"whsec_[A-Za-z0-9+/=_-]{8,}"),
    "an e-mail address": re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"),
    "a phone number": re.compile(r"(?<![\w.])0\d{2,3}[ .]?\d{3}[ .]?\d{3,4}(?![\w.])"),
}


@pytest.fixture(scope="session", autouse=True)
def no_secrets_or_contacts_in_logs() -> Iterator[None]:
    """Logs carry ids, never tokens or anyone's contact details: checked over the whole run."""
    sink = _LogSink()
    root = logging.getLogger()
    previous = root.level
    root.addHandler(sink)
    root.setLevel(logging.INFO)
    yield
    root.removeHandler(sink)
    root.setLevel(previous)
    leaks = [
        f"{what} in a {name} log line: {text[:200]!r}"
        for name, text in sink.texts
        for what, pattern in _SECRETS_IN_LOGS.items()
        if pattern.search(text)
    ]
    assert not leaks, "\n".join(leaks[:20])
