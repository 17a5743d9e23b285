"""Migration 0019_read_aggregates: every existing plan (and the units) gets a version, the
triggers replace it on every write of the plan's rows, and downgrade removes it all."""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from sqlalchemy import text

from plandesk.core import migrations
from plandesk.plans.models import Plan
from plandesk.units.models import Unit
from tests.migration_tables import as_in_db
from tests.test_migration_local_time import _run, scratch_url  # noqa: F401  (fixture)

BEFORE = "0020_reminder_sets"
AFTER = "0019_read_aggregates"
NIL = uuid.UUID(int=0)


def _versions(url: str) -> dict[uuid.UUID, int]:
    rows = _run(url, lambda c: c.execute(text("SELECT plan_id, version FROM read_versions")).all())
    return {uuid.UUID(str(r[0])): r[1] for r in rows}  # type: ignore[attr-defined]


def test_versions_for_existing_plans_triggers_and_downgrade(scratch_url):  # noqa: F811
    migrations.upgrade(scratch_url, BEFORE)
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    stamps = {"created_at": now, "updated_at": now, "version": 1}
    plan_id, unit_id = uuid.uuid4(), uuid.uuid4()

    def seed(conn) -> None:  # type: ignore[no-untyped-def]
        conn.execute(
            as_in_db(conn, Plan).insert().values(
                id=plan_id, code="1-KH", title="KH", title_folded="kh", legal_bases=[], purposes=[],
                requirements=[], recipients=[], status="active", published=True, **stamps,
            )
        )  # fmt: skip
        conn.execute(
            as_in_db(conn, Unit)
            .insert()
            .values(id=unit_id, name="Ban", name_folded="ban", kind="department", active=True, **stamps)
        )

    _run(scratch_url, seed)
    migrations.upgrade(scratch_url, AFTER)
    first = _versions(scratch_url)
    assert set(first) == {plan_id, NIL}

    def touch_plan(conn) -> None:  # type: ignore[no-untyped-def]
        conn.execute(sa.update(as_in_db(conn, Plan)).where(sa.column("id") == plan_id).values(title="KH 2"))

    _run(scratch_url, touch_plan)
    second = _versions(scratch_url)
    assert second[plan_id] != first[plan_id] and second[NIL] == first[NIL]

    def touch_unit(conn) -> None:  # type: ignore[no-untyped-def]
        conn.execute(sa.update(as_in_db(conn, Unit)).where(sa.column("id") == unit_id).values(name="Ban 2"))

    _run(scratch_url, touch_unit)
    third = _versions(scratch_url)
    assert third[NIL] != second[NIL] and third[plan_id] == second[plan_id]

    migrations.downgrade(scratch_url, BEFORE)
    tables = _run(scratch_url, lambda c: sa.inspect(c).get_table_names())
    assert "read_versions" not in tables  # type: ignore[operator]
    _run(scratch_url, touch_plan)  # no trigger left behind writing to a dropped table
    _run(scratch_url, touch_unit)
    migrations.upgrade(scratch_url, AFTER)
    assert set(_versions(scratch_url)) == {plan_id, NIL}


def test_writers_of_one_plan_do_not_wait_for_each_other(scratch_url):  # noqa: F811
    """0021: the version is bumped at commit, so an open transaction on a plan does not hold
    back a second writer of the same plan (0019 locked the version row until commit)."""
    import asyncio

    import pytest

    from plandesk.core.db import make_engine

    if not scratch_url.startswith("postgresql"):
        pytest.skip("SQLite has one writer at a time")
    migrations.upgrade(scratch_url, "heads")
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    plan_id = uuid.uuid4()
    plan: sa.Table = Plan.__table__  # type: ignore[assignment]
    stamps = {"created_at": now, "updated_at": now, "version": 1}
    seed = plan.insert().values(
        id=plan_id, code="2-KH", title="KH", title_folded="kh", legal_bases=[], purposes=[],
        requirements=[], recipients=[], status="active", published=True, **stamps,
    )  # fmt: skip
    _run(scratch_url, lambda c: c.execute(seed))
    before = _versions(scratch_url)[plan_id]
    # What the 0015 triggers write for any change of the plan's rows (two different rows, so
    # only the version row could make the writers wait for each other).
    change = text(
        "INSERT INTO sync_changes (kind, object_id, op, plan_id, changed_at) "
        f"VALUES ('task', gen_random_uuid(), 'u', '{plan_id}', 0)"
    )
    version = text(f"SELECT version FROM read_versions WHERE plan_id = '{plan_id}'")

    async def go() -> tuple[int, int]:
        engine = make_engine(scratch_url)
        try:
            async with engine.connect() as slow, engine.connect() as quick:
                await slow.begin()
                await slow.execute(change)
                await quick.begin()
                await quick.execute(text("SET LOCAL lock_timeout = '3s'"))
                await quick.execute(change)
                await quick.commit()  # would wait for `slow` (and time out) under 0019
                between = (await quick.execute(version)).scalar_one()
                await slow.commit()
            async with engine.connect() as conn:
                after = (await conn.execute(version)).scalar_one()
            return between, after
        finally:
            await engine.dispose()

    between, after = asyncio.run(go())
    assert before != between != after


def test_unit_versions_upgrade_and_downgrade(scratch_url):  # noqa: F811
    """0022: every existing unit gets a version; downgrade removes them and the triggers."""
    migrations.upgrade(scratch_url, "0021_deferred_read_versions")
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    unit_id = uuid.uuid4()
    _run(
        scratch_url,
        lambda c: c.execute(
            as_in_db(c, Unit)
            .insert()
            .values(
                id=unit_id, name="Ban", name_folded="ban", kind="department", active=True,
                created_at=now, updated_at=now, version=1,
            )
        ),
    )  # fmt: skip
    migrations.upgrade(scratch_url, "0022_unit_read_versions")
    assert unit_id in _versions(scratch_url)
    migrations.downgrade(scratch_url, "0021_deferred_read_versions")
    assert unit_id not in _versions(scratch_url)

    def triggers(conn) -> list[str]:  # type: ignore[no-untyped-def]
        if conn.dialect.name == "sqlite":
            return [r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))]
        return [r[0] for r in conn.execute(text("SELECT tgname FROM pg_trigger"))]

    names: list[str] = _run(scratch_url, triggers)  # type: ignore[assignment]
    assert [t for t in names if t.startswith(("read_versions_assignment", "read_versions_task"))] == []
    migrations.upgrade(scratch_url, "heads")
    assert unit_id in _versions(scratch_url)
