"""Request and response bodies of baselines and reporting periods (with the submission board).

Unit reports' bodies are in :mod:`plandesk.reports.report_schemas`, reviews' and renders' in
:mod:`plandesk.reports.review_schemas`. Field descriptions are attribute docstrings.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from plandesk.core.bounds import JsonInt, SafeDate
from plandesk.core.text import StorableText

Strict = ConfigDict(use_attribute_docstrings=True, extra="forbid")
Out = ConfigDict(use_attribute_docstrings=True)

PeriodKind = Literal["monthly", "quarterly", "one_off"]
BoardStatus = Literal["missing", "draft", "submitted", "accepted", "returned"]

# --- baselines ---------------------------------------------------------------------


class BaselineOut(BaseModel):
    """An approved baseline: the plan's phases, milestones and tasks as they stood when it was taken."""

    model_config = Out
    id: uuid.UUID
    """The baseline's id."""
    plan_id: uuid.UUID
    """The plan the baseline belongs to."""
    number: int
    """The baseline's number in its plan: 1 for the one taken when the plan was published, then 2, 3, …"""
    reason: str
    """Why it was taken ("Ban hành kế hoạch" for the first, "Đại hội tỉnh lùi sang tháng 10")."""
    created_by: str
    """Who took it, as the audit log names the actor."""
    created_at: dt.datetime
    """When it was taken (UTC)."""


class RebaselineIn(BaseModel):
    """A new baseline of the plan as it stands now."""

    model_config = Strict
    reason: StorableText = Field(min_length=3, max_length=2000, examples=["Đại hội tỉnh lùi sang tháng 10"])
    """Why the plan is re-baselined, kept with the baseline and in the audit log; 3–2000 characters."""


class PhaseMove(BaseModel):
    """A phase whose window moved since the baseline."""

    model_config = Out
    id: str
    """The phase's id."""
    label: str
    """The phase's label as printed in the plan ("I", "II")."""
    title: str
    """The phase's title."""
    start_before: dt.date | None
    """Its start in the baseline; null when it had none."""
    start_after: dt.date | None
    """Its start now; null when it has none."""
    start_shift_days: int | None
    """Days the start moved (positive: later); null when either date is missing."""
    end_before: dt.date | None
    """Its end in the baseline; null when it had none."""
    end_after: dt.date | None
    """Its end now; null when it has none."""
    end_shift_days: int | None
    """Days the end moved (positive: later); null when either date is missing."""


class MilestoneMoveOut(BaseModel):
    """A milestone whose date moved since the baseline."""

    model_config = Out
    id: str
    """The milestone's id."""
    title: str
    """The milestone's title."""
    before: dt.date | None
    """Its date in the baseline; null when it had none."""
    after: dt.date | None
    """Its date now; null when it has none."""
    shift_days: int | None
    """Days it moved (positive: later); null when either date is missing."""


class MilestoneChange(BaseModel):
    """A milestone added or removed since the baseline."""

    model_config = Out
    id: str
    """The milestone's id."""
    title: str
    """The milestone's title."""
    date: dt.date | None
    """Its date (now for an added one, in the baseline for a removed one); null when undated."""


class TaskMove(BaseModel):
    """A task whose due date moved since the baseline."""

    model_config = Out
    id: str
    """The task's id."""
    title: str
    """The task's title."""
    lead_unit_id: str
    """The unit leading the task (its name is in the answer's `unit_names`)."""
    due_before: dt.date | None
    """Its due date in the baseline; null when it had none."""
    due_after: dt.date | None
    """Its due date now; null when it has none."""
    shift_days: int | None = Field(description="Positive: later than approved (days lost); negative: earlier")


class TaskChange(BaseModel):
    """A task added, cancelled or removed since the baseline."""

    model_config = Out
    id: str
    """The task's id."""
    title: str
    """The task's title."""
    lead_unit_id: str
    """The unit leading the task (its name is in the answer's `unit_names`)."""
    due_date: dt.date | None = None
    """Its due date (now, or in the baseline for a removed task); null when undated."""


class TaskReassignment(BaseModel):
    """A task whose lead or supporting units changed since the baseline."""

    model_config = Out
    id: str
    """The task's id."""
    title: str
    """The task's title."""
    lead_before: str
    """The lead unit in the baseline."""
    lead_after: str
    """The lead unit now (the same as `lead_before` when only supporting units changed)."""
    supporting_added: list[str]
    """Units supporting the task now that did not in the baseline."""
    supporting_removed: list[str]
    """Units that supported the task in the baseline and no longer do."""


