"""Delivering an endpoint's due events: signed, in order per object, retried on a schedule.

One job per endpoint at a time (a procrastinate lock), so order is decided here:
of an endpoint's pending deliveries, only the oldest per object is sent; the next
one for that object waits until it is delivered or given up. Different objects
go out concurrently. A worker killed mid-batch leaves its deliveries pending:
they are sent again with the same ``webhook-id`` (at least once; receivers dedupe).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import uuid
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from plandesk.core import audit
from plandesk.core.config import Settings
from plandesk.core.db import utcnow
from plandesk.core.events import Event
from plandesk.core.metrics import WEBHOOK_DELIVERIES, WEBHOOK_ENDPOINTS_DISABLED
from plandesk.webhooks import sender
from plandesk.webhooks.models import WebhookAttempt, WebhookDelivery, WebhookEndpoint
from plandesk.webhooks.sealing import UnsealError, unseal
from plandesk.webhooks.signing import signed_headers

log = logging.getLogger("plandesk.webhooks")

# Wait after attempt n fails (attempt 1 is immediate): 8 attempts over about 33 hours, then give up.
RETRY_SCHEDULE: list[dt.timedelta] = [
    dt.timedelta(seconds=5),
    dt.timedelta(minutes=5),
    dt.timedelta(minutes=30),
    dt.timedelta(hours=2),
    dt.timedelta(hours=5),
    dt.timedelta(hours=10),
    dt.timedelta(hours=10),
]
MAX_RETRY_AFTER = dt.timedelta(hours=10)
DISABLE_AFTER_FAILURES = 50
DISABLE_AFTER_FAILING_FOR = dt.timedelta(days=5)
BATCH = 200
CONCURRENCY = 16  # per endpoint job; more only adds connection churn on a busy host
MAX_ROUNDS = 50

_clients: dict[int, sender.Connections] = {}


def client() -> sender.Connections:
    """One pooled client per event loop (keep-alive to receivers across batches)."""
    loop = id(asyncio.get_running_loop())
    if loop not in _clients:
        _clients[loop] = sender.make_client()
    return _clients[loop]


def message_id(event_id: uuid.UUID) -> str:
    return f"msg_{event_id.hex}"


def payload(event: Any) -> bytes:
    """The JSON body: ``{type, timestamp, data}``; ``data`` names the object and carries the change."""
    data = {"object": event.subject_type, "id": event.subject_id, "plan_id": event.plan_id, **event.data}
    if data["plan_id"] is not None:
        data["plan_id"] = str(data["plan_id"])
    body = {
        "type": event.type,
        "timestamp": event.occurred_at.isoformat().replace("+00:00", "Z"),
        "data": data,
    }
    return orjson.dumps(body)


def signing_secrets(settings: Settings, endpoint: WebhookEndpoint, now: dt.datetime) -> list[str]:
    """The secrets that sign now, unsealed: the current one, and the previous one during its overlap.

    Raises :class:`~plandesk.webhooks.sealing.UnsealError` when the current one cannot be opened.
    """
    out = [unseal(settings, endpoint.secret)]
    if (
        endpoint.previous_secret
        and endpoint.previous_secret_expires_at
        and endpoint.previous_secret_expires_at > now
    ):
        try:
            out.append(unseal(settings, endpoint.previous_secret))
        except UnsealError:
            pass  # the new secret signs alone; receivers already have it
    return out


@dataclass
class _Due:
    delivery_id: uuid.UUID
    attempts: int
    event: Any


async def _pending(session: AsyncSession, endpoint_id: uuid.UUID) -> list[Any]:
    rows = await session.execute(
        select(
            WebhookDelivery.id,
            WebhookDelivery.subject_key,
            WebhookDelivery.attempts,
            WebhookDelivery.next_attempt_at,
            Event.id.label("event_id"),
            Event.type,
            Event.subject_type,
            Event.subject_id,
            Event.plan_id,
            Event.data,
            Event.occurred_at,
        )
        .join(Event, Event.seq == WebhookDelivery.event_seq)
        .where(WebhookDelivery.endpoint_id == endpoint_id, WebhookDelivery.state == "pending")
        .order_by(WebhookDelivery.event_seq)
        .limit(BATCH)
    )
    return list(rows.all())


def _choose(rows: list[Any], now: dt.datetime) -> tuple[list[Any], dict[uuid.UUID, dt.datetime]]:
    """The oldest pending delivery of each object, if due; later ones wait for it (their new due time)."""
    first: dict[str, Any] = {}
    due: list[Any] = []
    waiting: dict[uuid.UUID, dt.datetime] = {}
    for row in rows:
        head = first.setdefault(row.subject_key, row)
        if head is row:
            if row.next_attempt_at is None or row.next_attempt_at <= now:
                due.append(row)
        elif (
            row.next_attempt_at is not None
            and row.next_attempt_at <= now
            and head.next_attempt_at is not None
            and head.next_attempt_at > now
        ):
            # Queued behind an earlier event for the same object that waits to be retried:
            # due no sooner than it (else the relay would see it due, and wake us, every tick).
            waiting[row.id] = head.next_attempt_at
    return due, waiting


def _next_attempt(attempts: int, result: sender.SendResult, now: dt.datetime) -> dt.datetime | None:
    """When to try again after failed attempt number ``attempts``; ``None``: give up."""
    if attempts > len(RETRY_SCHEDULE):
        return None
    wait = RETRY_SCHEDULE[attempts - 1]
    if result.retry_after is not None:
        wait = max(wait, min(dt.timedelta(seconds=result.retry_after), MAX_RETRY_AFTER))
    return now + wait


async def deliver_endpoint(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, endpoint_id: uuid.UUID
) -> int:
    """Send the endpoint's due deliveries until none is due; how many attempts were made."""
    made = 0
    for _ in range(MAX_ROUNDS):
        async with sessionmaker() as session:
            endpoint = await session.get(WebhookEndpoint, endpoint_id)
            if endpoint is None or not endpoint.active:
                return made
            rows = await _pending(session, endpoint_id)
            now = utcnow()
            due, waiting = _choose(rows, now)
            for delivery_id, when in waiting.items():
                await session.execute(
                    update(WebhookDelivery)
                    .where(WebhookDelivery.id == delivery_id)
                    .values(next_attempt_at=when)
                )
            await session.commit()
        if not due:
            return made
        results = await _send_all(endpoint, settings, due)
        await _record(sessionmaker, endpoint, due, results)
        made += len(due)
    return made


