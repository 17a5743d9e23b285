"""The webhook jobs: delivery per endpoint, the relay loop, pruning the log."""

from __future__ import annotations

import asyncio
import datetime as dt
import uuid

from sqlalchemy import delete

from plandesk.core.db import utcnow
from plandesk.core.events import Event
from plandesk.jobs.registry import JobContext, job, loop, periodic
from plandesk.webhooks import delivery, relay
from plandesk.webhooks.models import WebhookAttempt, WebhookDelivery


@job(relay.DELIVER_JOB, max_attempts=3, backoff_seconds=2.0, queue="webhooks")
async def deliver(ctx: JobContext, *, endpoint_id: str) -> None:
    """Send an endpoint's due deliveries (idempotent: only pending ones are sent)."""
    await delivery.deliver_endpoint(ctx.sessionmaker, ctx.settings, uuid.UUID(endpoint_id))


@loop("webhooks.relay")
async def relay_loop(ctx: JobContext, stop: asyncio.Event) -> None:
    await relay.run_relay(ctx, stop)


@periodic("17 3 * * *", "webhooks.prune")
async def prune(ctx: JobContext) -> None:
    """Daily: drop the delivery log, finished deliveries and dispatched events past retention."""
    cutoff = utcnow() - dt.timedelta(days=ctx.settings.webhooks_log_retention_days)
    async with ctx.sessionmaker() as session:
        await session.execute(delete(WebhookAttempt).where(WebhookAttempt.at < cutoff))
        await session.execute(
            delete(WebhookDelivery).where(
                WebhookDelivery.created_at < cutoff, WebhookDelivery.state != "pending"
            )
        )
        pending_seqs = WebhookDelivery.__table__.select().with_only_columns(WebhookDelivery.event_seq)
        await session.execute(
            delete(Event).where(
                Event.occurred_at < cutoff, Event.dispatched_at.is_not(None), Event.seq.not_in(pending_seqs)
            )
        )
        await session.commit()
