"""reports: renders (documents made in a job) and baselines for plans published before baselines existed

Revision ID: 0014_reports_jobs
Revises: 0018_sealed_webhook_secrets
Create Date: 2026-11-29 07:30:33.528216

Backfill: every published plan without a baseline gets baseline 1, taken from the
plan as it stands at the upgrade (what it looked like when it was published is not
recorded anywhere). Why a data migration rather than a startup or CLI step: it runs
exactly once, in the one step every deployment already runs (``plandesk db upgrade``,
``make run``), inside the migration's transaction and before any API process serves,
so no replica races another to number 1 and no diff endpoint answers 404 meanwhile;
a startup step would query on every start and a CLI step can be forgotten. The
snapshot code below is a frozen copy of ``reports.baselines.snapshot_plan`` at this
revision (migrations do not import application code);
``tests/reports/test_baseline_backfill.py`` checks that the two agree.
"""

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

import plandesk.core.db

revision: str = "0014_reports_jobs"
down_revision: str | Sequence[str] | None = "0018_sealed_webhook_secrets"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BACKFILL_REASON = "Đường cơ sở lập khi nâng cấp: kế hoạch ban hành trước khi có đường cơ sở"

_json = sa.JSON()
plans = sa.table("plans", sa.column("id", sa.Uuid()), sa.column("published", sa.Boolean()))
phases = sa.table(
    "phases",
    *(sa.column(c, sa.Uuid()) for c in ("id", "plan_id", "parent_id")),
    sa.column("label", sa.String()),
    sa.column("title", sa.String()),
    sa.column("position", sa.Integer()),
    sa.column("start_date", sa.Date()),
    sa.column("end_date", sa.Date()),
)
milestones = sa.table(
    "milestones",
    sa.column("id", sa.Uuid()),
    sa.column("plan_id", sa.Uuid()),
    sa.column("title", sa.String()),
    *(sa.column(c, sa.Date()) for c in ("date", "range_start", "range_end")),
)
tasks = sa.table(
    "tasks",
    *(sa.column(c, sa.Uuid()) for c in ("id", "plan_id", "phase_id", "lead_unit_id")),
    sa.column("title", sa.String()),
    sa.column("due_date", sa.Date()),
    sa.column("status", sa.String()),
    sa.column("created_at", plandesk.core.db.UTCDateTime(timezone=True)),
)
assignments = sa.table(
    "assignments",
    *(sa.column(c, sa.Uuid()) for c in ("plan_id", "task_id", "unit_id")),
    sa.column("role", sa.String()),
)
baselines = sa.table(
    "plan_baselines",
    *(sa.column(c, sa.Uuid()) for c in ("id", "plan_id")),
    sa.column("number", sa.Integer()),
    sa.column("reason", sa.Text()),
    sa.column("created_by", sa.String()),
    sa.column("created_at", plandesk.core.db.UTCDateTime(timezone=True)),
    sa.column("snapshot", sa.JSON().with_variant(sa.dialects.postgresql.JSONB(), "postgresql")),
)
audit = sa.table(
    "audit_entries",
    sa.column("id", sa.Uuid()),
    *(sa.column(c, sa.String()) for c in ("actor", "actor_role", "action", "entity", "entity_id")),
    sa.column("changes", sa.JSON().with_variant(sa.dialects.postgresql.JSONB(), "postgresql")),
    sa.column("at", plandesk.core.db.UTCDateTime(timezone=True)),
)


