"""The notification jobs: the outbox consumer loop, the reminder scan, watches, e-mail and digests."""

from __future__ import annotations

import asyncio

from plandesk.jobs.registry import JobContext, job, loop, periodic
from plandesk.notifications import email, outbox, scan, watch

EMAIL_JOB = "notifications.email"


async def _defer_email(ctx: JobContext) -> None:
    if email.email_enabled(ctx.settings):
        await ctx.runtime.defer(EMAIL_JOB, lock=EMAIL_JOB, queueing_lock=EMAIL_JOB)


@loop("notifications.outbox")
async def outbox_loop(ctx: JobContext, stop: asyncio.Event) -> None:
    async def after_pass() -> None:
        await _defer_email(ctx)

    await outbox.run(ctx, stop, after_pass)


@periodic("* * * * *", "notifications.scan_reminders")
async def scan_reminders(ctx: JobContext) -> None:
    """Every minute: reminders and escalations that fell due (each once, ever), in bounded passes."""
    results = await scan.scan_all(ctx.sessionmaker, email_on=email.email_enabled(ctx.settings))
    if any(r.notifications for r in results):
        await _defer_email(ctx)


@periodic("*/5 * * * *", "notifications.watch")
async def watches(ctx: JobContext) -> None:
    """Every five minutes: consultations closing, reports missing, feedback assigned."""
    on = email.email_enabled(ctx.settings)
    async with ctx.sessionmaker() as session:
        written = await watch.consultations_closing(session, email_on=on)
        written += await watch.reports_missing(session, email_on=on)
        written += await watch.feedback_assigned(session, email_on=on)
    if written:
        await _defer_email(ctx)


@job(EMAIL_JOB, max_attempts=3, backoff_seconds=10.0)
async def send_email(ctx: JobContext) -> None:
    """Send due e-mails (claimed one by one: safe on several workers)."""
    while await email.send_due(ctx.sessionmaker, ctx.settings) >= email.SEND_BATCH:
        pass


@periodic("* * * * *", "notifications.email_sweep")
async def email_sweep(ctx: JobContext) -> None:
    """Every minute: e-mails held by quiet hours whose time has come."""
    await email.send_due(ctx.sessionmaker, ctx.settings)


@periodic("5 * * * *", "notifications.digest")
async def digest(ctx: JobContext) -> None:
    """Hourly: digest users whose hour has come get their one e-mail of the day."""
    await email.send_digests(ctx.sessionmaker, ctx.settings)
