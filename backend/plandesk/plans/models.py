"""A plan and its schedule: milestones, phases (with sub-phases) and channels."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from plandesk.core.db import Base, JSONType, Timestamps, UUIDPrimaryKey

PLAN_STATUSES = ("draft", "active", "completed", "archived")
MILESTONE_KINDS = ("event", "deadline", "review")
MILESTONE_STATUSES = ("planned", "done", "moved")
PRECISIONS = ("day", "month", "quarter", "year")


class Plan(UUIDPrimaryKey, Timestamps, Base):
    """A plan as issued ("Kế hoạch số 148-KH/TU"): its header, purposes and requirements."""

    __tablename__ = "plans"
    __table_args__ = (
        Index("ix_plans_status", "status"),
        Index("ix_plans_created_at", "created_at"),
    )

    code: Mapped[str] = mapped_column(String(80))
    title: Mapped[str] = mapped_column(String(1000))
    title_folded: Mapped[str] = mapped_column(String(1200))
    issuing_body: Mapped[str | None] = mapped_column(String(300))
    place: Mapped[str | None] = mapped_column(String(200))
    issued_on: Mapped[dt.date | None] = mapped_column(Date)
    signer_name: Mapped[str | None] = mapped_column(String(200))
    signer_title: Mapped[str | None] = mapped_column(String(200))
    legal_bases: Mapped[list[dict[str, Any]]] = mapped_column(JSONType, default=list)
    purposes: Mapped[list[str]] = mapped_column(JSONType, default=list)
    requirements: Mapped[list[str]] = mapped_column(JSONType, default=list)
    recipients: Mapped[list[str]] = mapped_column(JSONType, default=list)
    status: Mapped[str] = mapped_column(String(16), default="draft")
    published: Mapped[bool] = mapped_column(default=False)
    # IANA zone where the plan is issued: its deadlines end at midnight there (see
    # core.localtime). NULL: the deployment's PLANDESK_TIMEZONE.
    timezone: Mapped[str | None] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class PlanCoordinator(Base):
    """A coordinator who runs a plan: manages its webhooks and receives its escalations."""

    __tablename__ = "plan_coordinators"
    __table_args__ = (Index("ix_plan_coordinators_user_id", "user_id"),)

    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)


class Milestone(UUIDPrimaryKey, Timestamps, Base):
    """An event or deadline the schedule hangs on, dated to a precision.

    ``date`` is the date as given; ``range_start``..``range_end`` the whole
    period it stands for at ``precision``. An undated milestone has all four
    empty, and so have the dates anchored to it.
    """

    __tablename__ = "milestones"
    __table_args__ = (Index("ix_milestones_plan_id_range_start", "plan_id", "range_start"),)

    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(1000))
    description: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16), default="event")
    date: Mapped[dt.date | None] = mapped_column(Date)
    precision: Mapped[str | None] = mapped_column(String(16))
    range_start: Mapped[dt.date | None] = mapped_column(Date)
    range_end: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="planned")
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class Phase(UUIDPrimaryKey, Timestamps, Base):
    """A phase ("Đợt I") or sub-phase ("3.1"): topics and a window of two DateRefs."""

    __tablename__ = "phases"
    __table_args__ = (
        UniqueConstraint("plan_id", "label", name="uq_phases_plan_id_label"),
        Index("ix_phases_parent_id", "parent_id"),
        Index("ix_phases_start_milestone_id", "start_milestone_id"),
        Index("ix_phases_end_milestone_id", "end_milestone_id"),
    )

    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"))
    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("phases.id", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(String(32))
    position: Mapped[int] = mapped_column(default=0)
    title: Mapped[str] = mapped_column(String(1000))
    topics: Mapped[list[str]] = mapped_column(JSONType, default=list)
    # Window start and end: DateRefs (see plandesk.plans.schedule) with their resolved dates.
    # No ON DELETE on the milestone references: a referenced milestone cannot be deleted.
    start_milestone_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("milestones.id"))
    start_side: Mapped[str | None] = mapped_column(String(8))
    start_offset_days: Mapped[int | None]
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_milestone_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("milestones.id"))
    end_side: Mapped[str | None] = mapped_column(String(8))
    end_offset_days: Mapped[int | None]
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class Channel(UUIDPrimaryKey, Timestamps, Base):
    """A form of communication ("Tuyên truyền miệng") and its items."""

    __tablename__ = "channels"
    __table_args__ = (Index("ix_channels_plan_id_position", "plan_id", "position"),)

    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(String(32))
    position: Mapped[int] = mapped_column(default=0)
    title: Mapped[str] = mapped_column(String(1000))
    items: Mapped[list[str]] = mapped_column(JSONType, default=list)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}
