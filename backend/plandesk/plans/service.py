"""Plans and their schedules: milestones, phases, channels, rescheduling, the public summary.

Every ``create_*`` function takes ``commit=``: with ``commit=False`` it only
flushes, so a caller (the plan importer) can build a whole plan in one
transaction and commit once. ``actor=None`` means the system (CLI, importer).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core import audit, localtime
from plandesk.core.db import fetch_rows
from plandesk.core.errors import Conflict, InvalidInput, NotFound
from plandesk.core.pagination import PageParams, SortKey, keyset, split_page
from plandesk.core.policy import Principal
from plandesk.core.text import fold, like_pattern, nfc
from plandesk.plans import schedule
from plandesk.plans.models import Channel, Milestone, Phase, Plan
from plandesk.plans.schedule import FixedDate, MilestoneAnchor, MilestoneRange, Precision
from plandesk.plans.schemas import (
    ChannelCreate,
    MilestoneCreate,
    PhaseCreate,
    PlanCreate,
)

PLAN_FIELDS = (
    "code",
    "title",
    "issuing_body",
    "place",
    "issued_on",
    "signer_name",
    "signer_title",
    "legal_bases",
    "purposes",
    "requirements",
    "recipients",
    "status",
    "published",
    "timezone",
)
MILESTONE_FIELDS = ("title", "description", "kind", "date", "precision", "range_start", "range_end", "status")
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
CHANNEL_FIELDS = ("label", "title", "position", "items")


def _jsonable(values: dict[str, Any]) -> dict[str, Any]:
    return {
        k: v.isoformat() if isinstance(v, dt.date) else str(v) if isinstance(v, uuid.UUID) else v
        for k, v in values.items()
    }


def _clean(text: str | None) -> str | None:
    return nfc(text).strip() if text is not None else None


def _clean_lines(lines: Iterable[str]) -> list[str]:
    return [nfc(line).strip() for line in lines]


async def _finish(session: AsyncSession, commit: bool) -> None:
    if commit:
        await session.commit()
    else:
        await session.flush()


# --- plans -------------------------------------------------------------------------


async def get_plan(session: AsyncSession, plan_id: uuid.UUID) -> Plan:
    plan = await session.get(Plan, plan_id)
    if plan is None:
        raise NotFound("plan", plan_id)
    return plan


_PLAN_EXISTS = select(Plan.id).where(Plan.id == bindparam("plan_id"))


async def ensure_plan(session: AsyncSession, plan_id: uuid.UUID) -> None:
    """404 unless the plan exists (one primary-key lookup, no row loaded)."""
    if not await fetch_rows(session, _PLAN_EXISTS, {"plan_id": plan_id}):
        raise NotFound("plan", plan_id)


def _plan_values(data: dict[str, Any]) -> dict[str, Any]:
    out = dict(data)
    for key in ("code", "title", "issuing_body", "place", "signer_name", "signer_title"):
        if key in out and out[key] is not None:
            out[key] = _clean(out[key])
    for key in ("purposes", "requirements", "recipients"):
        if key in out and out[key] is not None:
            out[key] = _clean_lines(out[key])
    if out.get("legal_bases") is not None:
        out["legal_bases"] = [
            {
                "reference": _clean(b["reference"]),
                "date": b["date"].isoformat() if b.get("date") else None,
                "title": _clean(b.get("title") or ""),
            }
            for b in out["legal_bases"]
        ]
    return out


async def create_plan(
    session: AsyncSession, actor: Principal | None, data: PlanCreate, *, commit: bool = True
) -> Plan:
    """Create a plan from its header data."""
    values = _plan_values(data.model_dump())
    plan = Plan(**values, title_folded=fold(values["title"]))
    session.add(plan)
    await session.flush()
    audit.record(
        session, actor, "plan.created", "plan", plan.id, audit.diff({}, audit.snapshot(plan, PLAN_FIELDS))
    )
    await _finish(session, commit)
    return plan


async def update_plan(session: AsyncSession, actor: Principal, plan: Plan, changes: dict[str, Any]) -> Plan:
    """Change a plan's header, status or published flag."""
    for required in ("code", "title", "status", "published", "legal_bases", "purposes", "requirements"):
        if required in changes and changes[required] is None:
            del changes[required]
    if changes.get("recipients", ()) is None:
        del changes["recipients"]
    changes = _plan_values(changes)
    before = audit.snapshot(plan, changes.keys())
    for key, value in changes.items():
        setattr(plan, key, value)
    if "title" in changes:
        plan.title_folded = fold(plan.title)
    diff = audit.diff(before, changes)
    if "timezone" in diff:
        # Completion days are local dates: a plan moving zone re-reckons them.
        from plandesk.tasks import service as tasks_service

        await session.flush()
        await tasks_service.recompute_completion_days(session, plan.id, plan.timezone)
    audit.record(session, actor, "plan.updated", "plan", plan.id, diff)
    await session.commit()
    return plan


