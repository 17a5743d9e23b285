"""Migration 0017_plan_coordinators keeps what was true: every active coordinator ran every plan."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import text

from plandesk.core import migrations
from plandesk.plans.models import Plan
from plandesk.users.models import User
from tests.test_migration_local_time import _run, scratch_url  # noqa: F401  (fixture)

BEFORE = "0007_events_webhooks"
AFTER = "0017_plan_coordinators"


def _seed(conn) -> dict[str, uuid.UUID]:  # type: ignore[no-untyped-def]
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    stamps = {"created_at": now, "updated_at": now, "version": 1}
    ids = {k: uuid.uuid4() for k in ("plan", "active", "gone", "officer")}
    conn.execute(
        Plan.__table__.insert().values(
            id=ids["plan"], code="1-KH", title="KH", title_folded="kh", legal_bases=[], purposes=[],
            requirements=[], recipients=[], status="active", published=True, **stamps,
        )
    )  # fmt: skip
    for key, role, active in (
        ("active", "coordinator", True),
        ("gone", "coordinator", False),
        ("officer", "viewer", True),
    ):
        conn.execute(
            User.__table__.insert().values(
                id=ids[key], email=f"{key}@example.org", full_name=key, role=role, active=active,
                password_hash="x", auth_version=1, **stamps,
            )
        )  # fmt: skip
    return ids


def test_upgrade_gives_each_plan_every_active_coordinator_and_downgrade_drops_the_table(scratch_url):  # noqa: F811
    migrations.upgrade(scratch_url, BEFORE)
    ids = _run(scratch_url, _seed)
    migrations.upgrade(scratch_url, AFTER)
    rows = _run(
        scratch_url, lambda c: c.execute(text("SELECT plan_id, user_id FROM plan_coordinators")).all()
    )
    assert len(rows) == 1
    assert str(rows[0][1]).replace("-", "") == ids["active"].hex
    migrations.downgrade(scratch_url, BEFORE)
    migrations.upgrade(scratch_url, AFTER)
