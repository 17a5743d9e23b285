"""Notification API shapes."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt

from plandesk.notifications.kinds import KINDS

Strict = ConfigDict(extra="forbid")

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

Hour = Annotated[StrictInt, Field(ge=0, le=23)]
ReminderOffset = Annotated[StrictInt, Field(ge=-365, le=365)]


class NotificationOut(BaseModel):
    id: uuid.UUID
    kind: str
    subject_type: str
    subject_id: str
    plan_id: uuid.UUID | None
    link: str = Field(description="Where the web client opens it")
    title: str
    body: str
    language: str
    data: dict[str, Any]
    created_at: dt.datetime
    read_at: dt.datetime | None
    email_state: str = Field(description="none, pending, digest, sending, sent, cancelled or failed")


class UnitNotificationOut(NotificationOut):
    user_id: uuid.UUID
    unit_id: uuid.UUID | None


class NotificationPage(BaseModel):
    items: list[NotificationOut]
    next_cursor: str | None
    unread: int = Field(description="The caller's unread count (the bell)")


class UnitNotificationPage(BaseModel):
    items: list[UnitNotificationOut]
    next_cursor: str | None


class UnreadCount(BaseModel):
    unread: int


class MarkRead(BaseModel):
    model_config = Strict
    ids: list[uuid.UUID] | None = Field(default=None, max_length=500, description="These; omit with all=true")
    all: StrictBool = Field(default=False, description="Every unread notification of the caller")


class MarkedRead(BaseModel):
    marked: int
    unread: int


class KindPreference(BaseModel):
    model_config = Strict
    kind: KindName
    in_app: StrictBool = Field(description="Shown in the app (and counted on the bell)")
    email: StrictBool = Field(description="Sent by e-mail (immediately or in the digest)")


class KindInfo(KindPreference):
    description: str


class PreferencesIn(BaseModel):
    model_config = Strict
    language: Literal["vi", "en"] = "vi"
    email_mode: Literal["immediate", "digest", "off"] = "immediate"
    digest_hour: Hour = 7
    quiet_start_hour: Hour | None = None
    quiet_end_hour: Hour | None = None
    kinds: list[KindPreference] = Field(default_factory=list, max_length=len(KINDS))


class PreferencesOut(BaseModel):
    language: str
    email_mode: str
    digest_hour: int
    quiet_start_hour: int | None
    quiet_end_hour: int | None
    kinds: list[KindInfo]
    email_enabled: bool = Field(description="False when the server has no SMTP configured: e-mail is off")
    timezone: str = Field(description="Quiet hours and the digest hour are in this zone")


class ReminderRulesIn(BaseModel):
    model_config = Strict
    offsets: list[ReminderOffset] = Field(
        max_length=20,
        description="Days from the resolved due date: -7 a week before, 0 the day, 3 three days overdue",
    )
    weekly_overdue: StrictBool = Field(default=True, description="Then every 7 days while overdue")
    escalate_after_days: Annotated[StrictInt, Field(ge=1, le=365)] | None = Field(
        default=5, description="Overdue this many days: the plan's coordinators and the unit head are told"
    )
    include_support: StrictBool = Field(
        default=True, description="Supporting units' officers are reminded too"
    )


class ReminderRulesOut(BaseModel):
    plan_id: uuid.UUID
    offsets: list[int]
    weekly_overdue: bool
    escalate_after_days: int | None
    include_support: bool
    is_default: bool = Field(description="True while the plan uses the default schedule")


class UnsubscribeResult(BaseModel):
    email_mode: str
