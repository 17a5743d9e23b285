"""The feed's response: changed objects (a union tagged by ``object``) and deleted ids."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from plandesk.plans.schedule import DateRef, Precision
from plandesk.plans.schemas import MilestoneKind, MilestoneStatus, PlanStatus
from plandesk.tasks.schemas import AssignmentBrief, AssignmentStatus, Role, TaskStatus

_ETAG = Field(description="The ETag GET of this object answers: send it as If-Match to change it")
_DOCS = ConfigDict(use_attribute_docstrings=True)


class SyncPlan(BaseModel):
    """A plan's header."""

    model_config = _DOCS
    object: Literal["plan"]
    """Always `plan`: tells the item's kind (the union's tag)."""
    id: uuid.UUID
    """The plan's id (UUID)."""
    etag: str = _ETAG
    code: str
    """The plan's document number as printed on it ("148-KH/TU")."""
    title: str
    """The plan's title as printed on the document."""
    issuing_body: str | None
    """The body that issued the plan ("Ban Thường vụ Tỉnh ủy"); null when not given."""
    issued_on: dt.date | None
    """The date the plan was signed (ISO date); null when not given."""
    status: PlanStatus
    """The plan's state: `draft`, `active`, `completed` or `archived` (see GET /meta/transitions)."""
    published: bool
    """True once the plan is published to the units that carry it out."""
    timezone: str | None = Field(description="The plan's zone (null: the server's default)")
    updated_at: dt.datetime
    """When the header last changed (UTC, ISO 8601)."""


class SyncMilestone(BaseModel):
    model_config = _DOCS
    object: Literal["milestone"]
    """Always `milestone`: tells the item's kind (the union's tag)."""
    id: uuid.UUID
    """The milestone's id (UUID)."""
    etag: str = _ETAG
    plan_id: uuid.UUID
    """The plan the milestone belongs to."""
    title: str
    """What happens on that date ("Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII")."""
    description: str | None
    """Free text about the milestone; null when none."""
    kind: MilestoneKind
    """What sort of milestone: an `event` (a congress, a conference), a `deadline` or a `review`."""
    date: dt.date | None
    """A date inside the period the milestone is known to (ISO 8601); with precision `month`, any day
    of that month stands for the whole month. Null while not known at all."""
    precision: Precision | None
    """How exactly the date is known: `day`, `month`, `quarter` or `year`; null when there is no date."""
    range_start: dt.date | None
    """First day the milestone can fall on, given its precision; null without a date."""
    range_end: dt.date | None
    """Last day the milestone can fall on, given its precision; null without a date."""
    status: MilestoneStatus
    """Where the milestone stands: `planned`, `moved` or `done`."""
    updated_at: dt.datetime
    """When the milestone last changed (UTC, ISO 8601)."""


class SyncPhase(BaseModel):
    model_config = _DOCS
    object: Literal["phase"]
    """Always `phase`: tells the item's kind (the union's tag)."""
    id: uuid.UUID
    """The phase's id (UUID)."""
    etag: str = _ETAG
    plan_id: uuid.UUID
    """The plan the phase belongs to."""
    parent_id: uuid.UUID | None
    """The phase this one is a sub-phase of; null for a top-level phase."""
    label: str
    """The phase's label in the document ("I", "II", "1")."""
    position: int
    """The phase's order among its siblings (0 first)."""
    title: str
    """The phase's title as printed in the plan."""
    topics: list[str]
    """The propaganda topics listed for the phase, one string each."""
    start: DateRef | None
    """When the phase starts: a fixed date or a date relative to a milestone; null when open."""
    end: DateRef | None
    """When the phase ends: a fixed date or a date relative to a milestone; null when open."""
    start_date: dt.date | None
    """`start` resolved to a calendar date with the current milestone dates; null when unknown."""
    end_date: dt.date | None
    """`end` resolved to a calendar date with the current milestone dates; null when unknown."""
    updated_at: dt.datetime
    """When the phase last changed (UTC, ISO 8601)."""


class SyncChannel(BaseModel):
    model_config = _DOCS
    object: Literal["channel"]
    """Always `channel`: tells the item's kind (the union's tag)."""
    id: uuid.UUID
    """The channel's id (UUID)."""
    etag: str = _ETAG
    plan_id: uuid.UUID
    """The plan the channel belongs to."""
    label: str
    """The channel's label in the document ("1", "a")."""
    position: int
    """The channel's order in the plan (0 first)."""
    title: str
    """The channel's title ("Tuyên truyền trên báo chí")."""
    items: list[str]
    """The channel's items as printed, one string each."""
    updated_at: dt.datetime
    """When the channel last changed (UTC, ISO 8601)."""


