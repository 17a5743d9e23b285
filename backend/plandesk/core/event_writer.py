"""How emitted events reach the outbox table: collected in the session, written at commit.

:func:`plandesk.core.events.emit` used to ``session.add`` an ORM ``Event``: an
instrumented instance per event, then a unit-of-work flush with
``INSERT … RETURNING seq`` for a key nobody reads. Here an event is a plain row kept
in ``session.info`` and the session's events are inserted with one Core ``INSERT``
(``executemany`` for several) from a ``before_commit`` hook, the payload already
serialised with orjson.

The guarantees stay those of ``session.add``:

* **same transaction** — the rows are inserted on the session's connection inside the
  transaction that commits; a commit that fails takes them with it.
* **nothing on rollback** — a rolled-back transaction drops its pending events, and so
  does a session closed without committing.
* **savepoints** — each event remembers the (innermost) transaction it was emitted in. A
  savepoint that rolls back drops the events emitted inside it; events of an outer level
  that happened to be written while it was open (a ``before_commit`` of a savepoint writes
  everything pending) are queued again, since the savepoint's rollback took their rows.
* **order** — rows are inserted in emission order, after the session's last flush: the
  transaction's changes (and their row locks) are in place before the events get their
  ``seq``, so of two transactions changing one object the one that commits first has the
  smaller ``seq``.

The hooks are registered once on SQLAlchemy's ``Session`` class (every ``AsyncSession``
runs one); a session that emitted nothing pays a dictionary lookup per commit or rollback.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import orjson
from sqlalchemy import Insert, Table, bindparam, event
from sqlalchemy.orm import Session, SessionTransaction
from sqlalchemy.types import TypeDecorator

from plandesk.core.db import JSONType

_PENDING = "plandesk.events.pending"

# Keys that would carry a contributor's contact details; never in a payload.
CONTACT_KEYS = frozenset(
    {"email", "phone", "address", "contact", "contact_name", "contact_email", "contact_phone", "contacts"}
)


# The event types the notification outbox turns into notifications (the handlers of
# notifications/outbox.py, which refuses to load when the two differ). Every other event is
# written already taken by the outbox — ``notified_at`` is its ``occurred_at`` — so the
# outbox's index holds only events it has work for, and a submission's event is not
# updated a second time to say that nobody is told about it.
NOTIFIED_TYPES = frozenset({"task.created", "task.updated", "assignment.urged", "assignment.progressed"})


def notified_at_birth(type: str, occurred_at: dt.datetime) -> dt.datetime | None:
    """``notified_at`` of a new event: unset while the outbox has work to do for it."""
    return None if type in NOTIFIED_TYPES else occurred_at


def notified_at_birth_sql(type: str, occurred_at: str) -> str:
    """:func:`notified_at_birth` in SQL, for statements that write events themselves;
    ``occurred_at`` is the SQL expression of the event's time."""
    return "NULL" if type in NOTIFIED_TYPES else occurred_at


