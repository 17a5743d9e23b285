from __future__ import annotations

import datetime as dt
import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from plandesk.core.bounds import Int64
from plandesk.core.concurrency import ETagged
from plandesk.core.text import NameText, StorableText
from plandesk.plans.schedule import DateRef

Strict = ConfigDict(extra="forbid")

AssignmentStatus = Literal["not_started", "in_progress", "done", "blocked", "cancelled"]
TaskStatus = AssignmentStatus
Role = Literal["lead", "support", "member"]
TaskSort = Literal["due_date", "-due_date", "title", "-title", "created_at", "-created_at"]


class TaskCreate(BaseModel):
    """A task: exactly one lead unit, or a unit group it is addressed to; supporting units
    given as units and/or unit groups.

    A group stands for its (active) member units: each gets its own assignment —
    role ``member`` for the group the task is addressed to, ``support`` for a supporting group.
    """

    model_config = Strict
    title: NameText = Field(min_length=1, max_length=1000)
    body: StorableText = Field(default="", max_length=20_000)
    source_section: StorableText | None = Field(default=None, max_length=32, examples=["IV.1"])
    phase_id: uuid.UUID | None = None
    lead_unit_id: uuid.UUID | None = Field(default=None, description="Required unless lead_group_id is given")
    lead_group_id: uuid.UUID | None = Field(
        default=None,
        description="The unit group the task is addressed to (instead of a lead unit): "
        "each member unit gets its own assignment, role `member`",
    )
    supporting_unit_ids: list[uuid.UUID] = Field(default_factory=list, max_length=500)
    supporting_group_ids: list[uuid.UUID] = Field(default_factory=list, max_length=100)
    due: DateRef | None = None
    channel_ids: list[uuid.UUID] = Field(default_factory=list, max_length=100)


class TaskUpdate(BaseModel):
    """Fields to change. Sending ``supporting_unit_ids`` and/or ``supporting_group_ids``
    replaces the supporting units; assignments of units no longer named are removed."""

    model_config = Strict
    title: NameText | None = Field(default=None, min_length=1, max_length=1000)
    body: StorableText | None = Field(default=None, max_length=20_000)
    source_section: StorableText | None = Field(default=None, max_length=32)
    phase_id: uuid.UUID | None = None
    lead_unit_id: uuid.UUID | None = None
    supporting_unit_ids: list[uuid.UUID] | None = Field(default=None, max_length=500)
    supporting_group_ids: list[uuid.UUID] | None = Field(default=None, max_length=100)
    due: DateRef | None = None
    channel_ids: list[uuid.UUID] | None = Field(default=None, max_length=100)


class AssignmentOut(BaseModel):
    id: uuid.UUID
    task_id: uuid.UUID
    unit_id: uuid.UUID
    role: Role
    status: AssignmentStatus
    percent: int
    completed_at: dt.datetime | None
    last_update_at: dt.datetime | None
    etag: str = Field(description="Send as If-Match to PATCH this assignment")


class AssignmentBrief(BaseModel):
    unit_id: uuid.UUID
    role: Role
    status: AssignmentStatus
    percent: int


class TaskOut(ETagged):
    id: uuid.UUID
    plan_id: uuid.UUID
    phase_id: uuid.UUID | None
    source_section: str | None
    title: str
    body: str
    lead_unit_id: uuid.UUID | None = Field(description="Null when the task is addressed to a unit group")
    lead_group_id: uuid.UUID | None
    supporting_group_ids: list[uuid.UUID]
    awaiting_members: bool = Field(
        description="Addressed to a unit group that has no member units yet: choose them; "
        "meanwhile the task is not counted late"
    )
    supporting_unit_ids: list[uuid.UUID]
    due: DateRef | None
    due_date: dt.date | None
    status: TaskStatus
    percent: int
    overdue: bool
    completed_on: dt.date | None
    channel_ids: list[uuid.UUID]
    assignments: list[AssignmentOut]
    created_at: dt.datetime
    updated_at: dt.datetime


class TaskListItem(ETagged):
    id: uuid.UUID
    plan_id: uuid.UUID
    phase_id: uuid.UUID | None
    source_section: str | None
    title: str
    lead_unit_id: uuid.UUID | None
    lead_group_id: uuid.UUID | None
    awaiting_members: bool
    due_date: dt.date | None
    status: TaskStatus
    percent: int
    overdue: bool
    completed_on: dt.date | None
    assignments: list[AssignmentBrief]
    created_at: dt.datetime


class TaskPage(BaseModel):
    items: list[TaskListItem]
    next_cursor: str | None


class AssignmentUpdate(BaseModel):
    model_config = Strict
    status: AssignmentStatus | None = None
    percent: Int64 | None = Field(default=None, ge=0, le=100)

    @model_validator(mode="after")
    def _something(self) -> AssignmentUpdate:
        if self.status is None and self.percent is None:
            raise ValueError("give a status or a percent")
        return self


