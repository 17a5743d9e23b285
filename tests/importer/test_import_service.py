"""import_plan: one transaction, all or nothing, units resolved against the database as it is."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import func, select

from plandesk.core.errors import InvalidInput
from plandesk.importer import ExistingUnit, FixedDateRef, parse_plan
from plandesk.importer.service import import_plan, summary_lines
from plandesk.plans.models import Milestone, Phase, Plan
from plandesk.tasks.models import Assignment, Task
from plandesk.units.models import Unit, UnitGroup
from tests.importer.test_import_api import row_counts


async def count(session, model) -> int:
    return (await session.execute(select(func.count()).select_from(model))).scalar_one()


async def test_a_failure_half_way_leaves_nothing_behind(session, seed):
    draft = seed.model_copy(deep=True)
    draft.phase("II").end = FixedDateRef(date=date(2020, 1, 1))  # before the phase starts
    before = await row_counts(session)
    with pytest.raises(InvalidInput) as caught:
        await import_plan(session, None, draft, dry_run=False)
    assert caught.value.detail == (
        "The plan cannot be imported: phase II: the phase would end (2020-01-01) "
        "before it starts (2020-09-01) (line 64)."
    )
    assert await row_counts(session) == before


async def test_a_value_the_api_would_refuse_names_the_task_and_its_lines(session, seed):
    draft = seed.model_copy(deep=True)
    draft.tasks[0].body = "x" * 20_001
    with pytest.raises(InvalidInput) as caught:
        await import_plan(session, None, draft, dry_run=False)
    first, last = draft.tasks[0].source_lines
    assert "task IV.1" in caught.value.detail and "body" in caught.value.detail
    where = f"line {first}" if first == last else f"lines {first}–{last}"
    assert f"({where})" in caught.value.detail
    assert await count(session, Plan) == 0 and await count(session, Unit) == 0


async def test_dry_run_creates_nothing_and_reports_what_it_would(session, seed):
    result = await import_plan(session, None, seed, dry_run=True)
    assert result.plan is None and result.dry_run
    # 39, not 49: the seed's two unit groups have no members yet, so the ten tasks given to
    # them wait for members instead of being owed by a pseudo-unit nobody belongs to (#13.6).
    assert result.counts["tasks"] == 33 and result.counts["assignments"] == 39
    for model in (Plan, Milestone, Phase, Task, Assignment, Unit, UnitGroup):
        assert await count(session, model) == 0


async def test_match_ids_in_the_draft_are_checked_against_the_database(session, seed_text):
    # A draft parsed against units that are gone (or never were) must not point tasks at them.
    ghost = ExistingUnit(uuid.uuid4(), "Ban Tuyên giáo Tỉnh ủy")
    draft = parse_plan(seed_text, existing_units=[ghost])
    assert draft.units[0].matched_unit_id == ghost.id
    result = await import_plan(session, None, draft, dry_run=False)
    assert result.counts["units_created"] == 14  # + 2 unit groups, not units
    assert result.draft.units[0].matched_unit_id is None and result.draft.units[0].will_create


async def test_a_deactivated_unit_is_not_given_new_work(session, seed, factory):
    old = await factory.unit("Ban Tuyên giáo Tỉnh ủy", active=False)
    result = await import_plan(session, None, seed, dry_run=False)
    assert result.counts["units_created"] == 14  # + 2 unit groups, not units
    propaganda = next(u for u in result.units if u["name"] == "Ban Tuyên giáo Tỉnh ủy")
    assert propaganda["unit_id"] != old.id


async def test_the_caller_does_not_change_the_draft_it_passed(session, seed):
    before = seed.model_dump()
    await import_plan(session, None, seed, dry_run=True)
    assert seed.model_dump() == before


async def test_the_summary_names_the_plan_counts_and_units(session, seed):
    result = await import_plan(session, None, seed, dry_run=True)
    text = "\n".join(summary_lines(result))
    assert text.startswith("148-KH/TU — Tuyên truyền đại hội")
    assert "dry run: nothing saved" in text
    assert "3 phases + 3 sub-phases, 5 channels, 33 tasks (5 with deadlines), 39 assignments" in text
    assert "units: 0 matched, 14 would be created" in text
    assert "    + Ban Tuyên giáo Tỉnh ủy" in text
