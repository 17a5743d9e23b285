"""Domain events through a transactional outbox.

A change worth telling the world calls :func:`emit` with the session that makes
the change: the event row commits or rolls back with it, so a rolled-back
request emits nothing and an acknowledged one never loses its events. The
outbox is the one source for webhooks (and, later, notifications and the sync
feed); a relay fans committed rows out to subscribers (``webhooks/relay.py``).

How the rows are written (``core/event_writer.py``): :func:`emit` only checks the
payload and keeps the row in the session; the session's events are inserted with one
Core ``INSERT`` when it commits, after its last flush — no ORM instance, no
``RETURNING``. Events emitted inside a savepoint that rolls back are dropped with it.

Payloads carry ids and the changed fields, never contributors' contact
details: :func:`emit` refuses a payload with a contact key anywhere in it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any, NamedTuple

from sqlalchemy import BigInteger, Index, Integer, String, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from plandesk.core import event_writer
from plandesk.core.db import Base, JSONType, utcnow
from plandesk.core.event_writer import (
    NOTIFIED_TYPES,
    ContactDetailsInEvent,
    EmittedEvent,
    notified_at_birth,
    notified_at_birth_sql,
    payload,
)

# Autoincrement: the outbox's order (the relay reads rows by it).
SequenceId = BigInteger().with_variant(Integer(), "sqlite")


def _where(condition: str) -> dict[str, Any]:
    """A partial index's condition, on both databases."""
    return {"postgresql_where": text(condition), "sqlite_where": text(condition)}


class Event(Base):
    __tablename__ = "events"
    __table_args__ = (
        # Partial: each consumer's index holds only the events it has still to take, in order.
        # Taking one removes it from that index instead of adding an entry for its new version
        # (the update that marks it cannot be HOT either way), and the three indexes every
        # version of a row also enters stay three: there is no index on occurred_at (the
        # daily prune reads the table once).
        Index("ix_events_undispatched", "seq", **_where("dispatched_at IS NULL")),
        Index("ix_events_unnotified", "seq", **_where("notified_at IS NULL")),
    )

    seq: Mapped[int] = mapped_column(SequenceId, primary_key=True, autoincrement=True)
    id: Mapped[uuid.UUID] = mapped_column(unique=True, default=uuid.uuid4)
    type: Mapped[str] = mapped_column(String(64))
    subject_type: Mapped[str] = mapped_column(String(32))
    subject_id: Mapped[str] = mapped_column(String(64))
    plan_id: Mapped[uuid.UUID | None]
    data: Mapped[dict[str, Any]] = mapped_column(JSONType)
    occurred_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # Set once the relay has fanned the event out to its subscribers.
    dispatched_at: Mapped[dt.datetime | None]
    # Set once notifications/outbox.py has turned the event into notifications.
    notified_at: Mapped[dt.datetime | None]
    # Events that must happen once (a deadline passing) carry a unique key.
    unique_key: Mapped[str | None] = mapped_column(String(200), unique=True)


__all__ = [
    "NOTIFIED_TYPES",
    "ContactDetailsInEvent",
    "EmittedEvent",
    "Event",
    "Subject",
    "emit",
    "emit_once",
    "events_for",
    "notified_at_birth",
    "notified_at_birth_sql",
]


class Subject(NamedTuple):
    """What an event is about: ``Subject("task", task.id)``."""

    type: str
    id: uuid.UUID | str


# The catalogue: every event type PlanDesk emits, with what it means.
EVENT_TYPES: dict[str, str] = {
    "plan.published": "A plan was published (its public summary is readable)",
    "plan.updated": "A plan's header, status or published flag changed",
    "phase.changed": "A phase was created, changed, rescheduled or deleted",
    "milestone.moved": "A milestone moved; the dates that moved are in the payload",
    "task.created": "A task was created",
    "task.updated": "A task's fields changed",
    "task.deleted": "A task was deleted",
    "assignment.created": "A unit was given an assignment after the task was created "
    "(a member unit joined the unit group the task is addressed to)",
    "assignment.progressed": "A unit reported progress on its assignment",
    "assignment.status_changed": "An assignment's status changed",
    "assignment.urged": "A coordinator urged a unit on its assignment",
    "assignment.overdue": "An assignment's deadline passed with the work unfinished (sent once)",
    "consultation.opened": "A consultation started accepting feedback (sent once)",
    "consultation.closed": "A consultation stopped accepting feedback (sent once)",
    "feedback.submitted": "Feedback was submitted on a consultation",
    "feedback.answered": "A moderator answered a piece of feedback",
    "report.submitted": "A unit submitted its periodic report (or resubmitted a returned one)",
    "report.accepted": "A coordinator accepted a unit's periodic report",
    "report.returned": "A coordinator returned a unit's periodic report with a comment",
    "report.urged": "A coordinator urged a unit whose periodic report is missing or returned (one per unit)",
    "review.issued": "An interim or final review was issued: a numbered, dated version that never changes",
}


def emit(
    session: AsyncSession,
    type: str,
    subject: Subject,
    data: Mapping[str, Any],
    *,
    plan_id: uuid.UUID | None = None,
) -> EmittedEvent:
    """Add an event to the caller's transaction; it commits (or rolls back) with the change.

    The row is written when the session commits (``core/event_writer.py``)."""
    if type not in EVENT_TYPES:
        raise ValueError(f"unknown event type {type!r}")
    event = EmittedEvent(
        id=uuid.uuid4(),
        type=type,
        subject_type=subject.type,
        subject_id=str(subject.id),
        plan_id=plan_id,
        data=payload(data),
        occurred_at=utcnow(),
    )
    event_writer.add(session.sync_session, event)
    return event


async def emit_once(
    session: AsyncSession,
    type: str,
    subject: Subject,
    data: Mapping[str, Any],
    *,
    unique_key: str,
    plan_id: uuid.UUID | None = None,
) -> bool:
    """Emit an event unless one with ``unique_key`` exists (periodic scans: sent once, ever).

    ``INSERT … ON CONFLICT DO NOTHING`` so two scans racing on two workers still emit one.
    """
    if type not in EVENT_TYPES:
        raise ValueError(f"unknown event type {type!r}")
    # Events this session emitted before are older: they go in first, keeping the order.
    await session.run_sync(event_writer.write_pending)
    occurred_at = utcnow()
    values = {
        "id": uuid.uuid4(),
        "type": type,
        "subject_type": subject.type,
        "subject_id": str(subject.id),
        "plan_id": plan_id,
        "data": payload(data),
        "occurred_at": occurred_at,
        "notified_at": notified_at_birth(type, occurred_at),
        "unique_key": unique_key,
    }
    conn = await session.connection()
    insert = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
    stmt = insert(Event).values(**values).on_conflict_do_nothing(index_elements=["unique_key"])
    result = await session.execute(stmt)
    return bool(getattr(result, "rowcount", 0))


async def events_for(session: AsyncSession, subject: Subject) -> list[Event]:
    """A subject's events, oldest first (tests, the delivery log)."""
    rows = await session.execute(
        select(Event)
        .where(Event.subject_type == subject.type, Event.subject_id == str(subject.id))
        .order_by(Event.seq)
    )
    return list(rows.scalars())
