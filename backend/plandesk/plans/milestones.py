"""Milestones and the schedule: dated milestones, and re-resolving what is anchored to one when it moves."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core import audit
from plandesk.core.db import fetch_rows
from plandesk.core.errors import Conflict, InvalidInput, NotFound
from plandesk.core.events import Subject, emit
from plandesk.core.policy import Principal
from plandesk.plans import schedule
from plandesk.plans.crud import _clean, _finish, _jsonable, ensure_plan
from plandesk.plans.models import Milestone, Phase
from plandesk.plans.schedule import FixedDate, MilestoneAnchor, MilestoneRange, Precision
from plandesk.plans.schemas import (
    MilestoneCreate,
)

MILESTONE_FIELDS = ("title", "description", "kind", "date", "precision", "range_start", "range_end", "status")


async def get_milestone(session: AsyncSession, milestone_id: uuid.UUID) -> Milestone:
    milestone = await session.get(Milestone, milestone_id)
    if milestone is None:
        raise NotFound("milestone", milestone_id)
    return milestone


def _dated(date: dt.date | None, precision: str | None) -> dict[str, Any]:
    if date is None:
        return {"date": None, "precision": None, "range_start": None, "range_end": None}
    prec: Precision = precision or "day"  # type: ignore[assignment]
    start, end = schedule.period(date, prec)
    return {"date": date, "precision": prec, "range_start": start, "range_end": end}


async def create_milestone(
    session: AsyncSession,
    actor: Principal | None,
    plan_id: uuid.UUID,
    data: MilestoneCreate,
    *,
    commit: bool = True,
) -> Milestone:
    """Add a milestone; its date is resolved to the period its precision names."""
    await ensure_plan(session, plan_id)
    milestone = Milestone(
        plan_id=plan_id,
        title=_clean(data.title),
        description=_clean(data.description),
        kind=data.kind,
        status=data.status,
        **_dated(data.date, data.precision),
    )
    session.add(milestone)
    await session.flush()
    audit.record(
        session,
        actor,
        "milestone.created",
        "milestone",
        milestone.id,
        audit.diff({}, audit.snapshot(milestone, MILESTONE_FIELDS)),
    )
    await _finish(session, commit)
    return milestone


async def list_milestones(session: AsyncSession, plan_id: uuid.UUID) -> list[Milestone]:
    """A plan's milestones in date order (undated ones last)."""
    await ensure_plan(session, plan_id)
    stmt = (
        select(Milestone)
        .where(Milestone.plan_id == plan_id)
        .order_by(Milestone.range_start.is_(None), Milestone.range_start, Milestone.title, Milestone.id)
    )
    return list((await session.execute(stmt)).scalars())


async def milestones_between(
    session: AsyncSession, plan_id: uuid.UUID, first: dt.date | None, last: dt.date | None
) -> list[dict[str, Any]]:
    """Dated milestones of a plan whose period overlaps ``first``..``last`` (open ends allowed)."""
    stmt = select(
        Milestone.id,
        Milestone.title,
        Milestone.kind,
        Milestone.status,
        Milestone.precision,
        Milestone.range_start,
        Milestone.range_end,
    ).where(Milestone.plan_id == plan_id, Milestone.range_start.is_not(None))
    if last is not None:
        stmt = stmt.where(Milestone.range_start <= last)
    if first is not None:
        stmt = stmt.where(Milestone.range_end >= first)
    stmt = stmt.order_by(Milestone.range_start, Milestone.id)
    return [r._asdict() for r in await fetch_rows(session, stmt)]


async def milestone_ranges(
    session: AsyncSession, plan_id: uuid.UUID, refs: dict[str, FixedDate | MilestoneAnchor | None]
) -> dict[uuid.UUID, MilestoneRange]:
    """The ranges of the milestones ``refs`` hang on; 422 naming the field if one is not in the plan.

    ``refs`` maps a body field name ("start", "due") to its DateRef.
    """
    ids = schedule.anchor_ids(*refs.values())
    if not ids:
        return {}
    rows = await session.execute(
        select(Milestone.id, Milestone.range_start, Milestone.range_end).where(
            Milestone.id.in_(ids), Milestone.plan_id == plan_id
        )
    )
    ranges: dict[uuid.UUID, MilestoneRange] = {r.id: (r.range_start, r.range_end) for r in rows}
    for name, ref in refs.items():
        if isinstance(ref, MilestoneAnchor) and ref.milestone_id not in ranges:
            raise InvalidInput(
                f"Milestone {ref.milestone_id} is not in this plan.",
                errors=[{"loc": ["body", name, "milestone_id"], "msg": "not a milestone of this plan"}],
            )
    return ranges


