"""The outbox consumer: committed domain events become notifications.

A second reader of ``events`` beside the webhook relay, with its own mark
(``events.notified_at``). Claims are one ``UPDATE … WHERE seq IN (SELECT … FOR UPDATE
SKIP LOCKED) RETURNING`` and the notifications are written in the same transaction as
the claim, so a crash leaves the events unclaimed, two workers never take the same
event, and the unique ``dedupe_key`` (event id + user) makes a re-run write nothing twice.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import uuid
from collections.abc import Callable, Coroutine
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core import localtime
from plandesk.core.db import fetch_rows
from plandesk.core.events import NOTIFIED_TYPES, Event
from plandesk.notifications import recipients as people
from plandesk.notifications.store import Message, assignment_link, insert_rows, rows_for
from plandesk.tasks.models import Assignment, Task, Urge, still_open
from plandesk.units.models import Unit

BATCH = 200


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _uuid(value: Any) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value))
    except (TypeError, ValueError):
        return None


Handler = Callable[[AsyncSession, Any], Coroutine[Any, Any, list[tuple[Message, list[uuid.UUID]]]]]


async def _task_and_units(
    session: AsyncSession, task_id: uuid.UUID, *, open_only: bool = False
) -> tuple[Any, list[Any]]:
    task = (
        await session.execute(select(Task.id, Task.title, Task.due_date).where(Task.id == task_id))
    ).first()
    stmt = select(Assignment.id, Assignment.unit_id, Assignment.role).where(Assignment.task_id == task_id)
    if open_only:
        stmt = stmt.where(still_open(Assignment.status))
    return task, list((await session.execute(stmt)).all())


async def on_task_created(session: AsyncSession, event: Any) -> list[tuple[Message, list[uuid.UUID]]]:
    task_id = _uuid(event.subject_id)
    if task_id is None:
        return []
    task, assignments = await _task_and_units(session, task_id)
    if task is None:
        return []
    officers = await people.officers_by_unit(session, [a.unit_id for a in assignments])
    out = []
    for a in assignments:
        message = Message(
            kind="assignment_created",
            subject_type="assignment",
            subject_id=str(a.id),
            plan_id=event.plan_id,
            link=assignment_link(task.id, a.unit_id),
            params={
                "task_id": task.id,
                "unit_id": a.unit_id,
                "task_title": task.title,
                "role": a.role,
                "due_date": task.due_date,
            },
            source_key=f"ev:{event.id.hex}:{a.unit_id.hex}",
        )
        out.append((message, officers.get(a.unit_id, [])))
    return out


async def on_task_updated(session: AsyncSession, event: Any) -> list[tuple[Message, list[uuid.UUID]]]:
    change = (event.data.get("changes") or {}).get("due_date")
    task_id = _uuid(event.subject_id)
    if not change or task_id is None:
        return []
    before, after = _date(change.get("before")), _date(change.get("after"))
    if before == after:
        return []
    task, assignments = await _task_and_units(session, task_id, open_only=True)
    if task is None:
        return []
    officers = await people.officers_by_unit(session, [a.unit_id for a in assignments])
    return [
        (
            Message(
                kind="deadline_moved",
                subject_type="assignment",
                subject_id=str(a.id),
                plan_id=event.plan_id,
                link=assignment_link(task.id, a.unit_id),
                params={
                    "task_id": task.id,
                    "unit_id": a.unit_id,
                    "task_title": task.title,
                    "due_date": after,
                    "before_date": before,
                    "milestone_id": event.data.get("milestone_id"),
                },
                source_key=f"ev:{event.id.hex}:{a.unit_id.hex}",
            ),
            officers.get(a.unit_id, []),
        )
        for a in assignments
    ]


async def on_urged(session: AsyncSession, event: Any) -> list[tuple[Message, list[uuid.UUID]]]:
    data = event.data
    task_id, unit_id, urge_id = (
        _uuid(data.get("task_id")),
        _uuid(data.get("unit_id")),
        _uuid(data.get("urge_id")),
    )
    if task_id is None or unit_id is None:
        return []
    title = (await session.execute(select(Task.title).where(Task.id == task_id))).scalar_one_or_none() or ""
    message_text = ""
    if urge_id is not None:
        message_text = (
            await session.execute(select(Urge.message).where(Urge.id == urge_id))
        ).scalar_one_or_none() or ""
    officers = await people.officers_by_unit(session, [unit_id])
    message = Message(
        kind="urged",
        subject_type="assignment",
        subject_id=event.subject_id,
        plan_id=event.plan_id,
        link=assignment_link(task_id, unit_id),
        params={"task_id": task_id, "unit_id": unit_id, "task_title": title, "message": message_text},
        source_key=f"ev:{event.id.hex}",
    )
    return [(message, officers.get(unit_id, []))]


async def on_progressed(session: AsyncSession, event: Any) -> list[tuple[Message, list[uuid.UUID]]]:
    data = event.data
    task_id, unit_id = _uuid(data.get("task_id")), _uuid(data.get("unit_id"))
    if task_id is None or unit_id is None:
        return []
    title = (await session.execute(select(Task.title).where(Task.id == task_id))).scalar_one_or_none() or ""
    unit_name = (
        await session.execute(select(Unit.name).where(Unit.id == unit_id))
    ).scalar_one_or_none() or ""
    message = Message(
        kind="progress_reported",
        subject_type="assignment",
        subject_id=event.subject_id,
        plan_id=event.plan_id,
        link=assignment_link(task_id, unit_id),
        params={
            "task_id": task_id,
            "unit_id": unit_id,
            "task_title": title,
            "unit_name": unit_name,
            "status": data.get("status"),
            "percent": data.get("percent"),
        },
        source_key=f"ev:{event.id.hex}",
    )
    return [(message, await people.plan_coordinators(session, event.plan_id))]


HANDLERS: dict[str, Handler] = {
    "task.created": on_task_created,
    "task.updated": on_task_updated,
    "assignment.urged": on_urged,
    "assignment.progressed": on_progressed,
}
if set(HANDLERS) != NOTIFIED_TYPES:
    # Events of other types are written already taken (core/event_writer.py): a handler
    # missing from NOTIFIED_TYPES would never see its events.
    raise RuntimeError(f"NOTIFIED_TYPES must name exactly the outbox's handlers: {sorted(HANDLERS)}")


# Read before the claim: an idle pass takes no write lock and builds no UPDATE.
_UNNOTIFIED = select(Event.seq).where(Event.notified_at.is_(None)).limit(1)


async def consume(session: AsyncSession, *, email_on: bool, batch: int = BATCH) -> int:
    """Turn up to ``batch`` unconsumed events into notifications; commits. How many events were taken."""
    if not await fetch_rows(session, _UNNOTIFIED):
        await session.rollback()
        return 0
    now = localtime.now()
    claim = (
        select(Event.seq)
        .where(Event.notified_at.is_(None))
        .order_by(Event.seq)
        .limit(batch)
        .with_for_update(skip_locked=True)
        .scalar_subquery()
    )
    events = (
        await session.execute(
            update(Event)
            .where(Event.seq.in_(claim))
            .values(notified_at=now)
            .returning(Event.seq, Event.id, Event.type, Event.subject_id, Event.plan_id, Event.data)
        )
    ).all()
    if not events:
        await session.rollback()
        return 0
    plans: list[tuple[Message, list[uuid.UUID]]] = []
    for event in sorted(events, key=lambda e: e.seq):
        handler = HANDLERS.get(event.type)
        if handler is not None:
            plans.extend(await handler(session, event))
    who = await people.load(session, {u for _, users in plans for u in users})
    rows: list[dict[str, Any]] = []
    for message, users in plans:
        rows.extend(
            rows_for(message, [who[u] for u in dict.fromkeys(users) if u in who], email_on=email_on, at=now)
        )
    await insert_rows(session, rows)
    await session.commit()
    return len(events)


async def run(ctx: Any, stop: asyncio.Event, after_pass: Callable[[], Coroutine[Any, Any, None]]) -> None:
    """The consumer loop every worker runs (claims make several workers safe)."""
    from plandesk.notifications.email import email_enabled

    interval = max(0.2, ctx.settings.webhooks_relay_interval_seconds * 5)
    while not stop.is_set():
        async with ctx.sessionmaker() as session:
            taken = await consume(session, email_on=email_enabled(ctx.settings))
        if taken:
            await after_pass()
        if taken < BATCH:
            try:
                await asyncio.wait_for(stop.wait(), interval)
            except TimeoutError:
                pass
