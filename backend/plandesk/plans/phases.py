"""Phases: a plan's nested stages with their time windows, in reading order."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core import audit
from plandesk.core.db import fetch_rows
from plandesk.core.errors import Conflict, InvalidInput, NotFound
from plandesk.core.events import Subject, emit
from plandesk.core.policy import Principal
from plandesk.plans import schedule
from plandesk.plans.crud import _clean, _clean_lines, _finish, ensure_plan
from plandesk.plans.milestones import milestone_ranges
from plandesk.plans.models import Phase
from plandesk.plans.schedule import FixedDate, MilestoneAnchor, MilestoneRange
from plandesk.plans.schemas import (
    PhaseCreate,
)

PHASE_FIELDS = (
    "label",
    "title",
    "parent_id",
    "position",
    "topics",
    "start_milestone_id",
    "start_side",
    "start_offset_days",
    "start_date",
    "end_milestone_id",
    "end_side",
    "end_offset_days",
    "end_date",
)


async def get_phase(session: AsyncSession, phase_id: uuid.UUID) -> Phase:
    phase = await session.get(Phase, phase_id)
    if phase is None:
        raise NotFound("phase", phase_id)
    return phase


def phase_view(phase: Any) -> dict[str, Any]:
    """A phase (ORM object or row) as the API shows it, its DateRefs rebuilt from their columns."""
    return {
        "id": phase.id,
        "plan_id": phase.plan_id,
        "parent_id": phase.parent_id,
        "label": phase.label,
        "position": phase.position,
        "title": phase.title,
        "topics": phase.topics,
        "start": schedule.from_columns("start_", phase),
        "end": schedule.from_columns("end_", phase),
        "start_date": phase.start_date,
        "end_date": phase.end_date,
        "version": phase.version,
    }


async def list_phases(session: AsyncSession, plan_id: uuid.UUID) -> list[Phase]:
    """A plan's phases in reading order: each top-level phase followed by its sub-phases."""
    await ensure_plan(session, plan_id)
    phases = list(
        (
            await session.execute(
                select(Phase).where(Phase.plan_id == plan_id).order_by(Phase.position, Phase.label)
            )
        ).scalars()
    )
    return _reading_order(phases)


def _reading_order(phases: Sequence[Any]) -> list[Any]:
    children: dict[uuid.UUID | None, list[Any]] = {}
    for p in phases:
        children.setdefault(p.parent_id, []).append(p)
    out: list[Any] = []
    for top in children.get(None, []):
        out.append(top)
        out.extend(children.get(top.id, []))
    known = {p.id for p in out}
    out.extend(p for p in phases if p.id not in known)  # orphans cannot happen; never drop rows
    return out


async def phase_ids_within(session: AsyncSession, plan_id: uuid.UUID, phase_id: uuid.UUID) -> list[uuid.UUID]:
    """``phase_id`` and its sub-phases, if it belongs to the plan (else an empty list)."""
    rows = await session.execute(
        select(Phase.id).where(
            Phase.plan_id == plan_id, or_(Phase.id == phase_id, Phase.parent_id == phase_id)
        )
    )
    return list(rows.scalars())


async def phase_summaries(session: AsyncSession, plan_id: uuid.UUID) -> list[dict[str, Any]]:
    """Id, label, title and parent of a plan's phases, in reading order (for dashboards)."""
    rows = await fetch_rows(
        session,
        select(Phase.id, Phase.parent_id, Phase.label, Phase.title, Phase.position)
        .where(Phase.plan_id == plan_id)
        .order_by(Phase.position, Phase.label),
    )
    return [
        {"id": r.id, "parent_id": r.parent_id, "label": r.label, "title": r.title}
        for r in _reading_order(rows)
    ]


async def ensure_phase_in_plan(
    session: AsyncSession, plan_id: uuid.UUID, phase_id: uuid.UUID, loc: str
) -> None:
    found = (
        await session.execute(select(Phase.id).where(Phase.id == phase_id, Phase.plan_id == plan_id))
    ).scalar_one_or_none()
    if found is None:
        raise InvalidInput(
            f"Phase {phase_id} is not in this plan.",
            errors=[{"loc": ["body", loc], "msg": "not a phase of this plan"}],
        )


async def _check_parent(
    session: AsyncSession, plan_id: uuid.UUID, phase_id: uuid.UUID | None, parent_id: uuid.UUID | None
) -> None:
    if parent_id is None:
        return
    parent = (
        await session.execute(select(Phase.plan_id, Phase.parent_id).where(Phase.id == parent_id))
    ).one_or_none()
    if parent is None or parent.plan_id != plan_id:
        raise InvalidInput(
            "The parent phase is not in this plan.",
            errors=[{"loc": ["body", "parent_id"], "msg": "not a phase of this plan"}],
        )
    if parent_id == phase_id or parent.parent_id is not None:
        raise InvalidInput(
            "Phases nest one level: the parent must be a top-level phase.",
            errors=[{"loc": ["body", "parent_id"], "msg": "not a top-level phase"}],
        )
    if phase_id is not None:
        has_children = (
            await session.execute(select(Phase.id).where(Phase.parent_id == phase_id).limit(1))
        ).first()
        if has_children:
            raise InvalidInput(
                "This phase has sub-phases, so it cannot become a sub-phase itself.",
                errors=[{"loc": ["body", "parent_id"], "msg": "phase has sub-phases"}],
            )


