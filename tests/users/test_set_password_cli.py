"""`plandesk users set-password`: an admin who lost their password sets a new one from the shell."""

from __future__ import annotations

import asyncio
import io

import pytest

from plandesk import cli


@pytest.fixture
def cli_env(monkeypatch, settings):
    monkeypatch.setenv("PLANDESK_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("PLANDESK_VAR_DIR", str(settings.var_dir))


async def _create_admin() -> None:
    argv = ["users", "create", "--email", "an@example.org", "--password", "first-password", "--role", "admin"]
    assert await asyncio.to_thread(cli.main, argv) == 0


async def _sign_in(client, password: str) -> int:
    r = await client.post("/api/v1/auth/login", json={"email": "an@example.org", "password": password})
    return r.status_code


async def test_set_password_from_stdin_lets_the_user_sign_in_with_it(cli_env, client, monkeypatch, capsys):
    await _create_admin()
    monkeypatch.setattr("sys.stdin", io.StringIO("a-brand-new-password\n"))
    argv = ["users", "set-password", "--email", "AN@example.org", "--password-stdin"]
    assert await asyncio.to_thread(cli.main, argv) == 0
    assert "password set for an@example.org" in capsys.readouterr().out
    assert await _sign_in(client, "a-brand-new-password") == 200
    assert await _sign_in(client, "first-password") == 401


async def test_set_password_prompts_twice_and_refuses_a_mismatch(cli_env, client, monkeypatch, capsys):
    await _create_admin()
    typed = iter(["one-password-here", "another-password"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(typed))
    assert await asyncio.to_thread(cli.main, ["users", "set-password", "--email", "an@example.org"]) == 2
    assert "differ" in capsys.readouterr().err
    assert await _sign_in(client, "first-password") == 200


async def test_set_password_for_an_unknown_email_says_so(cli_env, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("a-brand-new-password\n"))
    argv = ["users", "set-password", "--email", "nobody@example.org", "--password-stdin"]
    assert await asyncio.to_thread(cli.main, argv) == 1
    assert "no user with the e-mail nobody@example.org" in capsys.readouterr().err