@dataclass
class Reschedule:
    """What moving a milestone changes: computed first, applied only if there is no conflict."""

    milestone_id: uuid.UUID
    before: tuple[dt.date | None, dt.date | None]
    after: tuple[dt.date | None, dt.date | None]
    phases: list[tuple[Phase, dt.date | None, dt.date | None]] = field(default_factory=list)
    tasks: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)

    def as_impact(self, unit_names: dict[uuid.UUID, tuple[str, str | None]]) -> dict[str, Any]:
        units: dict[uuid.UUID, int] = {}
        for t in self.tasks:
            for u in t["unit_ids"]:
                units[u] = units.get(u, 0) + 1
        return {
            "milestone_id": self.milestone_id,
            "range_start": {"before": self.before[0], "after": self.after[0]},
            "range_end": {"before": self.before[1], "after": self.after[1]},
            "phases": [
                {
                    "id": p.id,
                    "label": p.label,
                    "title": p.title,
                    "start_date": {"before": p.start_date, "after": start},
                    "end_date": {"before": p.end_date, "after": end},
                }
                for p, start, end in self.phases
            ],
            "tasks": [
                {
                    "id": t["id"],
                    "title": t["title"],
                    "due_date": {"before": t["due_date"], "after": t["new_due_date"]},
                    "unit_ids": t["unit_ids"],
                }
                for t in self.tasks
            ],
            "units": [
                {"unit_id": u, "name": unit_names.get(u, (None, None))[0], "task_count": n}
                for u, n in sorted(units.items(), key=lambda kv: (-kv[1], str(kv[0])))
            ],
            "conflicts": self.conflicts,
        }


async def _plan_reschedule(
    session: AsyncSession, milestone: Milestone, new_start: dt.date | None, new_end: dt.date | None
) -> Reschedule:
    # Imported here: the tasks domain builds on this one, and rescheduling reaches into it.
    from plandesk.tasks import due_dates as task_due_dates

    plan = Reschedule(milestone.id, (milestone.range_start, milestone.range_end), (new_start, new_end))
    anchor = {"start": new_start, "end": new_end}
    phases = (
        await session.execute(
            select(Phase)
            .where(or_(Phase.start_milestone_id == milestone.id, Phase.end_milestone_id == milestone.id))
            .order_by(Phase.position, Phase.label)
        )
    ).scalars()
    for phase in phases:
        start, end = phase.start_date, phase.end_date
        if phase.start_milestone_id == milestone.id:
            start = schedule.shift(anchor[phase.start_side or "start"], phase.start_offset_days or 0)
        if phase.end_milestone_id == milestone.id:
            end = schedule.shift(anchor[phase.end_side or "end"], phase.end_offset_days or 0)
        if start != phase.start_date or end != phase.end_date:
            plan.phases.append((phase, start, end))
        if start is not None and end is not None and end < start:
            plan.conflicts.append(
                {
                    "phase_id": phase.id,
                    "label": phase.label,
                    "title": phase.title,
                    "start_date": start,
                    "end_date": end,
                    "message": f"Phase {phase.label} would end on {end} before it starts on {start}.",
                }
            )
    for task in await task_due_dates.tasks_anchored_to(session, milestone.id):
        new_due = schedule.shift(anchor[task["due_side"] or "end"], task["due_offset_days"] or 0)
        if new_due != task["due_date"]:
            plan.tasks.append({**task, "new_due_date": new_due})
    return plan


async def _apply_reschedule(session: AsyncSession, actor: Principal | None, plan: Reschedule) -> None:
    from plandesk.tasks import due_dates as task_due_dates

    if plan.conflicts:
        first = plan.conflicts[0]
        raise Conflict(
            f"Moving this milestone would make phase {first['label']} «{first['title']}» end "
            f"({first['end_date']}) before it starts ({first['start_date']}).",
            extra={"conflicts": [_jsonable(c) for c in plan.conflicts]},
        )
    for phase, start, end in plan.phases:
        before = {"start_date": phase.start_date, "end_date": phase.end_date}
        phase.start_date, phase.end_date = start, end
        moved = audit.diff(before, {"start_date": start, "end_date": end})
        audit.record(session, actor, "phase.rescheduled", "phase", phase.id, moved)
        if moved:
            emit(
                session,
                "phase.changed",
                Subject("phase", phase.id),
                {"change": "rescheduled", "changes": moved},
                plan_id=phase.plan_id,
            )
    await task_due_dates.reschedule_tasks(
        session, actor, {t["id"]: t["new_due_date"] for t in plan.tasks}, cause=plan.milestone_id
    )


