"""Group commit for feedback submissions on SQLite (the embedded default).

SQLite has one writer, and with ``synchronous=FULL`` every commit waits for its WAL
sync: written one transaction per submission, a burst queues behind the disk. As on
PostgreSQL (:mod:`plandesk.consultations.feedback_writer`), the submissions that
arrive while a write is in flight share the next one — one transaction, one WAL sync
for the group — and each request is answered only after that transaction has
committed, so an acknowledged submission is durable.

The group is written with one ``executemany`` per table: the idempotency keys
claimed, the submissions inserted where their consultation's window is open (an
``INSERT … SELECT`` per row, as the single-row path), queued for clustering, their
texts registered, an outbox event each. aiosqlite runs every call on the connection's
own thread, and each call is a hand-off there and back (a group through SQLAlchemy took
seven: the statements, the commit): the group's statements, compiled once, and its commit
run in *one* call on that thread (:func:`_run_group`). When anything in the group goes wrong — a
key used before, a window that closed, a row the database refuses — the transaction
rolls back and the rows are written again one transaction each, so each request gets
its own answer and only the offending row fails. One write at a time per process:
SQLite would serialise concurrent writers anyway.
"""

from __future__ import annotations

import asyncio
import sqlite3
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, bindparam, func, insert, literal_column, select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from plandesk.consultations.feedback_writer import FeedbackWriter, Stored, _fail, _Pending, _resolve
from plandesk.consultations.models import ClusteringQueue, Consultation, FeedbackSubmission, FeedbackText
from plandesk.core.events import Event
from plandesk.core.idempotency import IdempotencyRecord

F: Table = FeedbackSubmission.__table__  # type: ignore[assignment]
Q: Table = ClusteringQueue.__table__  # type: ignore[assignment]
T: Table = FeedbackText.__table__  # type: ignore[assignment]
C: Table = Consultation.__table__  # type: ignore[assignment]
IR: Table = IdempotencyRecord.__table__  # type: ignore[assignment]
EV: Table = Event.__table__  # type: ignore[assignment]


def group_insert(columns: Sequence[str]) -> Any:
    """``INSERT … SELECT`` of one submission where its consultation is open at its time;
    ``duplicate_of`` is the first stored row with the same text, or the group's earlier
    row with it (``same_text_in_group``: not in the table until the group commits)."""
    first_same_text = (
        select(T.c.first_id)
        .where(T.c.consultation_id == bindparam("consultation_id"), T.c.body_hash == bindparam("body_hash"))
        .scalar_subquery()
    )
    values = [bindparam(name, type_=F.c[name].type) for name in columns]
    same_in_group = bindparam("same_text_in_group", type_=F.c.duplicate_of.type)
    open_now = (
        select(*values, func.coalesce(first_same_text, same_in_group))
        .select_from(C)
        .where(
            C.c.id == bindparam("consultation_id"),
            C.c.status == literal_column("'open'"),
            C.c.opens_at <= bindparam("submitted_at"),
            C.c.closes_at > bindparam("submitted_at"),
        )
    )
    return insert(F).from_select([*columns, "duplicate_of"], open_now)


class _Refused(Exception):
    """A row of the group was not stored (its consultation's window): write them one by one."""


class _KeyTaken(Exception):
    """The row's Idempotency-Key was claimed before."""


_OPEN_TRANSACTION = text(f"UPDATE {T.name} SET first_id = first_id WHERE 0")  # noqa: S608

# What the database says about one row's data (a trigger, a constraint): that row fails,
# the transaction carries on past its savepoint. Anything else ends the transaction.
_DataRefused = IntegrityError


@dataclass(frozen=True)
class _Compiled:
    """A statement compiled once for the sqlite3 module: its SQL and, per ``?``, the name of
    the value and the type's bind processor (what SQLAlchemy would apply to it)."""

    sql: str
    binds: tuple[tuple[str, Callable[[Any], Any] | None], ...]

    @classmethod
    def of(cls, statement: Any, dialect: Dialect, keys: Sequence[str] | None = None) -> _Compiled:
        compiled = statement.compile(dialect=dialect, column_keys=list(keys) if keys is not None else None)
        names = compiled.positiontup
        if not names or (keys is not None and not set(names) <= set(keys)):
            raise TypeError(f"unexpected parameters {names} for {keys}")  # a column default nobody fills
        binds = tuple(
            (name, compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect)) for name in names
        )
        return cls(str(compiled), binds)

    def params(self, rows: Sequence[dict[str, Any]]) -> list[tuple[Any, ...]]:
        binds = self.binds
        return [tuple(p(row[n]) if p else row[n] for n, p in binds) for row in rows]


