"""The SQLite feedback writer between processes (issue #15, item 6).

Each API process has its own writer; they take turns through a file lock beside the
database, and each group takes in everything queued while the other process wrote. A
second ``SQLiteFeedbackWriter`` (or ``FileLock``) on the same database stands for the
other process: ``flock`` locks of two open files exclude each other within one process too.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import sqlite3
import time
import uuid
from typing import Any

import pytest
from sqlalchemy.exc import OperationalError

from plandesk.consultations.submissions.feedback_writer import Stored
from plandesk.consultations.submissions.feedback_writer_sqlite import SQLiteFeedbackWriter
from plandesk.consultations.submissions.submissions import _INSERT_COLUMNS, Submitter, _row
from plandesk.core.filelock import FileLock, beside, one_process_at_a_time


@pytest.fixture
def sqlite_only(settings) -> None:
    if not settings.is_sqlite:
        pytest.skip("the SQLite group writer")


def _path(settings) -> str:
    return settings.database_url.split(":///", 1)[1]


def _rows(consultation_id: uuid.UUID, n: int, tag: str) -> list[dict[str, Any]]:
    now = dt.datetime.now(dt.UTC)
    return [
        _row(
            consultation_id,
            {"body": f"Ý kiến {tag} {i}: đề nghị bổ sung chỉ tiêu."},
            (None, None, None),
            "web",
            now,
            Submitter(None, None),
            uuid.uuid4().hex,
        )
        for i in range(n)
    ]


def _count(settings) -> int:
    db = sqlite3.connect(_path(settings))
    try:
        return int(db.execute("SELECT count(*) FROM feedback_submissions").fetchone()[0])
    finally:
        db.close()


@pytest.fixture
async def writers(app, sqlite_only):  # type: ignore[no-untyped-def]
    made: list[SQLiteFeedbackWriter] = []

    def make(**options: Any) -> SQLiteFeedbackWriter:
        made.append(SQLiteFeedbackWriter(app.state.engine, _INSERT_COLUMNS, **options))
        return made[-1]

    yield make
    for w in made:
        await w.close()


async def test_two_processes_writers_take_turns_and_every_row_is_stored(consult, settings, writers) -> None:
    c = await consult.consultation()
    a, b = writers(), writers()
    results = await asyncio.gather(
        *(a.store(r, None) for r in _rows(c.id, 60, "a")),
        *(b.store(r, None) for r in _rows(c.id, 60, "b")),
    )
    assert results == [Stored.stored] * 120
    assert _count(settings) == 120
    # Both wrote, in shared commits, and neither ever gave up on the other's lock.
    assert a.stats.rows == b.stats.rows == 60
    assert a.stats.commits < 60 and b.stats.commits < 60
    assert a.stats.fallbacks == b.stats.fallbacks == 0


async def test_a_group_waits_for_the_other_processes_writer_and_takes_in_all_queued_meanwhile(
    consult, settings, writers
) -> None:
    c = await consult.consultation()
    writer = writers()
    other = FileLock(beside(writer.path, "feedback-writer"))
    assert other.try_acquire()  # the other process's writer is writing
    try:
        stores = [asyncio.ensure_future(writer.store(r, None)) for r in _rows(c.id, 10, "x")]
        await asyncio.sleep(0.3)
        assert not any(s.done() for s in stores) and _count(settings) == 0
    finally:
        other.close()  # its commit is done: the lock is handed over
    assert await asyncio.gather(*stores) == [Stored.stored] * 10
    # One group, one commit, for everything that queued while the lock was held.
    assert writer.stats.group_sizes == [10] and writer.stats.commits == 1


async def test_begin_immediate_polls_while_another_connection_writes(consult, settings, writers) -> None:
    c = await consult.consultation()
    writer = writers()
    blocker = sqlite3.connect(_path(settings), isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # a staff route, the clustering: another writer
    try:
        store = asyncio.ensure_future(writer.store(_rows(c.id, 1, "p")[0], None))
        await asyncio.sleep(0.3)
        assert not store.done()
    finally:
        blocker.execute("ROLLBACK")
        released = time.monotonic()
        blocker.close()
    assert await store is Stored.stored
    # SQLite's busy handler sleeps up to 100 ms between tries by then; the writer polls itself.
    assert writer.stats.busy_retries > 10
    assert time.monotonic() - released < 5


async def test_a_database_locked_longer_than_the_busy_timeout_fails_the_group_as_unavailable(
    consult, settings, writers
) -> None:
    c = await consult.consultation()
    writer = writers(busy_timeout=0.2)
    blocker = sqlite3.connect(_path(settings), isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(OperationalError):  # answered 503 (core/errors.py database_unavailable)
            await writer.store(_rows(c.id, 1, "l")[0], None)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    # The writer lives on.
    assert await writer.store(_rows(c.id, 1, "m")[0], None) is Stored.stored


async def test_close_writes_what_is_queued_then_refuses(consult, settings, writers) -> None:
    c = await consult.consultation()
    writer = writers()
    other = FileLock(beside(writer.path, "feedback-writer"))
    assert other.try_acquire()
    stores = [asyncio.ensure_future(writer.store(r, None)) for r in _rows(c.id, 5, "c")]
    await asyncio.sleep(0.1)
    closing = asyncio.ensure_future(writer.close())
    await asyncio.sleep(0.1)
    other.close()
    await closing
    assert await asyncio.gather(*stores) == [Stored.stored] * 5
    assert _count(settings) == 5
    assert writer._thread is not None and not writer._thread.is_alive()
    with pytest.raises(RuntimeError):
        await writer.store(_rows(c.id, 1, "late")[0], None)


async def test_a_row_racing_the_shutdown_is_refused_not_left_waiting(consult, settings, writers) -> None:
    """A request that saw the writer open just before ``close()`` queues its row after the
    thread stopped: it is refused at once, not left waiting for a thread that is gone."""
    c = await consult.consultation()
    writer = writers()
    assert await writer.store(_rows(c.id, 1, "r")[0], None) == Stored.stored
    await writer.close()
    writer._closed = False  # as if this request's check ran before close()
    with pytest.raises(RuntimeError):
        await asyncio.wait_for(writer.store(_rows(c.id, 1, "late")[0], None), 2)
    assert _count(settings) == 1


async def test_the_writer_checkpoints_the_wal_itself(consult, settings, writers) -> None:
    c = await consult.consultation()
    writer = writers(checkpoint_rows=5)
    for rows in (_rows(c.id, 4, "k1"), _rows(c.id, 4, "k2"), _rows(c.id, 4, "k3")):
        await asyncio.gather(*(writer.store(r, None) for r in rows))
    assert writer.stats.checkpoints >= 1


async def test_one_process_at_a_time_runs_the_loop_and_another_takes_over(tmp_path) -> None:
    path = str(tmp_path / "db.sqlite3-clustering.lock")
    running: list[str] = []
    stop = {"a": asyncio.Event(), "b": asyncio.Event()}

    def loop(name: str):  # type: ignore[no-untyped-def]
        async def work() -> None:
            running.append(name)
            await stop[name].wait()

        return work

    a = asyncio.ensure_future(one_process_at_a_time(FileLock(path), loop("a"), 0.02))
    await asyncio.sleep(0.1)
    b = asyncio.ensure_future(one_process_at_a_time(FileLock(path), loop("b"), 0.02))
    await asyncio.sleep(0.2)
    assert running == ["a"]  # b waits for the lock
    a.cancel()  # the process that clustered stops (or dies: the kernel lets go of its lock)
    await asyncio.gather(a, return_exceptions=True)
    await asyncio.sleep(0.2)
    assert running == ["a", "b"]
    stop["b"].set()
    await b


async def test_on_sqlite_one_api_process_clusters(app, settings, sqlite_only, monkeypatch) -> None:
    from plandesk import main
    from plandesk.consultations.clustering import dedup

    started: list[int] = []

    async def fake_worker(*_args: Any) -> None:
        started.append(1)
        await asyncio.sleep(3600)

    monkeypatch.setattr(dedup, "run_worker", fake_worker)
    first, second = main._feedback_clustering(app), main._feedback_clustering(app)
    assert first is not None and second is not None
    tasks = [asyncio.ensure_future(first), asyncio.ensure_future(second)]
    await asyncio.sleep(0.3)
    try:
        assert started == [1]
    finally:
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


async def test_the_application_shutdown_closes_the_writer_after_the_requests(
    consult, factory, settings, sqlite_only
) -> None:
    """The lifespan's end (after uvicorn let in-flight requests finish) writes what the
    writer still holds and stops its thread."""
    import httpx

    from plandesk.main import create_app
    from tests.consultations.factories import submit

    c = await consult.consultation()
    officer = await factory.actor("unit_officer")
    app = create_app(settings)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://a") as client,
    ):
        assert (await submit(client, c.id, officer.headers)).status_code == 201
        writer = app.state.feedback_writer
        assert writer._thread.is_alive()
    assert not writer._thread.is_alive()
    with pytest.raises(RuntimeError):
        await writer.store(_rows(c.id, 1, "after")[0], None)


async def test_on_sqlite_one_api_process_runs_the_jobs_and_loops(app, sqlite_only, monkeypatch) -> None:
    from plandesk import main

    started: list[int] = []

    async def fake_run(*_args: Any, **_kwargs: Any) -> None:
        started.append(1)
        await asyncio.sleep(3600)

    monkeypatch.setattr(app.state.jobs, "run", fake_run)
    first, second = main._jobs_in_process(app), main._jobs_in_process(app)
    assert first is not None and second is not None
    tasks = [asyncio.ensure_future(first), asyncio.ensure_future(second)]
    await asyncio.sleep(0.3)
    try:
        assert started == [1]
        tasks[0].cancel()  # the process running them stops: the other takes over
        await asyncio.gather(tasks[0], return_exceptions=True)
        for _ in range(30):
            if len(started) == 2:
                break
            await asyncio.sleep(0.1)
        assert started == [1, 1]
    finally:
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