async def update_milestone(
    session: AsyncSession, actor: Principal, milestone: Milestone, changes: dict[str, Any]
) -> Milestone:
    """Change a milestone; a new date or precision re-resolves every date anchored to it."""
    for required in ("title", "kind", "status"):
        if required in changes and changes[required] is None:
            del changes[required]
    for key in ("title", "description"):
        if key in changes:
            changes[key] = _clean(changes[key])
    if "date" in changes or "precision" in changes:
        date = changes.pop("date", milestone.date)
        given_precision = changes.pop("precision", None)
        precision = given_precision or milestone.precision
        if date is None and given_precision is not None:
            raise InvalidInput(
                "A precision needs a date.", errors=[{"loc": ["body", "precision"], "msg": "no date"}]
            )
        changes.update(_dated(date, precision))
    before = audit.snapshot(milestone, changes.keys())
    new_range = (
        changes.get("range_start", milestone.range_start),
        changes.get("range_end", milestone.range_end),
    )
    if new_range != (milestone.range_start, milestone.range_end):
        plan = await _plan_reschedule(session, milestone, *new_range)
        await _apply_reschedule(session, actor, plan)
    for key, value in changes.items():
        setattr(milestone, key, value)
    diff = audit.diff(before, changes)
    audit.record(session, actor, "milestone.updated", "milestone", milestone.id, diff)
    if "range_start" in diff or "range_end" in diff:
        _emit_milestone_moved(session, milestone, diff)
    await session.commit()
    return milestone


async def move_milestone(
    session: AsyncSession,
    actor: Principal | None,
    milestone: Milestone,
    date: dt.date,
    precision: Precision | None = None,
) -> Milestone:
    """Move a milestone and everything anchored to it, in one transaction; mark it ``moved``.

    Raises 409 naming the phase whose window would end before it starts.
    """
    changes = _dated(date, precision or milestone.precision)
    plan = await _plan_reschedule(session, milestone, changes["range_start"], changes["range_end"])
    await _apply_reschedule(session, actor, plan)
    if changes["range_start"] != milestone.range_start or changes["range_end"] != milestone.range_end:
        changes["status"] = "moved"
    before = audit.snapshot(milestone, changes.keys())
    for key, value in changes.items():
        setattr(milestone, key, value)
    audit.record(
        session,
        actor,
        "milestone.moved",
        "milestone",
        milestone.id,
        {
            **audit.diff(before, changes),
            "moved_phases": len(plan.phases),
            "moved_tasks": len(plan.tasks),
        },
    )
    _emit_milestone_moved(session, milestone, audit.diff(before, changes))
    await session.commit()
    return milestone


def _emit_milestone_moved(session: AsyncSession, milestone: Milestone, diff: dict[str, Any]) -> None:
    emit(
        session,
        "milestone.moved",
        Subject("milestone", milestone.id),
        {"changes": diff, "range_start": milestone.range_start, "range_end": milestone.range_end},
        plan_id=milestone.plan_id,
    )


async def milestone_impact(
    session: AsyncSession, milestone: Milestone, date: dt.date, precision: Precision | None = None
) -> dict[str, Any]:
    """Preview :func:`move_milestone`: what would move, which units' deadlines change, conflicts."""
    from plandesk.units import service as units_service

    changes = _dated(date, precision or milestone.precision)
    plan = await _plan_reschedule(session, milestone, changes["range_start"], changes["range_end"])
    names = await units_service.unit_names(session, [u for t in plan.tasks for u in t["unit_ids"]])
    return plan.as_impact(names)


async def delete_milestone(session: AsyncSession, actor: Principal, milestone: Milestone) -> None:
    """Delete a milestone nothing hangs on (409 while phases or tasks are anchored to it)."""
    audit.record(
        session,
        actor,
        "milestone.deleted",
        "milestone",
        milestone.id,
        audit.diff(audit.snapshot(milestone, MILESTONE_FIELDS), {}),
    )
    await session.delete(milestone)
    try:
        await session.commit()
    except IntegrityError as exc:
        await session.rollback()
        raise Conflict(
            "Phases or tasks are anchored to this milestone: re-anchor them before deleting it."
        ) from exc