async def _check_label_free(
    session: AsyncSession, plan_id: uuid.UUID, label: str, phase_id: uuid.UUID | None
) -> None:
    stmt = select(Phase.id).where(Phase.plan_id == plan_id, Phase.label == label)
    if phase_id is not None:
        stmt = stmt.where(Phase.id != phase_id)
    if (await session.execute(stmt)).first():
        raise Conflict(f"This plan already has a phase labelled {label!r}.")


def _window_columns(
    start: FixedDate | MilestoneAnchor | None,
    end: FixedDate | MilestoneAnchor | None,
    ranges: dict[uuid.UUID, MilestoneRange],
) -> dict[str, Any]:
    start_date, end_date = schedule.resolve(start, ranges), schedule.resolve(end, ranges)
    if start_date is not None and end_date is not None and end_date < start_date:
        raise InvalidInput(
            f"The phase would end ({end_date}) before it starts ({start_date}).",
            errors=[{"loc": ["body", "end"], "msg": "ends before the start"}],
        )
    return {**schedule.to_columns("start_", start, start_date), **schedule.to_columns("end_", end, end_date)}


async def _next_position(session: AsyncSession, model: Any, *where: Any) -> int:
    top = (await session.execute(select(func.max(model.position)).where(*where))).scalar_one_or_none()
    return 0 if top is None else top + 1


async def create_phase(
    session: AsyncSession,
    actor: Principal | None,
    plan_id: uuid.UUID,
    data: PhaseCreate,
    *,
    commit: bool = True,
) -> Phase:
    """Add a phase or sub-phase; its window's DateRefs are resolved and stored."""
    await ensure_plan(session, plan_id)
    label = _clean(data.label) or data.label
    await _check_parent(session, plan_id, None, data.parent_id)
    await _check_label_free(session, plan_id, label, None)
    ranges = await milestone_ranges(session, plan_id, {"start": data.start, "end": data.end})
    position = data.position
    if position is None:
        position = await _next_position(
            session,
            Phase,
            Phase.plan_id == plan_id,
            Phase.parent_id.is_(None) if data.parent_id is None else Phase.parent_id == data.parent_id,
        )
    phase = Phase(
        plan_id=plan_id,
        parent_id=data.parent_id,
        label=label,
        position=position,
        title=_clean(data.title),
        topics=_clean_lines(data.topics),
        **_window_columns(data.start, data.end, ranges),
    )
    session.add(phase)
    await session.flush()
    audit.record(
        session,
        actor,
        "phase.created",
        "phase",
        phase.id,
        audit.diff({}, audit.snapshot(phase, PHASE_FIELDS)),
    )
    emit(session, "phase.changed", Subject("phase", phase.id), {"change": "created"}, plan_id=plan_id)
    await _finish(session, commit)
    return phase


async def update_phase(
    session: AsyncSession,
    actor: Principal,
    phase: Phase,
    changes: dict[str, Any],
) -> Phase:
    """Change a phase. ``changes`` holds only the fields sent; ``start``/``end`` are DateRef models."""
    for required in ("label", "title", "position", "topics"):
        if required in changes and changes[required] is None:
            del changes[required]
    values: dict[str, Any] = {}
    if "label" in changes:
        values["label"] = _clean(changes["label"])
        await _check_label_free(session, phase.plan_id, values["label"], phase.id)
    if "title" in changes:
        values["title"] = _clean(changes["title"])
    if "topics" in changes:
        values["topics"] = _clean_lines(changes["topics"])
    if "position" in changes:
        values["position"] = changes["position"]
    if "parent_id" in changes:
        await _check_parent(session, phase.plan_id, phase.id, changes["parent_id"])
        values["parent_id"] = changes["parent_id"]
    if "start" in changes or "end" in changes:
        current = phase_view(phase)
        start = changes["start"] if "start" in changes else _ref_model(current["start"])
        end = changes["end"] if "end" in changes else _ref_model(current["end"])
        ranges = await milestone_ranges(session, phase.plan_id, {"start": start, "end": end})
        values.update(_window_columns(start, end, ranges))
    before = audit.snapshot(phase, values.keys())
    for key, value in values.items():
        setattr(phase, key, value)
    diff = audit.diff(before, values)
    audit.record(session, actor, "phase.updated", "phase", phase.id, diff)
    if diff:
        emit(
            session,
            "phase.changed",
            Subject("phase", phase.id),
            {"change": "updated", "changes": diff},
            plan_id=phase.plan_id,
        )
    await session.commit()
    return phase


def _ref_model(ref: dict[str, Any] | None) -> FixedDate | MilestoneAnchor | None:
    if ref is None:
        return None
    return FixedDate(**ref) if ref["kind"] == "fixed" else MilestoneAnchor(**ref)


async def delete_phase(session: AsyncSession, actor: Principal, phase: Phase) -> None:
    """Delete a phase and its sub-phases; their tasks stay in the plan without a phase."""
    audit.record(
        session,
        actor,
        "phase.deleted",
        "phase",
        phase.id,
        audit.diff(audit.snapshot(phase, PHASE_FIELDS), {}),
    )
    emit(session, "phase.changed", Subject("phase", phase.id), {"change": "deleted"}, plan_id=phase.plan_id)
    await session.delete(phase)
    await session.commit()
