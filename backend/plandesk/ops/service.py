"""Gather what an on-call engineer wants to know first: is everything answering?"""

from __future__ import annotations

import datetime as dt
import logging
import os
import time

from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncEngine

from plandesk import __version__
from plandesk.consultations.models import ClusteringQueue
from plandesk.core.config import Settings
from plandesk.core.metrics import CLUSTERING_BACKLOG
from plandesk.core.migrations import current_heads, script_heads
from plandesk.notifications.email import email_status
from plandesk.ops.backlog import BacklogCache
from plandesk.ops.schemas import (
    ClusteringStatus,
    DatabaseStatus,
    EmailStatus,
    JobsStatus,
    PeriodicRunStatus,
    ProcessStatus,
    QueueBacklogStatus,
    RedisStatus,
    SchemaStatus,
    SystemStatus,
    WebhooksStatus,
)

log = logging.getLogger(__name__)

PROCESS_STARTED = dt.datetime.now(dt.UTC)
_STARTED_MONOTONIC = time.monotonic()


async def _redis_status(url: str | None) -> RedisStatus:
    if not url:
        return RedisStatus(configured=False, reachable=None)
    from redis.asyncio import Redis

    client = Redis.from_url(url, socket_connect_timeout=1.0, socket_timeout=1.0)
    try:
        await client.ping()
        return RedisStatus(configured=True, reachable=True)
    except Exception as exc:  # any failure means "not reachable"; the reason goes to the log
        log.warning("redis unreachable: %s", type(exc).__name__)
        return RedisStatus(configured=True, reachable=False)
    finally:
        await client.aclose()


async def system_status(engine: AsyncEngine, settings: Settings, backlog: BacklogCache) -> SystemStatus:
    """Version, schema, database and Redis reachability, backlogs (clustering, jobs, webhooks), process."""
    now = dt.datetime.now(dt.UTC)
    want = sorted(script_heads(settings.effective_database_url))
    have: list[str] = []
    latency: float | None = None
    clustering = ClusteringStatus(backlog=0, oldest_waiting_seconds=None)
    reachable = True
    try:
        started = time.perf_counter()
        async with engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
            latency = round((time.perf_counter() - started) * 1000, 2)
            row = (await conn.execute(select(func.count(), func.min(ClusteringQueue.queued_at)))).one()
        have = sorted(await current_heads(engine))
        oldest = row[1]
        if oldest is not None and oldest.tzinfo is None:
            oldest = oldest.replace(tzinfo=dt.UTC)
        clustering = ClusteringStatus(
            backlog=int(row[0]),
            oldest_waiting_seconds=round((now - oldest).total_seconds(), 1) if oldest else None,
        )
        CLUSTERING_BACKLOG.set(clustering.backlog)
    except Exception as exc:
        log.warning("database unreachable: %s", type(exc).__name__)
        reachable = False
    # An admin looking at the page wants now, not the last scrape's view.
    snap = await backlog.get(max_age=0.0) if reachable else None
    jobs = webhooks = None
    if snap is not None:
        jobs = JobsStatus(
            backlog=[QueueBacklogStatus.model_validate(q, from_attributes=True) for q in snap.jobs],
            periodic=[PeriodicRunStatus.model_validate(p, from_attributes=True) for p in snap.periodic],
        )
        webhooks = WebhooksStatus(
            undispatched_events=snap.outbox_undispatched,
            oldest_undispatched_seconds=snap.outbox_oldest_seconds,
            pending_deliveries=snap.webhook_pending,
            due_deliveries=snap.webhook_due,
            oldest_due_seconds=snap.webhook_oldest_due_seconds,
            disabled_endpoints=snap.webhook_disabled_endpoints,
        )
    pool = engine.pool
    checked_out = pool.checkedout() if hasattr(pool, "checkedout") else None
    redis = await _redis_status(settings.redis_url)
    healthy = reachable and have == want and redis.reachable is not False
    return SystemStatus(
        version=__version__,
        status="ok" if healthy else "degraded",
        checked_at=now,
        schema_=SchemaStatus(database=have, code=want, at_head=have == want),
        database=DatabaseStatus(
            reachable=reachable,
            dialect=engine.dialect.name,
            latency_ms=latency,
            pool_checked_out=checked_out,
        ),
        redis=redis,
        feedback_clustering=clustering,
        jobs=jobs,
        webhooks=webhooks,
        email=EmailStatus.model_validate(email_status(settings)),
        process=ProcessStatus(
            pid=os.getpid(),
            started_at=PROCESS_STARTED,
            uptime_seconds=round(time.monotonic() - _STARTED_MONOTONIC, 1),
        ),
    )