async def _send_all(endpoint: WebhookEndpoint, settings: Settings, due: list[Any]) -> list[sender.SendResult]:
    try:
        # Checked at every delivery, not only at creation: DNS may have changed since.
        target = await sender.checked_target(
            endpoint.url, allow_http=settings.webhooks_allow_http, allowed=settings.webhook_allowed_networks
        )
    except sender.UnsafeURL as exc:
        return [sender.SendResult(None, "", 0, error=str(exc)[:500]) for _ in due]
    try:
        secrets = signing_secrets(settings, endpoint, utcnow())
    except UnsealError as exc:
        return [sender.SendResult(None, "", 0, error=str(exc)[:500]) for _ in due]
    gate = asyncio.Semaphore(CONCURRENCY)
    http = client()

    async def one(row: Any) -> sender.SendResult:
        async with gate:
            body = payload(row)
            now = utcnow()
            headers = signed_headers(secrets, message_id(row.event_id), now, body.decode())
            return await sender.send(http, target, headers, body, settings.webhooks_timeout_seconds)

    return await asyncio.gather(*(one(row) for row in due))


async def _record(
    sessionmaker: async_sessionmaker[AsyncSession],
    endpoint: WebhookEndpoint,
    due: list[Any],
    results: list[sender.SendResult],
) -> None:
    now = utcnow()
    attempts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    gone = False
    outcomes: list[tuple[str, str]] = []
    async with sessionmaker() as session:
        for row, result in zip(due, results, strict=True):
            number = row.attempts + 1
            if result.ok:
                state, next_at = "delivered", None
            elif result.status == 410:
                state, next_at, gone = "failed", None, True
            else:
                next_at = _next_attempt(number, result, now)
                state = "pending" if next_at is not None else "failed"
            outcomes.append((row.type, _OUTCOMES[state]))
            updates.append(
                {
                    "id": row.id,
                    "state": state,
                    "attempts": number,
                    "next_attempt_at": next_at,
                    "last_status": result.status,
                    "last_attempt_at": now,
                }
            )
            attempts.append(
                {
                    "id": uuid.uuid4(),
                    "delivery_id": row.id,
                    "endpoint_id": endpoint.id,
                    "event_id": row.event_id,
                    "event_type": row.type,
                    "attempt": number,
                    "at": now,
                    "status_code": result.status,
                    "duration_ms": result.duration_ms,
                    "response_body": result.body,
                    "error": result.error,
                    "next_attempt_at": next_at,
                }
            )
            if not result.ok:
                log.info(
                    "webhook %s to endpoint %s attempt %s failed: %s",
                    message_id(row.event_id),
                    endpoint.id,
                    number,
                    result.status or result.error,
                )
        # Bulk UPDATE by primary key (one executemany) and one multi-row INSERT for the log.
        await session.execute(update(WebhookDelivery), updates)
        await session.execute(insert(WebhookAttempt), attempts)
        disabled = await _track_health(session, endpoint.id, results, gone, now)
        await session.commit()
    # Counted once recorded: a batch whose commit failed is sent again and counted then.
    for event_type, outcome in outcomes:
        WEBHOOK_DELIVERIES.labels(event_type, outcome).inc()
    if disabled is not None:
        WEBHOOK_ENDPOINTS_DISABLED.labels(disabled).inc()


