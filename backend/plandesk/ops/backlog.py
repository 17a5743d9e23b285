"""What is waiting: queued jobs, undispatched outbox events, pending webhook deliveries.

One snapshot feeds both ``/metrics`` (a custom collector, see :class:`BacklogCollector`)
and the admin status page. Every query is bounded: rows are read through an index
(``status``/``dispatched_at``/``state`` first) and counted up to :data:`COUNT_CAP`, so a
runaway backlog makes a scrape no slower than a cap-sized one; the counts saturate there.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector
from sqlalchemy import case, func, select, text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from plandesk.core.events import Event
from plandesk.jobs.models import LocalJob
from plandesk.jobs.registry import JOBS, PERIODIC
from plandesk.webhooks.models import WebhookDelivery, WebhookEndpoint

log = logging.getLogger(__name__)

# Rows counted per backlog at most (per scrape): a count above it reads as the cap.
COUNT_CAP = 10_000
# A scrape reuses a snapshot this young; the admin page and Prometheus together cost one query set.
CACHE_SECONDS = 5.0
# A database that does not answer within this is "down" for the scrape.
QUERY_TIMEOUT_SECONDS = 2.0


@dataclass(frozen=True)
class QueueBacklog:
    queue: str
    task: str
    todo: int
    doing: int
    # Age of the oldest job that is due (not scheduled later) and not started.
    oldest_todo_seconds: float | None


@dataclass(frozen=True)
class PeriodicRun:
    job: str
    cron: str
    last_run_at: dt.datetime | None
    # State of that run's job: todo, doing, succeeded, failed (None: never ran).
    last_state: str | None


@dataclass(frozen=True)
class Snapshot:
    taken_at: dt.datetime
    jobs: list[QueueBacklog]
    periodic: list[PeriodicRun]
    outbox_undispatched: int
    outbox_oldest_seconds: float | None
    notifications_unprocessed: int
    notifications_oldest_seconds: float | None
    webhook_pending: int
    webhook_due: int
    webhook_oldest_due_seconds: float | None
    webhook_disabled_endpoints: int


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value


def _age(now: dt.datetime, since: dt.datetime | None) -> float | None:
    since = _aware(since)
    return None if since is None else round(max(0.0, (now - since).total_seconds()), 3)


async def _procrastinate_jobs(conn: AsyncConnection, now: dt.datetime) -> list[QueueBacklog]:
    # The partial index procrastinate_jobs_id_lock_idx_v1 covers exactly todo/doing by id.
    # A job's age: since it came due (its retry time), or since it was deferred (its event).
    rows = (
        await conn.execute(
            text(
                """
                WITH waiting AS (
                    SELECT id, queue_name, task_name, status, scheduled_at
                    FROM procrastinate_jobs
                    WHERE status IN ('todo', 'doing')
                    ORDER BY id
                    LIMIT :cap
                )
                SELECT w.queue_name, w.task_name,
                       count(*) FILTER (WHERE w.status = 'todo') AS todo,
                       count(*) FILTER (WHERE w.status = 'doing') AS doing,
                       min(COALESCE(w.scheduled_at, e.at)) FILTER (
                           WHERE w.status = 'todo' AND (w.scheduled_at IS NULL OR w.scheduled_at <= now())
                       ) AS oldest
                FROM waiting w
                LEFT JOIN procrastinate_events e ON e.job_id = w.id AND e.type = 'deferred'
                GROUP BY w.queue_name, w.task_name
                """
            ),
            {"cap": COUNT_CAP},
        )
    ).all()
    return [QueueBacklog(r[0], r[1], int(r[2]), int(r[3]), _age(now, r[4])) for r in rows]


async def _local_jobs(conn: AsyncConnection, now: dt.datetime) -> list[QueueBacklog]:
    # ix_local_jobs_claimable (status, scheduled_at) serves the filter and the order.
    waiting = (
        select(LocalJob.task_name, LocalJob.status, LocalJob.scheduled_at)
        .where(LocalJob.status.in_(("todo", "doing")))
        .order_by(LocalJob.status, LocalJob.scheduled_at)
        .limit(COUNT_CAP)
        .subquery()
    )
    is_todo = waiting.c.status == "todo"
    rows = (
        await conn.execute(
            select(
                waiting.c.task_name,
                func.sum(case((is_todo, 1), else_=0)),
                func.sum(case((is_todo, 0), else_=1)),
                func.min(case((is_todo & (waiting.c.scheduled_at <= now), waiting.c.scheduled_at))),
            ).group_by(waiting.c.task_name)
        )
    ).all()
    out = []
    for r in rows:
        spec = JOBS.get(r[0])
        queue = spec.queue if spec else "default"
        out.append(QueueBacklog(queue, r[0], int(r[1]), int(r[2]), _age(now, _parse(r[3]))))
    return out


async def _procrastinate_periodic(conn: AsyncConnection) -> dict[str, tuple[dt.datetime, str]]:
    # procrastinate keeps the latest tick per periodic task; a succeeded job is deleted (worker
    # runs with delete_jobs="successful"), so a tick whose job row is gone succeeded.
    rows = (
        await conn.execute(
            text(
                """
                SELECT d.task_name, max(d.defer_timestamp) AS at,
                       (array_agg(COALESCE(j.status::text, 'succeeded') ORDER BY d.defer_timestamp DESC))[1]
                FROM procrastinate_periodic_defers d
                LEFT JOIN procrastinate_jobs j ON j.id = d.job_id
                GROUP BY d.task_name
                """
            )
        )
    ).all()
    return {r[0]: (dt.datetime.fromtimestamp(int(r[1]), dt.UTC), str(r[2])) for r in rows if r[1] is not None}


async def _local_periodic(conn: AsyncConnection) -> dict[str, tuple[dt.datetime, str]]:
    out: dict[str, tuple[dt.datetime, str]] = {}
    for name in PERIODIC:
        # The runner defers every tick under this queueing lock (indexed): the newest row is the last run.
        latest = (
            select(func.max(LocalJob.id))
            .where(LocalJob.queueing_lock == f"periodic:{name}")
            .scalar_subquery()
        )
        row = (
            await conn.execute(select(LocalJob.created_at, LocalJob.status).where(LocalJob.id == latest))
        ).first()
        if row is not None:
            at = _aware(row[0])
            assert at is not None
            out[name] = (at, row[1])
    return out


async def _capped(conn: AsyncConnection, stmt: Any) -> tuple[int, Any]:
    sub = stmt.limit(COUNT_CAP).subquery()
    row = (await conn.execute(select(func.count(), func.min(sub.c[0])).select_from(sub))).one()
    return int(row[0]), row[1]


async def take_snapshot(engine: AsyncEngine) -> Snapshot:
    """Query every backlog (a few indexed statements on one connection)."""
    now = dt.datetime.now(dt.UTC)
    on_pg = engine.dialect.name == "postgresql"
    async with engine.connect() as conn:
        jobs = await (_procrastinate_jobs(conn, now) if on_pg else _local_jobs(conn, now))
        last = await (_procrastinate_periodic(conn) if on_pg else _local_periodic(conn))
        outbox = await _capped(
            conn, select(Event.occurred_at).where(Event.dispatched_at.is_(None)).order_by(Event.seq)
        )
        unnotified = await _capped(
            conn, select(Event.occurred_at).where(Event.notified_at.is_(None)).order_by(Event.seq)
        )
        active = select(WebhookEndpoint.id).where(WebhookEndpoint.active.is_(True))
        pending = (
            await conn.execute(
                select(func.count()).select_from(
                    select(WebhookDelivery.id)
                    .where(WebhookDelivery.state == "pending", WebhookDelivery.endpoint_id.in_(active))
                    .limit(COUNT_CAP)
                    .subquery()
                )
            )
        ).scalar_one()
        due = await _capped(
            conn,
            select(WebhookDelivery.next_attempt_at)
            .where(
                WebhookDelivery.state == "pending",
                WebhookDelivery.next_attempt_at <= now,
                WebhookDelivery.endpoint_id.in_(active),
            )
            .order_by(WebhookDelivery.next_attempt_at),
        )
        disabled = (
            await conn.execute(select(func.count()).where(WebhookEndpoint.active.is_(False)))
        ).scalar_one()
    periodic = [
        PeriodicRun(name, spec.cron, *(last.get(name) or (None, None)))
        for name, spec in sorted(PERIODIC.items())
    ]
    return Snapshot(
        taken_at=now,
        jobs=sorted(jobs, key=lambda q: (q.queue, q.task)),
        periodic=periodic,
        outbox_undispatched=int(outbox[0]),
        outbox_oldest_seconds=_age(now, _parse(outbox[1])),
        notifications_unprocessed=int(unnotified[0]),
        notifications_oldest_seconds=_age(now, _parse(unnotified[1])),
        webhook_pending=int(pending),
        webhook_due=int(due[0]),
        webhook_oldest_due_seconds=_age(now, _parse(due[1])),
        webhook_disabled_endpoints=int(disabled),
    )


def _parse(value: Any) -> dt.datetime | None:
    if isinstance(value, str):  # SQLite: min() of a datetime column comes back as text
        return dt.datetime.fromisoformat(value)
    return value  # type: ignore[no-any-return]


@dataclass
class BacklogCache:
    """The last snapshot of one engine, refreshed at most every :data:`CACHE_SECONDS`."""

    engine: AsyncEngine
    ttl: float = CACHE_SECONDS
    snapshot: Snapshot | None = None
    error: str | None = None
    refreshed: float = field(default=float("-inf"))
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    async def get(self, max_age: float | None = None) -> Snapshot | None:
        """A snapshot at most ``max_age`` (default :attr:`ttl`) seconds old, or ``None`` (and
        :attr:`error`) when the database did not answer. Concurrent callers share one query."""
        async with self._lock:
            if time.monotonic() - self.refreshed >= (self.ttl if max_age is None else max_age):
                try:
                    self.snapshot = await asyncio.wait_for(take_snapshot(self.engine), QUERY_TIMEOUT_SECONDS)
                    self.error = None
                except Exception as exc:  # down, timed out, table missing: the scrape still answers
                    log.warning("backlog query failed: %s", type(exc).__name__)
                    self.snapshot, self.error = None, type(exc).__name__
                self.refreshed = time.monotonic()
            return self.snapshot


class BacklogCollector(Collector):
    """Exposes a :class:`BacklogCache`'s snapshot (call ``await cache.get()`` before collecting)."""

    def __init__(self, cache: BacklogCache) -> None:
        self.cache = cache

    def collect(self) -> Iterator[GaugeMetricFamily]:
        up = GaugeMetricFamily(
            "plandesk_backlog_query_up",
            "1 when the backlog gauges below were read from the database, 0 when it did not answer.",
        )
        snap = self.cache.snapshot
        up.add_metric([], 0 if snap is None else 1)
        yield up
        if snap is None:
            return
        todo = GaugeMetricFamily(
            "plandesk_jobs_queued",
            "Jobs waiting or running, by queue, task and status.",
            labels=["queue", "task", "status"],
        )
        oldest = GaugeMetricFamily(
            "plandesk_jobs_oldest_todo_seconds",
            "How long the oldest due job has waited to start, by queue and task.",
            labels=["queue", "task"],
        )
        for q in snap.jobs:
            todo.add_metric([q.queue, q.task, "todo"], q.todo)
            todo.add_metric([q.queue, q.task, "doing"], q.doing)
            if q.oldest_todo_seconds is not None:
                oldest.add_metric([q.queue, q.task], q.oldest_todo_seconds)
        yield todo
        yield oldest
        last = GaugeMetricFamily(
            "plandesk_periodic_last_run_timestamp_seconds",
            "When each periodic job last ran (was deferred for its tick), Unix time.",
            labels=["job"],
        )
        for p in snap.periodic:
            if p.last_run_at is not None:
                last.add_metric([p.job], p.last_run_at.timestamp())
        yield last
        backlog = GaugeMetricFamily(
            "plandesk_outbox_backlog",
            f"Committed events a consumer has not processed yet (counted up to {COUNT_CAP}).",
            labels=["consumer"],
        )
        backlog.add_metric(["webhooks"], snap.outbox_undispatched)
        backlog.add_metric(["notifications"], snap.notifications_unprocessed)
        yield backlog
        age = GaugeMetricFamily(
            "plandesk_outbox_oldest_seconds",
            "Age of the oldest event a consumer has not processed.",
            labels=["consumer"],
        )
        for consumer, seconds in (
            ("webhooks", snap.outbox_oldest_seconds),
            ("notifications", snap.notifications_oldest_seconds),
        ):
            age.add_metric([consumer], seconds or 0.0)
        yield age
        pending = GaugeMetricFamily(
            "plandesk_webhook_deliveries_pending",
            f"Deliveries to active endpoints not yet delivered or given up (counted up to {COUNT_CAP}), "
            "all of them and those due now.",
            labels=["when"],
        )
        pending.add_metric(["all"], snap.webhook_pending)
        pending.add_metric(["due"], snap.webhook_due)
        yield pending
        yield GaugeMetricFamily(
            "plandesk_webhook_oldest_due_seconds",
            "How long the most overdue delivery has been due.",
            value=snap.webhook_oldest_due_seconds or 0.0,
        )
        yield GaugeMetricFamily(
            "plandesk_webhook_endpoints_disabled",
            "Endpoints disabled after failing (410 Gone, 50 failures in a row, 5 days of failures).",
            value=snap.webhook_disabled_endpoints,
        )
