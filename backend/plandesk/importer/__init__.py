"""Plan documents (text, Markdown, .docx) → plan drafts, with warnings where the parser guessed."""

from plandesk.importer.draft import (
    ChannelDraft,
    DateRefDraft,
    FixedDateRef,
    ImportWarning,
    LegalBasisDraft,
    MilestoneDateRef,
    MilestoneDraft,
    PhaseDraft,
    PlanDraft,
    TaskDraft,
    UnitDraft,
    WarningCode,
)
from plandesk.importer.errors import DocumentTooLarge, NotAPlan, PlanImportError, UnsupportedDocument
from plandesk.importer.parser import parse_plan, parse_plan_file
from plandesk.importer.units import ExistingUnit, match_unit

__all__ = [
    "ChannelDraft",
    "DateRefDraft",
    "DocumentTooLarge",
    "ExistingUnit",
    "FixedDateRef",
    "ImportWarning",
    "LegalBasisDraft",
    "MilestoneDateRef",
    "MilestoneDraft",
    "NotAPlan",
    "PhaseDraft",
    "PlanDraft",
    "PlanImportError",
    "TaskDraft",
    "UnitDraft",
    "UnsupportedDocument",
    "WarningCode",
    "match_unit",
    "parse_plan",
    "parse_plan_file",
]
