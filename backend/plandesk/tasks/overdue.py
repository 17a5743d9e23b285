"""``assignment.overdue``: emitted once per deadline by a periodic scan (a unique key, not hope)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import String, and_, cast, exists, func, literal, or_, select

from plandesk.core.events import Event, Subject, emit_once
from plandesk.core.localtime import local_today
from plandesk.jobs.registry import JobContext, periodic
from plandesk.tasks.models import Assignment, still_open

SCAN_BATCH = 1000


def _key_sql():  # type: ignore[no-untyped-def]
    """The unique key in SQL, to skip assignments already announced (the same text on both databases)."""
    uuid_hex = func.replace(cast(Assignment.id, String), "-", "")
    return literal("assignment.overdue:") + uuid_hex + literal(":") + cast(Assignment.due_date, String)


def _past_due(zones: dict[uuid.UUID, str], today: dt.date | None) -> Any:
    """SQL: the assignment's due date is before today *where its plan is issued*.

    A day-precision deadline ends at midnight in the plan's zone (core.localtime), so a
    plan issued in Hà Nội is overdue hours before one issued in Los Angeles. ``today``
    (tests) pins the date everywhere.
    """
    if today is not None:
        return Assignment.due_date < today
    by_zone: dict[str, list[uuid.UUID]] = {}
    for plan_id, zone in zones.items():
        by_zone.setdefault(zone, []).append(plan_id)
    clauses = [
        and_(Assignment.plan_id.in_(ids), Assignment.due_date < local_today(zone))
        for zone, ids in by_zone.items()
    ]
    default = Assignment.due_date < local_today()
    clauses.append(and_(Assignment.plan_id.not_in(list(zones)), default) if zones else default)
    return or_(*clauses)


async def emit_overdue(session, today=None) -> int:  # type: ignore[no-untyped-def]
    """Emit ``assignment.overdue`` for open assignments whose due date has passed where their
    plan is issued; commits. How many."""
    from plandesk.plans.crud import zones_of_plans

    zones = {} if today is not None else await zones_of_plans(session)
    rows = (
        await session.execute(
            select(
                Assignment.id, Assignment.task_id, Assignment.unit_id, Assignment.plan_id, Assignment.due_date
            )
            .where(
                _past_due(zones, today),
                still_open(Assignment.status),
                ~exists().where(Event.unique_key == _key_sql()),
            )
            .limit(SCAN_BATCH)
        )
    ).all()
    emitted = 0
    for row in rows:
        # The due date is part of the key: a deadline moved and missed again is news again.
        emitted += await emit_once(
            session,
            "assignment.overdue",
            Subject("assignment", row.id),
            {"task_id": row.task_id, "unit_id": row.unit_id, "due_date": row.due_date},
            unique_key=f"assignment.overdue:{row.id.hex}:{row.due_date.isoformat()}",
            plan_id=row.plan_id,
        )
    await session.commit()
    return emitted


@periodic("* * * * *", "tasks.scan_overdue")
async def scan_overdue(ctx: JobContext) -> None:
    async with ctx.sessionmaker() as session:
        await emit_overdue(session)
