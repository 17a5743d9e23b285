"""Notification API shapes."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool
from pydantic import Strict as StrictInput

from plandesk.core.bounds import INTEGRAL
from plandesk.notifications.kinds import KINDS

Strict = ConfigDict(use_attribute_docstrings=True, extra="forbid")

KindName = Literal[
    "assignment_created",
    "deadline_approaching",
    "deadline_today",
    "overdue",
    "escalation",
    "urged",
    "deadline_moved",
    "progress_reported",
    "report_missing",
    "feedback_assigned",
    "consultation_closing",
]
assert set(KindName.__args__) == set(KINDS), "KindName must list every kind"  # type: ignore[attr-defined]

Hour = Annotated[int, StrictInput(), Field(ge=0, le=23), INTEGRAL]
ReminderOffset = Annotated[int, StrictInput(), Field(ge=-365, le=365), INTEGRAL]


class NotificationOut(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    id: uuid.UUID
    """The notification's id (UUID): pass it in `ids` to mark it read."""
    kind: str
    """What it is about, one of the kinds of the preferences (`deadline_approaching`, `overdue`,
    `urged`, `assignment_created`, …)."""
    subject_type: str
    """The sort of object it concerns: `assignment`, `reporting_period`, `consultation`, `feedback`, …"""
    subject_id: str
    """That object's id (a string)."""
    plan_id: uuid.UUID | None
    """The plan it belongs to; null for consultations and feedback."""
    link: str
    """Where the web client opens it: a path of the app (`/tasks/{task_id}?unit={unit_id}`)."""
    title: str
    """The short text, written once in the recipient's language at creation ("Còn 7 ngày đến hạn: …");
    at most 500 characters."""
    body: str
    """The longer text, in the same language ("Hạn hoàn thành: 30/09/2025.")."""
    language: str
    """The language the texts were written in: `vi` or `en` (the recipient's preference then)."""
    data: dict[str, Any]
    """The facts behind the texts, for clients that build their own (for a reminder: `task_id`,
    `unit_id`, `assignment_id`, `task_title`, `unit_name`, `role`, `due_date`, `rule`, `days`).
    Never contact details."""
    created_at: dt.datetime
    """When it was created (UTC)."""
    read_at: dt.datetime | None
    """When it was read; null while unread (it counts on the bell)."""
    email_state: str
    """Its e-mail: `none` (not sent by e-mail), `pending` (to be sent, after quiet hours if any),
    `digest` (waits for the daily digest), `sending`, `sent`, `cancelled` (no longer true, e.g. the
    deadline moved) or `failed`."""


class UnitNotificationOut(NotificationOut):
    user_id: uuid.UUID
    """The user it was written for."""
    unit_id: uuid.UUID | None
    """That user's unit when it was written; null for users without a unit."""


