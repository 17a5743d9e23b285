"""The *plan draft*: what the importer reads out of a plan document.

A draft mirrors the plans domain (plan, milestones, phases, channels, units,
tasks) but refers to things by stable keys instead of database ids, and says
for every item where it came from (``source_lines``) and where the parser had
to guess (``warnings``). Nothing here touches the database: the draft is shown
to the coordinator (dry run) and only then turned into rows.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from plandesk.core.bounds import add_days

SourceLines = tuple[int, int]
"""First and last 1-based line of an item in the imported text."""

MilestoneKind = Literal["event", "deadline", "review"]
Precision = Literal["day", "month", "quarter", "year"]
Side = Literal["start", "end"]
UnitKind = Literal["party_committee", "department", "mass_org", "media", "district", "other"]


class WarningCode(StrEnum):
    """Why the parser flagged something; stable for clients to translate."""

    IGNORED_HEADER_LINE = "ignored_header_line"
    IGNORED_STAMP = "ignored_stamp"
    IGNORED_SECTION = "ignored_section"
    IGNORED_PARAGRAPH = "ignored_paragraph"
    NOTE_NOT_A_TOPIC = "note_not_a_topic"
    INFERRED = "inferred"
    MISSING = "missing"
    SPELLING_NORMALISED = "spelling_normalised"
    REPEATED_WORDS = "repeated_words"
    DATE_CORRECTED = "date_corrected"
    DATE_CONFLICT = "date_conflict"
    COARSE_ANCHOR = "coarse_anchor"
    WINDOW_GUESSED = "window_guessed"
    MULTI_UNIT_ENTRY = "multi_unit_entry"
    UNIT_NAME_TRIMMED = "unit_name_trimmed"
    GENERIC_PARTNER = "generic_partner"
    UNIT_MATCHED_VARIANT = "unit_matched_variant"
    DUE_PRECISION = "due_precision"
    NOT_A_PLAN_NUMBER = "not_a_plan_number"
    LEGACY_ENCODING = "legacy_encoding"
    OCR_CONFIDENCE = "ocr_confidence"
    RECURRING_DEADLINE = "recurring_deadline"


class _Draft(BaseModel):
    # Drafts are produced by the parser, never posted by clients, but they are
    # echoed back on confirm: unknown fields are a client bug, so refuse them.
    model_config = ConfigDict(extra="forbid")


class ImportWarning(_Draft):
    """A place where the parser guessed, corrected or skipped something."""

    code: WarningCode
    message: str
    source_lines: SourceLines | None = None


class FixedDateRef(_Draft):
    """A window end or deadline on a calendar date."""

    kind: Literal["fixed"] = "fixed"
    date: dt.date


class MilestoneDateRef(_Draft):
    """A window end or deadline hanging on a milestone: its start or end, plus days."""

    kind: Literal["milestone"] = "milestone"
    milestone_key: str
    side: Side
    offset_days: int = 0


DateRefDraft = Annotated[FixedDateRef | MilestoneDateRef, Field(discriminator="kind")]


class LegalBasisDraft(_Draft):
    """A document the plan is based on ("Căn cứ Chỉ thị số 35-CT/TW, ngày 30/5/2019 …")."""

    reference: str
    date: dt.date | None = None
    title: str
    issuer: str | None = None
    source_lines: SourceLines


class MilestoneDraft(_Draft):
    """An event or deadline that phase windows and due dates hang on.

    ``date`` is the first day of the period named at ``precision``;
    ``range_start``..``range_end`` is the whole period ("cuối tháng 10/2020"
    → 2020-10-01..2020-10-31). All three are ``None`` when the document never
    dates the event (a warning then says so).
    """

    key: str
    title: str
    kind: MilestoneKind = "event"
    precision: Precision | None = None
    date: dt.date | None = None
    range_start: dt.date | None = None
    range_end: dt.date | None = None
    source_lines: SourceLines
    warnings: list[ImportWarning] = Field(default_factory=list)


class PhaseDraft(_Draft):
    """A phase ("Đợt I") or sub-phase ("3.1") with its window and topics."""

    label: str
    parent_label: str | None = None
    position: int
    title: str
    topics: list[str] = Field(default_factory=list)
    start: DateRefDraft | None = None
    end: DateRefDraft | None = None
    source_lines: SourceLines
    warnings: list[ImportWarning] = Field(default_factory=list)


class ChannelDraft(_Draft):
    """A form of communication ("Tuyên truyền miệng") and its items."""

    label: str
    title: str
    items: list[str] = Field(default_factory=list)
    source_lines: SourceLines
    warnings: list[ImportWarning] = Field(default_factory=list)


class UnitDraft(_Draft):
    """An organisational unit or unit group named by the plan."""

    key: str
    name: str
    short_name: str | None = None
    kind: UnitKind = "other"
    parent_key: str | None = None
    is_group: bool = False
    matched_unit_id: UUID | None = None
    will_create: bool = True
    source_lines: SourceLines
    warnings: list[ImportWarning] = Field(default_factory=list)


class RecurrenceDraft(_Draft):
    """A deadline that comes back ("định kỳ hằng tháng, trước ngày 25"; "tháng 6 và tháng 12 hằng năm").

    ``months`` are the months it falls in (all twelve for a monthly report);
    ``day`` the day of the month it is due by, ``None`` for the month's end.
    """

    frequency: Literal["weekly", "monthly", "quarterly", "half_yearly", "yearly"]
    months: list[int]
    day: int | None = None
    text: str = Field(description="The phrase as the document writes it")


class TaskDraft(_Draft):
    """A task listed under a unit in the implementation section."""

    source_section: str
    title: str
    body: str
    lead_unit_key: str
    supporting_unit_keys: list[str] = Field(default_factory=list)
    due: DateRefDraft | None = None
    recurrence: RecurrenceDraft | None = None
    phase_label: str | None = None
    source_lines: SourceLines
    warnings: list[ImportWarning] = Field(default_factory=list)


class PlanDraft(_Draft):
    """Everything a plan document says, ready for review and import.

    ``code`` and ``title`` are ``None`` when the document does not show them
    (a ``missing`` warning then says where they were expected): the draft is
    still shown, and the coordinator fills them in before saving.
    """

    code: str | None = None
    title: str | None = None
    issuing_body: str | None = None
    place: str | None = None
    issued_on: dt.date | None = None
    signer_name: str | None = None
    signer_title: str | None = None
    legal_bases: list[LegalBasisDraft] = Field(default_factory=list)
    purposes: list[str] = Field(default_factory=list)
    requirements: list[str] = Field(default_factory=list)
    recipients: list[str] = Field(default_factory=list)
    milestones: list[MilestoneDraft] = Field(default_factory=list)
    phases: list[PhaseDraft] = Field(default_factory=list)
    channels: list[ChannelDraft] = Field(default_factory=list)
    units: list[UnitDraft] = Field(default_factory=list)
    tasks: list[TaskDraft] = Field(default_factory=list)
    source_lines: SourceLines
    field_lines: dict[str, SourceLines] = Field(
        default_factory=dict,
        description="Where each header item (code, title, issued_on, issuer, signer) was read",
    )
    warnings: list[ImportWarning] = Field(default_factory=list)

    def milestone(self, key: str) -> MilestoneDraft | None:
        """The milestone with ``key``, if the draft has one."""
        return next((m for m in self.milestones if m.key == key), None)

    def unit(self, key: str) -> UnitDraft | None:
        """The unit with ``key``, if the draft has one."""
        return next((u for u in self.units if u.key == key), None)

    def phase(self, label: str) -> PhaseDraft | None:
        """The phase or sub-phase labelled ``label``, if the draft has one."""
        return next((p for p in self.phases if p.label == label), None)

    def resolve(self, ref: FixedDateRef | MilestoneDateRef | None) -> dt.date | None:
        """The calendar date ``ref`` stands for today, or ``None`` if undated."""
        return resolve_date_ref(ref, self.milestones)


def resolve_date_ref(
    ref: FixedDateRef | MilestoneDateRef | None, milestones: list[MilestoneDraft]
) -> dt.date | None:
    """Resolve a DateRef against ``milestones``: a fixed date, or a milestone side plus offset."""
    if ref is None:
        return None
    if isinstance(ref, FixedDateRef):
        return ref.date
    milestone = next((m for m in milestones if m.key == ref.milestone_key), None)
    if milestone is None:
        return None
    anchor = milestone.range_start if ref.side == "start" else milestone.range_end
    if anchor is None:
        return None
    return add_days(anchor, ref.offset_days)
