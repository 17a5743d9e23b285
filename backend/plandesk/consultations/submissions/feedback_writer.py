"""Group commit for feedback submissions on PostgreSQL.

At a thousand submissions a second the database's limit is not the inserts but
the commits: each one waits for its WAL flush. The writer lets the submissions
that arrive while a write is in flight share the next one — one statement, one
transaction, one WAL flush for the whole group — and answers each request only
after that transaction has committed, so an acknowledged submission is durable.
Under light load a group is a single submission and nothing waits.

The statement inserts the group from one JSON parameter (``json_to_recordset``), joined to the
consultations whose window is open at each submission's time, queues the stored
rows for near-duplicate clustering and claims the ``Idempotency-Key`` of every
stored row, all in the same statement. When the statement fails for any reason —
a key that was already used, one row the database refuses, a connection lost —
the group is written again one row at a time, so each request gets its own
answer and only an offending row fails. A connection is kept after an error
only when the server refused the statement's data; after anything else (the
server shutting down, a driver or protocol error) it is discarded. Nothing here outlives a request: a
second process or replica has its own writer and needs nothing from this one.
"""

from __future__ import annotations

import asyncio
import enum
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import asyncpg
import orjson
from sqlalchemy import Table
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from plandesk.consultations.models import ClusteringQueue, Consultation, FeedbackSubmission, FeedbackText
from plandesk.core.events import Event, notified_at_birth_sql
from plandesk.core.idempotency import IdempotencyRecord
from plandesk.webhooks.relay import subscriber_exists_sql

F: Table = FeedbackSubmission.__table__  # type: ignore[assignment]
Q: Table = ClusteringQueue.__table__  # type: ignore[assignment]
T: Table = FeedbackText.__table__  # type: ignore[assignment]
C: Table = Consultation.__table__  # type: ignore[assignment]
IR: Table = IdempotencyRecord.__table__  # type: ignore[assignment]
EV: Table = Event.__table__  # type: ignore[assignment]

SUBMITTED = "feedback.submitted"
KEY_COLUMNS = ("id", "scope", "key", "fingerprint", "status_code", "response", "created_at")
KEY_CONSTRAINT = "uq_idempotency_records_scope_key"


class Stored(enum.Enum):
    stored = "stored"
    refused = "refused"  # the consultation is unknown or not open at the submission's time
    key_taken = "key_taken"  # the Idempotency-Key was used before: replay its first answer


def _pg_type(table: Table, name: str) -> str:
    return str(table.c[name].type.compile(dialect=postgresql.dialect()))


def group_insert_sql(columns: Sequence[str]) -> str:
    """The group statement for submissions with ``columns`` (every column the hot path writes).

    The group arrives as two JSON parameters — its rows, and the keys to claim — unpacked by
    ``json_to_recordset`` with each column's own type: one parameter each, instead of one
    array per column (the driver encodes each array separately: 30 of them cost the API
    process more CPU than the rest of the statement's round trip)."""
    row_defs = ", ".join(f"{c} {_pg_type(F, c)}" for c in columns)
    key_defs = ", ".join(["submission_id UUID", *(f"{c} {_pg_type(IR, c)}" for c in KEY_COLUMNS)])
    names = ", ".join(columns)
    # Table and column names come from the models; every value is a parameter.
    return f"""
WITH v AS (
    SELECT * FROM json_to_recordset($1::json) AS v({row_defs}, same_text_in_group UUID)
), stored AS (
    INSERT INTO {F.name} ({names}, duplicate_of)
    SELECT {", ".join(f"v.{c}" for c in columns)},
           COALESCE((SELECT t.first_id FROM {T.name} AS t
                     WHERE t.consultation_id = v.consultation_id AND t.body_hash = v.body_hash),
                    v.same_text_in_group)
    FROM v JOIN {C.name} AS c ON c.id = v.consultation_id
    WHERE c.status = 'open' AND c.opens_at <= v.submitted_at AND c.closes_at > v.submitted_at
    RETURNING id, consultation_id, submitted_at, body_hash
), texts AS (
    INSERT INTO {T.name} (consultation_id, body_hash, first_id)
    SELECT DISTINCT ON (consultation_id, body_hash) consultation_id, body_hash, id
    FROM stored ORDER BY consultation_id, body_hash, submitted_at
    ON CONFLICT DO NOTHING
    RETURNING 1
), queued AS (
    INSERT INTO {Q.name} (submission_id, consultation_id, queued_at)
    SELECT id, consultation_id, submitted_at FROM stored
    RETURNING 1
), evented AS (
    -- The outbox row commits with the submission (core/events.py); no contact details.
    -- Written already taken by a consumer with nothing to do for it (see relay.py, event_writer.py).
    INSERT INTO {EV.name} (id, type, subject_type, subject_id, data, occurred_at, notified_at, dispatched_at)
    SELECT gen_random_uuid(), '{SUBMITTED}', 'feedback', stored.id::text,
           jsonb_build_object('consultation_id', stored.consultation_id), stored.submitted_at,
           {notified_at_birth_sql(SUBMITTED, "stored.submitted_at")},
           CASE WHEN {subscriber_exists_sql(SUBMITTED, "postgresql")} THEN NULL ELSE stored.submitted_at END
    FROM stored
    RETURNING 1
), claimed AS (
    INSERT INTO {IR.name} ({", ".join(KEY_COLUMNS)})
    SELECT {", ".join(f"k.{c}" for c in KEY_COLUMNS)}
    FROM json_to_recordset($2::json) AS k({key_defs})
    JOIN stored ON stored.id = k.submission_id
    RETURNING 1
)
SELECT id FROM stored"""  # noqa: S608


