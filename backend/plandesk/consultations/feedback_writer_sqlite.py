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
texts registered, an outbox event each. When anything in the group goes wrong — a
key used before, a window that closed, a row the database refuses — the transaction
rolls back and the rows are written again one transaction each, so each request gets
its own answer and only the offending row fails. One write at a time per process:
SQLite would serialise concurrent writers anyway.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, bindparam, func, insert, literal_column, select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
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

    async def _write(self, group: Sequence[_Pending]) -> None:
        try:
            async with self.engine.begin() as conn:
                await self._insert(conn, group, in_group=True)
        except Exception:
            # Nothing of the group was stored (one transaction): each row again on its own.
            await self._write_one_by_one(group)
            return
        for p in group:
            _resolve(p, Stored.stored)

    async def _insert(self, conn: AsyncConnection, group: Sequence[_Pending], *, in_group: bool) -> None:
        rows: list[dict[str, Any]] = []
        first_of_text: dict[tuple[Any, str], uuid.UUID] = {}
        for p in group:
            text_key = (p.row["consultation_id"], p.row["body_hash"])
            rows.append({**p.row, "same_text_in_group": first_of_text.get(text_key) if in_group else None})
            first_of_text.setdefault(text_key, p.row["id"])
        claims = [p.claim for p in group if p.claim is not None]
        if claims:
            await conn.execute(insert(IR), claims)
        inserted = await conn.execute(self.statement, rows)
        if inserted.rowcount != len(rows):
            raise _Refused
        await conn.execute(
            insert(Q),
            [
                {
                    "submission_id": r["id"],
                    "consultation_id": r["consultation_id"],
                    "queued_at": r["submitted_at"],
                }
                for r in rows
            ],
        )
        await conn.execute(
            sqlite_insert(T).on_conflict_do_nothing(),
            [
                {"consultation_id": r["consultation_id"], "body_hash": r["body_hash"], "first_id": r["id"]}
                for r in rows
            ],
        )
        # The outbox rows commit with the submissions (core/events.py); no contact details.
        await conn.execute(
            insert(EV),
            [
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
            ],
        )

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


def _key_taken(exc: IntegrityError) -> bool:
    text = str(exc.orig)
    return "idempotency_records" in text and "UNIQUE" in text.upper()