@dataclass(frozen=True)
class _GroupStatements:
    claim: _Compiled
    insert: _Compiled
    queue: _Compiled
    texts: _Compiled
    event: _Compiled


# (SQL, parameters, whether every row must change one row) in order, then the commit.
_Batch = list[tuple[str, list[tuple[Any, ...]], bool]]


def _run_group(db: sqlite3.Connection, batch: _Batch) -> None:
    """On the connection's thread: the group's statements in one transaction, then the commit
    (its WAL sync). A row refused by the window check raises :class:`_Refused`; anything
    going wrong rolls the whole group back."""
    db.execute("BEGIN IMMEDIATE")
    try:
        for sql, params, each_row in batch:
            cursor = db.executemany(sql, params)
            if each_row and cursor.rowcount != len(params):
                raise _Refused
        db.commit()
    except BaseException:
        db.rollback()
        raise


class SQLiteFeedbackWriter(FeedbackWriter):
    """Writes submissions in groups on SQLite; one writer per process, one write at a time."""

    def __init__(self, engine: AsyncEngine, columns: Sequence[str], max_group: int = 200) -> None:
        self.engine = engine
        self.columns = list(columns)
        self.max_group = max_group
        self.max_writes = 1
        self.statement = group_insert(self.columns)
        self._waiting: list[_Pending] = []
        self._running = 0
        self._tasks: set[asyncio.Task[None]] = set()
        self._compiled: _GroupStatements | None = None

    async def _write(self, group: Sequence[_Pending]) -> None:
        try:
            await self._write_group(group)
        except Exception:
            # Nothing of the group was stored (one transaction): each row again on its own.
            await self._write_one_by_one(group)
            return
        for p in group:
            _resolve(p, Stored.stored)

    def _statements(self, dialect: Dialect) -> _GroupStatements:
        if self._compiled is None:
            self._compiled = _GroupStatements(
                claim=_Compiled.of(insert(IR), dialect, CLAIM_KEYS),
                insert=_Compiled.of(self.statement, dialect),
                queue=_Compiled.of(insert(Q), dialect, QUEUE_KEYS),
                texts=_Compiled.of(sqlite_insert(T).on_conflict_do_nothing(), dialect, TEXT_KEYS),
                event=_Compiled.of(insert(EV), dialect, EVENT_KEYS),
            )
        return self._compiled

    async def _write_group(self, group: Sequence[_Pending]) -> None:
        """The group in one transaction, in one hand-off to the connection's thread."""
        async with self.engine.connect() as conn:
            raw = await conn.get_raw_connection()
            driver: Any = raw.driver_connection  # aiosqlite.Connection
            s = self._statements(conn.dialect)
            rows, claims, queue, texts, events = _group_values(group, in_group=True)
            batch: _Batch = []
            if claims:
                batch.append((s.claim.sql, s.claim.params(claims), False))
            batch += [
                (s.insert.sql, s.insert.params(rows), True),
                (s.queue.sql, s.queue.params(queue), False),
                (s.texts.sql, s.texts.params(texts), False),
                (s.event.sql, s.event.params(events), False),
            ]
            # aiosqlite's own way of running a call on its thread (SQLAlchemy's adapter uses
            # its queue the same way): one hand-off for the whole group.
            await driver._execute(_run_group, driver._conn, batch)

    async def _insert(self, conn: AsyncConnection, group: Sequence[_Pending], *, in_group: bool) -> None:
        rows, claims, queue, texts, events = _group_values(group, in_group=in_group)
        if claims:
            await conn.execute(insert(IR), claims)
        inserted = await conn.execute(self.statement, rows)
        if inserted.rowcount != len(rows):
            raise _Refused
        await conn.execute(insert(Q), queue)
        await conn.execute(sqlite_insert(T).on_conflict_do_nothing(), texts)
        await conn.execute(insert(EV), events)

    async def _write_one_by_one(self, group: Sequence[_Pending]) -> None:
        """The group again in one transaction, each row in a savepoint of its own: a row the
        database refuses is rolled back alone and the others still share one commit (one WAL
        sync). Answers are given after that commit; if the transaction itself fails, every
        row is written in a transaction of its own."""
        pending = [p for p in group if not p.done.done()]
        outcomes: list[tuple[_Pending, Stored | BaseException]] = []
        try:
            async with self.engine.connect() as conn:
                async with conn.begin():
                    # The sqlite3 module opens its transaction only before a data statement:
                    # a SAVEPOINT first would start (and its RELEASE commit) a transaction of
                    # its own per row. A statement that changes nothing opens the outer one.
                    await conn.execute(_OPEN_TRANSACTION)
                    for p in pending:
                        outcomes.append((p, await self._in_savepoint(conn, p)))
        except Exception:
            for p in pending:
                if p.done.done():
                    continue
                try:
                    _resolve(p, await self._write_row(p))
                except Exception as exc:  # this row is the offender: only its request fails
                    _fail(p, exc)
            return
        for p, outcome in outcomes:
            if isinstance(outcome, BaseException):
                _fail(p, outcome)
            else:
                _resolve(p, outcome)

    async def _in_savepoint(self, conn: AsyncConnection, p: _Pending) -> Stored | Exception:
        try:
            async with conn.begin_nested():
                if p.claim is not None:
                    try:
                        await conn.execute(insert(IR), [p.claim])
                    except IntegrityError as exc:
                        if _key_taken(exc):
                            raise _KeyTaken from exc
                        raise
                await self._insert_unclaimed(conn, p)
        except _KeyTaken:
            return Stored.key_taken
        except _Refused:
            return Stored.refused
        except _DataRefused as exc:
            return exc
        return Stored.stored

    async def _write_row(self, p: _Pending) -> Stored:
        async with self.engine.connect() as conn:
            if p.claim is not None:
                try:
                    async with conn.begin():
                        await conn.execute(insert(IR), [p.claim])
                        await self._insert_unclaimed(conn, p)
                except IntegrityError as exc:
                    if _key_taken(exc):
                        return Stored.key_taken
                    raise
                except _Refused:
                    return Stored.refused
                return Stored.stored
            try:
                async with conn.begin():
                    await self._insert_unclaimed(conn, p)
            except _Refused:
                return Stored.refused
            return Stored.stored

    async def _insert_unclaimed(self, conn: AsyncConnection, p: _Pending) -> None:
        await self._insert(conn, [_Pending(p.row, None, p.done)], in_group=False)


