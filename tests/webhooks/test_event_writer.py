"""How emitted events are written: at commit, in order, never from a rolled-back savepoint."""

from __future__ import annotations

import pytest
from sqlalchemy import event, select

from plandesk.core import audit
from plandesk.core.events import ContactDetailsInEvent, Event, Subject, emit, emit_once


async def _committed(hooks) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    async with hooks.sessionmaker() as s:
        rows = await s.execute(select(Event.subject_id, Event.data).order_by(Event.seq))
        return [(subject, data.get("n")) for subject, data in rows.all()]


def _emit(s, n: str, subject: str = "t-1") -> None:  # type: ignore[no-untyped-def]
    emit(s, "task.updated", Subject("task", subject), {"n": n})


async def test_events_are_written_in_the_order_they_were_emitted(hooks):
    async with hooks.sessionmaker() as s:
        for n in "abcdefgh":
            _emit(s, n)
        await s.commit()
    assert [n for _, n in await _committed(hooks)] == list("abcdefgh")


async def test_an_event_emitted_in_a_rolled_back_savepoint_is_dropped(hooks):
    async with hooks.sessionmaker() as s:
        _emit(s, "before")
        with pytest.raises(RuntimeError):
            async with s.begin_nested():
                _emit(s, "inside")
                raise RuntimeError("the savepoint's work failed")
        _emit(s, "after")
        await s.commit()
    assert [n for _, n in await _committed(hooks)] == ["before", "after"]


async def test_a_savepoint_inside_a_rolled_back_savepoint_loses_its_events_too(hooks):
    async with hooks.sessionmaker() as s:
        outer = await s.begin_nested()
        _emit(s, "outer")
        async with s.begin_nested():
            _emit(s, "inner")
        await outer.rollback()
        _emit(s, "root")
        await s.commit()
    assert [n for _, n in await _committed(hooks)] == ["root"]


async def test_events_of_a_released_savepoint_commit_with_the_transaction(hooks):
    async with hooks.sessionmaker() as s:
        _emit(s, "root")
        async with s.begin_nested():
            _emit(s, "inside")
        await s.commit()
    assert [n for _, n in await _committed(hooks)] == ["root", "inside"]

    async with hooks.sessionmaker() as s:
        # A write first: pysqlite opens no transaction for a SAVEPOINT, whose RELEASE would commit.
        audit.record(s, None, "test.touch", "task", "t-1")
        await s.flush()
        async with s.begin_nested():
            _emit(s, "released, then the transaction rolled back")
        await s.rollback()
    assert [n for _, n in await _committed(hooks)] == ["root", "inside"]


async def test_committing_with_a_savepoint_still_open_writes_every_event(hooks):
    async with hooks.sessionmaker() as s:
        audit.record(s, None, "test.touch", "task", "t-1")
        await s.flush()
        _emit(s, "root")
        await s.begin_nested()
        _emit(s, "in the open savepoint")
        await s.commit()  # releases the savepoint and commits
    assert [n for _, n in await _committed(hooks)] == ["root", "in the open savepoint"]


async def test_an_outer_event_written_inside_a_savepoint_that_rolls_back_is_written_again(hooks):
    async with hooks.sessionmaker() as s:
        _emit(s, "root")
        savepoint = await s.begin_nested()
        # emit_once writes what the session emitted before it (order), here inside the savepoint.
        assert await emit_once(
            s, "assignment.overdue", Subject("assignment", "a-1"), {"n": "once"}, unique_key="k-1"
        )
        await savepoint.rollback()
        await s.commit()
    assert await _committed(hooks) == [("t-1", "root")]
    # The savepoint's once-only event went with it: it can still be emitted.
    async with hooks.sessionmaker() as s:
        assert await emit_once(
            s, "assignment.overdue", Subject("assignment", "a-1"), {"n": "once"}, unique_key="k-1"
        )
        await s.commit()
    assert await _committed(hooks) == [("t-1", "root"), ("a-1", "once")]


async def test_emit_once_keeps_the_order_of_events_emitted_before_it(hooks):
    async with hooks.sessionmaker() as s:
        _emit(s, "first")
        once = Subject("assignment", "a-1")
        await emit_once(s, "assignment.overdue", once, {"n": "second"}, unique_key="k")
        _emit(s, "third")
        await s.commit()
    assert [n for _, n in await _committed(hooks)] == ["first", "second", "third"]


async def test_a_rollback_drops_the_pending_events_and_the_session_goes_on(hooks):
    async with hooks.sessionmaker() as s:
        _emit(s, "rolled back")
        await s.rollback()
        _emit(s, "kept")
        await s.commit()
    assert [n for _, n in await _committed(hooks)] == ["kept"]


async def test_a_session_closed_without_commit_forgets_its_events(hooks):
    async with hooks.sessionmaker() as s:
        _emit(s, "never committed")
        await s.close()
        # The same session, used again: its next commit carries nothing of the closed transaction.
        audit.record(s, None, "test.touch", "task", "t-1")
        await s.commit()
    assert await _committed(hooks) == []


async def test_the_events_row_follows_the_changes_of_its_transaction(hooks):
    """Changes are flushed before the event row is inserted: the transaction holds its row locks
    before the event takes its place in the outbox order."""
    statements: list[str] = []

    def record(conn, cursor, statement, *args):  # type: ignore[no-untyped-def]
        statements.append(statement.split()[2] if statement.startswith("INSERT") else "")

    async with hooks.sessionmaker() as s:
        engine = (await s.connection()).engine.sync_engine
        event.listen(engine, "before_cursor_execute", record)
        try:
            _emit(s, "x")
            audit.record(s, None, "test.touch", "task", "t-1")
            await s.commit()
        finally:
            event.remove(engine, "before_cursor_execute", record)
    inserts = [t for t in statements if t]
    assert inserts == ["audit_entries", "events"]


async def test_the_payload_is_stored_as_json_ready_values(hooks):
    import datetime as dt
    import enum
    import uuid

    class Colour(enum.Enum):
        RED = "red"

    ident = uuid.uuid4()
    async with hooks.sessionmaker() as s:
        sent = emit(
            s,
            "task.updated",
            Subject("task", ident),
            {
                "changes": {"due": {"before": dt.date(2030, 1, 31), "after": None}},
                "ids": (ident,),
                "c": Colour.RED,
            },
        )
        await s.commit()
    async with hooks.sessionmaker() as s:
        (stored,) = (await s.execute(select(Event))).scalars()
    expected = {"changes": {"due": {"before": "2030-01-31", "after": None}}, "ids": [str(ident)], "c": "red"}
    assert stored.data == sent.data == expected
    assert (stored.id, stored.subject_id, stored.type) == (sent.id, str(ident), "task.updated")


def test_a_contact_key_deep_in_the_payload_is_refused_with_its_path():
    with pytest.raises(ContactDetailsInEvent, match=r"data\.items\[1\]\.contact_email"):
        from plandesk.core.events import payload

        payload({"items": [{"ok": 1}, {"contact_email": "a@b.c"}]})
