"""The feed's response: changed objects (a union tagged by ``object``) and deleted ids."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field

from plandesk.plans.schedule import DateRef, Precision
from plandesk.plans.schemas import MilestoneKind, MilestoneStatus, PlanStatus
from plandesk.tasks.schemas import AssignmentBrief, AssignmentStatus, Role, TaskStatus

_ETAG = Field(description="The ETag GET of this object answers: send it as If-Match to change it")


class SyncPlan(BaseModel):
    """A plan's header."""

    object: Literal["plan"]
    id: uuid.UUID
    etag: str = _ETAG
    code: str
    title: str
    issuing_body: str | None
    issued_on: dt.date | None
    status: PlanStatus
    published: bool
    timezone: str | None = Field(description="The plan's zone (null: the server's default)")
    updated_at: dt.datetime


class SyncMilestone(BaseModel):
    object: Literal["milestone"]
    id: uuid.UUID
    etag: str = _ETAG
    plan_id: uuid.UUID
    title: str
    description: str | None
    kind: MilestoneKind
    date: dt.date | None
    precision: Precision | None
    range_start: dt.date | None
    range_end: dt.date | None
    status: MilestoneStatus
    updated_at: dt.datetime


class SyncPhase(BaseModel):
    object: Literal["phase"]
    id: uuid.UUID
    etag: str = _ETAG
    plan_id: uuid.UUID
    parent_id: uuid.UUID | None
    label: str
    position: int
    title: str
    topics: list[str]
    start: DateRef | None
    end: DateRef | None
    start_date: dt.date | None
    end_date: dt.date | None
    updated_at: dt.datetime


class SyncChannel(BaseModel):
    object: Literal["channel"]
    id: uuid.UUID
    etag: str = _ETAG
    plan_id: uuid.UUID
    label: str
    position: int
    title: str
    items: list[str]
    updated_at: dt.datetime


class SyncTask(BaseModel):
    object: Literal["task"]
    id: uuid.UUID
    etag: str = _ETAG
    plan_id: uuid.UUID
    phase_id: uuid.UUID | None
    source_section: str | None
    title: str
    body: str
    lead_unit_id: uuid.UUID | None = Field(description="Null when the task is addressed to a unit group")
    due: DateRef | None
    due_date: dt.date | None
    status: TaskStatus
    percent: int
    completed_on: dt.date | None
    assignments: list[AssignmentBrief] = Field(description="Every unit's standing on the task, lead first")
    updated_at: dt.datetime


class SyncAssignment(BaseModel):
    object: Literal["assignment"]
    id: uuid.UUID
    etag: str = _ETAG
    task_id: uuid.UUID
    plan_id: uuid.UUID
    unit_id: uuid.UUID
    role: Role
    due_date: dt.date | None
    status: AssignmentStatus
    percent: int
    completed_at: dt.datetime | None
    completed_on: dt.date | None
    last_update_at: dt.datetime | None
    updated_at: dt.datetime


SyncItem = Annotated[
    SyncPlan | SyncMilestone | SyncPhase | SyncChannel | SyncTask | SyncAssignment,
    Field(discriminator="object"),
]


class SyncDeleted(BaseModel):
    """An object deleted since the token, or that left the caller's scope: drop it (and,
    for a plan or a task, what hangs on it)."""

    object: str = Field(description="plan, milestone, phase, channel, task, assignment, …")
    id: uuid.UUID


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