async def delete_plan(session: AsyncSession, actor: Principal, plan: Plan) -> None:
    """Delete a draft plan with everything in it; a plan that has gone live is archived instead."""
    if plan.status != "draft":
        raise Conflict(f"Only draft plans can be deleted; this one is {plan.status}: archive it instead.")
    audit.record(
        session, actor, "plan.deleted", "plan", plan.id, audit.diff(audit.snapshot(plan, PLAN_FIELDS), {})
    )
    await session.delete(plan)
    await session.commit()


async def list_plans(
    session: AsyncSession,
    params: PageParams,
    *,
    q: str | None = None,
    status: str | None = None,
    published: bool | None = None,
) -> tuple[list[dict[str, Any]], str | None]:
    """Plans, newest first."""
    stmt = select(
        Plan.id,
        Plan.code,
        Plan.title,
        Plan.issuing_body,
        Plan.issued_on,
        Plan.status,
        Plan.published,
        Plan.created_at,
    )
    if q:
        stmt = stmt.where(
            or_(
                Plan.title_folded.like(like_pattern(q), escape="\\"),
                Plan.code.like(like_pattern(q), escape="\\"),
            )
        )
    if status:
        stmt = stmt.where(Plan.status == status)
    if published is not None:
        stmt = stmt.where(Plan.published == published)
    keys = [SortKey(Plan.created_at, descending=True), SortKey(Plan.id, descending=True)]
    rows = [dict(r) for r in (await session.execute(keyset(stmt, keys, params))).mappings()]
    return split_page(rows, params, lambda r: (r["created_at"], r["id"]))


def plan_view(plan: Plan) -> dict[str, Any]:
    return {
        **{f: getattr(plan, f) for f in ("id", *PLAN_FIELDS, "created_at", "updated_at")},
        "effective_timezone": localtime.zone_name(plan.timezone),
    }


_PLAN_ZONE = select(Plan.timezone).where(Plan.id == bindparam("plan_id"))


async def plan_zone(session: AsyncSession, plan_id: uuid.UUID) -> str:
    """The IANA zone a plan's dates are reckoned in (its own, else the deployment's); 404 if none."""
    rows = await fetch_rows(session, _PLAN_ZONE, {"plan_id": plan_id})
    if not rows:
        raise NotFound("plan", plan_id)
    return localtime.zone_name(rows[0][0])


async def zones_of_plans(session: AsyncSession) -> dict[uuid.UUID, str]:
    """The plans that name their own zone, with it (every other plan uses the deployment's)."""
    rows = await session.execute(select(Plan.id, Plan.timezone).where(Plan.timezone.is_not(None)))
    return {r.id: r.timezone for r in rows}


# --- milestones --------------------------------------------------------------------


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
    from plandesk.tasks import service as tasks_service

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
    for task in await tasks_service.tasks_anchored_to(session, milestone.id):
        new_due = schedule.shift(anchor[task["due_side"] or "end"], task["due_offset_days"] or 0)
        if new_due != task["due_date"]:
            plan.tasks.append({**task, "new_due_date": new_due})
    return plan


