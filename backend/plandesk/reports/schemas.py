"""Request and response bodies of baselines, reporting periods, unit reports and reviews."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, model_validator

from plandesk.core.bounds import SafeDate, StrictVersionNumber
from plandesk.core.concurrency import ETagged
from plandesk.core.text import StorableText

Strict = ConfigDict(extra="forbid")

PeriodKind = Literal["monthly", "quarterly", "one_off"]
ReportStatus = Literal["draft", "submitted", "accepted", "returned"]
BoardStatus = Literal["missing", "draft", "submitted", "accepted", "returned"]
ReviewKind = Literal["interim", "final"]
ReviewStatus = Literal["draft", "issued"]

# --- baselines ---------------------------------------------------------------------


class BaselineOut(BaseModel):
    id: uuid.UUID
    plan_id: uuid.UUID
    number: int
    reason: str
    created_by: str
    created_at: dt.datetime


class RebaselineIn(BaseModel):
    model_config = Strict
    reason: StorableText = Field(min_length=3, max_length=2000, examples=["Đại hội tỉnh lùi sang tháng 10"])


class PhaseMove(BaseModel):
    id: str
    label: str
    title: str
    start_before: dt.date | None
    start_after: dt.date | None
    start_shift_days: int | None
    end_before: dt.date | None
    end_after: dt.date | None
    end_shift_days: int | None


class MilestoneMoveOut(BaseModel):
    id: str
    title: str
    before: dt.date | None
    after: dt.date | None
    shift_days: int | None


class MilestoneChange(BaseModel):
    id: str
    title: str
    date: dt.date | None


class TaskMove(BaseModel):
    id: str
    title: str
    lead_unit_id: str
    due_before: dt.date | None
    due_after: dt.date | None
    shift_days: int | None = Field(description="Positive: later than approved (days lost); negative: earlier")


class TaskChange(BaseModel):
    id: str
    title: str
    lead_unit_id: str
    due_date: dt.date | None = None


class TaskReassignment(BaseModel):
    id: str
    title: str
    lead_before: str
    lead_after: str
    supporting_added: list[str]
    supporting_removed: list[str]


class BaselineRef(BaseModel):
    id: uuid.UUID
    number: int
    reason: str
    created_at: dt.datetime


class BaselineDiffSummary(BaseModel):
    phases_moved: int
    milestones_moved: int
    milestones_added: int
    milestones_removed: int
    tasks_in_baseline: int
    tasks_now: int
    tasks_moved: int
    tasks_later: int
    tasks_earlier: int
    days_lost: int
    days_gained: int
    tasks_added: int
    tasks_cancelled: int
    tasks_removed: int
    tasks_reassigned: int


class BaselineDiffOut(BaseModel):
    plan_id: uuid.UUID
    baseline: BaselineRef
    unit_names: dict[str, str]
    summary: BaselineDiffSummary
    phases_moved: list[PhaseMove]
    milestones_moved: list[MilestoneMoveOut]
    milestones_added: list[MilestoneChange]
    milestones_removed: list[MilestoneChange]
    tasks_moved: list[TaskMove]
    tasks_added: list[TaskChange]
    tasks_cancelled: list[TaskChange]
    tasks_removed: list[TaskChange]
    tasks_reassigned: list[TaskReassignment]


class BaselinePhase(BaseModel):
    id: str
    label: str
    title: str
    parent_id: str | None
    start_date: dt.date | None
    end_date: dt.date | None


class BaselineMilestone(BaseModel):
    id: str
    title: str
    date: dt.date | None
    range_start: dt.date | None
    range_end: dt.date | None


class BaselineScheduleOut(BaseModel):
    """A baseline's phase windows and milestone dates: the timeline's ghost bars."""

    plan_id: uuid.UUID
    baseline: BaselineRef
    phases: list[BaselinePhase]
    milestones: list[BaselineMilestone]


# --- reporting periods --------------------------------------------------------------


class ReportingScheduleIn(BaseModel):
    """Generate a plan's reporting periods. Periods already there (same kind and end) are kept."""

    model_config = Strict
    kind: PeriodKind
    day_of_month: StrictInt | None = Field(
        default=None, ge=1, le=31, description="monthly: the day reports are due"
    )
    due_offset_days: StrictInt = Field(
        default=0, ge=0, le=60, description="quarterly, one_off: days after the end"
    )
    starts_on: SafeDate | None = Field(default=None, description="Default: the plan's first phase start")
    ends_on: SafeDate | None = Field(default=None, description="Default: the plan's last phase end")
    phase_ids: list[uuid.UUID] | None = Field(
        default=None, max_length=50, description="one_off: the phases (default: every top-level phase)"
    )

    @model_validator(mode="after")
    def _monthly_needs_day(self) -> ReportingScheduleIn:
        if self.kind == "monthly" and self.day_of_month is None:
            raise ValueError("a monthly schedule needs day_of_month")
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValueError("ends_on is before starts_on")
        return self


