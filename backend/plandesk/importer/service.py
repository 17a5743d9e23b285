"""Turn a plan draft into a plan: units, groups, milestones, phases, channels and tasks in one transaction.

The parser (:mod:`plandesk.importer.parser`) reads a document into a
:class:`~plandesk.importer.draft.PlanDraft`; :func:`import_plan` creates what
it describes with the plans, tasks and units services (``commit=False``),
then commits once — or, for a dry run, rolls everything back, so a preview
runs exactly the checks a real import would and still changes nothing.

Units are matched to the units that already exist (tolerating spelling and
naming variants, see :func:`~plandesk.importer.units.match_unit`); a unit is
created only when nothing matches, nested under its parent as the document
nests it. A group entry ("Các huyện ủy, thị ủy, thành ủy và đảng ủy trực
thuộc") becomes a :class:`~plandesk.units.models.UnitGroup` whose members are
the existing group's, or the units the document nests under it; it is also a
unit of its own — the collective the coordinator holds to account, since a
task has exactly one lead — and every member gets its own assignment on the
tasks given to the group.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core import audit
from plandesk.core.errors import InvalidInput
from plandesk.core.policy import Principal
from plandesk.importer.draft import (
    FixedDateRef,
    ImportWarning,
    MilestoneDateRef,
    PlanDraft,
    SourceLines,
    UnitDraft,
    WarningCode,
)

# Reading documents and presenting results live in their own modules; re-exported for the router and CLI.
from plandesk.importer.reading import as_domain_error, existing_units, read_plan_file
from plandesk.importer.results import PlanImport, all_warnings, summary_lines
from plandesk.importer.units import match_unit, unit_key
from plandesk.plans import channels as plan_channels
from plandesk.plans import crud as plan_crud
from plandesk.plans import milestones as plan_milestones
from plandesk.plans import phases as plan_phases
from plandesk.plans.schedule import FixedDate, MilestoneAnchor
from plandesk.plans.schemas import (
    ChannelCreate,
    LegalBasis,
    MilestoneCreate,
    PhaseCreate,
    PlanCreate,
)
from plandesk.tasks import crud as task_crud
from plandesk.tasks.schemas import TaskCreate
from plandesk.units import service as units_service

UNIT_NAME_LIMIT = 300
SHORT_NAME_LIMIT = 80
# Serialises imports on PostgreSQL, so two imports at once cannot both create the same new unit.
_IMPORT_LOCK = 0x504C414E  # "PLAN"

M = TypeVar("M", bound=BaseModel)


# --- importing -----------------------------------------------------------------------


async def import_plan(
    session: AsyncSession,
    actor: Principal | None,
    draft: PlanDraft,
    *,
    dry_run: bool,
    filename: str | None = None,
) -> PlanImport:
    """Create the plan ``draft`` describes, in one transaction, and audit it.

    With ``dry_run`` everything is created and checked, then rolled back:
    the answer says which units would be matched and which created, and
    nothing changes. Invalid items (a window ending before it starts, an
    over-long name) are refused with 422 naming the item and its lines.
    """
    draft = draft.model_copy(deep=True)
    missing = [what for what, value in (("plan number", draft.code), ("title", draft.title)) if not value]
    if missing and not dry_run:
        raise InvalidInput(
            f"The plan cannot be saved yet: the document shows no {' and no '.join(missing)}. "
            "Fill them in on the import review, then save.",
            errors=[{"loc": ["body", "file"], "msg": f"no {what} found"} for what in missing],
        )
    try:
        result = await _build(session, actor, draft, dry_run=dry_run, filename=filename)
    except BaseException:
        await session.rollback()
        raise
    if dry_run:
        await session.rollback()
    else:
        await session.commit()
    return result


@dataclass
class _Resolution:
    unit_ids: dict[str, uuid.UUID] = field(default_factory=dict)
    created_units: set[str] = field(default_factory=set)
    group_ids: dict[str, uuid.UUID] = field(default_factory=dict)
    created_groups: set[str] = field(default_factory=set)
    group_members: dict[str, list[uuid.UUID]] = field(default_factory=dict)


async def _build(
    session: AsyncSession, actor: Principal | None, draft: PlanDraft, *, dry_run: bool, filename: str | None
) -> PlanImport:
    await _lock_imports(session)
    resolution = await _resolve_units(session, actor, draft)
    plan = await plan_crud.create_plan(session, actor, _plan_create(draft), commit=False)

    milestone_ids: dict[str, uuid.UUID] = {}
    for m in draft.milestones:
        milestone = _model(
            MilestoneCreate,
            f"milestone '{m.title[:60]}'",
            m.source_lines,
            title=m.title,
            kind=m.kind,
            date=m.date,
            precision=m.precision if m.date else None,
        )
        milestone_ids[m.key] = (
            await plan_milestones.create_milestone(session, actor, plan.id, milestone, commit=False)
        ).id

    phase_ids: dict[str, uuid.UUID] = {}
    # Top-level phases first: sub-phases need their parent's id.
    for p in sorted(draft.phases, key=lambda p: p.parent_label is not None):
        where = f"phase {p.label}"
        parent_id = phase_ids.get(p.parent_label) if p.parent_label else None
        if p.parent_label and parent_id is None:
            raise _invalid(
                f"{where} is under phase {p.parent_label}, which the document does not have", p.source_lines
            )
        phase = _model(
            PhaseCreate,
            where,
            p.source_lines,
            label=p.label,
            title=p.title,
            parent_id=parent_id,
            position=p.position,
            topics=p.topics,
            start=_date_ref(p.start, milestone_ids, where, p.source_lines),
            end=_date_ref(p.end, milestone_ids, where, p.source_lines),
        )
        phase_ids[p.label] = (
            await _located(
                plan_phases.create_phase(session, actor, plan.id, phase, commit=False),
                where,
                p.source_lines,
            )
        ).id

    for position, c in enumerate(draft.channels):
        channel = _model(
            ChannelCreate,
            f"channel {c.label}",
            c.source_lines,
            label=c.label,
            title=c.title,
            position=position,
            items=c.items,
        )
        await plan_channels.create_channel(session, actor, plan.id, channel, commit=False)

    for t in draft.tasks:
        where = f"task {t.source_section} '{t.title[:60]}'"
        lead_id, unit_ids, group_ids = _task_units(draft, resolution, t.lead_unit_key, t.supporting_unit_keys)
        task = _model(
            TaskCreate,
            where,
            t.source_lines,
            title=t.title,
            body=t.body,
            source_section=t.source_section,
            phase_id=phase_ids.get(t.phase_label) if t.phase_label else None,
            lead_unit_id=lead_id,
            supporting_unit_ids=unit_ids,
            supporting_group_ids=group_ids,
            due=_date_ref(t.due, milestone_ids, where, t.source_lines),
        )
        await _located(
            task_crud.create_task(session, actor, plan.id, task, commit=False), where, t.source_lines
        )

    warnings = list(all_warnings(draft))
    counts = {
        "milestones": len(draft.milestones),
        "phases": sum(p.parent_label is None for p in draft.phases),
        "sub_phases": sum(p.parent_label is not None for p in draft.phases),
        "channels": len(draft.channels),
        "tasks": len(draft.tasks),
        "tasks_with_deadline": sum(t.due is not None for t in draft.tasks),
        "assignments": await task_crud.count_assignments(session, plan.id),
        "units_matched": sum(u.key not in resolution.created_units for u in draft.units),
        "units_created": len(resolution.created_units),
        "groups_matched": len(resolution.group_ids) - len(resolution.created_groups),
        "groups_created": len(resolution.created_groups),
        "warnings": len(warnings),
    }
    audit.record(
        session,
        actor,
        "plan.imported",
        "plan",
        plan.id,
        {"source": {"before": None, "after": filename}, "counts": {"before": None, "after": counts}},
    )
    await session.flush()
    hide_new = dry_run  # ids of rows that a dry run rolls back mean nothing
    units = [
        {
            "key": u.key,
            "name": u.name,
            "kind": u.kind,
            "parent_key": u.parent_key,
            "is_group": u.is_group,
            "matched": u.key not in resolution.created_units,
            "unit_id": None if hide_new and u.key in resolution.created_units else resolution.unit_ids[u.key],
        }
        for u in draft.units
    ]
    groups = [
        {
            "key": u.key,
            "name": u.name,
            "matched": u.key not in resolution.created_groups,
            "group_id": None
            if hide_new and u.key in resolution.created_groups
            else resolution.group_ids[u.key],
            "member_keys": [m.key for m in draft.units if m.parent_key == u.key and not m.is_group],
            "member_count": len(resolution.group_members[u.key]),
        }
        for u in draft.units
        if u.is_group
    ]
    return PlanImport(
        dry_run=dry_run,
        draft=draft,
        units=units,
        groups=groups,
        counts=counts,
        warnings=warnings,
        filename=filename,
        plan=None if dry_run else plan,
    )


async def _lock_imports(session: AsyncSession) -> None:
    """One import at a time, so the units one import creates are matched by the next."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        await session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _IMPORT_LOCK})
    elif dialect == "sqlite":
        # SQLite has one writer: a write statement (even one that changes no row) takes the
        # write lock now, before the existing units are read, instead of at the first insert.
        await session.execute(text("UPDATE units SET active = active WHERE 0 = 1"))


