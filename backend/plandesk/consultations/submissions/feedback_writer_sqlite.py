"""Group commit for feedback submissions on SQLite (the embedded default).

SQLite has one writer, and with ``synchronous=FULL`` every commit waits for its WAL
sync: written one transaction per submission, a burst queues behind the disk. As on
PostgreSQL (:mod:`plandesk.consultations.submissions.feedback_writer`), the submissions that
arrive while a write is in flight share the next one — one transaction, one WAL sync
for the group — and each request is answered only after that transaction has
committed, so an acknowledged submission is durable.

Each process has one writer: a thread with a connection of its own (no pool, no hand-off
per statement). Requests put their rows on its queue and wait. The thread takes the first
row, then the **writer lock** — an ``flock`` beside the database file shared by every
process's writer (:mod:`plandesk.core.filelock`) — and only then empties the queue into
the group: while the other process's writer held the lock, this one's group grew. Between
the two writers the kernel hands the lock over the moment it is let go, where SQLite's own
busy handler would sleep 1, 2, 5 … 100 ms between tries and could find the lock taken at
every try (the two processes starved each other: p99 in the hundreds of milliseconds).
``BEGIN IMMEDIATE`` then waits only for the other writers of the database (clustering,
jobs, staff routes), polling every millisecond or two. The group's statements, compiled
once, run with one ``executemany`` per table — keys claimed, submissions inserted where
their consultation's window is open (``INSERT … SELECT``), queued for clustering, texts
registered, outbox events — and the commit; the lock is let go right after the commit,
before the answers go back to the requests' event loop.

When anything in the group goes wrong — a key used before, a window that closed, a row the
database refuses — the transaction rolls back and the group is written again in one
transaction with a savepoint per row, so each request gets its own answer and only the
offending row fails; if that transaction fails too, each row gets a transaction of its own.
The connection does not checkpoint at its commits (a checkpoint there would hold the writer
lock): the thread checkpoints (``PASSIVE``) after every few hundred rows, with the lock let
go. :meth:`SQLiteFeedbackWriter.close` writes what is queued and stops the thread (the
application's shutdown calls it after the in-flight requests are done).
"""

from __future__ import annotations

import asyncio
import queue
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, bindparam, func, insert, literal_column, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine

from plandesk.consultations.models import ClusteringQueue, Consultation, FeedbackSubmission, FeedbackText
from plandesk.consultations.submissions.feedback_writer import (
    SUBMITTED,
    FeedbackWriter,
    Stored,
    _fail,
    _Pending,
    _resolve,
)
from plandesk.core import metrics
from plandesk.core.db import SQLITE_PRAGMAS
from plandesk.core.events import Event, notified_at_birth
from plandesk.core.filelock import FileLock, beside, sqlite_file
from plandesk.core.idempotency import IdempotencyRecord
from plandesk.webhooks.relay import subscriber_exists_sql

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

    @classmethod
    def compile(cls, columns: Sequence[str], dialect: Dialect) -> _GroupStatements:
        return cls(
            claim=_Compiled.of(insert(IR), dialect, CLAIM_KEYS),
            insert=_Compiled.of(group_insert(columns), dialect),
            queue=_Compiled.of(insert(Q), dialect, QUEUE_KEYS),
            texts=_Compiled.of(sqlite_insert(T).on_conflict_do_nothing(), dialect, TEXT_KEYS),
            event=_Compiled.of(insert(EV), dialect, EVENT_KEYS),
        )

    def run(self, db: sqlite3.Connection, group: Sequence[_Pending], *, in_group: bool) -> None:
        """The rows' statements, in the transaction open on ``db``; :class:`_Refused` when a
        submission was not inserted (its window)."""
        rows, claims, queued, texts, events = _group_values(group, in_group=in_group)
        if claims:
            db.executemany(self.claim.sql, self.claim.params(claims))
        if db.executemany(self.insert.sql, self.insert.params(rows)).rowcount != len(rows):
            raise _Refused
        db.executemany(self.queue.sql, self.queue.params(queued))
        db.executemany(self.texts.sql, self.texts.params(texts))
        if not db.execute(_SUBSCRIBED).fetchone()[0]:  # no endpoint wants them: the relay would only mark
            for event in events:
                event["dispatched_at"] = event["occurred_at"]
        db.executemany(self.event.sql, self.event.params(events))


