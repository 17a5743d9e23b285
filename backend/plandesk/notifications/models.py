"""Notifications, preferences, per-plan reminder rules and the reminder ledger."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from plandesk.core.db import Base, JSONType, UUIDPrimaryKey, utcnow

# Where a notification's e-mail stands.
EMAIL_STATES = ("none", "pending", "digest", "sending", "sent", "cancelled", "failed")


class Notification(UUIDPrimaryKey, Base):
    """One thing one user is told, in their language; shown in the app, maybe e-mailed."""

    __tablename__ = "notifications"
    __table_args__ = (
        # The bell and the list: newest first per user, unread first filter.
        Index("ix_notifications_user_id_created_at", "user_id", "created_at", "id"),
        Index("ix_notifications_user_id_read_at", "user_id", "read_at"),
        Index("ix_notifications_email_state", "email_state", "deliver_after"),
        Index("ix_notifications_unit_id_created_at", "unit_id", "created_at", "id"),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    # The recipient's unit when it was written (a push gateway reads a unit's notifications).
    unit_id: Mapped[uuid.UUID | None]
    kind: Mapped[str] = mapped_column(String(40))
    subject_type: Mapped[str] = mapped_column(String(32))
    subject_id: Mapped[str] = mapped_column(String(64))
    plan_id: Mapped[uuid.UUID | None]
    # Where the web client opens it ("/tasks/<id>?unit=<id>").
    link: Mapped[str] = mapped_column(String(400))
    title: Mapped[str] = mapped_column(String(500))
    body: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(2), default="vi")
    data: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    read_at: Mapped[dt.datetime | None]
    # Set when the notification stopped being true (its deadline moved, the work was done).
    cancelled_at: Mapped[dt.datetime | None]
    email_state: Mapped[str] = mapped_column(String(16), default="none")
    # Quiet hours: the e-mail waits until then.
    deliver_after: Mapped[dt.datetime | None]
    emailed_at: Mapped[dt.datetime | None]
    # The Message-ID the e-mail goes out under: fixed when first claimed, the same on a retry.
    email_message_id: Mapped[str | None] = mapped_column(String(200))
    # One notification per (source, recipient): the event id or reminder key and the user.
    dedupe_key: Mapped[str] = mapped_column(String(200), unique=True)


class NotificationPreference(Base):
    """What a user wants to be told, where, and when. No row: the defaults."""

    __tablename__ = "notification_preferences"

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    language: Mapped[str] = mapped_column(String(2), default="vi")
    # immediate: one e-mail per notification; digest: one a day; off: no e-mail.
    email_mode: Mapped[str] = mapped_column(String(16), default="immediate")
    # {kind: {"in_app": bool, "email": bool}}: overrides of the kinds' defaults.
    kinds: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    digest_hour: Mapped[int] = mapped_column(default=7)
    # Local hours [start, end) during which no e-mail is sent (held until the end).
    quiet_start_hour: Mapped[int | None]
    quiet_end_hour: Mapped[int | None]
    # The local day of the last digest: claimed atomically, so one digest a day.
    last_digest_on: Mapped[dt.date | None] = mapped_column(Date)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class ReminderRuleSet(Base):
    """A plan's reminder schedule. No row: the default (7d, 1d before, the day, 1/3/7d overdue, weekly)."""

    __tablename__ = "reminder_rules"

    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), primary_key=True)
    # Days relative to the resolved due date: -7 = a week before, 0 = the day, 3 = three days late.
    offsets: Mapped[list[int]] = mapped_column(JSONType, default=list)
    # After the last offset, remind again every 7 days while the work is overdue.
    weekly_overdue: Mapped[bool] = mapped_column(default=True)
    # Overdue this many days: the plan's coordinators and the unit's head are told (once). None: never.
    escalate_after_days: Mapped[int | None]
    # Supporting units' officers get reminders too (not only the lead's).
    include_support: Mapped[bool] = mapped_column(default=True)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class Reminder(UUIDPrimaryKey, Base):
    """The ledger: a reminder sent. The unique key makes a second send impossible."""

    __tablename__ = "reminders"
    __table_args__ = (
        UniqueConstraint("assignment_id", "rule", "due_date", name="uq_reminders_assignment_rule_due"),
    )

    assignment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assignments.id", ondelete="CASCADE"))
    # "d-7", "d+0", "d+14", "esc+5"
    rule: Mapped[str] = mapped_column(String(16))
    due_date: Mapped[dt.date] = mapped_column(Date)
    plan_id: Mapped[uuid.UUID]
    state: Mapped[str] = mapped_column(String(16), default="sent")  # sent | cancelled
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class ReminderMark(Base):
    """Per open assignment: the due date last scheduled for and the day the next reminder falls due.

    The scan reads only assignments without a mark, with a moved due date, or whose
    next reminder day has come, so a quiet day over 50,000 assignments is one indexed pass.
    """

    __tablename__ = "reminder_marks"
    __table_args__ = (Index("ix_reminder_marks_next_fire_on", "next_fire_on"),)

    assignment_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("assignments.id", ondelete="CASCADE"), primary_key=True
    )
    due_date: Mapped[dt.date] = mapped_column(Date)
    next_fire_on: Mapped[dt.date | None] = mapped_column(Date)
