"""Tasks owed by units, their assignments, progress updates and urges."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import BigInteger, Date, ForeignKey, Index, String, Text, UniqueConstraint, and_
from sqlalchemy.orm import Mapped, mapped_column

from plandesk.core.db import Base, JSONType, Timestamps, UUIDPrimaryKey, utcnow

ASSIGNMENT_STATUSES = ("not_started", "in_progress", "done", "blocked", "cancelled")
CLOSED_STATUSES = ("done", "cancelled")


def still_open(status: Any) -> Any:
    """SQL: the status is neither done nor cancelled.

    Spelt as two comparisons, not ``NOT IN (...)``: an IN list is an "expanding"
    parameter SQLAlchemy rewrites on every execution of a prebuilt statement.
    """
    return and_(*(status != closed for closed in CLOSED_STATUSES))


# ``member``: a member unit of the unit group a task is addressed to (``Task.lead_group_id``).
ROLES = ("lead", "support", "member")


class Task(UUIDPrimaryKey, Timestamps, Base):
    """A task of a plan: one lead unit, supporting units, an optional due DateRef.

    ``status``, ``percent``, ``completed_on`` and ``assignment_summary`` are
    derived from the task's assignments and rewritten whenever one changes
    (``tasks.progress.refresh_task_progress``); they are stored so lists and
    dashboards filter and aggregate in SQL and a list page is one query.
    """

    __tablename__ = "tasks"
    __table_args__ = (
        Index("ix_tasks_plan_id_due_date", "plan_id", "due_date"),
        Index("ix_tasks_plan_id_status", "plan_id", "status"),
        Index("ix_tasks_plan_id_phase_id", "plan_id", "phase_id"),
        Index("ix_tasks_plan_id_created_at", "plan_id", "created_at"),
        Index("ix_tasks_plan_id_title_folded", "plan_id", "title_folded"),
        Index("ix_tasks_due_milestone_id", "due_milestone_id"),
        Index("ix_tasks_lead_unit_id", "lead_unit_id"),
    )

    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"))
    phase_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("phases.id", ondelete="SET NULL"))
    source_section: Mapped[str | None] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(1000))
    body: Mapped[str] = mapped_column(Text, default="")
    title_folded: Mapped[str] = mapped_column(String(1200))
    # Folded title and body: what ``q=`` searches (diacritic- and case-insensitive).
    search_folded: Mapped[str] = mapped_column(Text)
    # Exactly one of the two: the lead unit, or the unit group the task is addressed to
    # (then every member unit owes its own share, an assignment with role ``member``).
    lead_unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"))
    lead_group_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("unit_groups.id", ondelete="RESTRICT"), index=True
    )
    # The due DateRef (see plandesk.plans.schedule) and its resolved date.
    due_milestone_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("milestones.id"))
    due_side: Mapped[str | None] = mapped_column(String(8))
    due_offset_days: Mapped[int | None]
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="not_started")
    percent: Mapped[int] = mapped_column(default=0)
    completed_on: Mapped[dt.date | None] = mapped_column(Date)
    # [{"unit_id", "role", "status", "percent"}], lead first: what a list row shows of its assignments.
    assignment_summary: Mapped[list[dict[str, Any]]] = mapped_column(JSONType, default=list)
    # Addressed to a unit group that has no member units yet: nobody owes it, so it is
    # never counted late (overdue scan, dashboard, reports) until members are chosen.
    awaiting_members: Mapped[bool] = mapped_column(default=False)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class TaskChannel(Base):
    """The channels (forms of communication) a task uses."""

    __tablename__ = "task_channels"

    task_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True)
    channel_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("channels.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class TaskGroup(Base):
    """A unit group a task is addressed to, as its lead (``member`` assignments) or as support.

    Kept so that units added to the group later get their assignment on the task.
    """

    __tablename__ = "task_groups"

    task_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True)
    group_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("unit_groups.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    role: Mapped[str] = mapped_column(String(8))


class Assignment(UUIDPrimaryKey, Timestamps, Base):
    """What one unit owes on one task, as lead, support or group member, and how far it has got.

    ``completed_at``/``completed_on`` are set when the assignment becomes done
    and kept, so "done late" stays true after the deadline has passed.
    """

    __tablename__ = "assignments"
    __table_args__ = (
        UniqueConstraint("task_id", "unit_id", name="uq_assignments_task_id_unit_id"),
        # Covers "my unit's work" (filter, overdue-first order, keyset) without touching the rows.
        Index("ix_assignments_unit_worklist", "unit_id", "status", "due_date", "plan_id", "task_id", "id"),
        Index("ix_assignments_plan_id_unit_id", "plan_id", "unit_id"),
    )

    task_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"))
    # Denormalised from the task so per-plan aggregates need no join.
    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"))
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"))
    role: Mapped[str] = mapped_column(String(8))
    # The task's resolved due date, copied here so a unit's work list sorts on an index.
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="not_started")
    percent: Mapped[int] = mapped_column(default=0)
    completed_at: Mapped[dt.datetime | None]
    completed_on: Mapped[dt.date | None] = mapped_column(Date)
    last_update_at: Mapped[dt.datetime | None]
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class ProgressUpdate(UUIDPrimaryKey, Base):
    """An append-only report on an assignment: status, percent and a note."""

    __tablename__ = "progress_updates"
    __table_args__ = (Index("ix_progress_updates_assignment_id_created_at", "assignment_id", "created_at"),)

    assignment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assignments.id", ondelete="CASCADE"))
    author_id: Mapped[uuid.UUID | None]
    author: Mapped[str] = mapped_column(String(80))
    status: Mapped[str] = mapped_column(String(16))
    percent: Mapped[int]
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Urge(UUIDPrimaryKey, Base):
    """A coordinator's reminder on an assignment ("đôn đốc")."""

    __tablename__ = "urges"
    __table_args__ = (Index("ix_urges_assignment_id_created_at", "assignment_id", "created_at"),)

    assignment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assignments.id", ondelete="CASCADE"))
    author_id: Mapped[uuid.UUID | None]
    author: Mapped[str] = mapped_column(String(80))
    message: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class ReadVersion(Base):
    """A plan's data version: a random number replaced, by a trigger, whenever anything of
    the plan changes (migrations ``0019_read_aggregates``, ``0021_deferred_read_versions``). The
    row of the nil UUID is the units' version. Processes serve a plan's cached dashboard while
    both are unchanged."""

    __tablename__ = "read_versions"

    plan_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger)
