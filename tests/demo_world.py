"""The demo loaded once per set of arguments, shared by the tests that only read it
(registered for the whole suite by ``pytest_plugins`` in tests/conftest.py)."""

from __future__ import annotations

import asyncio
import contextlib
import io
import os
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from plandesk import cli
from plandesk.core import migrations
from plandesk.main import create_app


@dataclass
class DemoWorld:
    """A database the demo was loaded into once, shared by the tests that only read it."""

    app: Any
    output: str

    def session(self) -> Any:
        return self.app.state.sessionmaker()

    def client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=httpx.ASGITransport(app=self.app), base_url="http://demo")


@pytest.fixture(scope="session")
async def demo_world(settings, tmp_path_factory) -> AsyncIterator[Callable[..., Awaitable[DemoWorld]]]:
    """``await demo_world(*demo_args)``: the demo loaded with those arguments (once per run).

    Loading the demo takes 10-30 s; the tests that only look at what it loaded share one load
    per set of arguments, in a database of its own (the suite's own is emptied after each test).
    """
    from tests.conftest import _create_pg_database, _drop_pg_database

    worlds: dict[tuple[str, ...], DemoWorld] = {}
    dropped: list[tuple[str, str]] = []
    base = settings.database_url.rsplit("/", 1)[0] + "/postgres"

    async def load(*args: str) -> DemoWorld:
        if args in worlds:
            return worlds[args]
        if settings.is_sqlite:
            url = f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('demo') / 'demo.db'}"
        else:
            url, name = await asyncio.to_thread(_create_pg_database, base)
            dropped.append((base, name))
        await asyncio.to_thread(migrations.upgrade, url)
        var_dir = tmp_path_factory.mktemp("demo-var")
        out = io.StringIO()

        def run() -> int:
            env = {"PLANDESK_DATABASE_URL": url, "PLANDESK_VAR_DIR": str(var_dir)}
            saved = {k: os.environ.get(k) for k in env}
            os.environ.update(env)
            try:
                with contextlib.redirect_stdout(out):
                    return cli.main(["demo", *args])
            finally:
                for k, v in saved.items():
                    if v is None:
                        os.environ.pop(k, None)
                    else:
                        os.environ[k] = v

        assert await asyncio.to_thread(run) == 0
        app = create_app(settings.model_copy(update={"database_url": url, "var_dir": var_dir}))
        worlds[args] = DemoWorld(app, out.getvalue())
        return worlds[args]

    yield load
    for world in worlds.values():
        await world.app.state.engine.dispose()
    for base_url, name in dropped:
        await asyncio.to_thread(_drop_pg_database, base_url, name)
