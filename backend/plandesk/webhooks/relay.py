"""The outbox relay: committed events become deliveries, and due deliveries become jobs.

Every worker runs it (a loop beside its jobs). Claiming events is one
``UPDATE … WHERE seq IN (SELECT … FOR UPDATE SKIP LOCKED) RETURNING``, so two
workers never fan the same event out twice; the delivery job of an endpoint is
deferred under a queueing lock, so however often the sweep sees it due, one waits.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import uuid
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core.db import fetch_rows, utcnow
from plandesk.core.events import EVENT_TYPES, Event
from plandesk.webhooks.models import WebhookDelivery, WebhookEndpoint

FAN_OUT_BATCH = 500
DELIVER_JOB = "webhooks.deliver"


def patterns_matching(event_type: str) -> list[str]:
    """Every subscription that takes ``event_type``: ``*``, the type itself, each of its
    families (``feedback.*``). The one statement of the rule: :func:`subscribed` and the
    group writers' SQL (:func:`subscriber_exists_sql`) both read it."""
    parts = event_type.split(".")
    return ["*", event_type, *(".".join(parts[:i]) + ".*" for i in range(1, len(parts)))]


def subscribed(event_types: list[str], event_type: str) -> bool:
    """``*`` takes everything, ``task.*`` a family, otherwise the exact type."""
    return not set(event_types).isdisjoint(patterns_matching(event_type))


def subscriber_exists_sql(event_type: str, dialect: str) -> str:
    """SQL, true when an active endpoint would get an event of ``event_type`` with no plan —
    what :func:`fan_out` would make a delivery of. A writer of such events in bulk (the
    feedback group writers) writes them already dispatched when it is false: the relay would
    only have marked them. An endpoint receives the events written after it was created (or
    made active) and subscribed."""
    if event_type not in EVENT_TYPES:  # only catalogue and model names go into the text
        raise ValueError(f"unknown event type {event_type!r}")
    names = ", ".join(f"'{p}'" for p in patterns_matching(event_type))
    if dialect == "postgresql":
        takes, source = f"w.event_types ?| ARRAY[{names}]", ""
    else:
        takes, source = f"t.value IN ({names})", ", json_each(w.event_types) AS t"
    table = WebhookEndpoint.__tablename__
    where = f"w.active AND w.plan_id IS NULL AND {takes}"
    return f"EXISTS (SELECT 1 FROM {table} AS w{source} WHERE {where})"  # noqa: S608


# Read before the claim: an idle pass (five a second) takes no write lock and builds no UPDATE.
_UNDISPATCHED = select(Event.seq).where(Event.dispatched_at.is_(None)).limit(1)


async def fan_out(session: AsyncSession, batch: int = FAN_OUT_BATCH) -> tuple[int, set[uuid.UUID]]:
    """Turn up to ``batch`` undispatched events into deliveries; commits.

    Returns how many events were dispatched and the endpoints that got deliveries."""
    if not await fetch_rows(session, _UNDISPATCHED):
        await session.rollback()
        return 0, set()
    now = utcnow()
    claim = (
        select(Event.seq)
        .where(Event.dispatched_at.is_(None))
        .order_by(Event.seq)
        .limit(batch)
        .with_for_update(skip_locked=True)
        .scalar_subquery()
    )
    events = (
        await session.execute(
            update(Event)
            .where(Event.seq.in_(claim))
            .values(dispatched_at=now)
            .returning(Event.seq, Event.id, Event.type, Event.subject_type, Event.subject_id, Event.plan_id)
        )
    ).all()
    if not events:
        await session.rollback()
        return 0, set()
    endpoints = (
        await session.execute(
            select(WebhookEndpoint.id, WebhookEndpoint.event_types, WebhookEndpoint.plan_id).where(
                WebhookEndpoint.active.is_(True)
            )
        )
    ).all()
    rows: list[dict[str, Any]] = []
    for event in sorted(events, key=lambda e: e.seq):
        for endpoint in endpoints:
            if endpoint.plan_id is not None and endpoint.plan_id != event.plan_id:
                continue
            if not subscribed(endpoint.event_types, event.type):
                continue
            rows.append(
                {
                    "id": uuid.uuid4(),
                    "endpoint_id": endpoint.id,
                    "event_seq": event.seq,
                    "event_id": event.id,
                    "event_type": event.type,
                    "subject_key": f"{event.subject_type}:{event.subject_id}",
                    "state": "pending",
                    "attempts": 0,
                    "next_attempt_at": now,
                    "created_at": now,
                }
            )
    if rows:
        await session.execute(insert(WebhookDelivery), rows)
    await session.commit()
    return len(events), {r["endpoint_id"] for r in rows}


_DUE_ENDPOINTS = (
    select(WebhookDelivery.endpoint_id)
    .join(WebhookEndpoint, WebhookEndpoint.id == WebhookDelivery.endpoint_id)
    .where(
        WebhookDelivery.state == "pending",
        WebhookDelivery.next_attempt_at <= bindparam("now"),
        WebhookEndpoint.active.is_(True),
    )
    .distinct()
)


async def due_endpoints(session: AsyncSession, now: dt.datetime | None = None) -> list[uuid.UUID]:
    """Active endpoints with a delivery whose attempt is due."""
    return [row[0] for row in await fetch_rows(session, _DUE_ENDPOINTS, {"now": now or utcnow()})]


def deliver_job_locks(endpoint_id: uuid.UUID) -> dict[str, str]:
    # lock: one delivery job per endpoint runs at a time (ordering); queueing lock: one waits.
    key = f"webhooks:{endpoint_id}"
    return {"lock": key, "queueing_lock": key}


async def relay_once(ctx: Any) -> int:
    """One pass: fan out new events, then queue a delivery job for each endpoint with due work."""
    async with ctx.sessionmaker() as session:
        dispatched, touched = await fan_out(session)  # commits or rolls back
        due = set(await due_endpoints(session)) | touched
    for endpoint_id in due:
        await ctx.runtime.defer(DELIVER_JOB, endpoint_id=str(endpoint_id), **deliver_job_locks(endpoint_id))
    return dispatched


async def run_relay(ctx: Any, stop: asyncio.Event) -> None:
    interval = ctx.settings.webhooks_relay_interval_seconds
    while not stop.is_set():
        dispatched = await relay_once(ctx)
        if dispatched < FAN_OUT_BATCH:
            try:
                await asyncio.wait_for(stop.wait(), interval)
            except TimeoutError:
                pass
