from __future__ import annotations

import datetime as dt
import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from plandesk.core.bounds import Int64
from plandesk.core.concurrency import ETagged
from plandesk.core.text import NameText, StorableText
from plandesk.plans.schedule import DateRef

Strict = ConfigDict(use_attribute_docstrings=True, extra="forbid")

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
    """What the unit must do, as the plan words it ("Mở chuyên trang, chuyên mục tuyên truyền đại hội"),
    1–1000 characters."""
    body: StorableText = Field(default="", max_length=20_000)
    """The task's full text from the plan, with its details and conditions; empty when the title says it
    all. At most 20,000 characters."""
    source_section: StorableText | None = Field(default=None, max_length=32, examples=["IV.1"])
    """Where the task stands in the plan document ("IV.1": section IV, item 1), to find it in the
    original; at most 32 characters."""
    phase_id: uuid.UUID | None = None
    """The phase (of the same plan) the task belongs to; null when it runs across phases."""
    lead_unit_id: uuid.UUID | None = Field(default=None, description="Required unless lead_group_id is given")
    lead_group_id: uuid.UUID | None = Field(
        default=None,
        description="The unit group the task is addressed to (instead of a lead unit): "
        "each member unit gets its own assignment, role `member`",
    )
    supporting_unit_ids: list[uuid.UUID] = Field(default_factory=list, max_length=500)
    """Units that support the lead (phối hợp), each with its own `support` assignment; at most 500."""
    supporting_group_ids: list[uuid.UUID] = Field(default_factory=list, max_length=100)
    """Unit groups whose active member units all support the task, each with a `support` assignment; at
    most 100."""
    due: DateRef | None = None
    """The deadline ("tiến độ: xong trước 15/4/2025"): a fixed date, or a milestone side plus offset
    days so it follows the milestone when it moves. Null: no deadline."""
    channel_ids: list[uuid.UUID] = Field(default_factory=list, max_length=100)
    """The plan's channels (forms of communication) the task uses; at most 100."""


class TaskUpdate(BaseModel):
    """Fields to change. Sending ``supporting_unit_ids`` and/or ``supporting_group_ids``
    replaces the supporting units; assignments of units no longer named are removed."""

    model_config = Strict
    title: NameText | None = Field(default=None, min_length=1, max_length=1000)
    """What the unit must do, as the plan words it ("Mở chuyên trang, chuyên mục tuyên truyền đại hội"),
    1–1000 characters."""
    body: StorableText | None = Field(default=None, max_length=20_000)
    """The task's full text from the plan, with its details and conditions; empty when the title says it
    all. At most 20,000 characters."""
    source_section: StorableText | None = Field(default=None, max_length=32)
    """Where the task stands in the plan document ("IV.1": section IV, item 1), to find it in the
    original; at most 32 characters."""
    phase_id: uuid.UUID | None = None
    """The phase (of the same plan) the task belongs to; null when it runs across phases."""
    lead_unit_id: uuid.UUID | None = None
    """Give the task a new lead unit: its assignment becomes `lead`, the former lead's is removed with
    its history. Only for tasks with a lead unit."""
    supporting_unit_ids: list[uuid.UUID] | None = Field(default=None, max_length=500)
    """Units that support the lead (phối hợp), each with its own `support` assignment; at most 500."""
    supporting_group_ids: list[uuid.UUID] | None = Field(default=None, max_length=100)
    """Unit groups whose active member units all support the task, each with a `support` assignment; at
    most 100."""
    due: DateRef | None = None
    """The deadline ("tiến độ: xong trước 15/4/2025"): a fixed date, or a milestone side plus offset
    days so it follows the milestone when it moves. Null: no deadline."""
    channel_ids: list[uuid.UUID] | None = Field(default=None, max_length=100)
    """The plan's channels (forms of communication) the task uses; at most 100."""


