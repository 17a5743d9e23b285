"""Migration 0016_unit_groups turns pseudo-units (a group's name, no officer) into unit groups."""

from __future__ import annotations

import asyncio
import datetime as dt
import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from plandesk.core import migrations
from plandesk.core.db import make_engine
from plandesk.plans.models import Plan
from plandesk.tasks.models import Assignment, ProgressUpdate
from plandesk.units.models import Unit
from plandesk.users.models import User
from tests.migration_tables import as_in_db

BEFORE = "0014_reports_jobs"
AFTER = "0016_unit_groups"
NOW = dt.datetime(2020, 3, 1, tzinfo=dt.UTC)
STAMPS = {"created_at": NOW, "updated_at": NOW, "version": 1}

# The tasks table as it was before the migration (the model has the new columns).
old_tasks = sa.Table(
    "tasks",
    sa.MetaData(),
    *(
        sa.Column(name, type_)
        for name, type_ in (
            ("id", sa.Uuid()),
            ("plan_id", sa.Uuid()),
            ("title", sa.String()),
            ("body", sa.Text()),
            ("title_folded", sa.String()),
            ("search_folded", sa.Text()),
            ("lead_unit_id", sa.Uuid()),
            ("due_date", sa.Date()),
            ("status", sa.String()),
            ("percent", sa.Integer()),
            ("assignment_summary", sa.JSON()),
            ("version", sa.Integer()),
            ("created_at", sa.DateTime(timezone=True)),
            ("updated_at", sa.DateTime(timezone=True)),
        )
    ),
)


@pytest.fixture
def scratch_url(tmp_path, database_url) -> Iterator[str]:
    if database_url.startswith("sqlite"):
        yield f"sqlite+aiosqlite:///{tmp_path / 'unit_groups.db'}"
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


IDS = {name: uuid.uuid4() for name in ("plan", "districts", "mass", "staffed", "a", "b", "t1", "t2", "kept")}


def _unit(conn, key, name, parent=None):  # type: ignore[no-untyped-def]
    conn.execute(
        as_in_db(conn, Unit)
        .insert()
        .values(
            id=IDS[key],
            name=name,
            name_folded=name.lower(),
            kind="other",
            active=True,
            parent_id=parent,
            **STAMPS,
        )
    )


def _task(conn, key, lead):  # type: ignore[no-untyped-def]
    conn.execute(
        old_tasks.insert().values(
            id=IDS[key], plan_id=IDS["plan"], title=key, body="", title_folded=key, search_folded=key,
            lead_unit_id=IDS[lead], due_date=dt.date(2020, 3, 15), status="not_started", percent=0,
            assignment_summary=[], **STAMPS,
        )
    )  # fmt: skip


def _assign(conn, task, unit, role, key=None):  # type: ignore[no-untyped-def]
    conn.execute(
        as_in_db(conn, Assignment).insert().values(
            id=IDS[key] if key else uuid.uuid4(), task_id=IDS[task], plan_id=IDS["plan"], unit_id=IDS[unit],
            role=role, due_date=dt.date(2020, 3, 15), status="not_started", percent=0, **STAMPS,
        )
    )  # fmt: skip


def _seed(conn) -> None:  # type: ignore[no-untyped-def]
    conn.execute(
        as_in_db(conn, Plan).insert().values(
            id=IDS["plan"], code="1-KH", title="KH", title_folded="kh", legal_bases=[], purposes=[],
            requirements=[], recipients=[], status="active", published=False, **STAMPS,
        )
    )  # fmt: skip
    _unit(conn, "districts", "Các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc")
    _unit(conn, "a", "Huyện ủy Lắk", IDS["districts"])
    _unit(conn, "b", "Huyện ủy Ea Kar", IDS["districts"])
    _unit(conn, "mass", "Các đoàn thể chính trị - xã hội tỉnh")
    _unit(conn, "staffed", "Các cơ quan báo chí")  # a group's name, but someone works there
    conn.execute(
        as_in_db(conn, User).insert().values(
            id=uuid.uuid4(), email="x@example.org", full_name="X", role="unit_officer",
            unit_id=IDS["staffed"], active=True, password_hash="x", auth_version=1, **STAMPS,
        )
    )  # fmt: skip
    # t1: led by the district pseudo-unit; the old importer gave its members support assignments.
    _task(conn, "t1", "districts")
    _assign(conn, "t1", "districts", "lead")
    _assign(conn, "t1", "a", "support")
    _assign(conn, "t1", "b", "support")
    # t2: led by a real unit, supported by the mass-organisation pseudo-unit, which a coordinator
    # reported on once (so that assignment is kept, cancelled, and the unit deactivated).
    _task(conn, "t2", "a")
    _assign(conn, "t2", "a", "lead")
    _assign(conn, "t2", "mass", "support", key="kept")
    conn.execute(
        as_in_db(conn, ProgressUpdate).insert().values(
            id=uuid.uuid4(), assignment_id=IDS["kept"], author="coordinator", status="in_progress",
            percent=10, created_at=NOW,
        )
    )  # fmt: skip