@dataclass
class WriterStats:
    """What the writer did (tests, benchmarks): groups committed in one go, rows written,
    groups written again row by row, waits for ``BEGIN IMMEDIATE``, checkpoints."""

    groups: int = 0
    rows: int = 0
    commits: int = 0
    fallbacks: int = 0
    busy_retries: int = 0
    checkpoints: int = 0
    group_sizes: list[int] = field(default_factory=list)


_Outcome = Stored | BaseException


@dataclass
class _Queued:
    pending: _Pending
    loop: asyncio.AbstractEventLoop
    since: float


_CLOSE = object()


class SQLiteFeedbackWriter(FeedbackWriter):
    """Writes submissions in groups on SQLite; one writer per process, one write at a time
    across every process of the database (the writer lock)."""

    def __init__(
        self,
        engine: AsyncEngine,
        columns: Sequence[str],
        max_group: int = 200,
        *,
        busy_timeout: float = 30.0,
        checkpoint_rows: int = 500,
    ) -> None:
        path = sqlite_file(engine.url)
        if path is None:
            raise ValueError("the SQLite feedback writer needs a database file (not an in-memory database)")
        self.engine = engine
        self.path = path
        self.columns = list(columns)
        self.max_group = max_group
        self.max_writes = 1
        self.busy_timeout = busy_timeout
        self.checkpoint_rows = checkpoint_rows
        self.statements = _GroupStatements.compile(self.columns, engine.dialect)
        self.lock = FileLock(beside(path, "feedback-writer"))
        self.stats = WriterStats()
        self._queue: queue.SimpleQueue[_Queued | object] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._start = threading.Lock()
        self._closed = False
        # Taken to queue a row and to stop taking rows: a row is queued while the writer
        # still drains the queue, or refused — never left waiting on a stopped thread.
        self._gate = threading.Lock()
        self._stopped = False
        self._unsynced_rows = 0  # written since the last checkpoint

    async def store(self, row: dict[str, Any], claim: dict[str, Any] | None) -> Stored:
        """Store one submission (and claim its key); returns once its group has committed."""
        if self._closed:
            raise RuntimeError("the feedback writer is closed (the server is shutting down)")
        pending = _Pending(row, claim)
        if self._thread is None:
            self._start_thread()
        with self._gate:
            if self._stopped:
                raise RuntimeError("the feedback writer is closed (the server is shutting down)")
            self._queue.put(_Queued(pending, asyncio.get_running_loop(), time.perf_counter()))
        return await pending.done

    async def close(self) -> None:
        """Write what is queued, then stop the thread and close its connection."""
        self._closed = True
        thread = self._thread
        if thread is None:
            return
        self._queue.put(_CLOSE)
        await asyncio.get_running_loop().run_in_executor(None, thread.join)

    def _start_thread(self) -> None:
        with self._start:
            if self._thread is None:
                # A daemon: a process that exits without the shutdown hook is not held up
                # (a transaction cut short is rolled back; its requests were never answered).
                thread = threading.Thread(target=self._serve, name="feedback-writer", daemon=True)
                thread.start()
                self._thread = thread

    # --- on the writer thread ---------------------------------------------------------

    def _serve(self) -> None:
        db: sqlite3.Connection | None = None
        try:
            closing = False
            while not closing:
                first = self._queue.get()
                if first is _CLOSE:
                    return
                group: list[_Queued] = [first]  # type: ignore[list-item]
                try:
                    self.lock.acquire()  # the other processes' writers hand it over at their commit
                    closing = self._take(group)
                    if db is None:
                        db = self._connect()
                    outcomes = self._write_rows(db, [q.pending for q in group])
                except Exception as exc:  # no lock file, no database: every row fails, the thread lives
                    if db is not None:
                        _rollback(db)
                    outcomes = [_wrapped(exc)] * len(group)
                finally:
                    self.lock.release()
                self._settle(group, outcomes)
                if db is not None:
                    self._checkpoint(db, len(group))
        finally:
            if db is not None:
                db.close()
            self.lock.close()
            self._refuse_the_rest()

    def _refuse_the_rest(self) -> None:
        """Rows queued after the writer stopped (a request racing the shutdown) fail."""
        late: list[_Queued] = []
        with self._gate:
            self._stopped = True  # from now on ``store`` refuses at once
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                break
            if item is not _CLOSE:
                late.append(item)  # type: ignore[arg-type]
        if late:
            closed = RuntimeError("the feedback writer is closed (the server is shutting down)")
            self._settle(late, [closed] * len(late))

    def _take(self, group: list[_Queued]) -> bool:
        """Everything queued meanwhile joins the group (up to ``max_group``); whether the
        writer is to stop after it."""
        while len(group) < self.max_group:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return False
            if item is _CLOSE:
                return True
            group.append(item)  # type: ignore[arg-type]
        return False

    def _connect(self) -> sqlite3.Connection:
        # Autocommit mode: the transactions are the explicit BEGIN IMMEDIATE … COMMIT below.
        db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=True)
        for pragma in SQLITE_PRAGMAS:
            db.execute(pragma)
        db.execute("PRAGMA busy_timeout=0")  # BEGIN IMMEDIATE polls itself (_begin)
        db.execute("PRAGMA wal_autocheckpoint=0")  # _checkpoint, outside the writer lock
        return db

    def _begin(self, db: sqlite3.Connection) -> None:
        """``BEGIN IMMEDIATE``, trying again every 0.2–2 ms while another connection writes
        (SQLite's busy handler would sleep up to 100 ms between tries), for ``busy_timeout``."""
        deadline = time.monotonic() + self.busy_timeout
        delay = 0.0002
        while True:
            try:
                db.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if not _busy(exc) or time.monotonic() > deadline:
                    raise
            self.stats.busy_retries += 1
            time.sleep(delay)
            delay = min(delay * 2, 0.002)

    def _write_rows(self, db: sqlite3.Connection, group: Sequence[_Pending]) -> list[_Outcome]:
        """The group in one transaction; after a failure, again with a savepoint per row;
        after that transaction's failure, each row in a transaction of its own."""
        self._begin(db)  # a database locked for busy_timeout fails every row (503)
        try:
            self.statements.run(db, group, in_group=True)
            db.execute("COMMIT")
        except Exception:  # a refused row, a key used before, a value the database refuses …
            _rollback(db)
        else:
            self._committed(len(group))
            return [Stored.stored] * len(group)
        self.stats.fallbacks += 1
        try:
            self._begin(db)
            outcomes = [self._in_savepoint(db, p) for p in group]
            db.execute("COMMIT")
        except Exception:  # not one row's data: the transaction itself failed
            _rollback(db)
        else:
            self._committed(sum(1 for o in outcomes if o is Stored.stored))
            return outcomes
        return [self._alone(db, p) for p in group]

    def _in_savepoint(self, db: sqlite3.Connection, p: _Pending) -> _Outcome:
        db.execute("SAVEPOINT feedback_row")
        outcome: _Outcome
        try:
            outcome = self._row(db, p)
        except _ROW_DATA_ERRORS as exc:  # this row's data (a trigger, a constraint, a value)
            outcome = _wrapped(exc)
        if outcome is not Stored.stored:
            db.execute("ROLLBACK TO feedback_row")
        db.execute("RELEASE feedback_row")
        return outcome

    def _alone(self, db: sqlite3.Connection, p: _Pending) -> _Outcome:
        try:
            self._begin(db)
            try:
                outcome = self._row(db, p)
                db.execute("COMMIT" if outcome is Stored.stored else "ROLLBACK")
            except BaseException:
                _rollback(db)
                raise
        except Exception as exc:  # this row fails alone
            return _wrapped(exc)
        if outcome is Stored.stored:
            self._committed(1)
        return outcome

    def _row(self, db: sqlite3.Connection, p: _Pending) -> Stored:
        """One row's statements in the open transaction."""
        try:
            self.statements.run(db, [p], in_group=False)
        except _Refused:
            return Stored.refused
        except sqlite3.IntegrityError as exc:
            text = str(exc)
            if IR.name in text and "UNIQUE" in text.upper():
                return Stored.key_taken  # replay the key's first answer
            if f"{F.name}.id" in text:
                # Its id is already there: an earlier commit went through though it reported
                # an error (ids are new per request).
                return Stored.stored
            raise
        return Stored.stored

    def _committed(self, rows: int) -> None:
        self.stats.commits += 1
        self.stats.rows += rows
        self._unsynced_rows += rows

    def _checkpoint(self, db: sqlite3.Connection, group_size: int) -> None:
        """Copy the WAL into the database once enough was written (``PASSIVE``: never waits,
        and other processes' writers go on meanwhile; it holds no lock of theirs)."""
        if self._unsynced_rows < self.checkpoint_rows:
            return
        self._unsynced_rows = 0
        try:
            db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        except sqlite3.Error:
            return  # another connection is checkpointing; the next group tries again
        self.stats.checkpoints += 1

    def _settle(self, group: Sequence[_Queued], outcomes: Sequence[_Outcome]) -> None:
        """Answer the group's requests on their event loops (one hand-off per loop)."""
        self.stats.groups += 1
        self.stats.group_sizes.append(len(group))
        del self.stats.group_sizes[:-1000]
        metrics.FEEDBACK_GROUP_SIZE.observe(len(group))
        now = time.perf_counter()
        by_loop: dict[asyncio.AbstractEventLoop, list[tuple[_Pending, _Outcome]]] = {}
        for q, outcome in zip(group, outcomes, strict=True):
            metrics.FEEDBACK_GROUP_WAIT.observe(now - q.since)
            by_loop.setdefault(q.loop, []).append((q.pending, outcome))
        for loop, answers in by_loop.items():
            try:
                loop.call_soon_threadsafe(_answer, answers)
            except RuntimeError:
                pass  # that event loop is closed: nobody waits for these answers any more