class AssignmentOut(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    id: uuid.UUID
    """The assignment's id (UUID)."""
    task_id: uuid.UUID
    """The task the assignment is part of."""
    unit_id: uuid.UUID
    """The unit that owes this share of the task."""
    role: Role
    """The unit's part in the task: `lead` (chủ trì: answers for the task), `support` (phối hợp: helps
    the lead) or `member` (a member unit of the group the task is addressed to, owning its own
    share)."""
    status: AssignmentStatus
    """The unit's standing on the task: `not_started` (nothing reported yet), `in_progress` (work under
    way), `done` (finished; counts as on time when done by the due date), `blocked` (cannot go on:
    the note says why) or `cancelled` (no longer required; left out of every count)."""
    percent: int
    """How far the unit is, 0–100, as last reported."""
    completed_at: dt.datetime | None
    """When the assignment was set to `done` (UTC); null while it is not done."""
    last_update_at: dt.datetime | None
    """When the unit last reported progress or changed the status (UTC); null if never."""
    etag: str = Field(description="Send as If-Match to PATCH this assignment")


class AssignmentBrief(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    unit_id: uuid.UUID
    """The unit that owes this share of the task."""
    role: Role
    """The unit's part in the task: `lead` (chủ trì: answers for the task), `support` (phối hợp: helps
    the lead) or `member` (a member unit of the group the task is addressed to, owning its own
    share)."""
    status: AssignmentStatus
    """The unit's standing on the task: `not_started` (nothing reported yet), `in_progress` (work under
    way), `done` (finished; counts as on time when done by the due date), `blocked` (cannot go on:
    the note says why) or `cancelled` (no longer required; left out of every count)."""
    percent: int
    """How far the unit is, 0–100, as last reported."""


class TaskOut(ETagged):
    model_config = ConfigDict(use_attribute_docstrings=True)
    id: uuid.UUID
    """The task's id (UUID)."""
    plan_id: uuid.UUID
    """The plan the task belongs to."""
    phase_id: uuid.UUID | None
    """The phase (of the same plan) the task belongs to; null when it runs across phases."""
    source_section: str | None
    """Where the task stands in the plan document ("IV.1": section IV, item 1), to find it in the
    original; at most 32 characters."""
    title: str
    """What the unit must do, as the plan words it ("Mở chuyên trang, chuyên mục tuyên truyền đại hội"),
    1–1000 characters."""
    body: str
    """The task's full text from the plan, with its details and conditions; empty when the title says it
    all. At most 20,000 characters."""
    lead_unit_id: uuid.UUID | None = Field(description="Null when the task is addressed to a unit group")
    lead_group_id: uuid.UUID | None
    """The unit group the task is addressed to (each member unit has a `member` assignment); null when
    it has a lead unit."""
    supporting_group_ids: list[uuid.UUID]
    """Unit groups whose active member units all support the task, each with a `support` assignment; at
    most 100."""
    awaiting_members: bool = Field(
        description="Addressed to a unit group that has no member units yet: choose them; "
        "meanwhile the task is not counted late"
    )
    supporting_unit_ids: list[uuid.UUID]
    """Units that support the lead (phối hợp), each with its own `support` assignment; at most 500."""
    due: DateRef | None
    """The deadline ("tiến độ: xong trước 15/4/2025"): a fixed date, or a milestone side plus offset
    days so it follows the milestone when it moves. Null: no deadline."""
    due_date: dt.date | None
    """The deadline resolved to a calendar date in the plan's time zone (due at the end of that day);
    null without a deadline."""
    status: TaskStatus
    """Derived from the assignments, never set directly: `not_started` (nothing reported yet),
    `in_progress` (work under way), `done` (finished; counts as on time when done by the due date),
    `blocked` (cannot go on: the note says why) or `cancelled` (no longer required; left out of every
    count). `done` when every assignment not cancelled is done."""
    percent: int
    """Progress of the whole task, 0–100: the average of its assignments' percents (cancelled ones left
    out)."""
    overdue: bool
    """True when the deadline has passed (end of the local due day) and the task is not done or
    cancelled."""
    completed_on: dt.date | None
    """The local date the last assignment was done, when the task is done; null otherwise."""
    channel_ids: list[uuid.UUID]
    """The plan's channels (forms of communication) the task uses; at most 100."""
    assignments: list[AssignmentOut]
    """One assignment per unit (lead, supporting or member unit), each with its own status and percent."""
    created_at: dt.datetime
    """When the task was created (UTC)."""
    updated_at: dt.datetime
    """When the task's own fields last changed (UTC); progress on assignments does not count."""


class TaskListItem(ETagged):
    model_config = ConfigDict(use_attribute_docstrings=True)
    id: uuid.UUID
    """The task's id (UUID)."""
    plan_id: uuid.UUID
    """The plan the task belongs to."""
    phase_id: uuid.UUID | None
    """The phase (of the same plan) the task belongs to; null when it runs across phases."""
    source_section: str | None
    """Where the task stands in the plan document ("IV.1": section IV, item 1), to find it in the
    original; at most 32 characters."""
    title: str
    """What the unit must do, as the plan words it ("Mở chuyên trang, chuyên mục tuyên truyền đại hội"),
    1–1000 characters."""
    lead_unit_id: uuid.UUID | None
    """The unit that leads the task (chủ trì); null when it is addressed to a unit group."""
    lead_group_id: uuid.UUID | None
    """The unit group the task is addressed to, instead of a lead unit; null when it has a lead unit."""
    awaiting_members: bool
    """True when the task is addressed to a unit group with no member units yet; it is not counted late
    meanwhile."""
    due_date: dt.date | None
    """The deadline resolved to a calendar date in the plan's time zone (due at the end of that day);
    null without a deadline."""
    status: TaskStatus
    """Derived from the assignments, never set directly: `not_started` (nothing reported yet),
    `in_progress` (work under way), `done` (finished; counts as on time when done by the due date),
    `blocked` (cannot go on: the note says why) or `cancelled` (no longer required; left out of every
    count). `done` when every assignment not cancelled is done."""
    percent: int
    """Progress of the whole task, 0–100: the average of its assignments' percents (cancelled ones left
    out)."""
    overdue: bool
    """True when the deadline has passed (end of the local due day) and the task is not done or
    cancelled."""
    completed_on: dt.date | None
    """The local date the last assignment was done, when the task is done; null otherwise."""
    assignments: list[AssignmentBrief]
    """Each unit's role, status and percent on the task, in short."""
    created_at: dt.datetime
    """When the task was created (UTC)."""


class TaskPage(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    items: list[TaskListItem]
    """The page's tasks, in the order asked for with `sort`."""
    next_cursor: str | None
    """Pass as `cursor` to get the next page; null on the last page."""


class AssignmentUpdate(BaseModel):
    model_config = Strict
    status: AssignmentStatus | None = None
    """The new status: `not_started` (nothing reported yet), `in_progress` (work under way), `done`
    (finished; counts as on time when done by the due date), `blocked` (cannot go on: the note says
    why) or `cancelled` (no longer required; left out of every count). Null leaves it as is; give a
    status or a percent."""
    percent: Int64 | None = Field(default=None, ge=0, le=100)
    """The new percent done, 0–100; null leaves it as is."""

    @model_validator(mode="after")
    def _something(self) -> AssignmentUpdate:
        if self.status is None and self.percent is None:
            raise ValueError("give a status or a percent")
        return self


class ProgressCreate(BaseModel):
    """A progress report. ``unit_id`` defaults to the caller's own unit."""

    model_config = Strict
    unit_id: uuid.UUID | None = None
    """Whose assignment the report is about; defaults to the caller's unit. Coordinators and admins may
    report for any unit, unit officers only for their own."""
    status: AssignmentStatus | None = None
    """The assignment's new status, if it changes: `not_started` (nothing reported yet), `in_progress`
    (work under way), `done` (finished; counts as on time when done by the due date), `blocked`
    (cannot go on: the note says why) or `cancelled` (no longer required; left out of every count)."""
    percent: Int64 | None = Field(default=None, ge=0, le=100)
    """The new percent done, 0–100, if it changes."""
    note: StorableText | None = Field(default=None, min_length=1, max_length=4000)
    """What was done, or why it is blocked, in the officer's words; 1–4000 characters. A report needs a
    status, a percent or a note."""

    @model_validator(mode="after")
    def _something(self) -> ProgressCreate:
        if self.status is None and self.percent is None and self.note is None:
            raise ValueError("give a status, a percent or a note")
        return self


class ProgressOut(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    id: uuid.UUID
    """The progress update's id (UUID); updates are never changed or deleted."""
    task_id: uuid.UUID
    """The task the assignment is part of."""
    unit_id: uuid.UUID
    """The unit whose assignment this is about."""
    status: AssignmentStatus
    """The assignment's status after this update."""
    percent: int
    """The assignment's percent after this update, 0–100."""
    note: str | None
    """The note sent with the update; null when none."""
    author: str
    """Who wrote it: a user's id, or `service:<id>` for a service account."""
    created_at: dt.datetime
    """When it was recorded (UTC)."""
    assignment: AssignmentOut
    """The assignment as it stands after the update, with its new ETag."""


class UrgeCreate(BaseModel):
    model_config = Strict
    message: StorableText = Field(min_length=1, max_length=2000)
    """The reminder to the unit ("Đề nghị khẩn trương hoàn thành, báo cáo trước 15/4"), 1–2000
    characters; the unit's officers are notified."""


class UrgeOut(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    id: uuid.UUID
    """The urge's id (UUID)."""
    task_id: uuid.UUID
    """The task the assignment is part of."""
    unit_id: uuid.UUID
    """The unit whose assignment this is about."""
    message: str
    """The reminder sent to the unit."""
    author: str
    """Who wrote it: a user's id, or `service:<id>` for a service account."""
    created_at: dt.datetime
    """When it was recorded (UTC)."""


class HistoryEntry(BaseModel):
    """A progress update (``kind="update"``) or an urge (``kind="urge"``)."""

    model_config = ConfigDict(use_attribute_docstrings=True)

    kind: Literal["update", "urge"]
    """`update` for a progress update by the unit, `urge` for a coordinator's reminder."""
    id: uuid.UUID
    """The update's or urge's id."""
    at: dt.datetime
    """When it was recorded (UTC)."""
    author: str
    """Who wrote it: a user's id, or `service:<id>` for a service account."""
    author_name: str | None = Field(
        default=None, description="The author's full name (or service account's name); null if unknown"
    )
    status: AssignmentStatus | None = None
    """For an update: the status it set; null for an urge."""
    percent: int | None = None
    """For an update: the percent it set; null for an urge."""
    note: str | None = None
    """For an update: its note, if any; null for an urge."""
    message: str | None = None
    """For an urge: the reminder text; null for an update."""


class MyAssignment(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    id: uuid.UUID
    """The assignment's id (UUID)."""
    task_id: uuid.UUID
    """The task the assignment is part of."""
    plan_id: uuid.UUID
    """The plan the task belongs to."""
    phase_id: uuid.UUID | None
    """The task's phase, if it has one."""
    unit_id: uuid.UUID
    """The unit that owes this share of the task."""
    title: str
    """The task's title."""
    role: Role
    """The unit's part in the task: `lead` (chủ trì: answers for the task), `support` (phối hợp: helps
    the lead) or `member` (a member unit of the group the task is addressed to, owning its own
    share)."""
    status: AssignmentStatus
    """The unit's standing on the task: `not_started` (nothing reported yet), `in_progress` (work under
    way), `done` (finished; counts as on time when done by the due date), `blocked` (cannot go on:
    the note says why) or `cancelled` (no longer required; left out of every count)."""
    percent: int
    """How far the unit is, 0–100, as last reported."""
    due_date: dt.date | None
    """The task's resolved deadline; null without one."""
    overdue: bool
    """True when the deadline has passed and the assignment is neither done nor cancelled."""
    completed_at: dt.datetime | None
    """When the assignment was set to `done` (UTC); null while it is not done."""
    etag: str
    """The assignment's ETag: send it as If-Match to PATCH /tasks/{task_id}/assignments/{unit_id}."""


class MyAssignmentPage(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    items: list[MyAssignment]
    """The page's assignments, overdue first, then by due date."""
    next_cursor: str | None
    """Pass as `cursor` to get the next page; null on the last page."""


# --- dashboard ---------------------------------------------------------------------


class OverdueBuckets(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    days_1_7: int
    """Overdue tasks 1 to 7 days past their deadline."""
    days_8_30: int
    """Overdue tasks 8 to 30 days past their deadline."""
    days_over_30: int
    """Overdue tasks more than 30 days past their deadline."""


class DeadlineStanding(BaseModel):
    """Tasks by deadline standing, as agencies report it (cancelled tasks left out).

    ``done_on_time + done_late + in_progress_within_deadline + not_started + overdue
    + no_deadline == counted``: each task not cancelled is in exactly one of them, the
    same one the task list's ``standing`` filter puts it in.
    """

    model_config = ConfigDict(use_attribute_docstrings=True)

    counted: int = Field(description="Tasks not cancelled: the sum of the six standings")
    with_deadline: int
    """Counted tasks that have a deadline."""
    without_deadline: int
    """Counted tasks that have no deadline (done or not)."""
    done_on_time: int
    """Done by the end of their due day."""
    done_late: int
    """Done after their due day."""
    in_progress_within_deadline: int = Field(description="Started (or blocked), deadline today or later")
    not_started: int = Field(description="Not started, deadline today or later")
    overdue: int
    """Still open after their due day."""
    no_deadline: int = Field(description="Still open, no due date")
    overdue_by_days: OverdueBuckets
    """The overdue tasks by how late they are."""
    due_within_7_days: int
    """Open tasks due today or in the next 7 days."""


class UnitScore(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    unit_id: uuid.UUID
    """The unit."""
    name: str | None
    """The unit's name ("Ban Tuyên giáo Tỉnh ủy"); null if the unit was deleted."""
    short_name: str | None
    """The unit's short name ("BTG"), if it has one."""
    assignments: int
    """All the unit's assignments in the plan, cancelled ones included."""
    lead: int
    """Of which the unit leads (role `lead`)."""
    done: int
    """Assignments done."""
    done_on_time: int
    """Done by the task's due day."""
    done_late: int
    """Done after the task's due day."""
    overdue: int
    """Open assignments whose task is past its deadline."""
    open: int
    """Assignments neither done nor cancelled."""
    not_started: int = Field(description="Open, not started, not overdue")
    in_progress: int = Field(description="Open, started or blocked or without a deadline, not overdue")
    counted: int = Field(description="Assignments not cancelled: done + overdue + not_started + in_progress")
    average_percent: float
    """Average percent done over the counted assignments (0–100)."""
    completion_rate: float
    """Done ÷ counted assignments, from 0 to 1."""


class PhaseCompletion(BaseModel):
    """A phase's tasks (a top-level phase counts its sub-phases' too); ``phase_id`` null: no phase."""

    model_config = ConfigDict(use_attribute_docstrings=True)

    phase_id: uuid.UUID | None
    """The phase; null for the tasks that have no phase."""
    parent_id: uuid.UUID | None
    """The phase's parent, for a sub-phase; null otherwise."""
    label: str | None
    """The phase's label ("I", "3.1"); null for tasks without a phase."""
    title: str | None
    """The phase's title; null for tasks without a phase."""
    tasks: int
    """Tasks in the phase (and its sub-phases), cancelled ones left out."""
    done: int
    """Of which done."""
    overdue: int
    """Of which open past their deadline."""
    not_started: int = Field(description="Open, not started, not overdue")
    in_progress: int = Field(description="Open, started or without a deadline, not overdue")
    average_percent: float
    """Average percent done over the counted assignments (0–100)."""
    completion_rate: float
    """Done ÷ tasks, from 0 to 1."""


class UpcomingDeadline(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    task_id: uuid.UUID
    """The task."""
    title: str
    """The task's title."""
    due_date: dt.date
    """Its deadline, within the next 14 days."""
    status: TaskStatus
    """The task's derived status."""
    lead_unit_id: uuid.UUID | None
    """The lead unit; null for a task addressed to a unit group."""


class UpcomingMilestone(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    id: uuid.UUID
    """The milestone."""
    title: str
    """The milestone's title."""
    kind: str
    """`event`, `deadline` or `review`."""
    status: str
    """`planned`, `done` or `moved`."""
    precision: str | None
    """How precisely its date is known (`day`, `month`, `quarter`, `year`)."""
    range_start: dt.date
    """First day of the milestone's range."""
    range_end: dt.date
    """Last day of the milestone's range."""


class Upcoming(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    until: dt.date
    """The last day covered (today + 14, local)."""
    deadlines: list[UpcomingDeadline]
    """Open tasks due from today to `until`, by date."""
    milestones: list[UpcomingMilestone]
    """Milestones whose range overlaps today to `until`."""


class Dashboard(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    plan_id: uuid.UUID
    """The plan."""
    today: dt.date
    """Today's date in the plan's time zone: the day overdue and due-soon are reckoned from."""
    timezone: str = Field(description="The IANA zone whose calendar day `today` is (the plan's)")
    tasks_total: int
    """All the plan's tasks, cancelled ones included."""
    tasks_by_status: dict[str, int]
    """Number of tasks per derived status (`not_started`, `in_progress`, `done`, `blocked`,
    `cancelled`); statuses with none are 0."""
    assignments_by_status: dict[str, int]
    """Number of assignments per status, as for tasks."""
    deadlines: DeadlineStanding
    """Tasks by deadline standing (on time, late, overdue …)."""
    units: list[UnitScore]
    """One score line per unit with assignments in the plan."""
    phases: list[PhaseCompletion]
    """Completion per phase, in reading order, then the tasks without a phase."""
    next_14_days: Upcoming
    """Deadlines and milestones of the next 14 days."""


class FeedToken(BaseModel):
    """A calendar-feed token: shown once. Rotating it cuts off the old one at once."""

    model_config = ConfigDict(use_attribute_docstrings=True)

    token: str
    """The secret that opens the calendar feed; shown only now, stored hashed. Keep it like a password."""
    url_template: str = Field(description="Replace {plan_id}; add &unit_id=… for one unit's deadlines")
    url: str | None = Field(description="The feed of the plan given as plan_id, if any")
