"""local time: plans.timezone; completion and submission days re-reckoned in local time

Dates derived from instants (an assignment's ``completed_on``, a task's, a feedback
submission's ``submitted_on``) were UTC dates; they become dates in the zone where
the plan is issued. Existing plans get no zone of their own (NULL: the deployment's
``PLANDESK_TIMEZONE``), so every row is recomputed in the deployment's zone.
Downgrading recomputes them as UTC dates again.

Revision ID: 0006_local_time
Revises: 0004_feedback_texts
Create Date: 2026-11-29 04:00:00
"""

import datetime as dt
from collections.abc import Sequence
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

from plandesk.core.config import Settings

revision: str = "0006_local_time"
down_revision: str | Sequence[str] | None = "0004_feedback_texts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, instant column, date column)
DERIVED_DAYS = (
    ("assignments", "completed_at", "completed_on"),
    ("feedback_submissions", "submitted_at", "submitted_on"),
)
BATCH = 5000


def _instant(value: object) -> dt.datetime:
    # SQLite hands back the stored text ("YYYY-MM-DD HH:MM:SS.ffffff", UTC).
    moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _recompute(zone_name: str) -> None:
    bind = op.get_bind()
    for name, instant_name, day_name in DERIVED_DAYS:
        table = sa.table(name, sa.column("id"), sa.column(instant_name), sa.column(day_name))
        instant = table.c[instant_name]
        if bind.dialect.name == "postgresql":
            local_day = sa.cast(sa.func.timezone(sa.literal(zone_name), instant), sa.Date)
            op.execute(table.update().where(instant.is_not(None)).values({day_name: local_day}))
            continue
        # SQLite knows no zones: reckon each row in Python, in batches.
        zone = ZoneInfo(zone_name)
        update = (
            table.update().where(table.c.id == sa.bindparam("row_id")).values({day_name: sa.bindparam("day")})
        )
        last = None
        while True:
            query = sa.select(table.c.id, instant).where(instant.is_not(None))
            if last is not None:
                query = query.where(table.c.id > last)
            rows = bind.execute(query.order_by(table.c.id).limit(BATCH)).all()
            if not rows:
                break
            bind.execute(
                update,
                [{"row_id": r[0], "day": _instant(r[1]).astimezone(zone).date().isoformat()} for r in rows],
            )
            last = rows[-1][0]
    # A done task was completed on the day its last (not cancelled) assignment was.
    op.execute(
        """
        UPDATE tasks SET completed_on = (
            SELECT MAX(a.completed_on) FROM assignments a
            WHERE a.task_id = tasks.id AND a.status <> 'cancelled'
        )
        WHERE status = 'done'
        """
    )


def upgrade() -> None:
    with op.batch_alter_table("plans", schema=None) as batch_op:
        batch_op.add_column(sa.Column("timezone", sa.String(length=64), nullable=True))
    _recompute(Settings().timezone)


def downgrade() -> None:
    _recompute("UTC")
    with op.batch_alter_table("plans", schema=None) as batch_op:
        batch_op.drop_column("timezone")
