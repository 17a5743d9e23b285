"""What an import did (or would do), as the API answers it and as the command line prints it.

A dry run without a database (``plandesk import-plan --dry-run``) is answered
here too: every unit would be created, nothing is matched.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from plandesk.importer.draft import ImportWarning, PlanDraft
from plandesk.importer.schemas import (
    ImportCounts,
    ImportedGroup,
    ImportedUnit,
    PlanImportPreview,
    PlanImportResult,
)
from plandesk.plans import crud as plan_crud
from plandesk.plans.models import Plan
from plandesk.plans.schemas import PlanOut


@dataclass
class PlanImport:
    """What an import did (or, for a dry run, would do)."""

    dry_run: bool
    draft: PlanDraft
    units: list[dict[str, Any]]
    groups: list[dict[str, Any]]
    counts: dict[str, int]
    warnings: list[ImportWarning]
    filename: str | None = None
    plan: Plan | None = None

    def as_response(self) -> PlanImportPreview | PlanImportResult:
        """The API's (and ``import-plan --json``'s) answer: the preview, or the created plan."""
        units = [ImportedUnit(**u) for u in self.units]
        groups = [ImportedGroup(**g) for g in self.groups]
        counts = ImportCounts(**self.counts)
        if self.plan is None:
            return PlanImportPreview(
                filename=self.filename, draft=self.draft, units=units, groups=groups, counts=counts
            )
        return PlanImportResult(
            filename=self.filename,
            plan=PlanOut(**plan_crud.plan_view(self.plan)),
            units=units,
            groups=groups,
            counts=counts,
            warnings=self.warnings,
        )


def all_warnings(draft: PlanDraft) -> Iterator[ImportWarning]:
    """Every warning of a draft: the document's, then each item's."""
    yield from draft.warnings
    for items in (draft.milestones, draft.phases, draft.channels, draft.units, draft.tasks):
        for item in items:
            yield from item.warnings


def offline_preview(draft: PlanDraft, filename: str | None) -> PlanImport:
    """A dry run without a database: what the draft holds; every unit and group would be created."""
    warnings = list(all_warnings(draft))
    units = [
        {
            "key": u.key,
            "name": u.name,
            "kind": u.kind,
            "parent_key": u.parent_key,
            "is_group": u.is_group,
            "matched": False,
            "unit_id": None,
        }
        for u in draft.units
    ]
    groups = [
        {
            "key": u.key,
            "name": u.name,
            "matched": False,
            "group_id": None,
            "member_keys": [m.key for m in draft.units if m.parent_key == u.key and not m.is_group],
            "member_count": sum(m.parent_key == u.key and not m.is_group for m in draft.units),
        }
        for u in draft.units
        if u.is_group
    ]
    assignments = sum(1 + len(t.supporting_unit_keys) for t in draft.tasks)
    counts = {
        "milestones": len(draft.milestones),
        "phases": sum(p.parent_label is None for p in draft.phases),
        "sub_phases": sum(p.parent_label is not None for p in draft.phases),
        "channels": len(draft.channels),
        "tasks": len(draft.tasks),
        "tasks_with_deadline": sum(t.due is not None for t in draft.tasks),
        "assignments": assignments,
        "units_matched": 0,
        "units_created": len(draft.units),
        "groups_matched": 0,
        "groups_created": len(groups),
        "warnings": len(warnings),
    }
    return PlanImport(True, draft, units, groups, counts, warnings, filename=filename)


def summary_lines(result: PlanImport) -> list[str]:
    """A short human-readable account of an import, for the command line."""
    d, c = result.draft, result.counts
    head = f"{d.code} — {d.title}"
    lines = [head + ("  (dry run: nothing saved)" if result.dry_run else "")]
    issued = ", ".join(
        part
        for part in (
            f"issued {d.issued_on.isoformat()}" if d.issued_on else None,
            f"at {d.place}" if d.place else None,
            f"by {d.issuing_body}" if d.issuing_body else None,
        )
        if part
    )
    if issued:
        lines.append(f"  {issued}")
    if result.plan is not None:
        lines.append(f"  plan id {result.plan.id} (status {result.plan.status})")
    lines.append(
        f"  {c['milestones']} milestones, {c['phases']} phases + {c['sub_phases']} sub-phases, "
        f"{c['channels']} channels, {c['tasks']} tasks ({c['tasks_with_deadline']} with deadlines), "
        f"{c['assignments']} assignments"
    )
    verb = "would be created" if result.dry_run else "created"
    lines.append(f"  units: {c['units_matched']} matched, {c['units_created']} {verb}")
    for u in result.units:
        mark = "=" if u["matched"] else "+"
        lines.append(f"    {mark} {u['name']}" + (" (group)" if u["is_group"] else ""))
    if result.groups:
        lines.append(f"  unit groups: {c['groups_matched']} matched, {c['groups_created']} {verb}")
    lines.append(f"  {c['warnings']} warnings" + (":" if result.warnings else ""))
    for w in result.warnings:
        where = f" [lines {w.source_lines[0]}–{w.source_lines[1]}]" if w.source_lines else ""
        lines.append(f"    {w.code.value}: {w.message}{where}")
    return lines
