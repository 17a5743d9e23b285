"""What importing a plan document answers: the draft and what it would create (dry run), or the plan."""

from __future__ import annotations

import uuid
from typing import Literal

from pydantic import BaseModel, Field

from plandesk.importer.draft import ImportWarning, PlanDraft, UnitKind
from plandesk.plans.schemas import PlanOut


class ImportedUnit(BaseModel):
    """A unit the plan names and what the import did (or would do) with it."""

    key: str = Field(description="The unit's key in the draft (lead_unit_key, supporting_unit_keys)")
    name: str
    kind: UnitKind
    parent_key: str | None
    is_group: bool = Field(
        description="A unit group, not a unit (see `groups`): its members each get an assignment"
    )
    matched: bool = Field(description="An existing unit was found; nothing is created for it")
    unit_id: uuid.UUID | None = Field(
        description="The unit's id; null for a group, and in a dry run for a unit to be created"
    )


class ImportedGroup(BaseModel):
    """A unit group ("Các huyện ủy, thị ủy …") and its members."""

    key: str
    name: str
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

    milestones: int
    phases: int = Field(description="Top-level phases")
    sub_phases: int
    channels: int
    tasks: int
    tasks_with_deadline: int
    assignments: int
    units_matched: int
    units_created: int
    groups_matched: int
    groups_created: int
    reporting_periods: int = Field(
        default=0,
        description="Reporting periods made from recurring deadlines ('định kỳ hằng tháng, trước ngày 25') "
        "over the plan's dated phases (0 in a preview without a database)",
    )
    warnings: int = Field(description="Warnings on the document and on every item")


class PlanImportPreview(BaseModel):
    """A dry run: the draft with its warnings and what importing it would create. Nothing is saved."""

    dry_run: Literal[True] = True
    filename: str | None
    draft: PlanDraft
    units: list[ImportedUnit]
    groups: list[ImportedGroup]
    counts: ImportCounts


class PlanImportResult(BaseModel):
    """The plan created from the document, with every milestone, phase, channel, task and unit."""

    dry_run: Literal[False] = False
    filename: str | None
    plan: PlanOut
    units: list[ImportedUnit]
    groups: list[ImportedGroup]
    counts: ImportCounts
    warnings: list[ImportWarning] = Field(description="Every warning of the draft, document and items alike")
