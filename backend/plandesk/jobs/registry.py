"""Declaring jobs: ``@job``, ``@periodic`` and ``@loop`` register functions by name.

A job function is ``async def fn(ctx: JobContext, **kwargs) -> None``; its keyword
arguments are JSON values (ids as strings). Job functions must be idempotent: a
retry, or a job re-run after its worker died, must change nothing twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from plandesk.core.config import Settings

if TYPE_CHECKING:
    from plandesk.jobs.runtime import JobRuntime


@dataclass(frozen=True)
class JobContext:
    """What a running job gets: the database, the settings, its id and attempt, the runtime."""

    sessionmaker: async_sessionmaker[AsyncSession]
    settings: Settings
    runtime: JobRuntime
    job_id: str = ""
    attempt: int = 1


JobFunction = Callable[..., Awaitable[None]]


@dataclass(frozen=True)
class JobSpec:
    name: str
    fn: JobFunction
    max_attempts: int = 5
    # Retry n waits backoff_seconds * 2**(n-1), capped at an hour.
    backoff_seconds: float = 5.0
    queue: str = "default"


@dataclass(frozen=True)
class PeriodicSpec:
    job: str
    cron: str  # five fields, or six with seconds last (croniter)


class LoopFunction(Protocol):
    def __call__(self, ctx: JobContext, stop: Any) -> Awaitable[None]: ...


JOBS: dict[str, JobSpec] = {}
PERIODIC: dict[str, PeriodicSpec] = {}
# Long-running loops every worker runs beside its jobs (the outbox relay).
LOOPS: dict[str, LoopFunction] = {}

# Modules whose import registers jobs; add yours here.
JOB_MODULES = (
    "plandesk.jobs.builtin",
    "plandesk.webhooks.jobs",
    "plandesk.tasks.overdue",
    "plandesk.reports.renders",
    "plandesk.sync.jobs",
)


def load_jobs() -> None:
    import importlib

    for module in JOB_MODULES:
        importlib.import_module(module)


def job(
    name: str, *, max_attempts: int = 5, backoff_seconds: float = 5.0, queue: str = "default"
) -> Callable[[JobFunction], JobFunction]:
    """Register ``fn`` as the job ``name`` (``"area.verb"``)."""

    def register(fn: JobFunction) -> JobFunction:
        JOBS[name] = JobSpec(name, fn, max_attempts, backoff_seconds, queue)
        return fn

    return register


def periodic(cron: str, name: str, *, max_attempts: int = 1) -> Callable[[JobFunction], JobFunction]:
    """Register ``fn(ctx)`` as a job run on ``cron``: once per tick however many workers run."""

    def register(fn: JobFunction) -> JobFunction:
        JOBS[name] = JobSpec(name, fn, max_attempts)
        PERIODIC[name] = PeriodicSpec(name, cron)
        return fn

    return register


def loop(name: str) -> Callable[[LoopFunction], LoopFunction]:
    def register(fn: LoopFunction) -> LoopFunction:
        LOOPS[name] = fn
        return fn

    return register


def retry_delay(spec: JobSpec, attempt: int) -> dt.timedelta:
    """How long to wait before attempt ``attempt + 1`` after attempt ``attempt`` failed."""
    return dt.timedelta(seconds=min(3600.0, spec.backoff_seconds * 2 ** max(0, attempt - 1)))
