"""The job runtime behind the facade, and the embedded runner used on SQLite.

``make_runtime`` picks procrastinate on PostgreSQL (``procrastinate_runtime.py``)
and :class:`LocalRuntime` on the embedded SQLite database, where the API
process runs jobs itself from the ``local_jobs`` table: durable (a restart
resumes what was pending), claims that lapse (a job whose process died is run
again after ``visibility_seconds``), locks and queueing locks as procrastinate's.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any, Protocol

from croniter import croniter
from sqlalchemy import and_, bindparam, exists, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import aliased

from plandesk.core.config import Settings
from plandesk.core.db import fetch_rows, utcnow
from plandesk.jobs.models import LocalJob
from plandesk.jobs.registry import JOBS, LOOPS, PERIODIC, JobContext, load_jobs, retry_delay

log = logging.getLogger("plandesk.jobs")

JOB_STATES = ("todo", "doing", "succeeded", "failed", "cancelled")

# Whether anything is claimable, read before a claim: an idle poll (five a second in each API
# process) then neither takes SQLite's write lock, which every writer waits on, nor builds
# the claim statement. A job deferred just after this look is claimed at the next poll (or
# at once when this process deferred it: ``defer`` wakes the loop).
_CLAIMABLE = (
    select(LocalJob.id)
    .where(
        or_(
            and_(LocalJob.status == "todo", LocalJob.scheduled_at <= bindparam("now")),
            and_(LocalJob.status == "doing", LocalJob.claimed_until < bindparam("now")),
        )
    )
    .limit(1)
)


@dataclass(frozen=True)
class JobView:
    id: str
    task: str
    state: str
    attempts: int
    queue: str
    args: dict[str, Any]
    scheduled_at: dt.datetime | None
    error: str | None


class JobRuntime(Protocol):
    async def defer(
        self,
        name: str,
        *,
        lock: str | None = None,
        queueing_lock: str | None = None,
        run_at: dt.datetime | None = None,
        **kwargs: Any,
    ) -> str | None:
        """Queue job ``name`` with ``kwargs``; ``None`` if ``queueing_lock`` already has one waiting."""
        ...

    async def run(self, stop: asyncio.Event, *, concurrency: int = 4) -> None:
        """Run jobs (and the registered loops) until ``stop`` is set."""
        ...

    async def list_jobs(self, state: str | None, limit: int) -> list[JobView]: ...

    async def retry_stalled(self) -> int:
        """Put back jobs whose worker died mid-run; how many."""
        ...

    async def close(self) -> None: ...


def make_runtime(settings: Settings, sessionmaker: async_sessionmaker[AsyncSession]) -> JobRuntime:
    load_jobs()
    if settings.is_sqlite:
        return LocalRuntime(settings, sessionmaker)
    from plandesk.jobs.procrastinate_runtime import ProcrastinateRuntime

    return ProcrastinateRuntime(settings, sessionmaker)


async def run_loops(runtime: JobRuntime, ctx: JobContext, stop: asyncio.Event) -> None:
    """Run every registered loop until ``stop``; a loop that crashes is logged and restarted."""

    async def keep(name: str) -> None:
        while not stop.is_set():
            try:
                await LOOPS[name](ctx, stop)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("loop %s crashed; restarting in 1 s", name)
                await asyncio.sleep(1)

    await asyncio.gather(*(keep(name) for name in LOOPS))


class LocalRuntime:
    """Jobs in the application's own (SQLite) database, run by the process that serves it."""

    def __init__(
        self,
        settings: Settings,
        sessionmaker: async_sessionmaker[AsyncSession],
        *,
        poll_seconds: float = 0.2,
        visibility_seconds: float = 60.0,
        shutdown_grace_seconds: float = 10.0,
    ) -> None:
        self.shutdown_grace_seconds = shutdown_grace_seconds
        self.settings = settings
        self.sessionmaker = sessionmaker
        self.poll_seconds = poll_seconds
        self.visibility = dt.timedelta(seconds=visibility_seconds)
        self._wake = asyncio.Event()

    async def defer(
        self,
        name: str,
        *,
        lock: str | None = None,
        queueing_lock: str | None = None,
        run_at: dt.datetime | None = None,
        **kwargs: Any,
    ) -> str | None:
        spec = JOBS[name]
        async with self.sessionmaker() as session:
            if queueing_lock is not None:
                waiting = await session.scalar(
                    select(LocalJob.id).where(
                        LocalJob.queueing_lock == queueing_lock, LocalJob.status == "todo"
                    )
                )
                if waiting is not None:
                    return None
            row = LocalJob(
                task_name=name,
                args=kwargs,
                status="todo",
                max_attempts=spec.max_attempts,
                scheduled_at=run_at or utcnow(),
                lock=lock,
                queueing_lock=queueing_lock,
            )
            session.add(row)
            await session.commit()
        self._wake.set()
        return str(row.id)

    async def _claim(self) -> LocalJob | None:
        now = utcnow()
        async with self.sessionmaker() as session:  # its own (read) transaction, ended here
            if not await fetch_rows(session, _CLAIMABLE, {"now": now}):
                return None
        other = aliased(LocalJob)
        running_same_lock = exists().where(
            other.lock == LocalJob.lock,
            other.id != LocalJob.id,
            other.status == "doing",
            other.claimed_until >= now,
        )
        candidate = (
            select(LocalJob.id)
            .where(
                or_(
                    and_(LocalJob.status == "todo", LocalJob.scheduled_at <= now),
                    and_(LocalJob.status == "doing", LocalJob.claimed_until < now),
                ),
                or_(LocalJob.lock.is_(None), ~running_same_lock),
            )
            .order_by(LocalJob.scheduled_at, LocalJob.id)
            .limit(1)
            .scalar_subquery()
        )
        async with self.sessionmaker() as session:
            # One statement: two runners (two API processes) cannot claim the same row.
            row = (
                await session.execute(
                    update(LocalJob)
                    .where(LocalJob.id == candidate)
                    .values(
                        status="doing",
                        claimed_until=now + self.visibility,
                        attempts=LocalJob.attempts + 1,
                        updated_at=now,
                    )
                    .returning(LocalJob)
                )
            ).scalar_one_or_none()
            await session.commit()
        return row

    async def _finish(self, job_id: int, values: dict[str, Any]) -> None:
        async with self.sessionmaker() as session:
            await session.execute(
                update(LocalJob).where(LocalJob.id == job_id).values(**values, updated_at=utcnow())
            )
            await session.commit()

    async def _run_one(self, row: LocalJob) -> None:
        spec = JOBS.get(row.task_name)
        if spec is None:
            await self._finish(row.id, {"status": "failed", "last_error": "unknown job"})
            return
        if row.attempts > row.max_attempts:  # claimed again after its worker died too often
            await self._finish(row.id, {"status": "failed", "last_error": "gave up after a lost claim"})
            return
        ctx = JobContext(self.sessionmaker, self.settings, self, str(row.id), row.attempts)
        renew = asyncio.create_task(self._keep_claim(row.id))
        try:
            await spec.fn(ctx, **row.args)
        except Exception as exc:
            log.exception("job %s id=%s attempt=%s failed", row.task_name, row.id, row.attempts)
            values: dict[str, Any]
            if row.attempts >= row.max_attempts:
                values = {"status": "failed", "last_error": repr(exc)[:2000]}
            else:
                values = {
                    "status": "todo",
                    "scheduled_at": utcnow() + retry_delay(spec, row.attempts),
                    "last_error": repr(exc)[:2000],
                }
            await self._finish(row.id, values)
        else:
            await self._finish(row.id, {"status": "succeeded", "claimed_until": None})
        finally:
            renew.cancel()

    async def _keep_claim(self, job_id: int) -> None:
        """Heartbeat: a long job keeps its claim while its process lives."""
        while True:
            await asyncio.sleep(self.visibility.total_seconds() / 3)
            await self._finish(job_id, {"claimed_until": utcnow() + self.visibility})

    async def _schedule_periodic(self, next_due: dict[str, dt.datetime]) -> None:
        """Defer each periodic job whose time has come (the first tick only sets the times)."""
        now = utcnow()
        for name, spec in PERIODIC.items():
            due = next_due.get(name)
            if due is not None and due > now:
                continue  # the common case: no cron arithmetic on a poll
            next_due[name] = croniter(spec.cron, now).get_next(dt.datetime)
            if due is not None:
                await self.defer(name, queueing_lock=f"periodic:{name}")

    async def run(self, stop: asyncio.Event, *, concurrency: int = 4) -> None:
        ctx = JobContext(self.sessionmaker, self.settings, self)
        loops = asyncio.create_task(run_loops(self, ctx, stop))
        running: set[asyncio.Task[None]] = set()
        next_due: dict[str, dt.datetime] = {}
        try:
            while not stop.is_set():
                await self._schedule_periodic(next_due)
                claimed = False
                while len(running) < concurrency:
                    row = await self._claim()
                    if row is None:
                        break
                    claimed = True
                    task = asyncio.create_task(self._run_one(row))
                    running.add(task)
                    task.add_done_callback(running.discard)
                if len(running) >= concurrency:
                    await asyncio.wait(
                        running, timeout=self.poll_seconds, return_when=asyncio.FIRST_COMPLETED
                    )
                elif not claimed:
                    self._wake.clear()
                    try:
                        await asyncio.wait_for(self._wake.wait(), self.poll_seconds)
                    except TimeoutError:
                        pass
        finally:
            loops.cancel()
            # A graceful stop lets running jobs finish; what is still running then is cancelled
            # and, its claim lapsing, run again by the next runner.
            if running:
                await asyncio.wait(list(running), timeout=self.shutdown_grace_seconds)
            for task in list(running):
                task.cancel()
            await asyncio.gather(loops, *running, return_exceptions=True)

    async def list_jobs(self, state: str | None, limit: int) -> list[JobView]:
        stmt = select(LocalJob).order_by(LocalJob.id.desc()).limit(limit)
        if state:
            stmt = stmt.where(LocalJob.status == state)
        async with self.sessionmaker() as session:
            rows = (await session.execute(stmt)).scalars()
            return [
                JobView(
                    id=str(r.id),
                    task=r.task_name,
                    state=r.status,
                    attempts=r.attempts,
                    queue=JOBS[r.task_name].queue if r.task_name in JOBS else "default",
                    args=r.args,
                    scheduled_at=r.scheduled_at,
                    error=r.last_error,
                )
                for r in rows
            ]

    async def retry_stalled(self) -> int:
        return 0  # a lapsed claim is claimable again (see ``_claim``)

    async def close(self) -> None:
        return None
