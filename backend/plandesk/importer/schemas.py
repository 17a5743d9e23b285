"""What importing a plan document answers: the draft and what it would create (dry run), or the plan."""

from __future__ import annotations

import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from plandesk.importer.draft import ImportWarning, PlanDraft, UnitKind
from plandesk.plans.schemas import PlanOut

_DOCS = ConfigDict(use_attribute_docstrings=True)


class ImportedUnit(BaseModel):
    """A unit the plan names and what the import did (or would do) with it."""

    model_config = _DOCS

    key: str = Field(description="The unit's key in the draft (lead_unit_key, supporting_unit_keys)")
    name: str
    """The unit's name (the existing unit's when matched)."""
    kind: UnitKind
    """What sort of unit: `party_committee`, `department`, `mass_org`, `media`, `district` or `other`."""
    parent_key: str | None
    """The key of the unit or group it is nested under in the document; null at the top."""
    is_group: bool = Field(
        description="A unit group, not a unit (see `groups`): its members each get an assignment"
    )
    matched: bool = Field(description="An existing unit was found; nothing is created for it")
    unit_id: uuid.UUID | None = Field(
        description="The unit's id; null for a group, and in a dry run for a unit to be created"
    )


class ImportedGroup(BaseModel):
    """A unit group ("Các huyện ủy, thị ủy …") and its members."""

    model_config = _DOCS

    key: str
    """The group's key in the draft (`units` with `is_group`)."""
    name: str
    """The group's name ("Các huyện ủy, thị ủy, thành ủy")."""
    matched: bool = Field(description="An existing group with this name was found")
    group_id: uuid.UUID | None = Field(description="Null in a dry run for a group to be created")
    member_keys: list[str] = Field(description="Units the document nests under the group")
    member_count: int = Field(
        description="Members of the group: the existing group's, those nested under it and those chosen"
    )
    member_unit_ids: list[uuid.UUID] = Field(
        description="The member units; empty: the review must ask the coordinator to choose them "
        "(form field `group_members`), or the group's tasks wait for members"
    )


class ImportCounts(BaseModel):
    """What the import creates (or, in a dry run, would create)."""

    model_config = _DOCS

    milestones: int
    """Milestones."""
    phases: int = Field(description="Top-level phases")
    sub_phases: int
    """Sub-phases ("3.1")."""
    channels: int
    """Channels (forms of communication)."""
    tasks: int
    """Tasks."""
    tasks_with_deadline: int
    """Of those, tasks with a deadline."""
    assignments: int
    """Assignments (one per unit on a task: lead, support or group member)."""
    units_matched: int
    """Units the document names that matched existing ones."""
    units_created: int
    """Units created (nothing matched them)."""
    groups_matched: int
    """Unit groups matched to existing ones."""
    groups_created: int
    """Unit groups created."""
    reporting_periods: int = Field(
        default=0,
        description="Reporting periods made from recurring deadlines ('định kỳ hằng tháng, trước ngày 25') "
        "over the plan's dated phases (0 in a preview without a database)",
    )
    warnings: int = Field(description="Warnings on the document and on every item")


class PlanImportPreview(BaseModel):
    """A dry run: the draft with its warnings and what importing it would create. Nothing is saved."""

    model_config = _DOCS

    dry_run: Literal[True] = True
    """Always true: nothing was saved."""
    filename: str | None
    """The uploaded file's name; null when the upload had none."""
    draft: PlanDraft
    """What the parser read: the draft to review (with `source_lines` and `warnings`)."""
    units: list[ImportedUnit]
    """Every unit the plan names, and whether it matches an existing unit or would be created."""
    groups: list[ImportedGroup]
    """Every unit group, with its members."""
    counts: ImportCounts
    """What importing would create."""


class PlanImportResult(BaseModel):
    """The plan created from the document, with every milestone, phase, channel, task and unit."""

    model_config = _DOCS

    dry_run: Literal[False] = False
    """Always false: the plan was saved."""
    filename: str | None
    """The uploaded file's name; null when the upload had none."""
    plan: PlanOut
    """The plan created (its ETag is in the ETag header)."""
    units: list[ImportedUnit]
    """Every unit the plan names, matched or created."""
    groups: list[ImportedGroup]
    """Every unit group, with its members."""
    counts: ImportCounts
    """What the import created."""
    warnings: list[ImportWarning] = Field(description="Every warning of the draft, document and items alike")
