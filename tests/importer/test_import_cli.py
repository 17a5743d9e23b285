"""`plandesk import-plan FILE [--dry-run] [--json]`: the import API from the shell."""

from __future__ import annotations

import asyncio
import json

import pytest
from sqlalchemy import func, select

from plandesk import cli
from plandesk.demo.seed import SEED_PLAN
from plandesk.plans.models import Plan
from plandesk.units.models import Unit
from tests.importer.test_import_api import MEMO


@pytest.fixture
def cli_env(monkeypatch, settings):
    monkeypatch.setenv("PLANDESK_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("PLANDESK_VAR_DIR", str(settings.var_dir))


@pytest.fixture
def seed_file(tmp_path):
    path = tmp_path / "ke-hoach-148-KH-TU.txt"
    path.write_bytes(SEED_PLAN.read_bytes())
    return str(path)


async def run(*argv: str) -> int:
    # The CLI runs its own event loop: call it from a thread.
    return await asyncio.to_thread(cli.main, list(argv))


async def count(session, model) -> int:
    return (await session.execute(select(func.count()).select_from(model))).scalar_one()


async def test_import_prints_a_summary_and_creates_the_plan(cli_env, seed_file, session, capsys):
    assert await run("import-plan", seed_file) == 0
    out = capsys.readouterr().out
    assert out.startswith("148-KH/TU — Tuyên truyền đại hội đảng bộ các cấp")
    assert "issued 2020-02-11, at Đắk Lắk, by Ban Thường vụ Tỉnh ủy Đắk Lắk" in out
    assert "6 milestones, 3 phases + 3 sub-phases, 5 channels, 33 tasks (5 with deadlines)" in out
    assert "units: 0 matched, 14 created" in out  # + 2 unit groups, not units (#13.6)
    assert "plan id " in out and "dry run" not in out
    assert await count(session, Plan) == 1 and await count(session, Unit) == 14


async def test_dry_run_saves_nothing(cli_env, seed_file, session, capsys):
    assert await run("import-plan", seed_file, "--dry-run") == 0
    out = capsys.readouterr().out
    assert "(dry run: nothing saved)" in out and "16 would be created" in out
    assert await count(session, Plan) == 0 and await count(session, Unit) == 0


async def test_json_prints_the_result(cli_env, seed_file, capsys):
    assert await run("import-plan", seed_file, "--json") == 0
    body = json.loads(capsys.readouterr().out)
    assert body["dry_run"] is False
    assert body["plan"]["code"] == "148-KH/TU"
    assert body["counts"]["tasks"] == 33


async def test_json_dry_run_prints_the_draft(cli_env, seed_file, session, capsys):
    assert await run("import-plan", seed_file, "--dry-run", "--json") == 0
    body = json.loads(capsys.readouterr().out)
    assert body["dry_run"] is True
    assert len(body["draft"]["tasks"]) == 33
    assert await count(session, Plan) == 0


async def test_a_second_import_matches_every_unit(cli_env, seed_file, session, capsys):
    assert await run("import-plan", seed_file) == 0
    assert await run("import-plan", seed_file) == 0
    assert "units: 14 matched, 0 created" in capsys.readouterr().out
    assert await count(session, Unit) == 14


async def test_a_document_that_is_not_a_plan_exits_non_zero_with_the_reason(
    cli_env, tmp_path, session, capsys
):
    path = tmp_path / "ke-hoach.txt"
    path.write_text(MEMO, encoding="utf-8")
    assert await run("import-plan", str(path)) == 1
    err = capsys.readouterr().err
    assert "error: The document is not a plan: no plan number found;" in err
    assert "  - no tasks found" in err
    assert await count(session, Plan) == 0


async def test_an_unsupported_file_exits_non_zero(cli_env, tmp_path, capsys):
    path = tmp_path / "ke-hoach.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    assert await run("import-plan", str(path)) == 1
    assert "Old Word .doc files are not supported" in capsys.readouterr().err


async def test_a_missing_file_exits_with_2(cli_env, tmp_path, capsys):
    assert await run("import-plan", str(tmp_path / "nothing.txt")) == 2
    assert "no such file" in capsys.readouterr().err


async def test_a_dry_run_needs_no_database(monkeypatch, seed_file, tmp_path, capsys):
    monkeypatch.setenv("PLANDESK_DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path}/absent/dir/none.db")
    assert await run("import-plan", seed_file, "--dry-run") == 0
    out = capsys.readouterr().out
    assert "(dry run: nothing saved)" in out and "33 tasks" in out


async def test_an_unmigrated_database_is_a_one_line_error(monkeypatch, seed_file, tmp_path, capsys):
    monkeypatch.setenv("PLANDESK_DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path}/empty.db")
    assert await run("import-plan", seed_file) == 1
    err = capsys.readouterr().err
    assert err == "error: the database has no PlanDesk tables: run `plandesk db upgrade` first\n"