async def _resolve_units(session: AsyncSession, actor: Principal | None, draft: PlanDraft) -> _Resolution:
    """Match every unit of the draft to an existing one or create it; the same for groups.

    Updates the draft's ``matched_unit_id``/``will_create`` to what the database holds now.
    """
    resolution = _Resolution()
    existing = await existing_units(session)
    by_key = {u.key: u for u in draft.units}
    for unit in draft.units:
        match = match_unit(unit.name, existing, place=draft.place)
        unit.matched_unit_id = match.id if match else None
        unit.will_create = match is None

    async def ensure(unit: UnitDraft, seen: frozenset[str]) -> uuid.UUID:
        if unit.key in resolution.unit_ids:
            return resolution.unit_ids[unit.key]
        if unit.matched_unit_id is not None:
            resolution.unit_ids[unit.key] = unit.matched_unit_id
            return unit.matched_unit_id
        parent_id = None
        parent = by_key.get(unit.parent_key) if unit.parent_key else None
        if parent is not None and parent.key not in seen:
            parent_id = await ensure(parent, seen | {unit.key})
        if len(unit.name) > UNIT_NAME_LIMIT:
            raise _invalid(
                f"unit '{unit.name[:60]}…' has a name longer than {UNIT_NAME_LIMIT} characters",
                unit.source_lines,
            )
        short = unit.short_name if unit.short_name and len(unit.short_name) <= SHORT_NAME_LIMIT else None
        created = await units_service.create_unit(
            session,
            actor,
            {"name": unit.name, "short_name": short, "kind": unit.kind, "parent_id": parent_id},
            commit=False,
        )
        resolution.unit_ids[unit.key] = created.id
        resolution.created_units.add(unit.key)
        return created.id

    for unit in draft.units:
        await ensure(unit, frozenset())

    groups = {
        unit_key(name, place=draft.place): gid for gid, name in await units_service.group_directory(session)
    }
    for unit in draft.units:
        if not unit.is_group:
            continue
        group_id = groups.get(unit_key(unit.name, place=draft.place))
        if group_id is None:
            members = [
                resolution.unit_ids[m.key] for m in draft.units if m.parent_key == unit.key and not m.is_group
            ]
            group = await units_service.create_group(
                session, actor, unit.name, f"Named by plan {draft.code}", members, commit=False
            )
            group_id = group.id
            resolution.created_groups.add(unit.key)
            resolution.group_members[unit.key] = members
        else:
            resolution.group_members[unit.key] = (await units_service.group_members(session, [group_id]))[
                group_id
            ]
        resolution.group_ids[unit.key] = group_id
        if not resolution.group_members[unit.key] and not any(
            w.code == WarningCode.MISSING and w.message.startswith("the unit group") for w in unit.warnings
        ):
            # The review must ask for the members: a group without them gives its tasks to nobody.
            unit.warnings.append(
                ImportWarning(
                    code=WarningCode.MISSING,
                    message=f"the unit group '{unit.name}' has no member units yet: choose its members, "
                    "so that each gets its own share of the tasks given to the group",
                    source_lines=unit.source_lines,
                )
            )
    return resolution


