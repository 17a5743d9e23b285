"""Pruning the change log: it keeps what the oldest valid ``since`` token may still need."""

from __future__ import annotations

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core import localtime
from plandesk.jobs.registry import JobContext, periodic
from plandesk.sync.models import SyncChange

# A token issued at T reads changes of transactions still running at T, which may have
# started before T: keep a day more than the tokens live.
MARGIN_SECONDS = 86_400


async def prune_changes(session: AsyncSession, retention_days: int) -> int:
    """Delete changes older than retention (and the margin); the number deleted."""
    cutoff = int(localtime.now().timestamp()) - retention_days * 86_400 - MARGIN_SECONDS
    result = await session.execute(delete(SyncChange).where(SyncChange.changed_at < cutoff))
    await session.commit()
    return int(getattr(result, "rowcount", 0) or 0)


@periodic("41 3 * * *", "sync.prune")
async def prune(ctx: JobContext) -> None:
    """Daily: drop sync changes no valid token needs (older tokens answer 410)."""
    async with ctx.sessionmaker() as session:
        await prune_changes(session, ctx.settings.sync_retention_days)
