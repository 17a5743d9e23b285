"""The embedded runner (SQLite default): durable, retries, lapsed claims, locks, failed jobs for admins."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest
from sqlalchemy import select, update

from plandesk.core.db import utcnow
from plandesk.jobs.models import LocalJob
from plandesk.jobs.registry import JOBS, JobContext, JobSpec
from plandesk.jobs.runtime import LocalRuntime

pytestmark = pytest.mark.usefixtures("sqlite_only")

calls: list[tuple[str, int]] = []


@pytest.fixture
def sqlite_only(settings):  # type: ignore[no-untyped-def]
    if not settings.is_sqlite:
        pytest.skip("the embedded runner serves SQLite; PostgreSQL runs procrastinate")


@pytest.fixture
def test_jobs(monkeypatch):  # type: ignore[no-untyped-def]
    calls.clear()

    async def record(ctx: JobContext, *, tag: str) -> None:
        calls.append((tag, ctx.attempt))

    async def flaky(ctx: JobContext, *, tag: str) -> None:
        calls.append((tag, ctx.attempt))
        raise RuntimeError("not today")

    async def slow(ctx: JobContext, *, tag: str) -> None:
        calls.append((f"{tag}:start", ctx.attempt))
        await asyncio.sleep(0.2)
        calls.append((f"{tag}:end", ctx.attempt))

    monkeypatch.setitem(JOBS, "test.record", JobSpec("test.record", record))
    monkeypatch.setitem(JOBS, "test.flaky", JobSpec("test.flaky", flaky, max_attempts=2, backoff_seconds=0))
    monkeypatch.setitem(JOBS, "test.slow", JobSpec("test.slow", slow))


async def _run_until(runtime: LocalRuntime, done, seconds: float = 5.0) -> None:  # type: ignore[no-untyped-def]
    stop = asyncio.Event()
    task = asyncio.create_task(runtime.run(stop, concurrency=4))
    try:
        for _ in range(int(seconds / 0.02)):
            if done():
                break
            await asyncio.sleep(0.02)
    finally:
        stop.set()
        await task


def _runtime(app) -> LocalRuntime:  # type: ignore[no-untyped-def]
    return LocalRuntime(app.state.settings, app.state.sessionmaker, poll_seconds=0.02)


async def test_a_deferred_job_runs_once_and_is_marked_succeeded(app, test_jobs):
    runtime = _runtime(app)
    job_id = await runtime.defer("test.record", tag="a")
    await _run_until(runtime, lambda: calls)
    assert calls == [("a", 1)]
    async with app.state.sessionmaker() as s:
        assert (await s.get(LocalJob, int(job_id))).status == "succeeded"


async def test_a_failing_job_is_retried_then_listed_as_failed_for_admins(app, client, factory, test_jobs):
    runtime = _runtime(app)
    await runtime.defer("test.flaky", tag="f")
    await _run_until(runtime, lambda: len(calls) >= 2)
    await asyncio.sleep(0.1)
    assert calls == [("f", 1), ("f", 2)]

    admin = await factory.actor("admin")
    r = await client.get("/api/v1/admin/jobs", params={"state": "failed"}, headers=admin.headers)
    (job,) = r.json()["items"]
    assert (job["task"], job["state"], job["attempts"], job["args"]) == (
        "test.flaky",
        "failed",
        2,
        {"tag": "f"},
    )
    assert "not today" in job["error"]
    coordinator = await factory.actor("coordinator")
    forbidden = await client.get(
        "/api/v1/admin/jobs", params={"state": "failed"}, headers=coordinator.headers
    )
    assert forbidden.status_code == 403


async def test_a_job_whose_worker_died_is_run_again_after_its_claim_lapses(app, test_jobs):
    runtime = _runtime(app)
    job_id = int(await runtime.defer("test.record", tag="orphan") or 0)
    # A worker claimed it and was killed (SIGKILL): the row stays "doing" with a claim that lapses.
    async with app.state.sessionmaker() as s:
        await s.execute(
            update(LocalJob)
            .where(LocalJob.id == job_id)
            .values(status="doing", attempts=1, claimed_until=utcnow() - dt.timedelta(seconds=1))
        )
        await s.commit()
    await _run_until(runtime, lambda: calls)
    assert calls == [("orphan", 2)]


async def test_a_claimed_job_is_not_taken_by_a_second_runner(app, test_jobs):
    runtime = _runtime(app)
    await runtime.defer("test.record", tag="x")
    first = await runtime._claim()
    second = await _runtime(app)._claim()
    assert first is not None and second is None


async def test_a_queueing_lock_keeps_one_job_waiting(app, test_jobs):
    runtime = _runtime(app)
    assert await runtime.defer("test.record", queueing_lock="q", tag="1") is not None
    assert await runtime.defer("test.record", queueing_lock="q", tag="2") is None


async def test_jobs_sharing_a_lock_do_not_run_at_the_same_time(app, test_jobs):
    runtime = _runtime(app)
    await runtime.defer("test.slow", lock="L", tag="a")
    await runtime.defer("test.slow", lock="L", tag="b")
    await _run_until(runtime, lambda: len(calls) == 4)
    assert [c[0] for c in calls] == ["a:start", "a:end", "b:start", "b:end"]


async def test_pending_jobs_survive_a_restart(app, test_jobs):
    await _runtime(app).defer("test.record", tag="later")  # deferred, then the process stopped
    async with app.state.sessionmaker() as s:
        assert (await s.execute(select(LocalJob.status))).scalars().all() == ["todo"]
    await _run_until(_runtime(app), lambda: calls)
    assert calls == [("later", 1)]


def _writes(app):  # type: ignore[no-untyped-def]
    """The write statements the app's engine runs from now on."""
    from sqlalchemy import event

    seen: list[str] = []

    def record(conn, cursor, statement, params, context, executemany):  # type: ignore[no-untyped-def]
        if statement.lstrip().split(None, 1)[0].upper() in {"UPDATE", "INSERT", "DELETE"}:
            seen.append(statement)

    event.listen(app.state.engine.sync_engine, "before_cursor_execute", record)
    return seen, lambda: event.remove(app.state.engine.sync_engine, "before_cursor_execute", record)