def _task_units(
    draft: PlanDraft, resolution: _Resolution, lead_key: str, supporting_keys: Sequence[str]
) -> tuple[uuid.UUID, list[uuid.UUID], list[uuid.UUID]]:
    """Lead unit, supporting units and supporting groups of a task.

    A group stands for itself (the lead or a supporter) and for its members,
    who each get an assignment: a task given to a group reaches every member.
    """
    lead_id = resolution.unit_ids[lead_key]
    unit_ids: list[uuid.UUID] = []
    group_ids: list[uuid.UUID] = []
    for key in (lead_key, *supporting_keys):
        if key != lead_key:
            unit_ids.append(resolution.unit_ids[key])
        if key in resolution.group_ids:
            group_ids.append(resolution.group_ids[key])
    supporting = [u for u in dict.fromkeys(unit_ids) if u != lead_id]
    return lead_id, supporting, list(dict.fromkeys(group_ids))


def _plan_create(draft: PlanDraft) -> PlanCreate:
    legal_bases = [
        _model(
            LegalBasis,
            f"legal basis '{b.reference}'",
            b.source_lines,
            reference=b.reference,
            date=b.date,
            title=b.title,
        )
        for b in draft.legal_bases
    ]
    return _model(
        PlanCreate,
        "plan",
        draft.source_lines,
        # A dry run of a document without number or title still runs every other check.
        code=draft.code or "?",
        title=draft.title or "?",
        issuing_body=draft.issuing_body,
        place=draft.place,
        issued_on=draft.issued_on,
        signer_name=draft.signer_name,
        signer_title=draft.signer_title,
        legal_bases=legal_bases,
        purposes=draft.purposes,
        requirements=draft.requirements,
        recipients=draft.recipients,
    )


