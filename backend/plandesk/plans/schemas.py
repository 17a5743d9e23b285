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

Strict = ConfigDict(use_attribute_docstrings=True, extra="forbid")

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
    """The document's number and kind as cited in the plan, e.g. "Chỉ thị số 35-CT/TW". 1–200
    characters."""
    date: SafeDate | None = None
    """The date the cited document was issued, when the plan states it (ISO 8601 date); null when
    unknown."""
    title: StorableText = Field(default="", max_length=2000)
    """The cited document's subject as quoted ("về đại hội đảng bộ các cấp …"); empty when the plan
    gives none."""


# --- plans ---------------------------------------------------------------------


class PlanCreate(BaseModel):
    model_config = Strict
    code: NameText = Field(min_length=1, max_length=80, examples=["148-KH/TU"])
    """The plan's document number as printed on it, e.g. "148-KH/TU"; unique among plans, 1–80
    characters."""
    title: Title
    """The plan's title ("Kế hoạch tuyên truyền đại hội đảng bộ các cấp …"), 1–1000 characters."""
    issuing_body: StorableText | None = Field(default=None, max_length=300)
    """The body that issued the plan ("Ban Thường vụ Tỉnh ủy"); null when not stated. At most 300
    characters."""
    place: StorableText | None = Field(default=None, max_length=200)
    """Where the plan was signed, as printed before the date ("Đắk Lắk"); null when not stated."""
    issued_on: SafeDate | None = None
    """The date the plan was issued (ISO 8601 date), e.g. 2025-02-11; null for a draft not yet signed."""
    signer_name: StorableText | None = Field(default=None, max_length=200)
    """Name of the official who signed the plan; null when not known. At most 200 characters."""
    signer_title: StorableText | None = Field(default=None, max_length=200)
    """The signer's position as printed ("Phó Bí thư Thường trực"); null when not known."""
    legal_bases: list[LegalBasis] = Field(default_factory=list, max_length=100)
    """The documents the plan is based on ("Căn cứ …"), in the order the plan cites them; at most 100."""
    purposes: Lines = Field(default_factory=list)
    """The plan's purposes (section "Mục đích"), one paragraph per item, in order; at most 200 items of
    up to 5000 characters."""
    requirements: Lines = Field(default_factory=list)
    """The plan's requirements (section "Yêu cầu"), one paragraph per item, in order; at most 200 items."""
    recipients: Lines = Field(default_factory=list)
    """Who the plan is sent to ("Nơi nhận"), one recipient per item, as printed; at most 200."""
    status: PlanStatus = "draft"
    """Where the plan is in its life: `draft` (being prepared, not yet in force), `active` (being
    carried out: tasks are assigned and reported on), `completed` (closed by its final review),
    `archived` (kept for reference, read-only in practice). Any status may follow any other; each
    change is audited."""
    published: StrictBool = False
    """When true, anyone (no sign-in) may read the plan's public summary at GET
    /api/v1/public/plans/{plan_id}: phases, channels and milestones, never tasks or progress."""
    timezone: TimeZoneName | None = None
    """IANA time zone where the plan is carried out ("Asia/Ho_Chi_Minh"): its day-precision deadlines
    fall due at midnight there. Null: the deployment's PLANDESK_TIMEZONE."""