class ContactDetailsInEvent(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class EmittedEvent:
    """What :func:`~plandesk.core.events.emit` added to the transaction (its row, once committed)."""

    id: uuid.UUID
    type: str
    subject_type: str
    subject_id: str
    plan_id: uuid.UUID | None
    data: dict[str, Any]
    occurred_at: dt.datetime


class _Path(Exception):
    """A contact key found at ``keys`` (built on the way out, only when there is one)."""

    def __init__(self, key: str) -> None:
        self.keys: list[str] = [key]


_SCALARS = frozenset({str, int, float, bool, type(None)})


def _clean(value: Any) -> Any:
    # One pass: JSON-ready values (as core.audit._plain makes them) and the contact-key check.
    if type(value) in _SCALARS:
        return value
    if isinstance(value, Mapping):
        out: dict[str, Any] = {}
        for key, item in value.items():
            name = str(key)
            lowered = name.lower()
            if lowered in CONTACT_KEYS or lowered.startswith("contact_"):
                raise _Path(f".{name}")
            try:
                out[name] = _clean(item)
            except _Path as found:
                found.keys.append(f".{name}")
                raise
        return out
    if isinstance(value, list | tuple):
        items: list[Any] = []
        for i, item in enumerate(value):
            try:
                items.append(_clean(item))
            except _Path as found:
                found.keys.append(f"[{i}]")
                raise
        return items
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value


def payload(data: Mapping[str, Any]) -> dict[str, Any]:
    """The event's JSON-ready payload; refuses contact details anywhere in it."""
    try:
        cleaned: dict[str, Any] = _clean(data)
    except _Path as found:
        path = "data" + "".join(reversed(found.keys))
        raise ContactDetailsInEvent(f"{path}: contact details never go into an event") from None
    return cleaned


class _SerialisedJSON(TypeDecorator[str]):
    """The ``data`` column bound from text orjson already produced (no second serialisation)."""

    impl = JSONType
    cache_ok = True

    def bind_processor(self, dialect: Any) -> None:
        return None


@dataclass(slots=True)
class _Pending:
    row: dict[str, Any]
    owner: SessionTransaction
    # The innermost transaction open when the row was inserted; None while it waits.
    written_in: SessionTransaction | None = field(default=None)


def add(session: Session, emitted: EmittedEvent) -> None:
    """Keep ``emitted`` for the session's commit (``emit``'s second half)."""
    owner = session.get_nested_transaction() or session.get_transaction()
    if owner is None:
        # As session.add would: the event belongs to the transaction that starts now.
        owner = session._autobegin_t()
    row = {
        "id": emitted.id,
        "type": emitted.type,
        "subject_type": emitted.subject_type,
        "subject_id": emitted.subject_id,
        "plan_id": emitted.plan_id,
        "event_data": orjson.dumps(emitted.data).decode(),
        "occurred_at": emitted.occurred_at,
        "notified_at": notified_at_birth(emitted.type, emitted.occurred_at),
    }
    pending: list[_Pending] | None = session.info.get(_PENDING)
    if pending is None:
        session.info[_PENDING] = pending = []
    pending.append(_Pending(row, owner))


_insert: Insert | None = None


def _statement() -> Insert:
    global _insert
    if _insert is None:
        from plandesk.core.events import Event

        table: Table = Event.__table__  # type: ignore[assignment]
        _insert = table.insert().values(data=bindparam("event_data", type_=_SerialisedJSON()))
    return _insert


def write_pending(session: Session) -> None:
    """Insert the session's events not written yet, oldest first, after flushing its changes."""
    pending: list[_Pending] | None = session.info.get(_PENDING)
    if not pending:
        return
    todo = [p for p in pending if p.written_in is None]
    if not todo:
        return
    session.flush()
    where = session.get_nested_transaction() or session.get_transaction()
    session.connection().execute(_statement(), [p.row for p in todo])
    for p in todo:
        p.written_in = where


def _within(transaction: SessionTransaction | None, ancestor: SessionTransaction) -> bool:
    while transaction is not None:
        if transaction is ancestor:
            return True
        transaction = transaction.parent
    return False


@event.listens_for(Session, "before_commit")
def _before_commit(session: Session) -> None:
    write_pending(session)


@event.listens_for(Session, "after_soft_rollback")
def _after_rollback(session: Session, previous: SessionTransaction) -> None:
    pending: list[_Pending] | None = session.info.get(_PENDING)
    if not pending:
        return
    if previous.parent is None:
        del session.info[_PENDING]
        return
    kept = [p for p in pending if not _within(p.owner, previous)]
    for p in kept:
        if _within(p.written_in, previous):
            p.written_in = None  # its row went with the savepoint; the outer level still wants it
    session.info[_PENDING] = kept


@event.listens_for(Session, "after_transaction_end")
def _after_transaction_end(session: Session, transaction: SessionTransaction) -> None:
    # The outermost transaction ended (committed, rolled back or closed): nothing carries over.
    if transaction.parent is None and _PENDING in session.info:
        del session.info[_PENDING]