def _day(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def snapshot_plan(conn: sa.Connection, plan_id: uuid.UUID) -> dict[str, Any]:
    """The plan's phases, milestones and tasks as baseline JSON (as ``snapshot_plan`` makes it)."""
    p = phases.c
    phase_rows = [
        {
            "id": str(r.id),
            "label": r.label,
            "title": r.title,
            "parent_id": str(r.parent_id) if r.parent_id else None,
            "start_date": _day(r.start_date),
            "end_date": _day(r.end_date),
        }
        for r in conn.execute(
            sa.select(p.id, p.label, p.title, p.parent_id, p.start_date, p.end_date)
            .where(p.plan_id == plan_id)
            .order_by(p.position, p.label)
        )
    ]
    m = milestones.c
    milestone_rows = [
        {
            "id": str(r.id),
            "title": r.title,
            "date": _day(r.date),
            "range_start": _day(r.range_start),
            "range_end": _day(r.range_end),
        }
        for r in conn.execute(
            sa.select(m.id, m.title, m.date, m.range_start, m.range_end)
            .where(m.plan_id == plan_id)
            .order_by(m.range_start, m.title)
        )
    ]
    supporters: dict[Any, list[str]] = {}
    a = assignments.c
    for r in conn.execute(sa.select(a.task_id, a.unit_id).where(a.plan_id == plan_id, a.role != "lead")):
        supporters.setdefault(r.task_id, []).append(str(r.unit_id))
    t = tasks.c
    task_rows = [
        {
            "id": str(r.id),
            "title": r.title,
            "phase_id": str(r.phase_id) if r.phase_id else None,
            "lead_unit_id": str(r.lead_unit_id),
            "supporting_unit_ids": sorted(supporters.get(r.id, [])),
            "due_date": _day(r.due_date),
            "status": r.status,
        }
        for r in conn.execute(
            sa.select(t.id, t.title, t.phase_id, t.lead_unit_id, t.due_date, t.status)
            .where(t.plan_id == plan_id)
            .order_by(t.created_at, t.id)
        )
    ]
    return {"phases": phase_rows, "milestones": milestone_rows, "tasks": task_rows}


def backfill_baselines(conn: sa.Connection) -> list[uuid.UUID]:
    """Baseline 1 for each published plan that has none (idempotent: a second run adds nothing)."""
    has_baseline = sa.select(baselines.c.id).where(baselines.c.plan_id == plans.c.id).exists()
    missing = [
        r.id for r in conn.execute(sa.select(plans.c.id).where(plans.c.published.is_(True), ~has_baseline))
    ]
    now = dt.datetime.now(dt.UTC)
    for plan_id in missing:
        conn.execute(
            baselines.insert().values(
                id=uuid.uuid4(),
                plan_id=plan_id,
                number=1,
                reason=BACKFILL_REASON,
                created_by="system",
                created_at=now,
                snapshot=snapshot_plan(conn, plan_id),
            )
        )
        conn.execute(
            audit.insert().values(
                id=uuid.uuid4(),
                actor="system",
                actor_role=None,
                action="plan.baselined",
                entity="plan",
                entity_id=str(plan_id),
                changes={
                    "baseline": {"before": None, "after": 1},
                    "reason": {"before": None, "after": BACKFILL_REASON},
                },
                at=now,
            )
        )
    return missing


def upgrade() -> None:
    # ### commands auto generated by Alembic - please adjust! ###
    op.create_table(
        "report_renders",
        sa.Column("plan_id", sa.Uuid(), nullable=False),
        sa.Column("subject_type", sa.String(length=16), nullable=False),
        sa.Column("subject_id", sa.Uuid(), nullable=False),
        sa.Column("issue", sa.Integer(), nullable=True),
        sa.Column("format", sa.String(length=8), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("progress", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(length=32), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("filename", sa.String(length=255), nullable=True),
        sa.Column("size", sa.Integer(), nullable=True),
        sa.Column("content", sa.LargeBinary(), nullable=True),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("created_at", plandesk.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("started_at", plandesk.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("finished_at", plandesk.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plans.id"], name=op.f("fk_report_renders_plan_id_plans"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_renders")),
    )
    with op.batch_alter_table("report_renders", schema=None) as batch_op:
        batch_op.create_index("ix_report_renders_created_at", ["created_at"], unique=False)
        batch_op.create_index(
            "ix_report_renders_subject", ["subject_type", "subject_id", "created_at"], unique=False
        )

    # ### end Alembic commands ###
    backfill_baselines(op.get_bind())


def downgrade() -> None:
    # The backfilled baselines go; baselines taken since (a publication, a re-baseline) stay.
    op.execute(baselines.delete().where(baselines.c.number == 1, baselines.c.reason == BACKFILL_REASON))
    # ### commands auto generated by Alembic - please adjust! ###
    with op.batch_alter_table("report_renders", schema=None) as batch_op:
        batch_op.drop_index("ix_report_renders_subject")
        batch_op.drop_index("ix_report_renders_created_at")

    op.drop_table("report_renders")
    # ### end Alembic commands ###