@dataclass
class _Pending:
    row: dict[str, Any]
    claim: dict[str, Any] | None
    done: asyncio.Future[Stored] = field(default_factory=lambda: asyncio.get_running_loop().create_future())


class FeedbackWriter:
    """Writes submissions in groups; one writer per process (and event loop).

    One group is in flight at a time (``max_writes``): while it is written, everything that
    arrives gathers into the next, which the same drain writes on the connection it holds
    (:class:`_Held`). The process's other work goes on meanwhile, and when the disk is slow
    to flush the groups only grow. Measured against 3 groups in flight (each drain then
    mostly wrote one group and gave its connection back): 1,954 and 1,967 submissions a
    second against 1,851 and 1,828, with 7 % less of the API's CPU per submission
    (bench/README.md, 30 Nov 2026)."""

    def __init__(
        self, engine: AsyncEngine, columns: Sequence[str], max_group: int = 200, max_writes: int = 1
    ) -> None:
        self.engine = engine
        self.columns = list(columns)
        self.sql = group_insert_sql(self.columns)
        self.max_group = max_group
        self.max_writes = max_writes
        self._waiting: list[_Pending] = []
        self._running = 0
        self._tasks: set[asyncio.Task[None]] = set()  # referenced until done

    async def store(self, row: dict[str, Any], claim: dict[str, Any] | None) -> Stored:
        """Store one submission (and claim its key); returns once its group has committed."""
        pending = _Pending(row, claim)
        self._waiting.append(pending)
        if self._running < self.max_writes:
            # Its own task: a request that gives up does not cancel its neighbours' write.
            self._running += 1
            task = asyncio.get_running_loop().create_task(self._drain())
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        return await pending.done

    async def _drain(self) -> None:
        held = _Held(self.engine)
        try:
            while self._waiting:
                group, self._waiting = self._waiting[: self.max_group], self._waiting[self.max_group :]
                try:
                    await self._write(group, held)
                except Exception as exc:  # a bug: fail the group rather than leave it waiting
                    for p in group:
                        _fail(p, exc)
        finally:
            # No await between the empty-queue check and here: a submission queued after
            # it finds this writer already gone and starts another.
            self._running -= 1
            await held.release()

    def _args(self, group: Sequence[_Pending]) -> list[str]:
        first_of_text: dict[tuple[Any, str], uuid.UUID] = {}
        rows: list[dict[str, Any]] = []
        claims: list[dict[str, Any]] = []
        for p in group:
            text_key = (p.row["consultation_id"], p.row["body_hash"])
            rows.append({**p.row, "same_text_in_group": first_of_text.get(text_key)})
            first_of_text.setdefault(text_key, p.row["id"])
            if p.claim is not None:
                claims.append({**p.claim, "submission_id": p.row["id"]})
        return [_json(rows), _json(claims)]

    async def _attempt(self, driver: asyncpg.Connection, args: Sequence[str]) -> set[uuid.UUID]:
        # Outside a transaction block: the statement is its own transaction.
        return {r[0] for r in await driver.fetch(self.sql, *args)}

    async def _write(self, group: Sequence[_Pending], held: _Held) -> None:
        try:
            stored = await self._on(await held.connection(), group)
        except Exception:
            # Whatever failed — one row the database refused, a key used before, a dropped
            # connection — the statement was one transaction, so nothing of the group was
            # stored (or all of it, if only the answer was lost: see _write_alone). Each row
            # is written again on its own, so only the offending request fails; the next
            # group starts on another connection.
            await held.release()
            await self._write_one_by_one(group)
            return
        for p in group:
            _resolve(p, Stored.stored if p.row["id"] in stored else Stored.refused)

    async def _on(self, conn: AsyncConnection, group: Sequence[_Pending]) -> set[uuid.UUID]:
        """The group statement on ``conn``; a connection left in doubt is discarded."""
        args = self._args(group)  # a row the JSON cannot hold fails here, the connection untouched
        driver: asyncpg.Connection = (await conn.get_raw_connection()).driver_connection  # type: ignore[assignment]
        try:
            return await self._attempt(driver, args)
        except BaseException as exc:
            if not _connection_sound(exc, driver):
                await conn.invalidate()  # never hand a doubtful connection to the next request
            raise

    async def _write_one_by_one(self, group: Sequence[_Pending]) -> None:
        pending = [p for p in group if not p.done.done()]
        retried: set[int] = set()
        while pending:
            try:
                async with self.engine.connect() as conn:
                    while pending:
                        p = pending[0]
                        try:
                            _resolve(p, await self._write_alone(conn, p))
                        except Exception as exc:
                            if isinstance(exc, UnencodableRow) or (
                                isinstance(exc, asyncpg.PostgresError) and _data_error(exc)
                            ):
                                _fail(p, exc)  # this row is the offender
                            else:
                                raise
                        pending.pop(0)
            except Exception as exc:
                # The connection broke under this row: it gets one more try on a new one.
                p = pending[0]
                if id(p) in retried:
                    _fail(p, exc)
                    pending.pop(0)
                retried.add(id(p))

    async def _write_alone(self, conn: AsyncConnection, p: _Pending) -> Stored:
        try:
            stored = await self._on(conn, [p])
        except asyncpg.UniqueViolationError as exc:
            if exc.constraint_name == KEY_CONSTRAINT:
                return Stored.key_taken
            if exc.constraint_name == F.primary_key.name:
                # Its id is already there: the group statement committed before its answer
                # was lost with the connection.
                return Stored.stored
            raise
        return Stored.stored if p.row["id"] in stored else Stored.refused


