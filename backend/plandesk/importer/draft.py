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
    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)


class ImportWarning(_Draft):
    """A place where the parser guessed, corrected or skipped something."""

    code: WarningCode
    """Why the parser flagged this (stable, for clients to translate): `inferred`, `missing`,
    `date_corrected`, `unit_matched_variant`, `ocr_confidence`, …"""
    message: str
    """The warning in words, for the coordinator reviewing the draft."""
    source_lines: SourceLines | None = None
    """First and last line (1-based) of the document where this was read ([first, last]); null when it
    concerns the whole document."""


class FixedDateRef(_Draft):
    """A window end or deadline on a calendar date."""

    kind: Literal["fixed"] = "fixed"
    """Always `fixed`: the date is a calendar date."""
    date: dt.date
    """The calendar date (ISO 8601)."""


class MilestoneDateRef(_Draft):
    """A window end or deadline hanging on a milestone: its start or end, plus days."""

    kind: Literal["milestone"] = "milestone"
    """Always `milestone`: the date hangs on a milestone of the draft."""
    milestone_key: str
    """The key of the milestone in the draft's `milestones`."""
    side: Side
    """Which end of the milestone's period: `start` or `end`."""
    offset_days: int = 0
    """Days after (positive) or before (negative) that side; 0: on it."""


DateRefDraft = Annotated[FixedDateRef | MilestoneDateRef, Field(discriminator="kind")]


class LegalBasisDraft(_Draft):
    """A document the plan is based on ("Căn cứ Chỉ thị số 35-CT/TW, ngày 30/5/2019 …")."""

    reference: str
    """The cited document's number ("Chỉ thị số 45-CT/TW")."""
    date: dt.date | None = None
    """The date the cited document was issued (ISO 8601); null when the plan does not give it."""
    title: str
    """What the cited document is about, as the plan quotes it."""
    issuer: str | None = None
    """Who issued the cited document ("Bộ Chính trị"); null when not stated."""
    source_lines: SourceLines
    """First and last line (1-based) of the document where this was read."""


class MilestoneDraft(_Draft):
    """An event or deadline that phase windows and due dates hang on.

    ``date`` is the first day of the period named at ``precision``;
    ``range_start``..``range_end`` is the whole period ("cuối tháng 10/2020"
    → 2020-10-01..2020-10-31). All three are ``None`` when the document never
    dates the event (a warning then says so).
    """

    key: str
    """The milestone's key in the draft: date references and phases point to it."""
    title: str
    """What happens ("Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII")."""
    kind: MilestoneKind = "event"
    """`event` (a congress, a conference), `deadline` or `review`."""
    precision: Precision | None = None
    """How precisely the document dates it: `day`, `month`, `quarter` or `year`; null when undated."""
    date: dt.date | None = None
    """The first day of the period named at `precision` (ISO 8601); null when the document never dates it."""
    range_start: dt.date | None = None
    """First day of the period the date stands for; null when undated."""
    range_end: dt.date | None = None
    """Last day of that period ("cuối tháng 10/2025" → 2025-10-31); null when undated."""
    source_lines: SourceLines
    """First and last line (1-based) of the document where this was read."""
    warnings: list[ImportWarning] = Field(default_factory=list)
    """Where the parser guessed, corrected or skipped something in this item."""


class PhaseDraft(_Draft):
    """A phase ("Đợt I") or sub-phase ("3.1") with its window and topics."""

    label: str
    """The phase's label in the document ("I", "II", "3.1"); unique in the draft."""
    parent_label: str | None = None
    """The label of the phase this is a sub-phase of; null for a top-level phase."""
    position: int
    """The phase's order among its siblings (0 first)."""
    title: str
    """The phase's title as printed ("Đợt I: từ tháng 3/2025 đến trước đại hội cấp cơ sở")."""
    topics: list[str] = Field(default_factory=list)
    """The topics listed for the phase, one string each."""
    start: DateRefDraft | None = None
    """When the phase starts: a fixed date or a milestone side plus days; null when the document leaves it
    open."""
    end: DateRefDraft | None = None
    """When the phase ends: a fixed date or a milestone side plus days; null when the document leaves it
    open."""
    source_lines: SourceLines
    """First and last line (1-based) of the document where this was read."""
    warnings: list[ImportWarning] = Field(default_factory=list)
    """Where the parser guessed, corrected or skipped something in this item."""


class ChannelDraft(_Draft):
    """A form of communication ("Tuyên truyền miệng") and its items."""

    label: str
    """The channel's label in the document ("1", "a")."""
    title: str
    """The form of communication ("Tuyên truyền trên báo chí")."""
    items: list[str] = Field(default_factory=list)
    """The channel's items as printed, one string each."""
    source_lines: SourceLines
    """First and last line (1-based) of the document where this was read."""
    warnings: list[ImportWarning] = Field(default_factory=list)
    """Where the parser guessed, corrected or skipped something in this item."""


