"""Time zones and due dates: today where a plan is issued, overdue, due dates and rescheduling."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Date, bindparam, case, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core import audit, localtime
from plandesk.core.events import Subject, emit
from plandesk.core.policy import Principal
from plandesk.plans import crud as plan_crud
from plandesk.plans import schedule
from plandesk.plans.schedule import FixedDate, MilestoneAnchor
from plandesk.tasks.models import (
    CLOSED_STATUSES,
    Assignment,
    Task,
)

# Stand-ins for "no due date" when sorting. Not date.max/date.min: asyncpg sends those
# as PostgreSQL's infinity, which has no text form.
FAR_FUTURE = dt.date(9000, 1, 1)
FAR_PAST = dt.date(1000, 1, 1)


async def plan_today(session: AsyncSession, plan_id: uuid.UUID, today: dt.date | None = None) -> dt.date:
    """``today`` when given (a report "as of" that day), else today where the plan is issued.

    404 when the plan does not exist.
    """
    zone = await plan_crud.plan_zone(session, plan_id)
    return today if today is not None else localtime.local_today(zone)


def is_overdue(due_date: dt.date | None, status: str, today: dt.date) -> bool:
    """Past its due date and neither done nor cancelled."""
    return due_date is not None and due_date < today and status not in CLOSED_STATUSES


def _today_by_plan(other_days: int) -> Any:
    """SQL: today where each assignment's plan is issued.

    ``today`` is the deployment zone's date; plans whose own zone is on another date
    are listed in ``plans_<i>`` with that date in ``today_<i>`` (at most a few dates
    exist at once on Earth, so the statement shapes stay few).
    """
    default = bindparam("today", type_=Date())
    if not other_days:
        return default
    return case(
        *(
            (
                Assignment.plan_id.in_(bindparam(f"plans_{i}", expanding=True)),
                bindparam(f"today_{i}", type_=Date()),
            )
            for i in range(other_days)
        ),
        else_=default,
    )


async def _today_binds(session: AsyncSession, plan_id: uuid.UUID | None) -> dict[str, Any]:
    """Bind values for :func:`_today_by_plan`: the default zone's today and the exceptions."""
    if plan_id is not None:
        return {"today": await plan_today(session, plan_id)}
    instant = localtime.now()
    default = localtime.local_today(at=instant)
    others: dict[dt.date, list[uuid.UUID]] = {}
    for pid, zone in (await plan_crud.zones_of_plans(session)).items():
        day = localtime.local_today(zone, at=instant)
        if day != default:
            others.setdefault(day, []).append(pid)
    values: dict[str, Any] = {"today": default}
    for i, (day, ids) in enumerate(sorted(others.items())):
        values[f"today_{i}"], values[f"plans_{i}"] = day, ids
    return values


def _due_columns(
    ref: FixedDate | MilestoneAnchor | None, ranges: dict[uuid.UUID, schedule.MilestoneRange]
) -> dict[str, Any]:
    return schedule.to_columns("due_", ref, schedule.resolve(ref, ranges))


async def recompute_completion_days(session: AsyncSession, plan_id: uuid.UUID, zone: localtime.Zone) -> None:
    """Re-reckon the plan's completion days in ``zone`` (after the plan changed zone).

    Assignments take the local date of their ``completed_at``; tasks, the latest of
    their assignments' (as :func:`derive_progress` does). In the caller's transaction.
    """
    done = (
        await session.execute(
            select(Assignment.id, Assignment.completed_at).where(
                Assignment.plan_id == plan_id, Assignment.completed_at.is_not(None)
            )
        )
    ).all()
    if not done:
        return
    conn = await session.connection()
    await conn.execute(
        update(Assignment.__table__)  # type: ignore[arg-type]
        .where(Assignment.__table__.c.id == bindparam("a_id"))
        .values(completed_on=bindparam("day")),
        [{"a_id": r.id, "day": localtime.local_date(r.completed_at, zone)} for r in done],
    )
    latest = (
        select(func.max(Assignment.completed_on))
        .where(Assignment.task_id == Task.id, Assignment.status != "cancelled")
        .scalar_subquery()
    )
    await session.execute(
        update(Task)
        .where(Task.plan_id == plan_id, Task.status == "done")
        .values(completed_on=latest)
        .execution_options(synchronize_session=False)
    )


async def _copy_due_dates(session: AsyncSession, task_ids: Sequence[uuid.UUID]) -> None:
    """Copy the tasks' resolved due dates onto their assignments (the unit work list sorts on them)."""
    if not task_ids:
        return
    await session.execute(
        update(Assignment)
        .where(Assignment.task_id.in_(task_ids))
        .values(due_date=select(Task.due_date).where(Task.id == Assignment.task_id).scalar_subquery())
        .execution_options(synchronize_session=False)
    )


# --- rescheduling (called when a milestone moves) ------------------------------------


async def tasks_anchored_to(session: AsyncSession, milestone_id: uuid.UUID) -> list[dict[str, Any]]:
    """Tasks whose due date hangs on ``milestone_id``, with the units that owe them."""
    rows = (
        await session.execute(
            select(Task.id, Task.title, Task.due_side, Task.due_offset_days, Task.due_date)
            .where(Task.due_milestone_id == milestone_id)
            .order_by(Task.due_date, Task.title_folded, Task.id)
        )
    ).all()
    if not rows:
        return []
    units: dict[uuid.UUID, list[uuid.UUID]] = {r.id: [] for r in rows}
    for a in await session.execute(
        select(Assignment.task_id, Assignment.unit_id)
        .where(Assignment.task_id.in_(units), Assignment.status != "cancelled")
        .order_by(Assignment.role, Assignment.unit_id)
    ):
        units[a.task_id].append(a.unit_id)
    return [{**r._asdict(), "unit_ids": units[r.id]} for r in rows]


async def reschedule_tasks(
    session: AsyncSession,
    actor: Principal | None,
    due_dates: dict[uuid.UUID, dt.date | None],
    *,
    cause: uuid.UUID,
) -> None:
    """Set new resolved due dates (in the caller's transaction), auditing each change."""
    if not due_dates:
        return
    tasks = (await session.execute(select(Task).where(Task.id.in_(due_dates)))).scalars()
    for task in tasks:
        before = task.due_date
        task.due_date = due_dates[task.id]
        audit.record(
            session,
            actor,
            "task.rescheduled",
            "task",
            task.id,
            {**audit.diff({"due_date": before}, {"due_date": task.due_date}), "milestone_id": str(cause)},
        )
        if before != task.due_date:
            emit(
                session,
                "task.updated",
                Subject("task", task.id),
                {
                    "changes": audit.diff({"due_date": before}, {"due_date": task.due_date}),
                    "milestone_id": cause,
                },
                plan_id=task.plan_id,
            )
    await session.flush()
    await _copy_due_dates(session, list(due_dates))