class PlanUpdate(BaseModel):
    model_config = Strict
    code: NameText | None = Field(default=None, min_length=1, max_length=80)
    """The plan's document number as printed on it, e.g. "148-KH/TU"; unique among plans, 1–80
    characters."""
    title: Title | None = None
    """The plan's title ("Kế hoạch tuyên truyền đại hội đảng bộ các cấp …"), 1–1000 characters."""
    issuing_body: StorableText | None = Field(default=None, max_length=300)
    """The body that issued the plan ("Ban Thường vụ Tỉnh ủy"); null when not stated. At most 300
    characters."""
    place: StorableText | None = Field(default=None, max_length=200)
    """Where the plan was signed, as printed before the date ("Đắk Lắk"); null when not stated."""
    issued_on: SafeDate | None = None
    """The date the plan was issued (ISO 8601 date), e.g. 2025-02-11; null for a draft not yet signed."""
    signer_name: StorableText | None = Field(default=None, max_length=200)
    """Name of the official who signed the plan; null when not known. At most 200 characters."""
    signer_title: StorableText | None = Field(default=None, max_length=200)
    """The signer's position as printed ("Phó Bí thư Thường trực"); null when not known."""
    legal_bases: list[LegalBasis] | None = Field(default=None, max_length=100)
    """The documents the plan is based on ("Căn cứ …"), in the order the plan cites them; at most 100."""
    purposes: Lines | None = None
    """The plan's purposes (section "Mục đích"), one paragraph per item, in order; at most 200 items of
    up to 5000 characters."""
    requirements: Lines | None = None
    """The plan's requirements (section "Yêu cầu"), one paragraph per item, in order; at most 200 items."""
    recipients: Lines | None = None
    """Who the plan is sent to ("Nơi nhận"), one recipient per item, as printed; at most 200."""
    status: PlanStatus | None = None
    """Where the plan is in its life: `draft` (being prepared, not yet in force), `active` (being
    carried out: tasks are assigned and reported on), `completed` (closed by its final review),
    `archived` (kept for reference, read-only in practice). Any status may follow any other; each
    change is audited."""
    published: StrictBool | None = None
    """When true, anyone (no sign-in) may read the plan's public summary at GET
    /api/v1/public/plans/{plan_id}: phases, channels and milestones, never tasks or progress."""
    timezone: TimeZoneName | None = None
    """IANA time zone where the plan is carried out ("Asia/Ho_Chi_Minh"): its day-precision deadlines
    fall due at midnight there. Null: the deployment's PLANDESK_TIMEZONE."""


class PlanOut(ETagged):
    model_config = ConfigDict(use_attribute_docstrings=True)
    id: uuid.UUID
    """The plan's id (UUID)."""
    code: str
    """The plan's document number as printed on it, e.g. "148-KH/TU"; unique among plans, 1–80
    characters."""
    title: str
    """The plan's title ("Kế hoạch tuyên truyền đại hội đảng bộ các cấp …"), 1–1000 characters."""
    issuing_body: str | None
    """The body that issued the plan ("Ban Thường vụ Tỉnh ủy"); null when not stated. At most 300
    characters."""
    place: str | None
    """Where the plan was signed, as printed before the date ("Đắk Lắk"); null when not stated."""
    issued_on: dt.date | None
    """The date the plan was issued (ISO 8601 date), e.g. 2025-02-11; null for a draft not yet signed."""
    signer_name: str | None
    """Name of the official who signed the plan; null when not known. At most 200 characters."""
    signer_title: str | None
    """The signer's position as printed ("Phó Bí thư Thường trực"); null when not known."""
    legal_bases: list[LegalBasis]
    """The documents the plan is based on ("Căn cứ …"), in the order the plan cites them; at most 100."""
    purposes: list[str]
    """The plan's purposes (section "Mục đích"), one paragraph per item, in order; at most 200 items of
    up to 5000 characters."""
    requirements: list[str]
    """The plan's requirements (section "Yêu cầu"), one paragraph per item, in order; at most 200 items."""
    recipients: list[str]
    """Who the plan is sent to ("Nơi nhận"), one recipient per item, as printed; at most 200."""
    status: PlanStatus
    """Where the plan is in its life: `draft` (being prepared, not yet in force), `active` (being
    carried out: tasks are assigned and reported on), `completed` (closed by its final review),
    `archived` (kept for reference, read-only in practice). Any status may follow any other; each
    change is audited."""
    published: bool
    """When true, anyone (no sign-in) may read the plan's public summary at GET
    /api/v1/public/plans/{plan_id}: phases, channels and milestones, never tasks or progress."""
    timezone: str | None
    """The plan's own IANA time zone, or null to use the deployment's PLANDESK_TIMEZONE."""
    effective_timezone: EffectiveZone
    created_at: dt.datetime
    """When the plan was created in PlanDesk (UTC, ISO 8601)."""
    updated_at: dt.datetime
    """When the plan's own fields last changed (UTC, ISO 8601); changes to its phases or tasks do not
    count."""