class NotificationPage(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    items: list[NotificationOut]
    """This page's notifications, at most `limit` of them, newest first."""
    next_cursor: str | None
    """Pass as `cursor` (with the same `unread`) to get the next page; null on the last page. Opaque
    and signed."""
    unread: int
    """The caller's unread count (the bell), whatever the page holds."""


class UnitNotificationPage(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    items: list[UnitNotificationOut]
    """This page's notifications of the unit's users, at most `limit` of them, newest first."""
    next_cursor: str | None
    """Pass as `cursor` to get the next page; null on the last page. Opaque and signed."""


class UnreadCount(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    unread: int
    """How many of the caller's notifications are unread (the bell)."""


class MarkRead(BaseModel):
    model_config = Strict
    ids: list[uuid.UUID] | None = Field(default=None, max_length=500)
    """The notifications to mark read (at most 500; ids that are not the caller's, or already read, are
    skipped). Omit when sending `all: true`."""
    all: StrictBool = False
    """True: mark every unread notification of the caller read (`ids` is then ignored). Either `ids`
    or `all: true` is required (422 otherwise)."""


class MarkedRead(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    marked: int
    """How many notifications this call marked read (those already read are not counted)."""
    unread: int
    """The caller's unread count afterwards (the bell)."""


class KindPreference(BaseModel):
    model_config = Strict
    kind: KindName
    """The kind of notification: `assignment_created`, `deadline_approaching`, `deadline_today`,
    `overdue`, `escalation`, `urged`, `deadline_moved`, `progress_reported`, `report_missing`,
    `feedback_assigned` or `consultation_closing`."""
    in_app: StrictBool
    """Shown in the app (and counted on the bell)."""
    email: StrictBool
    """Sent by e-mail (at once or in the digest, per `email_mode`); never while `email_mode` is `off`."""


class KindInfo(KindPreference):
    description: str
    """What the kind tells, for the settings screen ("A deadline of my unit is approaching")."""


class PreferencesIn(BaseModel):
    model_config = Strict
    language: Literal["vi", "en"] = "vi"
    """The language new notifications and e-mails are written in: `vi` (default) or `en`."""
    email_mode: Literal["immediate", "digest", "off"] = "immediate"
    """`immediate`: each e-mail as it comes (after quiet hours); `digest`: one e-mail a day at
    `digest_hour`; `off`: no e-mail at all (the app keeps notifying)."""
    digest_hour: Hour = 7
    """The local hour (0–23, the server's time zone) the daily digest is sent at; default 7."""
    quiet_start_hour: Hour | None = None
    """The local hour (0–23) quiet hours begin: immediate e-mails wait until they end. Set both quiet
    hours or neither (422 otherwise); null for none."""
    quiet_end_hour: Hour | None = None
    """The local hour (0–23) quiet hours end; may be earlier than the start (22 → 6 spans midnight).
    Null for none."""
    kinds: list[KindPreference] = Field(default_factory=list, max_length=len(KINDS))
    """Choices per kind; kinds not listed keep their earlier choice or the kind's default."""


class PreferencesOut(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    language: str
    """The language new notifications and e-mails are written in: `vi` or `en`."""
    email_mode: str
    """`immediate`, `digest` (one e-mail a day at `digest_hour`) or `off` (no e-mail)."""
    digest_hour: int
    """The local hour (0–23) the daily digest is sent at."""
    quiet_start_hour: int | None
    """The local hour quiet hours begin; null for none."""
    quiet_end_hour: int | None
    """The local hour quiet hours end; null for none."""
    kinds: list[KindInfo]
    """Every kind, with the caller's choice or the kind's default and what it tells."""
    email_enabled: bool
    """False when the server has no SMTP configured: no e-mail is sent whatever the choices."""
    timezone: str
    """The time zone quiet hours and the digest hour are in (`Asia/Ho_Chi_Minh`)."""


class ReminderRulesIn(BaseModel):
    model_config = Strict
    offsets: list[ReminderOffset] = Field(max_length=20)
    """When the assigned units' officers are reminded, in days from the resolved due date (−365 to 365,
    at most 20; sorted, duplicates dropped): -7 a week before, 0 the day, 3 three days overdue."""
    weekly_overdue: StrictBool = True
    """After the last offset, remind every 7 days while the work stays overdue."""
    escalate_after_days: Annotated[int, StrictInput(), Field(ge=1, le=365), INTEGRAL] | None = 5
    """Overdue this many days (1–365, default 5): the plan's coordinators and the unit's head are told.
    Null: never escalate."""
    include_support: StrictBool = True
    """Remind the supporting units' officers too, not only the lead unit's."""


class ReminderRulesOut(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    plan_id: uuid.UUID
    """The plan the schedule is for."""
    offsets: list[int]
    """Reminder days from the resolved due date, sorted: -7 a week before, 0 the day, 3 three days
    overdue."""
    weekly_overdue: bool
    """After the last offset, a reminder every 7 days while the work stays overdue."""
    escalate_after_days: int | None
    """Overdue this many days: the plan's coordinators and the unit's head are told; null: never."""
    include_support: bool
    """Supporting units' officers are reminded too."""
    is_default: bool
    """True while the plan uses the default schedule (-7, -1, 0, 1, 3, 7; weekly; escalate after 5
    days): it has never been saved."""


class UnsubscribeResult(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    email_mode: str
    """The e-mail mode now: `off` (the app keeps notifying)."""