CLAIM_KEYS = ("id", "scope", "key", "fingerprint", "status_code", "response", "created_at")
QUEUE_KEYS = ("submission_id", "consultation_id", "queued_at")
TEXT_KEYS = ("consultation_id", "body_hash", "first_id")
EVENT_KEYS = ("id", "type", "subject_type", "subject_id", "plan_id", "data", "occurred_at")

_Rows = list[dict[str, Any]]


def _group_values(group: Sequence[_Pending], *, in_group: bool) -> tuple[_Rows, _Rows, _Rows, _Rows, _Rows]:
    """The group's rows per table: submissions, key claims, queue, texts, outbox events."""
    rows: _Rows = []
    first_of_text: dict[tuple[Any, str], uuid.UUID] = {}
    for p in group:
        text_key = (p.row["consultation_id"], p.row["body_hash"])
        rows.append({**p.row, "same_text_in_group": first_of_text.get(text_key) if in_group else None})
        first_of_text.setdefault(text_key, p.row["id"])
    claims = [p.claim for p in group if p.claim is not None]
    queue = [
        {"submission_id": r["id"], "consultation_id": r["consultation_id"], "queued_at": r["submitted_at"]}
        for r in rows
    ]
    texts = [
        {"consultation_id": r["consultation_id"], "body_hash": r["body_hash"], "first_id": r["id"]}
        for r in rows
    ]
    # The outbox rows commit with the submissions (core/events.py); no contact details.
    events = [
        {
            "id": uuid.uuid4(),
            "type": "feedback.submitted",
            "subject_type": "feedback",
            "subject_id": str(r["id"]),
            "plan_id": None,
            "data": {"consultation_id": str(r["consultation_id"])},
            "occurred_at": r["submitted_at"],
        }
        for r in rows
    ]
    return rows, claims, queue, texts, events


def _key_taken(exc: IntegrityError) -> bool:
    text = str(exc.orig)
    return "idempotency_records" in text and "UNIQUE" in text.upper()
