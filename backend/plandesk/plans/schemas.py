from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StringConstraints,
    model_validator,
)

from plandesk.core.bounds import Int64, SafeDate
from plandesk.core.concurrency import ETagged
from plandesk.core.localtime import check_zone_name
from plandesk.core.text import NameText, StorableText
from plandesk.plans.schedule import DateRef, Precision

Strict = ConfigDict(extra="forbid")

PlanStatus = Literal["draft", "active", "completed", "archived"]
MilestoneKind = Literal["event", "deadline", "review"]
MilestoneStatus = Literal["planned", "done", "moved"]

Line = Annotated[StorableText, StringConstraints(min_length=1, max_length=5000)]
Lines = Annotated[list[Line], Field(max_length=200)]
Title = Annotated[NameText, StringConstraints(min_length=1, max_length=1000)]
Label = Annotated[NameText, StringConstraints(min_length=1, max_length=32)]
TimeZoneName = Annotated[
    StorableText,
    StringConstraints(min_length=1, max_length=64),
    AfterValidator(check_zone_name),
    Field(
        description="IANA time zone where the plan is issued; its deadlines end at midnight there "
        "(null: the deployment's PLANDESK_TIMEZONE)",
        examples=["Asia/Ho_Chi_Minh", "Europe/Paris"],
    ),
]
EffectiveZone = Annotated[
    str, Field(description="The zone the plan's dates are reckoned in: its own, else the deployment's")
]


class LegalBasis(BaseModel):
    """A document the plan is based on ("Chỉ thị số 35-CT/TW, ngày 30/5/2019")."""

    model_config = Strict
    reference: StorableText = Field(min_length=1, max_length=200)
    date: SafeDate | None = None
    title: StorableText = Field(default="", max_length=2000)


# --- plans ---------------------------------------------------------------------


class PlanCreate(BaseModel):
    model_config = Strict
    code: NameText = Field(min_length=1, max_length=80, examples=["148-KH/TU"])
    title: Title
    issuing_body: StorableText | None = Field(default=None, max_length=300)
    place: StorableText | None = Field(default=None, max_length=200)
    issued_on: SafeDate | None = None
    signer_name: StorableText | None = Field(default=None, max_length=200)
    signer_title: StorableText | None = Field(default=None, max_length=200)
    legal_bases: list[LegalBasis] = Field(default_factory=list, max_length=100)
    purposes: Lines = Field(default_factory=list)
    requirements: Lines = Field(default_factory=list)
    recipients: Lines = Field(default_factory=list)
    status: PlanStatus = "draft"
    published: StrictBool = False
    timezone: TimeZoneName | None = None


class PlanUpdate(BaseModel):
    model_config = Strict
    code: NameText | None = Field(default=None, min_length=1, max_length=80)
    title: Title | None = None
    issuing_body: StorableText | None = Field(default=None, max_length=300)
    place: StorableText | None = Field(default=None, max_length=200)
    issued_on: SafeDate | None = None
    signer_name: StorableText | None = Field(default=None, max_length=200)
    signer_title: StorableText | None = Field(default=None, max_length=200)
    legal_bases: list[LegalBasis] | None = Field(default=None, max_length=100)
    purposes: Lines | None = None
    requirements: Lines | None = None
    recipients: Lines | None = None
    status: PlanStatus | None = None
    published: StrictBool | None = None
    timezone: TimeZoneName | None = None


class PlanOut(ETagged):
    id: uuid.UUID
    code: str
    title: str
    issuing_body: str | None
    place: str | None
    issued_on: dt.date | None
    signer_name: str | None
    signer_title: str | None
    legal_bases: list[LegalBasis]
    purposes: list[str]
    requirements: list[str]
    recipients: list[str]
    status: PlanStatus
    published: bool
    timezone: str | None
    effective_timezone: EffectiveZone
    created_at: dt.datetime
    updated_at: dt.datetime


class PlanListItem(ETagged):
    id: uuid.UUID
    code: str
    title: str
    issuing_body: str | None
    issued_on: dt.date | None
    status: PlanStatus
    published: bool
    created_at: dt.datetime


# --- milestones ------------------------------------------------------------------


class MilestoneCreate(BaseModel):
    """A milestone; ``date`` with a ``precision`` ("month": any day of that month)."""

    model_config = Strict
    title: Title
    description: StorableText | None = Field(default=None, max_length=5000)
    kind: MilestoneKind = "event"
    date: SafeDate | None = None
    precision: Precision | None = None
    status: MilestoneStatus = "planned"

    @model_validator(mode="after")
    def _precision_needs_date(self) -> MilestoneCreate:
        if self.date is not None and self.precision is None:
            self.precision = "day"
        if self.date is None and self.precision is not None:
            raise ValueError("precision given without a date")
        return self