class BaselineRef(BaseModel):
    """The baseline a comparison or schedule is taken from."""

    model_config = Out
    id: uuid.UUID
    """The baseline's id."""
    number: int
    """Its number in the plan (1, 2, …)."""
    reason: str
    """Why it was taken."""
    created_at: dt.datetime
    """When it was taken (UTC)."""


class BaselineDiffSummary(BaseModel):
    """The counts of the comparison, for a dashboard's tiles."""

    model_config = Out
    phases_moved: int
    """Phases whose start or end moved."""
    milestones_moved: int
    """Milestones whose date moved."""
    milestones_added: int
    """Milestones added since the baseline."""
    milestones_removed: int
    """Milestones of the baseline that are gone."""
    tasks_in_baseline: int
    """Tasks the baseline holds."""
    tasks_now: int
    """Tasks the plan holds now."""
    tasks_moved: int
    """Tasks whose due date moved, either way."""
    tasks_later: int
    """Tasks now due later than approved."""
    tasks_earlier: int
    """Tasks now due earlier than approved."""
    days_lost: int
    """The sum of the days by which tasks are late against the baseline."""
    days_gained: int
    """The sum of the days by which tasks are early against the baseline."""
    tasks_added: int
    """Tasks added since the baseline."""
    tasks_cancelled: int
    """Tasks of the baseline now cancelled."""
    tasks_removed: int
    """Tasks of the baseline that were deleted."""
    tasks_reassigned: int
    """Tasks whose lead or supporting units changed."""


class BaselineDiffOut(BaseModel):
    """What changed in the plan since a baseline (tasks moved: the most days lost first)."""

    model_config = Out
    plan_id: uuid.UUID
    """The plan compared."""
    baseline: BaselineRef
    """The baseline it is compared with."""
    unit_names: dict[str, str]
    """Unit id → the unit's name, for every unit the lists name."""
    summary: BaselineDiffSummary
    """The counts of each kind of change."""
    phases_moved: list[PhaseMove]
    """Phases whose window moved."""
    milestones_moved: list[MilestoneMoveOut]
    """Milestones whose date moved."""
    milestones_added: list[MilestoneChange]
    """Milestones added since the baseline."""
    milestones_removed: list[MilestoneChange]
    """Milestones of the baseline that are gone."""
    tasks_moved: list[TaskMove]
    """Tasks whose due date moved."""
    tasks_added: list[TaskChange]
    """Tasks added since the baseline."""
    tasks_cancelled: list[TaskChange]
    """Tasks of the baseline now cancelled."""
    tasks_removed: list[TaskChange]
    """Tasks of the baseline that were deleted."""
    tasks_reassigned: list[TaskReassignment]
    """Tasks whose units changed."""


class BaselinePhase(BaseModel):
    """A phase's window as the baseline holds it."""

    model_config = Out
    id: str
    """The phase's id."""
    label: str
    """The phase's label ("I", "II")."""
    title: str
    """The phase's title."""
    parent_id: str | None
    """The enclosing phase; null for a top-level phase."""
    start_date: dt.date | None
    """The phase's start in the baseline; null when undated."""
    end_date: dt.date | None
    """The phase's end in the baseline; null when undated."""


class BaselineMilestone(BaseModel):
    """A milestone's date as the baseline holds it."""

    model_config = Out
    id: str
    """The milestone's id."""
    title: str
    """The milestone's title."""
    date: dt.date | None
    """Its date in the baseline; null when undated."""
    range_start: dt.date | None
    """First day of the window its date stands for (a month or quarter when imprecise); null when undated."""
    range_end: dt.date | None
    """Last day of that window; null when undated."""


class BaselineScheduleOut(BaseModel):
    """A baseline's phase windows and milestone dates: the timeline's ghost bars."""

    model_config = Out
    plan_id: uuid.UUID
    """The plan."""
    baseline: BaselineRef
    """The baseline shown."""
    phases: list[BaselinePhase]
    """Every phase of the baseline, in the plan's order."""
    milestones: list[BaselineMilestone]
    """Every milestone of the baseline, by the start of its window, then title."""


# --- reporting periods --------------------------------------------------------------