async def _apply_reschedule(session: AsyncSession, actor: Principal | None, plan: Reschedule) -> None:
    from plandesk.tasks import service as tasks_service

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
        audit.record(
            session,
            actor,
            "phase.rescheduled",
            "phase",
            phase.id,
            audit.diff(before, {"start_date": start, "end_date": end}),
        )
    await tasks_service.reschedule_tasks(
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
    audit.record(session, actor, "milestone.updated", "milestone", milestone.id, audit.diff(before, changes))
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
    await session.commit()
    return milestone


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


# --- phases ------------------------------------------------------------------------


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
    audit.record(session, actor, "phase.updated", "phase", phase.id, audit.diff(before, values))
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
    await session.delete(phase)
    await session.commit()


# --- channels ----------------------------------------------------------------------


async def get_channel(session: AsyncSession, channel_id: uuid.UUID) -> Channel:
    channel = await session.get(Channel, channel_id)
    if channel is None:
        raise NotFound("channel", channel_id)
    return channel


async def list_channels(session: AsyncSession, plan_id: uuid.UUID) -> list[Channel]:
    await ensure_plan(session, plan_id)
    stmt = select(Channel).where(Channel.plan_id == plan_id).order_by(Channel.position, Channel.label)
    return list((await session.execute(stmt)).scalars())


async def ensure_channels_in_plan(
    session: AsyncSession, plan_id: uuid.UUID, channel_ids: Sequence[uuid.UUID], loc: str
) -> None:
    wanted = set(channel_ids)
    if not wanted:
        return
    found = set(
        (
            await session.execute(
                select(Channel.id).where(Channel.id.in_(wanted), Channel.plan_id == plan_id)
            )
        ).scalars()
    )
    missing = [c for c in channel_ids if c not in found]
    if missing:
        raise InvalidInput(
            f"Channel {missing[0]} is not in this plan.",
            errors=[{"loc": ["body", loc], "msg": f"not a channel of this plan: {missing[0]}"}],
        )


async def create_channel(
    session: AsyncSession,
    actor: Principal | None,
    plan_id: uuid.UUID,
    data: ChannelCreate,
    *,
    commit: bool = True,
) -> Channel:
    """Add a channel (a form of communication) to a plan."""
    await ensure_plan(session, plan_id)
    position = data.position
    if position is None:
        position = await _next_position(session, Channel, Channel.plan_id == plan_id)
    channel = Channel(
        plan_id=plan_id,
        label=_clean(data.label),
        title=_clean(data.title),
        position=position,
        items=_clean_lines(data.items),
    )
    session.add(channel)
    await session.flush()
    audit.record(
        session,
        actor,
        "channel.created",
        "channel",
        channel.id,
        audit.diff({}, audit.snapshot(channel, CHANNEL_FIELDS)),
    )
    await _finish(session, commit)
    return channel


async def update_channel(
    session: AsyncSession, actor: Principal, channel: Channel, changes: dict[str, Any]
) -> Channel:
    changes = {k: v for k, v in changes.items() if v is not None}
    for key in ("label", "title"):
        if key in changes:
            changes[key] = _clean(changes[key])
    if "items" in changes:
        changes["items"] = _clean_lines(changes["items"])
    before = audit.snapshot(channel, changes.keys())
    for key, value in changes.items():
        setattr(channel, key, value)
    audit.record(session, actor, "channel.updated", "channel", channel.id, audit.diff(before, changes))
    await session.commit()
    return channel


async def delete_channel(session: AsyncSession, actor: Principal, channel: Channel) -> None:
    """Delete a channel; tasks that named it simply no longer do."""
    audit.record(
        session,
        actor,
        "channel.deleted",
        "channel",
        channel.id,
        audit.diff(audit.snapshot(channel, CHANNEL_FIELDS), {}),
    )
    await session.delete(channel)
    await session.commit()


# --- public summary ----------------------------------------------------------------


async def public_plan(session: AsyncSession, plan_id: uuid.UUID) -> dict[str, Any]:
    """A published plan's summary for anyone: phases with topics, channels, milestones.

    404 for a plan that is not published, exactly as for one that does not exist.
    """
    plan = (
        (
            await session.execute(
                select(
                    Plan.id,
                    Plan.code,
                    Plan.title,
                    Plan.issuing_body,
                    Plan.place,
                    Plan.issued_on,
                    Plan.status,
                    Plan.timezone,
                    Plan.purposes,
                    Plan.requirements,
                ).where(Plan.id == plan_id, Plan.published.is_(True))
            )
        )
        .mappings()
        .one_or_none()
    )
    if plan is None:
        raise NotFound("plan", plan_id)
    phases = (
        await session.execute(
            select(
                Phase.id,
                Phase.parent_id,
                Phase.label,
                Phase.title,
                Phase.topics,
                Phase.start_date,
                Phase.end_date,
            )
            .where(Phase.plan_id == plan_id)
            .order_by(Phase.position, Phase.label)
        )
    ).all()
    tops: list[dict[str, Any]] = []
    by_id: dict[uuid.UUID, dict[str, Any]] = {}
    for p in phases:
        node = {
            "id": p.id,
            "label": p.label,
            "title": p.title,
            "topics": p.topics,
            "start_date": p.start_date,
            "end_date": p.end_date,
            "sub_phases": [],
        }
        by_id[p.id] = node
    for p in phases:
        parent = by_id.get(p.parent_id) if p.parent_id else None
        (parent["sub_phases"] if parent else tops).append(by_id[p.id])
    channels = (
        await session.execute(
            select(Channel.label, Channel.title, Channel.items)
            .where(Channel.plan_id == plan_id)
            .order_by(Channel.position, Channel.label)
        )
    ).mappings()
    milestones = [
        {
            "id": m.id,
            "title": m.title,
            "kind": m.kind,
            "date": m.date,
            "precision": m.precision,
            "range_start": m.range_start,
            "range_end": m.range_end,
            "status": m.status,
        }
        for m in await list_milestones(session, plan_id)
    ]
    return {
        **dict(plan),
        "timezone": localtime.zone_name(plan["timezone"]),
        "phases": tops,
        "channels": [dict(c) for c in channels],
        "milestones": milestones,
    }