class _Held:
    """The connection a drain writes its groups on, one after the other: checked out for the
    first and given back when the drain ends or a group fails. A checkout and its check-in
    cost the API process about 80 µs of CPU — more than the group statement's round trip —
    and under load a drain writes group after group."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self.conn: AsyncConnection | None = None

    async def connection(self) -> AsyncConnection:
        if self.conn is None:
            self.conn = await self.engine.connect()
        return self.conn

    async def release(self) -> None:
        conn, self.conn = self.conn, None
        if conn is not None:
            await conn.close()  # back to the pool (or gone, if _on invalidated it)


class UnencodableRow(ValueError):
    """A value of the group that JSON cannot carry (a lone surrogate, a foreign type): its row
    fails alone, and no connection is blamed for it."""


def _json(values: list[dict[str, Any]]) -> str:
    try:
        return orjson.dumps(values, default=_json_value).decode()
    except TypeError as exc:  # orjson.JSONEncodeError is one
        raise UnencodableRow(str(exc)) from exc


def _json_value(value: Any) -> str:
    """What orjson does not know itself: a UUID subclass (asyncpg's own, for ids read back)."""
    if isinstance(value, uuid.UUID):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not a column value")


# SQLSTATE classes of errors about the statement's data: the server refused this statement
# and the connection is as good as before. Anything else — the server shutting down (57),
# resources (53), a protocol or driver error ("another operation is in progress"), a
# cancellation mid-statement — leaves the connection in doubt.
_DATA_ERROR_CLASSES = ("22", "23", "P0", "42", "40", "44", "27", "09", "2F", "38", "39")


def _data_error(exc: asyncpg.PostgresError) -> bool:
    return str(getattr(exc, "sqlstate", "") or "")[:2] in _DATA_ERROR_CLASSES


def _connection_sound(exc: BaseException, driver: asyncpg.Connection) -> bool:
    return isinstance(exc, asyncpg.PostgresError) and _data_error(exc) and not driver.is_closed()


def _resolve(p: _Pending, result: Stored) -> None:
    if not p.done.done():  # a request that gave up (cancelled) no longer waits
        p.done.set_result(result)


def _fail(p: _Pending, exc: BaseException) -> None:
    if not p.done.done():
        p.done.set_exception(exc)