def _date_ref(
    ref: FixedDateRef | MilestoneDateRef | None,
    milestone_ids: dict[str, uuid.UUID],
    where: str,
    lines: SourceLines,
) -> FixedDate | MilestoneAnchor | None:
    if ref is None:
        return None
    if isinstance(ref, FixedDateRef):
        return FixedDate(kind="fixed", date=ref.date)
    milestone_id = milestone_ids.get(ref.milestone_key)
    if milestone_id is None:
        raise _invalid(
            f"{where} hangs on milestone '{ref.milestone_key}', which the draft does not have", lines
        )
    return _model(
        MilestoneAnchor,
        where,
        lines,
        kind="milestone",
        milestone_id=milestone_id,
        side=ref.side,
        offset_days=ref.offset_days,
    )


def _model(model: type[M], where: str, lines: SourceLines, **values: Any) -> M:
    """Build a create-schema from draft values; a value the API would refuse is a 422 naming the item."""
    try:
        return model(**values)
    except ValidationError as exc:
        first = exc.errors()[0]
        field_name = ".".join(str(p) for p in first["loc"])
        raise _invalid(f"{where}: {field_name}: {first['msg']}", lines) from exc


async def _located(call: Any, where: str, lines: SourceLines) -> Any:
    """Await a service call; its 422 names the draft item and lines it came from."""
    try:
        return await call
    except InvalidInput as exc:
        detail = exc.detail.rstrip(".")
        raise _invalid(f"{where}: {detail[:1].lower()}{detail[1:]}", lines) from exc


def _invalid(message: str, lines: SourceLines) -> InvalidInput:
    first, last = lines
    where = f"line {first}" if first == last else f"lines {first}–{last}"
    return InvalidInput(
        f"The plan cannot be imported: {message} ({where}).",
        errors=[{"loc": ["body", "file"], "msg": f"{message} ({where})"}],
    )


__all__ = [
    "PlanImport",
    "as_domain_error",
    "existing_units",
    "import_plan",
    "read_plan_file",
    "summary_lines",
]