_OUTCOMES = {"delivered": "delivered", "pending": "failed_retrying", "failed": "failed_permanently"}


async def _track_health(
    session: AsyncSession,
    endpoint_id: uuid.UUID,
    results: list[sender.SendResult],
    gone: bool,
    now: dt.datetime,
) -> str | None:
    """Count consecutive failures; disable on 410, after 50 in a row or 5 days of failing (audited).

    Returns why the endpoint was disabled (``gone``, ``failures``, ``failing_for``), if it was."""
    row = (
        await session.execute(
            select(WebhookEndpoint.consecutive_failures, WebhookEndpoint.failing_since).where(
                WebhookEndpoint.id == endpoint_id
            )
        )
    ).one()
    failures, since = row.consecutive_failures, row.failing_since
    for result in results:
        if result.ok:
            failures, since = 0, None
        else:
            failures, since = failures + 1, since or now
    values: dict[str, Any] = {"consecutive_failures": failures, "failing_since": since}
    reason = why = None
    if gone:
        reason, why = "The endpoint answered 410 Gone.", "gone"
    elif failures >= DISABLE_AFTER_FAILURES:
        reason, why = f"{failures} consecutive deliveries failed.", "failures"
    elif since is not None and now - since >= DISABLE_AFTER_FAILING_FOR:
        reason, why = f"Every delivery has failed since {since.isoformat()}.", "failing_for"
    if reason is not None:
        values.update(active=False, disabled_reason=reason)
        # The endpoint's owners are told through the audit log (notifications: when they exist).
        audit.record(session, None, "webhook.disabled", "webhook_endpoint", endpoint_id, {"reason": reason})
        log.warning("webhook endpoint %s disabled: %s", endpoint_id, reason)
    await session.execute(update(WebhookEndpoint).where(WebhookEndpoint.id == endpoint_id).values(**values))
    return why
