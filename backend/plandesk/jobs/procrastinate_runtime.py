"""The job runtime on PostgreSQL: procrastinate (claiming, retries, locks, periodic jobs).

Every registered job becomes a procrastinate task of the same name. Periodic jobs
are deferred through procrastinate's ``procrastinate_periodic_defers`` unique key,
so however many workers run, a tick fires once. A worker killed mid-job stops
sending heartbeats; ``jobs.retry_stalled`` (every minute) puts its jobs back.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Any

import orjson
import procrastinate
from procrastinate import exceptions as procrastinate_exceptions
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from plandesk.core.config import Settings
from plandesk.jobs.registry import JOBS, PERIODIC, JobContext, JobSpec
from plandesk.jobs.runtime import JobView, run_loops

log = logging.getLogger("plandesk.jobs")

# A worker silent for this long is presumed dead and its jobs are retried.
STALLED_AFTER_SECONDS = 30.0
FETCH_POLL_SECONDS = 0.25
HEARTBEAT_SECONDS = 5.0


def conninfo(database_url: str) -> str:
    """A libpq URI from the application's SQLAlchemy URL (``postgresql+asyncpg://…``)."""
    return make_url(database_url).set(drivername="postgresql").render_as_string(hide_password=False)


class ProcrastinateRuntime:
    def __init__(
        self, settings: Settings, sessionmaker: async_sessionmaker[AsyncSession], *, pool_size: int = 4
    ) -> None:
        self.settings = settings
        self.sessionmaker = sessionmaker
        connector = procrastinate.PsycopgConnector(
            conninfo=conninfo(settings.effective_database_url),
            min_size=1,
            max_size=pool_size,
            json_dumps=lambda v: orjson.dumps(v).decode(),
            json_loads=orjson.loads,
        )
        self.app = procrastinate.App(connector=connector)
        self._opened = False
        self._open_lock = asyncio.Lock()
        for spec in JOBS.values():
            self._register(spec)

    def _register(self, spec: JobSpec) -> None:
        runtime = self

        async def run(context: procrastinate.JobContext, **kwargs: Any) -> None:
            kwargs.pop("timestamp", None)  # periodic tasks receive their tick
            job = context.job
            attempt = job.attempts + 1
            ctx = JobContext(runtime.sessionmaker, runtime.settings, runtime, str(job.id), attempt)
            try:
                await spec.fn(ctx, **kwargs)
            except Exception:
                log.exception("job %s id=%s attempt=%s failed", spec.name, job.id, attempt)
                raise

        retry: Any = (
            procrastinate.RetryStrategy(
                max_attempts=spec.max_attempts - 1, wait=int(spec.backoff_seconds), exponential_wait=2
            )
            if spec.max_attempts > 1
            else False
        )
        task = self.app.task(name=spec.name, queue=spec.queue, pass_context=True, retry=retry)(run)
        if spec.name in PERIODIC:
            self.app.periodic(cron=PERIODIC[spec.name].cron, periodic_id=spec.name)(task)  # type: ignore[arg-type]

    async def _open(self) -> None:
        async with self._open_lock:
            if not self._opened:
                await self.app.open_async()
                self._opened = True

    async def defer(
        self,
        name: str,
        *,
        lock: str | None = None,
        queueing_lock: str | None = None,
        run_at: dt.datetime | None = None,
        **kwargs: Any,
    ) -> str | None:
        await self._open()
        deferrer = self.app.configure_task(name, lock=lock, queueing_lock=queueing_lock, schedule_at=run_at)
        try:
            return str(await deferrer.defer_async(**kwargs))
        except procrastinate_exceptions.AlreadyEnqueued:
            return None

    async def run(self, stop: asyncio.Event, *, concurrency: int = 4) -> None:
        await self._open()
        ctx = JobContext(self.sessionmaker, self.settings, self)
        worker = asyncio.create_task(
            self.app.run_worker_async(
                concurrency=concurrency,
                wait=True,
                install_signal_handlers=False,
                listen_notify=True,
                # NOTIFY wakes a worker when a job is queued, not when the lock a queued job
                # waits on is released (a webhook endpoint's next delivery job waits for the
                # running one): without a short poll it sat up to procrastinate's default 5 s
                # (p95 commit→delivery 4.6 s in bench/webhooks.py).
                fetch_job_polling_interval=FETCH_POLL_SECONDS,
                delete_jobs="successful",
                update_heartbeat_interval=HEARTBEAT_SECONDS,
                stalled_worker_timeout=STALLED_AFTER_SECONDS,
            )
        )
        loops = asyncio.create_task(run_loops(self, ctx, stop))
        try:
            await stop.wait()
        finally:
            worker.cancel()
            loops.cancel()
            await asyncio.gather(worker, loops, return_exceptions=True)

    async def retry_stalled(self) -> int:
        """Put back the jobs of workers that stopped sending heartbeats (killed, lost)."""
        await self._open()
        manager = self.app.job_manager
        stalled = list(await manager.get_stalled_jobs(seconds_since_heartbeat=STALLED_AFTER_SECONDS))
        for job in stalled:
            log.warning("job %s id=%s stalled (its worker died): retrying", job.task_name, job.id)
            await manager.retry_job(job)
        return len(stalled)

    async def list_jobs(self, state: str | None, limit: int) -> list[JobView]:
        where = "WHERE status = CAST(:state AS procrastinate_job_status)" if state else ""
        sql = text(
            "SELECT id, task_name, status, attempts, queue_name, args, scheduled_at "  # noqa: S608
            f"FROM procrastinate_jobs {where} ORDER BY id DESC LIMIT :limit"
        )
        async with self.sessionmaker() as session:
            rows = (await session.execute(sql, {"state": state, "limit": limit})).all()
        return [
            JobView(
                id=str(r.id),
                task=r.task_name,
                state=str(r.status),
                attempts=r.attempts,
                queue=r.queue_name,
                args=r.args if isinstance(r.args, dict) else orjson.loads(r.args),
                scheduled_at=r.scheduled_at,
                error=None,
            )
            for r in rows
        ]

    async def close(self) -> None:
        if self._opened:
            await self.app.close_async()
            self._opened = False