class UnitDraft(_Draft):
    """An organisational unit or unit group named by the plan."""

    key: str
    """The unit's key in the draft: tasks point to it (`lead_unit_key`, `supporting_unit_keys`)."""
    name: str
    """The unit's name as the document writes it, spelling normalised ("Báo Đắk Lắk")."""
    short_name: str | None = None
    """A short name when the document gives one; null otherwise."""
    kind: UnitKind = "other"
    """What sort of unit: `party_committee`, `department`, `mass_org`, `media`, `district` or `other`."""
    parent_key: str | None = None
    """The key of the unit or group this one is nested under in the document; null at the top."""
    is_group: bool = False
    """True for a unit group ("Các huyện ủy, thị ủy, thành ủy"), whose members each get an assignment."""
    matched_unit_id: UUID | None = None
    """The existing unit this name was matched to; null when none matched."""
    will_create: bool = True
    """True when importing creates this unit (nothing matched it)."""
    source_lines: SourceLines
    """First and last line (1-based) of the document where this was read."""
    warnings: list[ImportWarning] = Field(default_factory=list)
    """Where the parser guessed, corrected or skipped something in this item."""


class RecurrenceDraft(_Draft):
    """A deadline that comes back ("định kỳ hằng tháng, trước ngày 25"; "tháng 6 và tháng 12 hằng năm").

    ``months`` are the months it falls in (all twelve for a monthly report);
    ``day`` the day of the month it is due by, ``None`` for the month's end.
    """

    frequency: Literal["weekly", "monthly", "quarterly", "half_yearly", "yearly"]
    """How often: `weekly`, `monthly`, `quarterly`, `half_yearly` or `yearly`."""
    months: list[int]
    """The months (1–12) the deadline falls in; all twelve for a monthly report."""
    day: int | None = None
    """The day of the month it is due by; null for the month's last day."""
    text: str = Field(description="The phrase as the document writes it")


class TaskDraft(_Draft):
    """A task listed under a unit in the implementation section."""

    source_section: str
    """Where the task stands in the document's implementation section ("IV.2")."""
    title: str
    """The task's title: its first sentence, shortened."""
    body: str
    """The task's full text as written."""
    lead_unit_key: str
    """The key (in `units`) of the unit the task is listed under: it leads."""
    supporting_unit_keys: list[str] = Field(default_factory=list)
    """Keys of the units named to support it ("phối hợp")."""
    due: DateRefDraft | None = None
    """The deadline: a fixed date or a milestone side plus days; null when none is stated."""
    recurrence: RecurrenceDraft | None = None
    """Set when the deadline recurs ("định kỳ hằng tháng"); null for a one-off task."""
    phase_label: str | None = None
    """The label of the phase the task belongs to; null when not tied to one."""
    source_lines: SourceLines
    """First and last line (1-based) of the document where this was read."""
    warnings: list[ImportWarning] = Field(default_factory=list)
    """Where the parser guessed, corrected or skipped something in this item."""


class PlanDraft(_Draft):
    """Everything a plan document says, ready for review and import.

    ``code`` and ``title`` are ``None`` when the document does not show them
    (a ``missing`` warning then says where they were expected): the draft is
    still shown, and the coordinator fills them in before saving.
    """

    code: str | None = None
    """The plan's number ("148-KH/TU"); null when the document does not show it."""
    title: str | None = None
    """The plan's title; null when the document does not show it."""
    issuing_body: str | None = None
    """The body that issued the plan ("Ban Thường vụ Tỉnh ủy"); null when not found."""
    place: str | None = None
    """The place in the date line ("Đắk Lắk"); null when not found."""
    issued_on: dt.date | None = None
    """The date the plan was signed (ISO 8601); null when not found."""
    signer_name: str | None = None
    """Who signed the plan; null when the signature block was not found."""
    signer_title: str | None = None
    """The signer's title ("Phó Bí thư Thường trực"); null when not found."""
    legal_bases: list[LegalBasisDraft] = Field(default_factory=list)
    """The documents the plan is based on ("Căn cứ …")."""
    purposes: list[str] = Field(default_factory=list)
    """The plan's purposes ("Mục đích"), one paragraph each."""
    requirements: list[str] = Field(default_factory=list)
    """The plan's requirements ("Yêu cầu"), one paragraph each."""
    recipients: list[str] = Field(default_factory=list)
    """Who the plan is sent to ("Nơi nhận"), one entry each."""
    milestones: list[MilestoneDraft] = Field(default_factory=list)
    """The events and deadlines the document names, which windows and deadlines hang on."""
    phases: list[PhaseDraft] = Field(default_factory=list)
    """The phases and sub-phases, in document order."""
    channels: list[ChannelDraft] = Field(default_factory=list)
    """The forms of communication and their items."""
    units: list[UnitDraft] = Field(default_factory=list)
    """Every unit and unit group the document names."""
    tasks: list[TaskDraft] = Field(default_factory=list)
    """The tasks of the implementation section, one per unit entry."""
    source_lines: SourceLines
    """First and last line (1-based) of the whole document."""
    field_lines: dict[str, SourceLines] = Field(
        default_factory=dict,
        description="Where each header item (code, title, issued_on, issuer, signer) was read",
    )
    warnings: list[ImportWarning] = Field(default_factory=list)
    """Warnings on the document as a whole (each item carries its own)."""

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