class ReportingScheduleIn(BaseModel):
    """Generate a plan's reporting periods. Periods already there (same kind and end) are kept."""

    model_config = Strict
    kind: PeriodKind
    """monthly: a period per calendar month, due on `day_of_month`; quarterly: a period per calendar
    quarter; one_off: a period per phase, covering its window."""
    day_of_month: JsonInt | None = Field(
        default=None, ge=1, le=31, description="monthly: the day reports are due"
    )
    due_offset_days: JsonInt = Field(
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
    """The period's name as units see it ("Báo cáo nhanh trước Đại hội tỉnh"); 1–200 characters."""
    starts_on: SafeDate
    """First day the report covers."""
    ends_on: SafeDate
    """Last day the report covers; not before `starts_on`, and no other one-off period of the plan
    may end that day."""
    due_on: SafeDate
    """The day reports are due (in the plan's calendar); not before `starts_on`."""
    phase_id: uuid.UUID | None = None
    """The phase the period reports on, if any."""

    @model_validator(mode="after")
    def _ordered(self) -> PeriodCreate:
        if self.ends_on < self.starts_on:
            raise ValueError("ends_on is before starts_on")
        if self.due_on < self.starts_on:
            raise ValueError("due_on is before starts_on")
        return self


class PeriodOut(BaseModel):
    """A reporting period: the span a unit report covers and the day it is due."""

    model_config = Out
    id: uuid.UUID
    """The period's id."""
    plan_id: uuid.UUID
    """The plan it belongs to."""
    kind: PeriodKind
    """monthly, quarterly or one_off (a phase's end, or an ad-hoc report)."""
    label: str
    """Its name ("Báo cáo tháng 9/2025", "Báo cáo kết thúc Đợt I")."""
    starts_on: dt.date
    """First day the reports cover."""
    ends_on: dt.date
    """Last day the reports cover."""
    due_on: dt.date
    """The day reports are due, in the plan's calendar; a report first submitted after it is late."""
    phase_id: uuid.UUID | None
    """The phase the period reports on; null for monthly and quarterly periods."""


class BoardRow(BaseModel):
    """One unit's line on the submission board."""

    model_config = Out
    unit_id: uuid.UUID
    """The unit expected to report (a unit with tasks in the plan, or one that has a report)."""
    unit_name: str
    """The unit's name."""
    status: BoardStatus
    """missing: no report, or a draft after the due day; draft: a draft before it; else the
    report's status."""
    report_id: uuid.UUID | None
    """The unit's report for the period; null when it has not opened one."""
    submitted_at: dt.datetime | None
    """When the report was last submitted (UTC); null when never."""
    late: bool = Field(description="Submitted after the due day, or still missing after it")
    days_late: int
    """Days past the due day at first submission (or until today while missing); 0 when on time."""
    urged: int
    """How many times the unit was urged to report for this period."""
    last_urged_at: dt.datetime | None
    """When it was last urged (UTC); null when never."""


class BoardCounts(BaseModel):
    """The board's totals."""

    model_config = Out
    expected: int
    """Units expected to report."""
    submitted: int = Field(description="Submitted, accepted or returned")
    accepted: int
    """Reports accepted."""
    returned: int
    """Reports returned for correction."""
    missing: int
    """Units with no report, or a draft after the due day."""
    late: int
    """Units late (submitted after the due day, or still missing after it)."""


class PeriodBoardOut(BaseModel):
    """Who has reported for the period, who is missing, who is late."""

    model_config = Out
    period: PeriodOut
    """The period."""
    today: dt.date
    """Today in the plan's calendar, the day lateness is reckoned at."""
    counts: BoardCounts
    """The totals."""
    units: list[BoardRow]
    """A row per unit: missing first, then draft, returned, submitted, accepted; the latest first within
    each, then by name."""


class ReportUrgeIn(BaseModel):
    """A reminder ("đôn đốc") to the units that have not reported."""

    model_config = Strict
    message: StorableText = Field(
        default="Đề nghị đơn vị gửi báo cáo đúng thời hạn.", min_length=1, max_length=2000
    )
    """The reminder's text, 1–2000 characters."""
    unit_ids: list[uuid.UUID] | None = Field(
        default=None, max_length=500, description="Default: every unit whose report is missing"
    )


class ReportUrgeOut(BaseModel):
    """The units reminded."""

    model_config = Out
    urged_unit_ids: list[uuid.UUID]
    """The units urged: those asked for whose report is missing, a draft or returned."""
