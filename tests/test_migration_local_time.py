"""Migration 0006_local_time re-reckons completion days in the deployment's zone, and back."""

from __future__ import annotations

import asyncio
import datetime as dt
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from plandesk.core import migrations
from plandesk.core.db import make_engine
from plandesk.plans.models import Plan
from plandesk.tasks.models import Assignment, Task
from plandesk.units.models import Unit
from tests.migration_tables import as_in_db

BEFORE = "0004_feedback_texts"
AFTER = "0006_local_time"
LATE_NIGHT = dt.datetime(2020, 3, 15, 17, 30, tzinfo=dt.UTC)  # 00:30 on 16/3 in Hà Nội


@pytest.fixture
def scratch_url(tmp_path, database_url) -> Iterator[str]:
    if database_url.startswith("sqlite"):
        yield f"sqlite+aiosqlite:///{tmp_path / 'local_time.db'}"
        return
    from tests.conftest import _create_pg_database, _drop_pg_database

    base = database_url.rsplit("/", 1)[0] + "/postgres"
    url, name = _create_pg_database(base)
    try:
        yield url
    finally:
        _drop_pg_database(base, name)


def _run(url: str, work) -> object:  # type: ignore[no-untyped-def]
    async def go() -> object:
        engine = make_engine(url)
        try:
            async with engine.begin() as conn:
                return await conn.run_sync(work)
        finally:
            await engine.dispose()

    return asyncio.run(go())


def _seed_done_task(conn) -> uuid.UUID:  # type: ignore[no-untyped-def]
    """A task completed at 00:30 on 16/3 Hà Nội time, stored with its old UTC completion day."""
    plan_id, unit_id, task_id = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    now = dt.datetime(2020, 3, 1, tzinfo=dt.UTC)
    stamps = {"created_at": now, "updated_at": now, "version": 1}
    conn.execute(
        as_in_db(conn, Plan).insert().values(
            id=plan_id, code="1-KH", title="KH", title_folded="kh", legal_bases=[], purposes=[],
            requirements=[], recipients=[], status="active", published=False, **stamps,
        )
    )  # fmt: skip
    conn.execute(
        as_in_db(conn, Unit)
        .insert()
        .values(id=unit_id, name="Ban", name_folded="ban", kind="other", active=True, **stamps)
    )
    conn.execute(
        as_in_db(conn, Task).insert().values(
            id=task_id, plan_id=plan_id, title="Việc", body="", title_folded="viec", search_folded="viec",
            lead_unit_id=unit_id, due_date=dt.date(2020, 3, 15), status="done", percent=100,
            completed_on=dt.date(2020, 3, 15), assignment_summary=[], **stamps,
        )
    )  # fmt: skip
    conn.execute(
        as_in_db(conn, Assignment).insert().values(
            id=uuid.uuid4(), task_id=task_id, plan_id=plan_id, unit_id=unit_id, role="lead",
            due_date=dt.date(2020, 3, 15), status="done", percent=100, completed_at=LATE_NIGHT,
            completed_on=dt.date(2020, 3, 15), **stamps,
        )
    )  # fmt: skip
    return task_id


def _days(conn, task_id):  # type: ignore[no-untyped-def]
    task = conn.execute(
        select(Task.__table__.c.completed_on).where(Task.__table__.c.id == task_id)
    ).scalar_one()
    assignment = conn.execute(
        select(Assignment.__table__.c.completed_on).where(Assignment.__table__.c.task_id == task_id)
    ).scalar_one()
    return str(task), str(assignment)


def test_upgrade_recomputes_completion_days_in_local_time_and_downgrade_restores_utc(scratch_url):
    migrations.upgrade(scratch_url, BEFORE)
    task_id = _run(scratch_url, _seed_done_task)
    migrations.upgrade(scratch_url, AFTER)
    assert _run(scratch_url, lambda c: _days(c, task_id)) == ("2020-03-16", "2020-03-16")
    migrations.downgrade(scratch_url, BEFORE)
    assert _run(scratch_url, lambda c: _days(c, task_id)) == ("2020-03-15", "2020-03-15")
