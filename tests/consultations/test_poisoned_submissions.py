"""One bad submission fails alone (issue #9, item 3).

A trigger makes the database refuse rows whose body contains ``POISON`` — a failure
at the database, not in validation. On PostgreSQL the poisoned rows share group
commits with innocent ones; every innocent submission must still be stored.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Iterator

import asyncpg
import orjson
import pytest
from sqlalchemy import event, select, text

from plandesk.consultations.models import FeedbackSubmission
from plandesk.consultations.submissions.feedback_writer import FeedbackWriter
from plandesk.consultations.submissions.submissions import _INSERT_COLUMNS
from tests.consultations.factories import submit

POISON_REFUSED = {409, 500}

PG_TRIGGER = [
    """CREATE FUNCTION refuse_poison() RETURNS trigger AS $$
    BEGIN
        IF NEW.body LIKE '%POISON%' THEN RAISE EXCEPTION 'poisoned row'; END IF;
        RETURN NEW;
    END $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER refuse_poison BEFORE INSERT ON feedback_submissions
    FOR EACH ROW EXECUTE FUNCTION refuse_poison()""",
]
PG_DROP = [
    "DROP TRIGGER IF EXISTS refuse_poison ON feedback_submissions",
    "DROP FUNCTION IF EXISTS refuse_poison()",
]
SQLITE_TRIGGER = [
    """CREATE TRIGGER IF NOT EXISTS refuse_poison BEFORE INSERT ON feedback_submissions
    WHEN NEW.body LIKE '%POISON%' BEGIN SELECT RAISE(ABORT, 'poisoned row'); END"""
]
SQLITE_DROP = ["DROP TRIGGER IF EXISTS refuse_poison"]


@pytest.fixture
async def poison_trigger(app, settings) -> AsyncIterator[None]:
    create, drop = (SQLITE_TRIGGER, SQLITE_DROP) if settings.is_sqlite else (PG_TRIGGER, PG_DROP)
    async with app.state.engine.begin() as conn:
        for statement in create:
            await conn.execute(text(statement))
    yield
    async with app.state.engine.begin() as conn:
        for statement in drop:
            await conn.execute(text(statement))


async def _stored_bodies(app) -> list[str]:
    # Not the test's session: its open transaction would hold a lock the trigger's DROP waits for.
    async with app.state.engine.connect() as conn:
        return list((await conn.execute(select(FeedbackSubmission.body))).scalars())


async def test_poisoned_submissions_among_concurrent_ones_fail_alone(
    client, consult, factory, app, poison_trigger
):
    c = await consult.consultation()
    officer = await factory.actor("unit_officer")  # signed in: no per-address limit

    async def send(i: int):
        body = f"Ý kiến {i} POISON" if i % 5 == 0 else f"Ý kiến {i}"
        return i, await submit(client, c.id, officer.headers, body=body)

    for _ in range(5):  # rounds of 20 concurrent clients, 4 poisoned in each
        answers = await asyncio.gather(*(send(i) for i in range(20)))
        assert {i: r.status_code for i, r in answers if i % 5} == {i: 201 for i in range(20) if i % 5}
        poisoned = [r for i, r in answers if i % 5 == 0]
        # The database refused these rows: 409 where the driver calls it an integrity error
        # (SQLite's RAISE(ABORT)), 500 for PostgreSQL's RAISE EXCEPTION; either way, alone.
        assert all(r.status_code in POISON_REFUSED for r in poisoned), [r.status_code for r in poisoned]
        assert all(r.headers["content-type"] == "application/problem+json" for r in poisoned)
    bodies = await _stored_bodies(app)
    assert len(bodies) == 80 and not any("POISON" in b for b in bodies)


async def test_an_innocent_submission_alone_is_stored_after_a_poisoned_one(
    client, consult, factory, app, poison_trigger
):
    c = await consult.consultation()
    officer = await factory.actor("unit_officer")
    assert (await submit(client, c.id, officer.headers, body="POISON")).status_code in POISON_REFUSED
    assert (await submit(client, c.id, officer.headers, body="Ý kiến sạch")).status_code == 201
    assert await _stored_bodies(app) == ["Ý kiến sạch"]


@contextlib.contextmanager
def invalidations(app) -> Iterator[list[object]]:
    """The driver connections the engine discards while the block runs."""
    invalidated: list[object] = []
    engine = app.state.engine.sync_engine

    def listener(dbapi_conn, record, exc) -> None:
        invalidated.append(dbapi_conn)

    event.listen(engine, "invalidate", listener)
    try:
        yield invalidated
    finally:
        event.remove(engine, "invalidate", listener)


@pytest.fixture
def pg_only(settings) -> None:
    if settings.is_sqlite:
        pytest.skip("the group writer runs on PostgreSQL only")


@pytest.mark.parametrize(
    "driver_error",
    [
        asyncpg.exceptions.AdminShutdownError("terminating connection due to administrator command"),
        asyncpg.InterfaceError("cannot perform operation: another operation is in progress"),
        asyncpg.exceptions.ConnectionDoesNotExistError("connection was closed in the middle of operation"),
    ],
    ids=["admin-shutdown", "another-operation", "connection-closed"],
)
async def test_a_driver_error_discards_the_connection_and_the_group_is_written_row_by_row(
    client, consult, factory, app, monkeypatch, pg_only, driver_error
):
    c = await consult.consultation()
    officer = await factory.actor("unit_officer")
    real_attempt = FeedbackWriter._attempt
    calls = {"n": 0}

    async def flaky_attempt(self, driver, args):
        calls["n"] += 1
        if calls["n"] == 1:
            raise driver_error
        return await real_attempt(self, driver, args)

    monkeypatch.setattr(FeedbackWriter, "_attempt", flaky_attempt)
    with invalidations(app) as invalidated:
        answers = await asyncio.gather(
            *(submit(client, c.id, officer.headers, body=f"Ý kiến {i}") for i in range(10))
        )
    assert [r.status_code for r in answers] == [201] * 10
    assert len(invalidated) == 1
    assert len(await _stored_bodies(app)) == 10


async def test_a_row_the_group_statement_cannot_carry_fails_alone_and_blames_no_connection(
    client, consult, factory, app, monkeypatch, pg_only
):
    """Validation refuses lone surrogates at the door (tests/test_input_text.py); should one
    reach the writer anyway, its JSON cannot be encoded: that request fails, its neighbours in
    the group are stored, and no connection is discarded for it."""
    c = await consult.consultation()
    officer = await factory.actor("unit_officer")
    real_store = FeedbackWriter.store

    async def store(self, row, claim):
        if "BAD" in row["body"]:
            row = {**row, "body": row["body"] + "\ud800"}
        return await real_store(self, row, claim)

    monkeypatch.setattr(FeedbackWriter, "store", store)
    with invalidations(app) as invalidated:
        answers = await asyncio.gather(
            *(
                submit(client, c.id, officer.headers, body=f"Ý kiến {i}" + (" BAD" if i % 4 == 0 else ""))
                for i in range(12)
            )
        )
    assert {i: r.status_code for i, r in enumerate(answers) if i % 4} == {i: 201 for i in range(12) if i % 4}
    assert all(answers[i].status_code == 500 for i in (0, 4, 8))
    assert all(answers[i].headers["content-type"] == "application/problem+json" for i in (0, 4, 8))
    assert invalidated == []
    assert sorted(await _stored_bodies(app)) == sorted(f"Ý kiến {i}" for i in range(12) if i % 4)


async def test_a_drain_writes_group_after_group_on_one_connection_and_leaves_a_failed_one(
    client, consult, factory, app, monkeypatch, pg_only
):
    """Under load a drain keeps the connection it checked out for its next group (a checkout
    and check-in cost more CPU than the statement's round trip); after a group fails, the next
    group is written on another connection, and every connection goes back to the pool."""
    c = await consult.consultation()
    officer = await factory.actor("unit_officer")
    engine = app.state.engine
    connects: list[int] = []

    class CountingEngine:
        def connect(self):  # type: ignore[no-untyped-def]
            connects.append(1)
            return engine.connect()

    writer = FeedbackWriter(engine, _INSERT_COLUMNS, max_group=2, max_writes=1)
    writer.engine = CountingEngine()  # type: ignore[assignment]
    monkeypatch.setattr(app.state, "feedback_writer", writer)
    real_attempt = FeedbackWriter._attempt
    groups: list[int] = []

    async def attempt(self, driver, args):
        groups.append(len(orjson.loads(args[0])))
        if len(groups) == 3:
            raise asyncpg.exceptions.AdminShutdownError("terminating connection")
        return await real_attempt(self, driver, args)

    monkeypatch.setattr(FeedbackWriter, "_attempt", attempt)
    with invalidations(app) as invalidated:
        answers = await asyncio.gather(
            *(submit(client, c.id, officer.headers, body=f"Ý kiến {i}") for i in range(16))
        )
    assert [r.status_code for r in answers] == [201] * 16
    assert sorted(await _stored_bodies(app)) == sorted(f"Ý kiến {i}" for i in range(16))
    assert len(invalidated) == 1
    statements = len(groups)  # the groups, and the failed group's rows written again alone
    assert statements >= 10
    # One checkout for the groups before the failure, one for the rows written alone, one for
    # the groups after: not one per group.
    assert len(connects) == 3
    assert engine.pool.checkedout() == 0
