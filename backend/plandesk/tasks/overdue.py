"""``assignment.overdue``: emitted once per deadline by a periodic scan (a unique key, not hope)."""

from __future__ import annotations

from sqlalchemy import String, cast, exists, func, literal, select

from plandesk.core.events import Event, Subject, emit_once
from plandesk.core.localtime import local_today
from plandesk.jobs.registry import JobContext, periodic
from plandesk.tasks.models import Assignment, Task, still_open

SCAN_BATCH = 1000


def _key_sql():  # type: ignore[no-untyped-def]
    """The unique key in SQL, to skip assignments already announced (the same text on both databases)."""
    uuid_hex = func.replace(cast(Assignment.id, String), "-", "")
    return literal("assignment.overdue:") + uuid_hex + literal(":") + cast(Assignment.due_date, String)


async def emit_overdue(session, today=None) -> int:  # type: ignore[no-untyped-def]
    """Emit ``assignment.overdue`` for open assignments whose due date has passed; commits. How many."""
    today = today or local_today()  # the default zone; per-plan zones: a follow-up
    rows = (
        await session.execute(
            select(
                Assignment.id, Assignment.task_id, Assignment.unit_id, Assignment.plan_id, Assignment.due_date
            )
            .where(
                Assignment.due_date < today,
                still_open(Assignment.status),
                ~exists().where(Event.unique_key == _key_sql()),
                # Nothing is late on a task still awaiting its unit group's members.
                ~exists().where(Task.id == Assignment.task_id, Task.awaiting_members.is_(True)),
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
