"""The plandesk command and configuration rules."""

from __future__ import annotations

import json
import stat

import pytest
from sqlalchemy import select

from plandesk import cli
from plandesk.core.config import Settings, resolve_secret_key
from plandesk.users.models import User


@pytest.fixture
def cli_env(monkeypatch, settings):
    monkeypatch.setenv("PLANDESK_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("PLANDESK_VAR_DIR", str(settings.var_dir))


async def test_users_create_command(cli_env, session, capsys):
    import asyncio

    # The CLI runs its own event loop: call it from a thread.
    code = await asyncio.to_thread(
        cli.main,
        [
            "users",
            "create",
            "--email",
            "Chi@Example.org",
            "--password",
            "long-enough-pw",
            "--role",
            "coordinator",
        ],
    )
    assert code == 0 and "created coordinator chi@example.org" in capsys.readouterr().out
    user = (await session.execute(select(User).where(User.email == "chi@example.org"))).scalar_one()
    assert user.role == "coordinator" and user.unit_id is None


async def test_users_create_unit_officer_without_unit_fails(cli_env, capsys):
    import asyncio

    code = await asyncio.to_thread(
        cli.main,
        [
            "users",
            "create",
            "--email",
            "x@example.org",
            "--password",
            "long-enough-pw",
            "--role",
            "unit_officer",
        ],
    )
    assert code == 1 and "unit officer must belong to a unit" in capsys.readouterr().err


def test_openapi_command_writes_document(tmp_path):
    target = tmp_path / "openapi.json"
    assert cli.main(["openapi", "--output", str(target)]) == 0
    assert json.loads(target.read_text())["info"]["title"] == "PlanDesk API"


def test_secret_key_is_generated_once_with_0600(tmp_path):
    settings = Settings(var_dir=tmp_path, secret_key=None)
    first = resolve_secret_key(settings)
    assert len(first) >= 32
    mode = stat.S_IMODE((tmp_path / "secret_key").stat().st_mode)
    assert mode == 0o600
    assert resolve_secret_key(Settings(var_dir=tmp_path, secret_key=None)) == first


def test_short_secret_key_is_refused(tmp_path):
    with pytest.raises(RuntimeError, match="at least 32"):
        resolve_secret_key(Settings(var_dir=tmp_path, secret_key="short"))


def test_refresh_cookie_is_secure_outside_development():
    assert Settings(env="production").cookie_secure is True
    assert Settings(env="development").cookie_secure is False


def test_redis_url_selects_shared_counters(settings):
    from plandesk.core.ratelimit import MemoryCounterStore, RedisCounterStore
    from plandesk.main import create_app

    assert isinstance(create_app(settings).state.counters, MemoryCounterStore)
    shared = settings.model_copy(update={"redis_url": "redis://127.0.0.1:6379/0"})
    assert isinstance(create_app(shared).state.counters, RedisCounterStore)
