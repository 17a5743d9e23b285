"""The approved baseline: a plan frozen when it is published, re-baselined with a reason.

A baseline keeps what the approval promised — phase windows, milestone dates,
tasks with their lead and supporting units and due dates — so a review can say
what moved since, by how many days, and what was added, cancelled or reassigned.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core import audit
from plandesk.core.errors import NotFound
from plandesk.core.policy import Principal
from plandesk.plans import crud as plan_crud
from plandesk.plans.models import Milestone, Phase
from plandesk.reports.models import PlanBaseline
from plandesk.tasks.models import Assignment, Task


def _day(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


async def snapshot_plan(session: AsyncSession, plan_id: uuid.UUID) -> dict[str, Any]:
    """The plan's schedule and assignments as plain JSON (three column-only queries)."""
    phases = [
        {
            "id": str(r.id),
            "label": r.label,
            "title": r.title,
            "parent_id": str(r.parent_id) if r.parent_id else None,
            "start_date": _day(r.start_date),
            "end_date": _day(r.end_date),
        }
        for r in await session.execute(
            select(Phase.id, Phase.label, Phase.title, Phase.parent_id, Phase.start_date, Phase.end_date)
            .where(Phase.plan_id == plan_id)
            .order_by(Phase.position, Phase.label)
        )
    ]
    milestones = [
        {
            "id": str(r.id),
            "title": r.title,
            "date": _day(r.date),
            "range_start": _day(r.range_start),
            "range_end": _day(r.range_end),
        }
        for r in await session.execute(
            select(Milestone.id, Milestone.title, Milestone.date, Milestone.range_start, Milestone.range_end)
            .where(Milestone.plan_id == plan_id)
            .order_by(Milestone.range_start, Milestone.title)
        )
    ]
    supporters: dict[uuid.UUID, list[str]] = {}
    for r in await session.execute(
        select(Assignment.task_id, Assignment.unit_id).where(
            Assignment.plan_id == plan_id, Assignment.role != "lead"
        )
    ):
        supporters.setdefault(r.task_id, []).append(str(r.unit_id))
    tasks = [
        {
            "id": str(r.id),
            "title": r.title,
            "phase_id": str(r.phase_id) if r.phase_id else None,
            "lead_unit_id": str(r.lead_unit_id),
            "supporting_unit_ids": sorted(supporters.get(r.id, [])),
            "due_date": _day(r.due_date),
            "status": r.status,
        }
        for r in await session.execute(
            select(Task.id, Task.title, Task.phase_id, Task.lead_unit_id, Task.due_date, Task.status)
            .where(Task.plan_id == plan_id)
            .order_by(Task.created_at, Task.id)
        )
    ]
    return {"phases": phases, "milestones": milestones, "tasks": tasks}


async def take_baseline(
    session: AsyncSession, actor: Principal | None, plan_id: uuid.UUID, reason: str
) -> PlanBaseline:
    """Freeze the plan as it stands now as its next baseline (audited); the caller commits."""
    number = (
        await session.scalar(
            select(func.coalesce(func.max(PlanBaseline.number), 0)).where(PlanBaseline.plan_id == plan_id)
        )
        or 0
    ) + 1
    baseline = PlanBaseline(
        plan_id=plan_id,
        number=number,
        reason=reason,
        created_by=actor.audit_actor if actor else audit.SYSTEM_ACTOR,
        snapshot=await snapshot_plan(session, plan_id),
    )
    session.add(baseline)
    await session.flush()
    audit.record(
        session,
        actor,
        "plan.baselined",
        "plan",
        plan_id,
        {
            "baseline": {"before": number - 1 or None, "after": number},
            "reason": {"before": None, "after": reason},
        },
    )
    return baseline


async def rebaseline(
    session: AsyncSession, actor: Principal, plan_id: uuid.UUID, reason: str
) -> PlanBaseline:
    """A coordinator's new baseline, with the reason kept in the audit log; earlier ones stay."""
    await plan_crud.ensure_plan(session, plan_id)
    baseline = await take_baseline(session, actor, plan_id, reason)
    await session.commit()
    return baseline


async def list_baselines(session: AsyncSession, plan_id: uuid.UUID) -> list[dict[str, Any]]:
    await plan_crud.ensure_plan(session, plan_id)
    rows = await session.execute(
        select(
            PlanBaseline.id,
            PlanBaseline.plan_id,
            PlanBaseline.number,
            PlanBaseline.reason,
            PlanBaseline.created_by,
            PlanBaseline.created_at,
        )
        .where(PlanBaseline.plan_id == plan_id)
        .order_by(PlanBaseline.number)
    )
    return [dict(r._mapping) for r in rows]


async def get_baseline(session: AsyncSession, plan_id: uuid.UUID, number: int | None) -> PlanBaseline:
    """Baseline ``number`` of the plan, or its latest; 404 when there is none."""
    stmt = select(PlanBaseline).where(PlanBaseline.plan_id == plan_id)
    if number is not None:
        stmt = stmt.where(PlanBaseline.number == number)
    baseline = (await session.scalars(stmt.order_by(PlanBaseline.number.desc()).limit(1))).first()
    if baseline is None:
        await plan_crud.ensure_plan(session, plan_id)
        raise NotFound("baseline", number)
    return baseline


async def baseline_on_publish(session: AsyncSession, actor: Principal | None, plan_id: uuid.UUID) -> None:
    """The first publication freezes baseline 1; a plan published again keeps the baseline it has."""
    exists = await session.scalar(select(PlanBaseline.id).where(PlanBaseline.plan_id == plan_id).limit(1))
    if exists is None:
        await take_baseline(session, actor, plan_id, "Ban hành kế hoạch")


async def baseline_schedule(session: AsyncSession, plan_id: uuid.UUID, number: int | None) -> dict[str, Any]:
    """A baseline's phases and milestones (what the timeline draws as ghosts), without its tasks.

    Only the two JSON members are read, so a 10,000-task snapshot is not loaded for it.
    """
    stmt = select(
        PlanBaseline.id,
        PlanBaseline.number,
        PlanBaseline.reason,
        PlanBaseline.created_at,
        PlanBaseline.snapshot["phases"].label("phases"),
        PlanBaseline.snapshot["milestones"].label("milestones"),
    ).where(PlanBaseline.plan_id == plan_id)
    if number is not None:
        stmt = stmt.where(PlanBaseline.number == number)
    row = (await session.execute(stmt.order_by(PlanBaseline.number.desc()).limit(1))).first()
    if row is None:
        await plan_crud.ensure_plan(session, plan_id)
        raise NotFound("baseline", number)
    return {
        "plan_id": plan_id,
        "baseline": {"id": row.id, "number": row.number, "reason": row.reason, "created_at": row.created_at},
        "phases": row.phases or [],
        "milestones": row.milestones or [],
    }