class PlanListItem(ETagged):
    model_config = ConfigDict(use_attribute_docstrings=True)
    id: uuid.UUID
    """The plan's id (UUID)."""
    code: str
    """The plan's document number as printed on it, e.g. "148-KH/TU"; unique among plans, 1–80
    characters."""
    title: str
    """The plan's title ("Kế hoạch tuyên truyền đại hội đảng bộ các cấp …"), 1–1000 characters."""
    issuing_body: str | None
    """The body that issued the plan ("Ban Thường vụ Tỉnh ủy"); null when not stated. At most 300
    characters."""
    issued_on: dt.date | None
    """The date the plan was issued (ISO 8601 date), e.g. 2025-02-11; null for a draft not yet signed."""
    status: PlanStatus
    """Where the plan is in its life: `draft` (being prepared, not yet in force), `active` (being
    carried out: tasks are assigned and reported on), `completed` (closed by its final review),
    `archived` (kept for reference, read-only in practice). Any status may follow any other; each
    change is audited."""
    published: bool
    """When true, anyone (no sign-in) may read the plan's public summary at GET
    /api/v1/public/plans/{plan_id}: phases, channels and milestones, never tasks or progress."""
    created_at: dt.datetime
    """When the plan was created in PlanDesk (UTC, ISO 8601)."""


# --- milestones ------------------------------------------------------------------


class MilestoneCreate(BaseModel):
    """A milestone; ``date`` with a ``precision`` ("month": any day of that month)."""

    model_config = Strict
    title: Title
    """What the milestone is, in the plan's words ("Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII"), 1–1000
    characters."""
    description: StorableText | None = Field(default=None, max_length=5000)
    """Free notes on the milestone (where, who convenes it, how the date is known); null when none. At
    most 5000 characters."""
    kind: MilestoneKind = "event"
    """What sort of milestone: `event` (something that happens, e.g. a congress, on which phase windows
    hang), `deadline` (a date by which something is due) or `review` (an interim or final review, "sơ
    kết, tổng kết")."""
    date: SafeDate | None = None
    """A date inside the period the milestone is known to (ISO 8601). With precision `month`, any day of
    that month stands for the whole month; null while the date is not known at all."""
    precision: Precision | None = None
    """How precisely the date is known: `day`, `month` ("cuối tháng 10/2025"), `quarter` ("Quý I/2026")
    or `year`. Defaults to `day` when a date is given; must be null without a date."""
    status: MilestoneStatus = "planned"
    """`planned` (expected on its date), `done` (has taken place) or `moved` (its date was changed after
    planning; see the audit log for the old one)."""

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
    """What the milestone is, in the plan's words ("Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII"), 1–1000
    characters."""
    description: StorableText | None = Field(default=None, max_length=5000)
    """Free notes on the milestone (where, who convenes it, how the date is known); null when none. At
    most 5000 characters."""
    kind: MilestoneKind | None = None
    """What sort of milestone: `event` (something that happens, e.g. a congress, on which phase windows
    hang), `deadline` (a date by which something is due) or `review` (an interim or final review, "sơ
    kết, tổng kết")."""
    date: SafeDate | None = None
    """A date inside the period the milestone is known to (ISO 8601). With precision `month`, any day of
    that month stands for the whole month; null while the date is not known at all."""
    precision: Precision | None = None
    """How precisely the date is known: `day`, `month` ("cuối tháng 10/2025"), `quarter` ("Quý I/2026")
    or `year`. Defaults to `day` when a date is given; must be null without a date."""
    status: MilestoneStatus | None = None
    """`planned` (expected on its date), `done` (has taken place) or `moved` (its date was changed after
    planning; see the audit log for the old one)."""


class MilestoneMove(BaseModel):
    """A new date for the milestone; ``precision`` defaults to its current one."""

    model_config = Strict
    date: SafeDate
    """The new date (ISO 8601), inside the period the milestone is now expected in."""
    precision: Precision | None = None
    """The precision of the new date (`day`, `month`, `quarter`, `year`); null keeps the milestone's
    current precision."""


class MilestoneOut(ETagged):
    model_config = ConfigDict(use_attribute_docstrings=True)
    id: uuid.UUID
    """The milestone's id (UUID); phase windows and task deadlines refer to it."""
    plan_id: uuid.UUID
    """The plan the milestone belongs to."""
    title: str
    """What the milestone is, in the plan's words ("Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII"), 1–1000
    characters."""
    description: str | None
    """Free notes on the milestone (where, who convenes it, how the date is known); null when none. At
    most 5000 characters."""
    kind: MilestoneKind
    """What sort of milestone: `event` (something that happens, e.g. a congress, on which phase windows
    hang), `deadline` (a date by which something is due) or `review` (an interim or final review, "sơ
    kết, tổng kết")."""
    date: dt.date | None
    """A date inside the period the milestone is known to (ISO 8601). With precision `month`, any day of
    that month stands for the whole month; null while the date is not known at all."""
    precision: Precision | None
    """How precisely the date is known: `day`, `month` ("cuối tháng 10/2025"), `quarter` ("Quý I/2026")
    or `year`. Defaults to `day` when a date is given; must be null without a date."""
    range_start: dt.date | None
    """First day of the period the date stands for (the 1st of the month for precision `month`);
    computed, null without a date."""
    range_end: dt.date | None
    """Last day of the period the date stands for (the month's last day for precision `month`);
    computed, null without a date."""
    status: MilestoneStatus
    """`planned` (expected on its date), `done` (has taken place) or `moved` (its date was changed after
    planning; see the audit log for the old one)."""