def _read(conn) -> dict:  # type: ignore[no-untyped-def]
    def rows(sql: str) -> list:  # type: ignore[type-arg]
        return list(conn.execute(sa.text(sql)))

    def uid(value) -> uuid.UUID:  # type: ignore[no-untyped-def]
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))

    groups = {r.name: uid(r.id) for r in rows("SELECT id, name FROM unit_groups")}
    members = {
        (uid(r.group_id), uid(r.unit_id)) for r in rows("SELECT group_id, unit_id FROM unit_group_members")
    }
    units = {
        uid(r.id): (r.name, bool(r.active), r.parent_id)
        for r in rows("SELECT id, name, active, parent_id FROM units")
    }
    tasks = {
        uid(r.id): (
            r.lead_unit_id and uid(r.lead_unit_id),
            r.lead_group_id and uid(r.lead_group_id),
            bool(r.awaiting_members),
            r.status,
        )
        for r in rows("SELECT id, lead_unit_id, lead_group_id, awaiting_members, status FROM tasks")
    }
    links = {
        (uid(r.task_id), uid(r.group_id), r.role)
        for r in rows("SELECT task_id, group_id, role FROM task_groups")
    }
    assignments = {
        (uid(r.task_id), uid(r.unit_id)): (r.role, r.status)
        for r in rows("SELECT task_id, unit_id, role, status FROM assignments")
    }
    return {
        "groups": groups,
        "members": members,
        "units": units,
        "tasks": tasks,
        "links": links,
        "assignments": assignments,
    }


def test_pseudo_units_become_unit_groups(scratch_url):
    migrations.upgrade(scratch_url, BEFORE)
    _run(scratch_url, _seed)
    migrations.upgrade(scratch_url, AFTER)
    got = _run(scratch_url, _read)
    assert isinstance(got, dict)
    districts = got["groups"]["Các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc"]
    mass = got["groups"]["Các đoàn thể chính trị - xã hội tỉnh"]
    assert "Các cơ quan báo chí" not in got["groups"]  # staffed: a real unit
    # The units nested under the pseudo-unit are the group's members; the pseudo-unit is gone.
    assert got["members"] == {(districts, IDS["a"]), (districts, IDS["b"])}
    assert IDS["districts"] not in got["units"]
    assert got["units"][IDS["a"]][2] is None
    # Its task is addressed to the group; the members' support became their member share.
    assert got["tasks"][IDS["t1"]][:3] == (None, districts, False)
    assert (IDS["t1"], districts, "lead") in got["links"]
    assert {u: got["assignments"][(IDS["t1"], IDS[u])] for u in ("a", "b")} == {
        "a": ("member", "not_started"),
        "b": ("member", "not_started"),
    }
    assert (IDS["t1"], IDS["districts"]) not in got["assignments"]
    # The mass-organisation pseudo-unit had history: its assignment stays, cancelled; it is deactivated.
    assert (IDS["t2"], mass, "support") in got["links"]
    assert got["assignments"][(IDS["t2"], IDS["mass"])] == ("support", "cancelled")
    assert got["units"][IDS["mass"]][1] is False
    assert got["tasks"][IDS["t2"]][:2] == (IDS["a"], None)
    # The staffed unit is untouched.
    assert got["units"][IDS["staffed"]][1] is True