async def test_an_idle_poll_writes_nothing(app, test_jobs):
    """Five polls a second in each API process: with nothing claimable, none takes SQLite's
    write lock (every writer, the feedback group commit first, would wait on it)."""
    from plandesk.notifications import outbox
    from plandesk.webhooks import relay

    runtime = _runtime(app)
    seen, stop = _writes(app)
    try:
        assert await runtime._claim() is None
        async with app.state.sessionmaker() as s:
            assert await relay.fan_out(s) == (0, set())
            assert await outbox.consume(s, email_on=False) == 0
        assert seen == []
        await runtime.defer("test.record", tag="a")  # and a claimable job is still claimed
        seen.clear()
        row = await runtime._claim()
        assert row is not None and row.task_name == "test.record"
        assert any(s.lstrip().upper().startswith("UPDATE") for s in seen)
    finally:
        stop()


async def test_periodic_jobs_are_deferred_when_due_and_cron_is_not_reckoned_on_every_poll(
    app, test_jobs, monkeypatch
):
    from plandesk.jobs import runtime as runtime_module
    from plandesk.jobs.registry import PERIODIC

    reckoned: list[str] = []
    real = runtime_module.croniter

    def counting(cron, start):  # type: ignore[no-untyped-def]
        reckoned.append(cron)
        return real(cron, start)

    monkeypatch.setattr(runtime_module, "croniter", counting)
    runtime = _runtime(app)
    next_due: dict[str, dt.datetime] = {}
    await runtime._schedule_periodic(next_due)  # the first tick sets the times, defers nothing
    assert set(next_due) == set(PERIODIC) and len(reckoned) == len(PERIODIC)
    await runtime._schedule_periodic(next_due)
    assert len(reckoned) == len(PERIODIC)  # nothing due: no cron arithmetic
    name = next(iter(PERIODIC))
    next_due[name] = utcnow() - dt.timedelta(seconds=1)
    await runtime._schedule_periodic(next_due)
    assert next_due[name] > utcnow()
    async with app.state.sessionmaker() as s:
        todo = select(LocalJob.task_name).where(LocalJob.status == "todo")
        queued = (await s.execute(todo)).scalars().all()
    assert queued == [name]