class SyncTask(BaseModel):
    model_config = _DOCS
    object: Literal["task"]
    """Always `task`: tells the item's kind (the union's tag)."""
    id: uuid.UUID
    """The task's id (UUID)."""
    etag: str = _ETAG
    plan_id: uuid.UUID
    """The plan the task belongs to."""
    phase_id: uuid.UUID | None
    """The phase the task is carried out in; null when not tied to a phase."""
    source_section: str | None
    """Where the task stands in the source document ("III.2"); null when created by hand."""
    title: str
    """The task's title."""
    body: str
    """The task's full text as written in the plan (may be empty)."""
    lead_unit_id: uuid.UUID | None = Field(description="Null when the task is addressed to a unit group")
    due: DateRef | None
    """The deadline: a fixed date or a date relative to a milestone; null when none."""
    due_date: dt.date | None
    """`due` resolved to a calendar date with the current milestone dates; null when none."""
    status: TaskStatus
    """Where the task stands as a whole: `not_started`, `in_progress`, `done`, `blocked` or `cancelled`."""
    percent: int
    """Overall progress, 0–100."""
    completed_on: dt.date | None
    """The day the task was completed (in the plan's zone); null until done."""
    assignments: list[AssignmentBrief] = Field(description="Every unit's standing on the task, lead first")
    updated_at: dt.datetime
    """When the task last changed (UTC, ISO 8601)."""


class SyncAssignment(BaseModel):
    model_config = _DOCS
    object: Literal["assignment"]
    """Always `assignment`: tells the item's kind (the union's tag)."""
    id: uuid.UUID
    """The assignment's id (UUID)."""
    etag: str = _ETAG
    task_id: uuid.UUID
    """The task the assignment is on."""
    plan_id: uuid.UUID
    """The plan of that task."""
    unit_id: uuid.UUID
    """The unit assigned."""
    role: Role
    """The unit's role on the task: `lead`, `support` or `member` (of the unit group addressed)."""
    due_date: dt.date | None
    """The unit's deadline (the task's, unless set for this unit); null when none."""
    status: AssignmentStatus
    """Where this unit stands on the task: `not_started`, `in_progress`, `done`, `blocked` or `cancelled`."""
    percent: int
    """This unit's reported progress, 0–100."""
    completed_at: dt.datetime | None
    """When the unit reported the work done (UTC); null until done."""
    completed_on: dt.date | None
    """`completed_at` as a day in the plan's zone; null until done."""
    last_update_at: dt.datetime | None
    """When the unit last reported progress (UTC); null before the first report."""
    updated_at: dt.datetime
    """When the assignment last changed (UTC, ISO 8601)."""


SyncItem = Annotated[
    SyncPlan | SyncMilestone | SyncPhase | SyncChannel | SyncTask | SyncAssignment,
    Field(discriminator="object"),
]


class SyncDeleted(BaseModel):
    """An object deleted since the token, or that left the caller's scope: drop it (and,
    for a plan or a task, what hangs on it)."""

    model_config = _DOCS

    object: str = Field(description="plan, milestone, phase, channel, task, assignment, …")
    id: uuid.UUID
    """The id of the object to drop."""


class SyncResponse(BaseModel):
    items: list[SyncItem] = Field(
        description="Objects created or changed since the token (all in scope without one), "
        "parents before children within a page; apply each by id, keeping the newest"
    )
    deleted: list[SyncDeleted] = Field(description="Ids to drop")
    next_cursor: str | None = Field(description="More of this sync: call again with cursor=<this>")
    next_since: str | None = Field(
        description="On the last page only: keep it, and send it as since= on your next sync"
    )


def example() -> dict[str, Any]:
    return {
        "items": [
            {
                "object": "milestone",
                "id": "2f1c1d7e-2b0a-4d44-9c55-0d6f3f1a2b10",
                "etag": '"2f1c1d7e2b0a4d449c550d6f3f1a2b10-3"',
                "plan_id": "8a0b7c9d-1e2f-4a3b-8c4d-5e6f7a8b9c0d",
                "title": "Đại hội Đảng bộ tỉnh lần thứ XVII",
                "description": None,
                "kind": "event",
                "date": "2020-10-15",
                "precision": "day",
                "range_start": "2020-10-15",
                "range_end": "2020-10-15",
                "status": "moved",
                "updated_at": "2020-09-01T02:00:00Z",
            }
        ],
        "deleted": [{"object": "task", "id": "6c8e4f0a-9b1d-4c2e-8f3a-7b6d5e4c3b2a"}],
        "next_cursor": None,
        "next_since": "WyJzeW5jLXNpbmNlLzEiLDQyLDE2MDAwMDAwMDAsIjNmYTEiXQ.c2lnbmF0dXJl",
    }