class PeriodCreate(BaseModel):
    """One extra period (an ad-hoc report the coordinator asks for)."""

    model_config = Strict
    label: StorableText = Field(min_length=1, max_length=200)
    starts_on: SafeDate
    ends_on: SafeDate
    due_on: SafeDate
    phase_id: uuid.UUID | None = None

    @model_validator(mode="after")
    def _ordered(self) -> PeriodCreate:
        if self.ends_on < self.starts_on:
            raise ValueError("ends_on is before starts_on")
        if self.due_on < self.starts_on:
            raise ValueError("due_on is before starts_on")
        return self


class PeriodOut(BaseModel):
    id: uuid.UUID
    plan_id: uuid.UUID
    kind: PeriodKind
    label: str
    starts_on: dt.date
    ends_on: dt.date
    due_on: dt.date
    phase_id: uuid.UUID | None


class BoardRow(BaseModel):
    unit_id: uuid.UUID
    unit_name: str
    status: BoardStatus
    report_id: uuid.UUID | None
    submitted_at: dt.datetime | None
    late: bool = Field(description="Submitted after the due day, or still missing after it")
    days_late: int
    urged: int
    last_urged_at: dt.datetime | None


class BoardCounts(BaseModel):
    expected: int
    submitted: int = Field(description="Submitted, accepted or returned")
    accepted: int
    returned: int
    missing: int
    late: int


class PeriodBoardOut(BaseModel):
    period: PeriodOut
    today: dt.date
    counts: BoardCounts
    units: list[BoardRow]


class ReportUrgeIn(BaseModel):
    model_config = Strict
    message: StorableText = Field(
        default="Đề nghị đơn vị gửi báo cáo đúng thời hạn.", min_length=1, max_length=2000
    )
    unit_ids: list[uuid.UUID] | None = Field(
        default=None, max_length=500, description="Default: every unit whose report is missing"
    )


class ReportUrgeOut(BaseModel):
    urged_unit_ids: list[uuid.UUID]


# --- unit reports -------------------------------------------------------------------


class ReportStart(BaseModel):
    model_config = Strict
    unit_id: uuid.UUID


class TaskLine(BaseModel):
    task_id: uuid.UUID
    title: str
    status: str
    percent: int
    done_text: str


class TaskLineIn(BaseModel):
    model_config = Strict
    task_id: uuid.UUID
    done_text: StorableText = Field(max_length=10_000)


class Figures(BaseModel):
    """Propagation figures for one channel (``channel_id`` null: not tied to a channel)."""

    model_config = Strict
    channel_id: uuid.UUID | None = None
    events: StrictInt = Field(
        default=0, ge=0, le=10_000_000, description="Events held (hội nghị, buổi tuyên truyền)"
    )
    participants: StrictInt = Field(default=0, ge=0, le=1_000_000_000)
    articles: StrictInt = Field(
        default=0, ge=0, le=10_000_000, description="Articles, news items, broadcasts"
    )
    banners: StrictInt = Field(default=0, ge=0, le=10_000_000, description="Banners, posters, panels")


class FiguresOut(Figures):
    model_config = ConfigDict(extra="ignore")
    channel: str | None = None


class ReportUpdate(BaseModel):
    model_config = Strict
    task_lines: list[TaskLineIn] | None = Field(default=None, max_length=5000)
    figures: list[Figures] | None = Field(default=None, max_length=100)
    difficulties: StorableText | None = Field(default=None, max_length=20_000)
    proposals: StorableText | None = Field(default=None, max_length=20_000)


class ReturnIn(BaseModel):
    model_config = Strict
    comment: StorableText = Field(min_length=1, max_length=5000)


class AttachmentOut(BaseModel):
    id: uuid.UUID
    filename: str
    content_type: str
    size: int
    created_at: dt.datetime


class UnitReportOut(ETagged):
    id: uuid.UUID
    period_id: uuid.UUID
    plan_id: uuid.UUID
    unit_id: uuid.UUID
    unit_name: str
    period_label: str
    due_on: dt.date
    status: ReportStatus
    task_lines: list[TaskLine]
    figures: list[FiguresOut]
    difficulties: str
    proposals: str
    submitted_at: dt.datetime | None
    submitted_on: dt.date | None
    late: bool
    submitted_by: str | None
    review_comment: str | None
    reviewed_at: dt.datetime | None
    reviewed_by: str | None
    attachments: list[AttachmentOut]