class DateChange(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    before: dt.date | None
    """The date as it is now (ISO 8601); null when it is not set."""
    after: dt.date | None
    """The date it would become if the move is made; null when it would be unset."""


class PhaseImpact(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    id: uuid.UUID
    """The phase whose window would move."""
    label: str
    """The phase's label ("II", "3.1")."""
    title: str
    """The phase's title."""
    start_date: DateChange
    """The phase's resolved start date before and after the move."""
    end_date: DateChange
    """The phase's resolved end date before and after the move."""


class TaskImpact(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    id: uuid.UUID
    """The task whose deadline would move."""
    title: str
    """The task's title."""
    due_date: DateChange
    """The task's resolved deadline before and after the move."""
    unit_ids: list[uuid.UUID]
    """The units assigned to the task (lead, support or member), who will see the new deadline."""


class UnitImpact(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    unit_id: uuid.UUID
    """A unit with at least one task whose deadline would move."""
    name: str | None
    """The unit's name ("Ban Tuyên giáo Tỉnh ủy"); null if the unit was deleted."""
    task_count: int
    """How many of this unit's tasks would get a new deadline."""


class WindowConflict(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    phase_id: uuid.UUID
    """The phase whose window would move."""
    label: str
    """The phase's label ("II", "3.1")."""
    title: str
    """The phase's title."""
    start_date: dt.date | None
    """The phase's start date after the move."""
    end_date: dt.date | None
    """The phase's end date after the move (before its start: the conflict)."""
    message: str
    """Why the window would no longer make sense, in words for the coordinator (e.g. "ends before it
    starts")."""


class MilestoneImpact(BaseModel):
    """What moving a milestone would change (nothing is changed by previewing)."""

    model_config = ConfigDict(use_attribute_docstrings=True)

    milestone_id: uuid.UUID
    """The milestone being moved."""
    range_start: DateChange
    """The milestone's own range start before and after the move."""
    range_end: DateChange
    """The milestone's own range end before and after the move."""
    phases: list[PhaseImpact]
    """Phases whose start or end hangs on this milestone and would change."""
    tasks: list[TaskImpact]
    """Tasks whose deadline hangs on this milestone and would change."""
    units: list[UnitImpact]
    """Units whose tasks would change, with how many tasks each: who to tell."""
    conflicts: list[WindowConflict]
    """Phase windows the move would make inconsistent (an end before its start); the move is still
    allowed."""


# --- phases ----------------------------------------------------------------------


class PhaseCreate(BaseModel):
    model_config = Strict
    label: Label = Field(examples=["I", "3.1"])
    """The phase's label as the plan numbers it: "I", "II" for phases ("Đợt I"), "3.1" for sub-phases;
    1–32 characters."""
    title: Title
    """The phase's heading ("Từ đầu tháng 02/2025 đến kết thúc đại hội đảng bộ cấp huyện"), 1–1000
    characters."""
    parent_id: uuid.UUID | None = None
    """The phase this one is a sub-phase of (3.1 under III), in the same plan; null for a top-level
    phase."""
    position: Int64 | None = Field(default=None, ge=0, le=10_000, description="Default: after its siblings")
    topics: Lines = Field(default_factory=list)
    """The content topics to communicate during the phase, in the plan's order, one per item; at most
    200."""
    start: DateRef | None = None
    """When the phase starts: a fixed date, or a milestone's start or end plus an offset in days ("từ
    sau đại hội cấp huyện": the district congresses' end + 1). Null: open."""
    end: DateRef | None = None
    """When the phase ends: a fixed date or a milestone side plus offset ("đến hết Đại hội tỉnh": the
    provincial congress's end). Null: open."""


class PhaseUpdate(BaseModel):
    model_config = Strict
    label: Label | None = None
    """The phase's label as the plan numbers it: "I", "II" for phases ("Đợt I"), "3.1" for sub-phases;
    1–32 characters."""
    title: Title | None = None
    """The phase's heading ("Từ đầu tháng 02/2025 đến kết thúc đại hội đảng bộ cấp huyện"), 1–1000
    characters."""
    parent_id: uuid.UUID | None = None
    """The phase this one is a sub-phase of (3.1 under III), in the same plan; null for a top-level
    phase."""
    position: Int64 | None = Field(default=None, ge=0, le=10_000)
    """Order among its siblings, from 0; lists are sorted by it."""
    topics: Lines | None = None
    """The content topics to communicate during the phase, in the plan's order, one per item; at most
    200."""
    start: DateRef | None = None
    """When the phase starts: a fixed date, or a milestone's start or end plus an offset in days ("từ
    sau đại hội cấp huyện": the district congresses' end + 1). Null: open."""
    end: DateRef | None = None
    """When the phase ends: a fixed date or a milestone side plus offset ("đến hết Đại hội tỉnh": the
    provincial congress's end). Null: open."""


class PhaseOut(ETagged):
    model_config = ConfigDict(use_attribute_docstrings=True)
    id: uuid.UUID
    """The phase's id (UUID)."""
    plan_id: uuid.UUID
    """The plan the phase belongs to."""
    parent_id: uuid.UUID | None
    """The phase this one is a sub-phase of (3.1 under III), in the same plan; null for a top-level
    phase."""
    label: str
    """The phase's label as the plan numbers it: "I", "II" for phases ("Đợt I"), "3.1" for sub-phases;
    1–32 characters."""
    position: int
    """Order among its siblings, from 0; lists are sorted by it."""
    title: str
    """The phase's heading ("Từ đầu tháng 02/2025 đến kết thúc đại hội đảng bộ cấp huyện"), 1–1000
    characters."""
    topics: list[str]
    """The content topics to communicate during the phase, in the plan's order, one per item; at most
    200."""
    start: DateRef | None
    """When the phase starts: a fixed date, or a milestone's start or end plus an offset in days ("từ
    sau đại hội cấp huyện": the district congresses' end + 1). Null: open."""
    end: DateRef | None
    """When the phase ends: a fixed date or a milestone side plus offset ("đến hết Đại hội tỉnh": the
    provincial congress's end). Null: open."""
    start_date: dt.date | None
    """The start resolved to a calendar date (computed from `start` and re-computed when its milestone
    moves); null when open or unresolvable."""
    end_date: dt.date | None
    """The end resolved to a calendar date; null when open or unresolvable."""


# --- channels --------------------------------------------------------------------


class ChannelCreate(BaseModel):
    model_config = Strict
    label: Label
    """The channel's number in the plan's list of forms ("1", "2" of "Hình thức tuyên truyền"), 1–32
    characters."""
    title: Title
    """The channel's name ("Tuyên truyền trên các phương tiện thông tin đại chúng")."""
    position: Int64 | None = Field(default=None, ge=0, le=10_000)
    """Order among the plan's channels, from 0; default: after the last one."""
    items: Lines = Field(default_factory=list)
    """What is done through the channel, one activity per item, in order; at most 200."""


class ChannelUpdate(BaseModel):
    model_config = Strict
    label: Label | None = None
    """The channel's number in the plan's list of forms ("1", "2" of "Hình thức tuyên truyền"), 1–32
    characters."""
    title: Title | None = None
    """The channel's name ("Tuyên truyền trên các phương tiện thông tin đại chúng")."""
    position: Int64 | None = Field(default=None, ge=0, le=10_000)
    """Order among its siblings, from 0; lists are sorted by it."""
    items: Lines | None = None
    """What is done through the channel, one activity per item, in order; at most 200."""


class ChannelOut(ETagged):
    model_config = ConfigDict(use_attribute_docstrings=True)
    id: uuid.UUID
    """The channel's id (UUID); tasks list the channels they use by it."""
    plan_id: uuid.UUID
    """The plan the channel belongs to."""
    label: str
    """The channel's number in the plan's list of forms ("1", "2" of "Hình thức tuyên truyền"), 1–32
    characters."""
    position: int
    """Order among its siblings, from 0; lists are sorted by it."""
    title: str
    """The channel's name ("Tuyên truyền trên các phương tiện thông tin đại chúng")."""
    items: list[str]
    """What is done through the channel, one activity per item, in order; at most 200."""


# --- public summary --------------------------------------------------------------


class PublicMilestone(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    id: uuid.UUID
    """The milestone's id (UUID); phase windows and task deadlines refer to it."""
    title: str
    """What the milestone is, in the plan's words ("Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII"), 1–1000
    characters."""
    kind: MilestoneKind
    """What sort of milestone: `event` (something that happens, e.g. a congress, on which phase windows
    hang), `deadline` (a date by which something is due) or `review` (an interim or final review, "sơ
    kết, tổng kết")."""
    date: dt.date | None
    """A date inside the period the milestone is known to (ISO 8601). With precision `month`, any day of
    that month stands for the whole month; null while the date is not known at all."""
    precision: Precision | None
    """How precisely the date is known: `day`, `month` ("cuối tháng 10/2025"), `quarter` ("Quý I/2026")
    or `year`. Defaults to `day` when a date is given; must be null without a date."""
    range_start: dt.date | None
    """First day of the period the date stands for (the 1st of the month for precision `month`);
    computed, null without a date."""
    range_end: dt.date | None
    """Last day of the period the date stands for (the month's last day for precision `month`);
    computed, null without a date."""
    status: MilestoneStatus
    """`planned` (expected on its date), `done` (has taken place) or `moved` (its date was changed after
    planning; see the audit log for the old one)."""


class PublicPhase(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    id: uuid.UUID
    """The phase's id (UUID)."""
    label: str
    """The phase's label as the plan numbers it: "I", "II" for phases ("Đợt I"), "3.1" for sub-phases;
    1–32 characters."""
    title: str
    """The phase's heading ("Từ đầu tháng 02/2025 đến kết thúc đại hội đảng bộ cấp huyện"), 1–1000
    characters."""
    topics: list[str]
    """The content topics to communicate during the phase, in the plan's order, one per item; at most
    200."""
    start_date: dt.date | None
    """The start resolved to a calendar date (computed from `start` and re-computed when its milestone
    moves); null when open or unresolvable."""
    end_date: dt.date | None
    """The end resolved to a calendar date; null when open or unresolvable."""
    sub_phases: list[PublicPhase]
    """The phase's sub-phases (3.1–3.3 under III), in order, each with the same fields."""


class PublicChannel(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    label: str
    """The channel's number in the plan's list of forms ("1", "2" of "Hình thức tuyên truyền"), 1–32
    characters."""
    title: str
    """The channel's name ("Tuyên truyền trên các phương tiện thông tin đại chúng")."""
    items: list[str]
    """What is done through the channel, one activity per item, in order; at most 200."""


class PublicPlan(BaseModel):
    """What anyone may read of a published plan: no tasks, no progress."""

    model_config = ConfigDict(use_attribute_docstrings=True)

    id: uuid.UUID
    """The plan's id (UUID)."""
    code: str
    """The plan's document number as printed on it, e.g. "148-KH/TU"; unique among plans, 1–80
    characters."""
    title: str
    """The plan's title ("Kế hoạch tuyên truyền đại hội đảng bộ các cấp …"), 1–1000 characters."""
    issuing_body: str | None
    """The body that issued the plan ("Ban Thường vụ Tỉnh ủy"); null when not stated. At most 300
    characters."""
    place: str | None
    """Where the plan was signed, as printed before the date ("Đắk Lắk"); null when not stated."""
    issued_on: dt.date | None
    """The date the plan was issued (ISO 8601 date), e.g. 2025-02-11; null for a draft not yet signed."""
    status: PlanStatus
    """Where the plan is in its life: `draft` (being prepared, not yet in force), `active` (being
    carried out: tasks are assigned and reported on), `completed` (closed by its final review),
    `archived` (kept for reference, read-only in practice). Any status may follow any other; each
    change is audited."""
    timezone: EffectiveZone
    purposes: list[str]
    """The plan's purposes (section "Mục đích"), one paragraph per item, in order; at most 200 items of
    up to 5000 characters."""
    requirements: list[str]
    """The plan's requirements (section "Yêu cầu"), one paragraph per item, in order; at most 200 items."""
    phases: list[PublicPhase]
    """The plan's top-level phases in order, each with its sub-phases."""
    channels: list[PublicChannel]
    """The plan's channels (forms of communication) in order."""
    milestones: list[PublicMilestone]
    """The plan's milestones, by date."""