def _answer(answers: list[tuple[_Pending, _Outcome]]) -> None:
    for p, outcome in answers:
        if isinstance(outcome, BaseException):
            _fail(p, outcome)
        else:
            _resolve(p, outcome)


# What one row's data can provoke (a trigger or constraint refusing it, a value the driver
# cannot bind): the row fails and the transaction goes on past its savepoint. Anything
# else (the disk, the database locked) ends the transaction.
_ROW_DATA_ERRORS = (
    sqlite3.IntegrityError,
    sqlite3.DataError,
    sqlite3.InterfaceError,
    sqlite3.ProgrammingError,
    TypeError,
    ValueError,
    OverflowError,
)


def _busy(exc: sqlite3.OperationalError) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return "locked" in str(exc) or "busy" in str(exc)


def _rollback(db: sqlite3.Connection) -> None:
    if db.in_transaction:
        try:
            db.execute("ROLLBACK")
        except sqlite3.Error:
            pass  # SQLite rolled it back itself (an I/O error)


def _wrapped(exc: BaseException) -> BaseException:
    """A sqlite3 error as SQLAlchemy's (what the error handlers know: a refused row's
    IntegrityError is 409, a database locked too long 503)."""
    if isinstance(exc, sqlite3.Error):
        return DBAPIError.instance(None, None, exc, sqlite3.Error)
    return exc


CLAIM_KEYS = ("id", "scope", "key", "fingerprint", "status_code", "response", "created_at")
QUEUE_KEYS = ("submission_id", "consultation_id", "queued_at")
TEXT_KEYS = ("consultation_id", "body_hash", "first_id")
EVENT_KEYS = (
    "id",
    "type",
    "subject_type",
    "subject_id",
    "plan_id",
    "data",
    "occurred_at",
    "notified_at",
    "dispatched_at",
)
_SUBSCRIBED = "SELECT " + subscriber_exists_sql(SUBMITTED, "sqlite")

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
            "type": SUBMITTED,
            "subject_type": "feedback",
            "subject_id": str(r["id"]),
            "plan_id": None,
            "data": {"consultation_id": str(r["consultation_id"])},
            "occurred_at": r["submitted_at"],
            "notified_at": notified_at_birth(SUBMITTED, r["submitted_at"]),
            "dispatched_at": None,  # see _GroupStatements.run
        }
        for r in rows
    ]
    return rows, claims, queue, texts, events