# --- reviews ------------------------------------------------------------------------


class ReviewHeader(BaseModel):
    """The document's header and signature (Decree 30/2020/NĐ-CP layout)."""

    model_config = Strict
    style: Literal["state", "party"] = Field(
        default="state",
        description="state: the national motto (Decree 30/2020/NĐ-CP); party: «ĐẢNG CỘNG SẢN VIỆT NAM», "
        "as a Party committee's bodies head their documents",
    )
    parent_body: StorableText = Field(default="", max_length=300, examples=["TỈNH ỦY ĐẮK LẮK"])
    issuer: StorableText = Field(default="", max_length=300, examples=["BAN TUYÊN GIÁO"])
    number_symbol: StorableText = Field(default="", max_length=80, examples=["Số: 12-BC/BTGTU"])
    place: StorableText = Field(default="", max_length=200, examples=["Đắk Lắk"])
    signer_title: StorableText = Field(default="", max_length=200, examples=["TRƯỞNG BAN"])
    signer_name: StorableText = Field(default="", max_length=200)
    recipients: list[StorableText] = Field(default_factory=list, max_length=50)


class ReviewTexts(BaseModel):
    """The parts a coordinator writes; everything else is assembled from the plan."""

    model_config = Strict
    opening: StorableText = Field(default="", max_length=20_000)
    highlights: StorableText = Field(default="", max_length=50_000)
    shortcomings: StorableText = Field(default="", max_length=50_000)
    lessons: StorableText = Field(default="", max_length=50_000)
    proposals: StorableText = Field(default="", max_length=50_000)
    next_steps: StorableText = Field(default="", max_length=50_000)


class ReviewCreate(BaseModel):
    model_config = Strict
    kind: ReviewKind
    title: StorableText | None = Field(default=None, max_length=1000)
    phase_id: uuid.UUID | None = Field(default=None, description="interim: review a phase (as of its end)")
    as_of: SafeDate | None = Field(default=None, description="Default: the phase's end, or today")
    period_start: SafeDate | None = None
    consultation_id: uuid.UUID | None = None
    header: ReviewHeader | None = None
    texts: ReviewTexts | None = None


class ReviewUpdate(BaseModel):
    model_config = Strict
    title: StorableText | None = Field(default=None, min_length=1, max_length=1000)
    as_of: SafeDate | None = None
    period_start: SafeDate | None = None
    consultation_id: uuid.UUID | None = None
    header: ReviewHeader | None = None
    texts: ReviewTexts | None = None


class ReviewIssueRef(BaseModel):
    id: uuid.UUID
    number: int
    issued_on: dt.date
    issued_by: str
    issued_at: dt.datetime


class ReviewOut(ETagged):
    id: uuid.UUID
    plan_id: uuid.UUID
    kind: ReviewKind
    title: str
    phase_id: uuid.UUID | None
    consultation_id: uuid.UUID | None
    period_start: dt.date | None
    as_of: dt.date
    header: ReviewHeader
    texts: ReviewTexts
    status: ReviewStatus
    issues: list[ReviewIssueRef]
    created_at: dt.datetime
    updated_at: dt.datetime


class ReviewIssueOut(ReviewIssueRef):
    review_id: uuid.UUID
    content: dict[str, Any] = Field(description="The assembled review as issued (figures and texts)")


class ReviewIssueIn(BaseModel):
    model_config = Strict
    issued_on: SafeDate | None = Field(default=None, description="Default: today in the plan's calendar")


# --- renders (documents made inline or in a job) ----------------------------------------

RenderFormat = Literal["docx", "pdf"]
RenderState = Literal["queued", "running", "done", "failed"]


class ReviewRenderIn(BaseModel):
    model_config = Strict
    format: RenderFormat
    issue: StrictVersionNumber | None = Field(
        default=None, description="An issued version (default: the current draft)"
    )


class ReportRenderIn(BaseModel):
    model_config = Strict
    format: RenderFormat


class RenderOut(BaseModel):
    id: uuid.UUID
    plan_id: uuid.UUID
    subject_type: Literal["review", "unit_report"]
    subject_id: uuid.UUID
    issue: int | None
    format: RenderFormat
    state: RenderState
    progress: int = Field(description="0–100")
    stage: str = Field(description="queued, assembling, typesetting, storing, done, retrying or failed")
    error: str | None
    filename: str | None
    size: int | None = Field(description="Bytes, once done")
    created_by: str
    created_at: dt.datetime
    started_at: dt.datetime | None
    finished_at: dt.datetime | None
    download_url: str | None = Field(description="Where to fetch the file once done")
