"""The change log under the feed: filled by triggers on every write path, pruned past retention."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

from sqlalchemy import delete, select, text, update

from plandesk.core import localtime
from plandesk.plans.models import Plan
from plandesk.sync.jobs import prune_changes
from plandesk.sync.models import SyncChange
from plandesk.tasks.models import Assignment, Task

_MIGRATION = Path(__file__).resolve().parents[2] / "migrations" / "versions" / "0015_sync.py"


def _synced_tables() -> dict[str, tuple[str, ...]]:
    spec = importlib.util.spec_from_file_location("sync_migration", _MIGRATION)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.SYNCED_TABLES  # type: ignore[no-any-return]


async def _changes(session, **where) -> list[SyncChange]:
    stmt = select(SyncChange).order_by(SyncChange.seq)
    for name, value in where.items():
        stmt = stmt.where(getattr(SyncChange, name) == value)
    return list((await session.execute(stmt)).scalars())


async def test_every_synced_table_has_its_triggers_at_head(session, settings):
    # A later migration that rebuilds a table on SQLite (batch mode) drops its triggers.
    tables = _synced_tables()
    if settings.is_sqlite:
        rows = await session.execute(
            text("SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_%'")
        )
        expected = 3
    else:
        rows = await session.execute(
            text(
                "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                " WHERE t.tgname LIKE 'sync_%'"
            )
        )
        expected = 2
    found = [r[0] for r in rows]
    assert {t: found.count(t) for t in tables} == dict.fromkeys(tables, expected)


async def test_a_cascading_delete_leaves_a_tombstone_per_row(session, factory, plans, tasks):
    unit = await factory.unit()
    plan = await plans.plan()
    task = await tasks.task(plan, unit)
    assignment_id = (
        await session.execute(select(Assignment.id).where(Assignment.task_id == task.id))
    ).scalar_one()
    await session.execute(delete(Plan).where(Plan.id == plan.id))
    await session.commit()
    tombstones = {(c.kind, c.object_id) for c in await _changes(session, op="D")}
    assert {("plan", plan.id), ("task", task.id), ("assignment", assignment_id)} <= tombstones
    (gone,) = await _changes(session, op="D", kind="assignment")
    assert (gone.unit_id, gone.parent_id, gone.plan_id) == (unit.id, task.id, plan.id)


async def test_a_core_update_is_recorded_and_a_rolled_back_one_is_not(session, factory, plans, tasks):
    unit = await factory.unit()
    plan = await plans.plan()
    task = await tasks.task(plan, unit)
    before = len(await _changes(session, kind="task", object_id=task.id))
    await session.execute(update(Task).where(Task.id == task.id).values(title="Đổi tên"))
    await session.rollback()
    assert len(await _changes(session, kind="task", object_id=task.id)) == before
    await session.execute(update(Task).where(Task.id == task.id).values(title="Đổi tên"))
    await session.commit()
    assert [c.op for c in await _changes(session, kind="task", object_id=task.id)][-1] == "U"


async def test_pruning_drops_only_changes_past_retention(session, plans, settings):
    await plans.plan()
    plan_changes = len(await _changes(session))
    assert plan_changes >= 1
    assert await prune_changes(session, settings.sync_retention_days) == 0
    later = localtime.now() + dt.timedelta(days=settings.sync_retention_days + 2)
    with localtime.frozen(later):
        assert await prune_changes(session, settings.sync_retention_days) == plan_changes