class ProgressCreate(BaseModel):
    """A progress report. ``unit_id`` defaults to the caller's own unit."""

    model_config = Strict
    unit_id: uuid.UUID | None = None
    status: AssignmentStatus | None = None
    percent: Int64 | None = Field(default=None, ge=0, le=100)
    note: StorableText | None = Field(default=None, min_length=1, max_length=4000)

    @model_validator(mode="after")
    def _something(self) -> ProgressCreate:
        if self.status is None and self.percent is None and self.note is None:
            raise ValueError("give a status, a percent or a note")
        return self


class ProgressOut(BaseModel):
    id: uuid.UUID
    task_id: uuid.UUID
    unit_id: uuid.UUID
    status: AssignmentStatus
    percent: int
    note: str | None
    author: str
    created_at: dt.datetime
    assignment: AssignmentOut


class UrgeCreate(BaseModel):
    model_config = Strict
    message: StorableText = Field(min_length=1, max_length=2000)


class UrgeOut(BaseModel):
    id: uuid.UUID
    task_id: uuid.UUID
    unit_id: uuid.UUID
    message: str
    author: str
    created_at: dt.datetime


class HistoryEntry(BaseModel):
    """A progress update (``kind="update"``) or an urge (``kind="urge"``)."""

    kind: Literal["update", "urge"]
    id: uuid.UUID
    at: dt.datetime
    author: str
    author_name: str | None = Field(
        default=None, description="The author's full name (or service account's name); null if unknown"
    )
    status: AssignmentStatus | None = None
    percent: int | None = None
    note: str | None = None
    message: str | None = None


class MyAssignment(BaseModel):
    id: uuid.UUID
    task_id: uuid.UUID
    plan_id: uuid.UUID
    phase_id: uuid.UUID | None
    unit_id: uuid.UUID
    title: str
    role: Role
    status: AssignmentStatus
    percent: int
    due_date: dt.date | None
    overdue: bool
    completed_at: dt.datetime | None
    etag: str


class MyAssignmentPage(BaseModel):
    items: list[MyAssignment]
    next_cursor: str | None


# --- dashboard ---------------------------------------------------------------------


class OverdueBuckets(BaseModel):
    days_1_7: int
    days_8_30: int
    days_over_30: int


class DeadlineStanding(BaseModel):
    """Tasks by deadline standing, as agencies report it (cancelled tasks left out).

    ``done_on_time + done_late + in_progress_within_deadline + not_started + overdue
    + no_deadline == counted``: each task not cancelled is in exactly one of them, the
    same one the task list's ``standing`` filter puts it in.
    """

    counted: int = Field(description="Tasks not cancelled: the sum of the six standings")
    with_deadline: int
    without_deadline: int
    done_on_time: int
    done_late: int
    in_progress_within_deadline: int = Field(description="Started (or blocked), deadline today or later")
    not_started: int = Field(description="Not started, deadline today or later")
    overdue: int
    no_deadline: int = Field(description="Still open, no due date")
    overdue_by_days: OverdueBuckets
    due_within_7_days: int


class UnitScore(BaseModel):
    unit_id: uuid.UUID
    name: str | None
    short_name: str | None
    assignments: int
    lead: int
    done: int
    done_on_time: int
    done_late: int
    overdue: int
    open: int
    not_started: int = Field(description="Open, not started, not overdue")
    in_progress: int = Field(description="Open, started or blocked or without a deadline, not overdue")
    counted: int = Field(description="Assignments not cancelled: done + overdue + not_started + in_progress")
    average_percent: float
    completion_rate: float


class PhaseCompletion(BaseModel):
    """A phase's tasks (a top-level phase counts its sub-phases' too); ``phase_id`` null: no phase."""

    phase_id: uuid.UUID | None
    parent_id: uuid.UUID | None
    label: str | None
    title: str | None
    tasks: int
    done: int
    overdue: int
    not_started: int = Field(description="Open, not started, not overdue")
    in_progress: int = Field(description="Open, started or without a deadline, not overdue")
    average_percent: float
    completion_rate: float


class UpcomingDeadline(BaseModel):
    task_id: uuid.UUID
    title: str
    due_date: dt.date
    status: TaskStatus
    lead_unit_id: uuid.UUID | None


class UpcomingMilestone(BaseModel):
    id: uuid.UUID
    title: str
    kind: str
    status: str
    precision: str | None
    range_start: dt.date
    range_end: dt.date


class Upcoming(BaseModel):
    until: dt.date
    deadlines: list[UpcomingDeadline]
    milestones: list[UpcomingMilestone]


class Dashboard(BaseModel):
    plan_id: uuid.UUID
    today: dt.date
    timezone: str = Field(description="The IANA zone whose calendar day `today` is (the plan's)")
    tasks_total: int
    tasks_by_status: dict[str, int]
    assignments_by_status: dict[str, int]
    deadlines: DeadlineStanding
    units: list[UnitScore]
    phases: list[PhaseCompletion]
    next_14_days: Upcoming


class FeedToken(BaseModel):
    """A calendar-feed token: shown once. Rotating it cuts off the old one at once."""

    token: str
    url_template: str = Field(description="Replace {plan_id}; add &unit_id=… for one unit's deadlines")
    url: str | None = Field(description="The feed of the plan given as plan_id, if any")
