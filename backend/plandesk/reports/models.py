"""Baselines, reporting periods, unit reports (with attachments), reviews and their issued versions."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import Date, ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from plandesk.core.db import Base, JSONType, Timestamps, UUIDPrimaryKey, utcnow

PERIOD_KINDS = ("monthly", "quarterly", "one_off")
REPORT_STATUSES = ("draft", "submitted", "accepted", "returned")
REVIEW_KINDS = ("interim", "final")
REVIEW_STATUSES = ("draft", "issued")


class PlanBaseline(UUIDPrimaryKey, Base):
    """The plan as approved: phases, milestones and tasks frozen at publication or a re-baseline.

    Earlier baselines are kept; ``number`` counts them per plan from 1.
    """

    __tablename__ = "plan_baselines"
    __table_args__ = (UniqueConstraint("plan_id", "number", name="uq_plan_baselines_plan_id_number"),)

    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"))
    number: Mapped[int]
    reason: Mapped[str] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # {"phases": [...], "milestones": [...], "tasks": [...]}: see baselines.snapshot_plan.
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSONType)


class ReportingPeriod(UUIDPrimaryKey, Timestamps, Base):
    """A period each assigned unit reports on ("báo cáo tháng 5/2020"), due on ``due_on``."""

    __tablename__ = "reporting_periods"
    __table_args__ = (
        UniqueConstraint("plan_id", "kind", "ends_on", name="uq_reporting_periods_plan_id_kind_ends_on"),
        Index("ix_reporting_periods_plan_id_due_on", "plan_id", "due_on"),
    )

    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    label: Mapped[str] = mapped_column(String(200))
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    due_on: Mapped[dt.date] = mapped_column(Date)
    phase_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("phases.id", ondelete="SET NULL"))


class UnitReport(UUIDPrimaryKey, Timestamps, Base):
    """One unit's report for one period: work per task, figures by channel, difficulties, proposals."""

    __tablename__ = "unit_reports"
    __table_args__ = (
        UniqueConstraint("period_id", "unit_id", name="uq_unit_reports_period_id_unit_id"),
        Index("ix_unit_reports_plan_id_unit_id", "plan_id", "unit_id"),
    )

    period_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("reporting_periods.id", ondelete="CASCADE"))
    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"))
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"))
    status: Mapped[str] = mapped_column(String(16), default="draft")
    # [{"task_id", "title", "status", "percent", "done_text"}]
    task_lines: Mapped[list[dict[str, Any]]] = mapped_column(JSONType, default=list)
    # [{"channel_id", "channel", "events", "participants", "articles", "banners"}]
    figures: Mapped[list[dict[str, Any]]] = mapped_column(JSONType, default=list)
    difficulties: Mapped[str] = mapped_column(Text, default="")
    proposals: Mapped[str] = mapped_column(Text, default="")
    submitted_at: Mapped[dt.datetime | None]
    submitted_on: Mapped[dt.date | None] = mapped_column(Date)  # the plan's local day of submission
    submitted_by: Mapped[str | None] = mapped_column(String(80))
    review_comment: Mapped[str | None] = mapped_column(Text)
    reviewed_at: Mapped[dt.datetime | None]
    reviewed_by: Mapped[str | None] = mapped_column(String(80))
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class ReportAttachment(UUIDPrimaryKey, Base):
    """A file attached to a unit report, stored under ``var/reports/`` by its content hash."""

    __tablename__ = "report_attachments"
    __table_args__ = (Index("ix_report_attachments_report_id", "report_id"),)

    report_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit_reports.id", ondelete="CASCADE"))
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class ReportUrge(UUIDPrimaryKey, Base):
    """A coordinator's reminder to a unit whose report for a period is missing ("đôn đốc")."""

    __tablename__ = "report_urges"
    __table_args__ = (Index("ix_report_urges_period_id_unit_id", "period_id", "unit_id"),)

    period_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("reporting_periods.id", ondelete="CASCADE"))
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"))
    author: Mapped[str] = mapped_column(String(80))
    message: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Review(UUIDPrimaryKey, Timestamps, Base):
    """An interim ("sơ kết") or final ("tổng kết") review being written, and its document header."""

    __tablename__ = "reviews"
    __table_args__ = (Index("ix_reviews_plan_id_created_at", "plan_id", "created_at"),)

    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(1000))
    phase_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("phases.id", ondelete="SET NULL"))
    # The consultation whose synthesis the review reports, where the plan ran one.
    consultation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("consultations.id", ondelete="SET NULL")
    )
    period_start: Mapped[dt.date | None] = mapped_column(Date)
    as_of: Mapped[dt.date] = mapped_column(Date)
    # Header and signature: {"issuer", "parent_body", "number_symbol", "place", "signer_name", "signer_title",
    # "recipients": [...]}; text parts: {"highlights", "shortcomings", "lessons", "proposals", "next_steps"}.
    header: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    texts: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    status: Mapped[str] = mapped_column(String(16), default="draft")
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class ReviewIssue(UUIDPrimaryKey, Base):
    """An issued review: numbered, dated, its assembled figures and texts frozen for good."""

    __tablename__ = "review_issues"
    __table_args__ = (UniqueConstraint("review_id", "number", name="uq_review_issues_review_id_number"),)

    review_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"))
    number: Mapped[int]
    issued_on: Mapped[dt.date] = mapped_column(Date)
    issued_by: Mapped[str] = mapped_column(String(80))
    issued_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    content: Mapped[dict[str, Any]] = mapped_column(JSONType)


RENDER_STATES = ("queued", "running", "done", "failed")


class ReportRender(UUIDPrimaryKey, Base):
    """A review or unit report rendered as DOCX or PDF, in a job when large (see ``renders.py``).

    The file is kept in the database, not under ``var/``: on PostgreSQL the worker that
    renders it may run on another machine than the API process that serves it.
    """

    __tablename__ = "report_renders"
    __table_args__ = (
        Index("ix_report_renders_subject", "subject_type", "subject_id", "created_at"),
        Index("ix_report_renders_created_at", "created_at"),
    )

    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"))
    subject_type: Mapped[str] = mapped_column(String(16))  # "review" | "unit_report"
    subject_id: Mapped[uuid.UUID]
    issue: Mapped[int | None]  # a review's issued version; None: the draft as it reads when rendered
    format: Mapped[str] = mapped_column(String(8))  # "docx" | "pdf"
    state: Mapped[str] = mapped_column(String(16), default="queued")
    progress: Mapped[int] = mapped_column(default=0)  # 0–100
    stage: Mapped[str] = mapped_column(String(32), default="queued")
    error: Mapped[str | None] = mapped_column(Text)
    filename: Mapped[str | None] = mapped_column(String(255))
    size: Mapped[int | None]
    content: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    created_by: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    started_at: Mapped[dt.datetime | None]
    finished_at: Mapped[dt.datetime | None]