class MilestoneUpdate(BaseModel):
    model_config = Strict
    title: Title | None = None
    description: StorableText | None = Field(default=None, max_length=5000)
    kind: MilestoneKind | None = None
    date: SafeDate | None = None
    precision: Precision | None = None
    status: MilestoneStatus | None = None


class MilestoneMove(BaseModel):
    """A new date for the milestone; ``precision`` defaults to its current one."""

    model_config = Strict
    date: SafeDate
    precision: Precision | None = None


class MilestoneOut(ETagged):
    id: uuid.UUID
    plan_id: uuid.UUID
    title: str
    description: str | None
    kind: MilestoneKind
    date: dt.date | None
    precision: Precision | None
    range_start: dt.date | None
    range_end: dt.date | None
    status: MilestoneStatus


class DateChange(BaseModel):
    before: dt.date | None
    after: dt.date | None


class PhaseImpact(BaseModel):
    id: uuid.UUID
    label: str
    title: str
    start_date: DateChange
    end_date: DateChange


class TaskImpact(BaseModel):
    id: uuid.UUID
    title: str
    due_date: DateChange
    unit_ids: list[uuid.UUID]


class UnitImpact(BaseModel):
    unit_id: uuid.UUID
    name: str | None
    task_count: int


class WindowConflict(BaseModel):
    phase_id: uuid.UUID
    label: str
    title: str
    start_date: dt.date | None
    end_date: dt.date | None
    message: str


class MilestoneImpact(BaseModel):
    """What moving a milestone would change (nothing is changed by previewing)."""

    milestone_id: uuid.UUID
    range_start: DateChange
    range_end: DateChange
    phases: list[PhaseImpact]
    tasks: list[TaskImpact]
    units: list[UnitImpact]
    conflicts: list[WindowConflict]


# --- phases ----------------------------------------------------------------------


class PhaseCreate(BaseModel):
    model_config = Strict
    label: Label = Field(examples=["I", "3.1"])
    title: Title
    parent_id: uuid.UUID | None = None
    position: Int64 | None = Field(default=None, ge=0, le=10_000, description="Default: after its siblings")
    topics: Lines = Field(default_factory=list)
    start: DateRef | None = None
    end: DateRef | None = None


class PhaseUpdate(BaseModel):
    model_config = Strict
    label: Label | None = None
    title: Title | None = None
    parent_id: uuid.UUID | None = None
    position: Int64 | None = Field(default=None, ge=0, le=10_000)
    topics: Lines | None = None
    start: DateRef | None = None
    end: DateRef | None = None


class PhaseOut(ETagged):
    id: uuid.UUID
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


# --- channels --------------------------------------------------------------------


class ChannelCreate(BaseModel):
    model_config = Strict
    label: Label
    title: Title
    position: Int64 | None = Field(default=None, ge=0, le=10_000)
    items: Lines = Field(default_factory=list)


class ChannelUpdate(BaseModel):
    model_config = Strict
    label: Label | None = None
    title: Title | None = None
    position: Int64 | None = Field(default=None, ge=0, le=10_000)
    items: Lines | None = None


class ChannelOut(ETagged):
    id: uuid.UUID
    plan_id: uuid.UUID
    label: str
    position: int
    title: str
    items: list[str]


# --- public summary --------------------------------------------------------------


class PublicMilestone(BaseModel):
    id: uuid.UUID
    title: str
    kind: MilestoneKind
    date: dt.date | None
    precision: Precision | None
    range_start: dt.date | None
    range_end: dt.date | None
    status: MilestoneStatus


class PublicPhase(BaseModel):
    id: uuid.UUID
    label: str
    title: str
    topics: list[str]
    start_date: dt.date | None
    end_date: dt.date | None
    sub_phases: list[PublicPhase]


class PublicChannel(BaseModel):
    label: str
    title: str
    items: list[str]


class PublicPlan(BaseModel):
    """What anyone may read of a published plan: no tasks, no progress."""

    id: uuid.UUID
    code: str
    title: str
    issuing_body: str | None
    place: str | None
    issued_on: dt.date | None
    status: PlanStatus
    timezone: EffectiveZone
    purposes: list[str]
    requirements: list[str]
    phases: list[PublicPhase]
    channels: list[PublicChannel]
    milestones: list[PublicMilestone]
