"""The periodic reminder scan: exactly once per (assignment, rule, resolved due date), set-based.

One pass is a handful of statements in one transaction, whatever the number of assignments
(:mod:`plandesk.notifications.scan_sql` builds them):

1. ``due``: the open assignments with a due date and no reminder mark, a mark for another
   due date (the deadline moved) or a mark whose next reminder day has come, with what is
   due today in the plan's zone (``schedule.due_on`` in SQL);
2. ``INSERT INTO reminders … SELECT … FROM due ON CONFLICT DO NOTHING RETURNING`` — the
   ledger's unique key (assignment, rule, due date) makes a second send impossible;
3. ``INSERT INTO notifications … SELECT …`` from exactly the ledger rows just inserted,
   one per recipient according to their preferences (a unique ``dedupe_key`` as well);
4. the marks (due date planned for, next reminder day) in one upsert;
5. a moved deadline cancels what is left of the old series (its ledger rows, held e-mails
   and unread reminders) and starts a new one.

On PostgreSQL 1–5 are one statement (data-modifying CTEs: one snapshot, so a mark never
moves past a reminder that was not written), behind a transaction-level advisory lock:
two workers scanning at once take turns, and the second finds nothing left to do. On
SQLite (one writer at a time) they are consecutive statements, the first of which takes
the write lock, and step 3 reads the new ledger rows by the ids step 2 returned.
E-mails are not sent here: the notifications are the queue (``email_state`` ``pending``
or ``digest``) that :mod:`plandesk.notifications.email` drains in batches.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Integer, String, Uuid, delete, func, null, or_, select, text, update
from sqlalchemy import cast as sql_cast
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core import localtime
from plandesk.notifications.models import Notification, ReminderMark
from plandesk.notifications.scan_sql import (
    REMINDER_KINDS,
    R,
    ScanParams,
    cancel_moved_ledger,
    due_cte,
    ledger_insert,
    marks_upsert,
    notifications_insert,
)
from plandesk.notifications.sqlfn import sql_literal
from plandesk.notifications.store import quiet_end
from plandesk.plans.models import Plan
from plandesk.tasks.models import Assignment

__all__ = [
    "REMINDER_KINDS",
    "ScanResult",
    "cancel_notifications",
    "forget_marks",
    "scan_all",
    "scan_reminders",
]

# pg_advisory_xact_lock key of the scan ("remind" in ASCII).
SCAN_LOCK = 0x72656D696E64
# Assignments planned per pass, the most overdue first: a pass stays well under 2 s even
# when everything is due at once (the first scan after upgrading); the job runs passes
# until one is not full.
PASS_LIMIT = 8000


@dataclass
class ScanResult:
    examined: int = 0
    reminders: int = 0
    notifications: int = 0
    moved: int = 0
    limit: int = PASS_LIMIT
    sent: list[tuple[uuid.UUID, str, dt.date]] = field(default_factory=list)

    @property
    def more(self) -> bool:
        """The pass was full: more assignments may be waiting (run another pass)."""
        return self.examined >= self.limit


async def scan_params(
    session: AsyncSession, now: dt.datetime, email_on: bool, limit: int = PASS_LIMIT
) -> ScanParams:
    zones = [z for z in (await session.execute(select(Plan.timezone).distinct())).scalars() if z]
    local = now.astimezone(localtime.zone())
    return ScanParams(
        now=now,
        default_today=localtime.local_today(at=now),
        zone_todays={z: localtime.local_today(z, at=now) for z in zones},
        email_on=email_on,
        local_hour=local.hour,
        quiet_ends={h: quiet_end(h, now) for h in range(24)},
        limit=limit,
    )


async def scan_reminders(
    session: AsyncSession, *, email_on: bool, at: dt.datetime | None = None, limit: int = PASS_LIMIT
) -> ScanResult:
    """One pass of the reminder scan (at most ``limit`` assignments); commits.

    Safe to run on several workers at once. ``result.more``: run another pass.
    """
    now = at or localtime.now()
    dialect = (await session.connection()).dialect.name
    if dialect == "postgresql":
        # Scans take turns: the second of two simultaneous workers finds the marks advanced.
        await session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCAN_LOCK})
    params = await scan_params(session, now, email_on, limit)
    if dialect == "postgresql":
        result, moved = await _scan_postgresql(session, params)
    else:
        result, moved = await _scan_sqlite(session, params)
    result.limit = limit
    if moved:
        result.moved = len(moved)
        await _cancel_stale_notifications(session, moved, now)
    await session.commit()
    return result


async def _scan_postgresql(
    session: AsyncSession, params: ScanParams
) -> tuple[ScanResult, dict[uuid.UUID, dt.date]]:
    due = due_cte(params, "postgresql")
    cancelled = cancel_moved_ledger(due).cte("cancelled")
    ins = ledger_insert(due, params, "postgresql").cte("ins")
    notes = notifications_insert(ins, params, "postgresql").cte("notes")
    marks = marks_upsert(due, "postgresql").cte("marks")

    def count(cte: Any) -> Any:
        return select(func.count()).select_from(cte).scalar_subquery()

    none_id, none_rule, none_day = (
        sql_cast(null(), Uuid()),
        sql_cast(null(), String()),
        sql_cast(null(), R.c.due_date.type),
    )
    none_n = sql_cast(null(), Integer())
    report = [
        select(sql_literal("sent"), ins.c.assignment_id, ins.c.rule, ins.c.due_date, none_n),
        select(sql_literal("moved"), due.c.id, none_rule, due.c.due_date, none_n).where(due.c.moved),
        select(sql_literal("examined"), none_id, none_rule, none_day, count(due)),
        select(sql_literal("notes"), none_id, none_rule, none_day, count(notes)),
        select(sql_literal("marks"), none_id, none_rule, none_day, count(marks)),
        select(sql_literal("cancelled"), none_id, none_rule, none_day, count(cancelled)),
    ]
    rows = (await session.execute(report[0].union_all(*report[1:]))).all()
    result = ScanResult()
    moved: dict[uuid.UUID, dt.date] = {}
    for tag, assignment_id, rule, due_date, n in rows:
        if tag == "sent":
            result.sent.append((assignment_id, rule, due_date))
        elif tag == "moved":
            moved[assignment_id] = due_date
        elif tag == "examined":
            result.examined = n
        elif tag == "notes":
            result.notifications = n
    result.reminders = len(result.sent)
    return result, moved


async def scan_all(
    sessionmaker: Any, *, email_on: bool, at: dt.datetime | None = None, limit: int = PASS_LIMIT
) -> list[ScanResult]:
    """Passes of the scan until one is not full (each its own transaction)."""
    results: list[ScanResult] = []
    while True:
        async with sessionmaker() as session:
            results.append(await scan_reminders(session, email_on=email_on, at=at, limit=limit))
        if not results[-1].more:
            return results


async def _scan_sqlite(
    session: AsyncSession, params: ScanParams
) -> tuple[ScanResult, dict[uuid.UUID, dt.date]]:
    due = due_cte(params, "sqlite")
    # A write first: it takes SQLite's write lock, so the statements below see one state.
    await session.execute(cancel_moved_ledger(due))
    result = ScanResult()
    result.examined = (await session.execute(select(func.count()).select_from(due))).scalar_one()
    moved = {
        r.id: r.due_date
        for r in (await session.execute(select(due.c.id, due.c.due_date).where(due.c.moved))).all()
    }
    inserted = (await session.execute(ledger_insert(due, params, "sqlite"))).all()
    result.sent = [(r.assignment_id, r.rule, r.due_date) for r in inserted]
    result.reminders = len(inserted)
    if inserted:
        ids = func.json_each(json.dumps([r.id.hex for r in inserted])).table_valued("value")
        fired = (
            select(R.c.assignment_id, R.c.rule, R.c.due_date, R.c.plan_id)
            .where(R.c.id.in_(select(ids.c.value)))
            .subquery("fired")
        )
        notes = await session.execute(notifications_insert(fired, params, "sqlite"))
        result.notifications = len(notes.all())
    await session.execute(marks_upsert(due, "sqlite"))
    return result, moved


async def _cancel_stale_notifications(
    session: AsyncSession, moved: dict[uuid.UUID, dt.date], now: dt.datetime
) -> None:
    """Deadlines moved: the old series' reminders leave the bell and their e-mails are not sent."""
    new_due = {str(a): day.isoformat() for a, day in moved.items()}
    ids = list(new_due)
    stale: list[uuid.UUID] = []
    for start in range(0, len(ids), 500):
        rows = (
            await session.execute(
                select(Notification.id, Notification.subject_id, Notification.data).where(
                    Notification.subject_type == "assignment",
                    Notification.subject_id.in_(ids[start : start + 500]),
                    Notification.kind.in_(REMINDER_KINDS),
                    Notification.cancelled_at.is_(None),
                )
            )
        ).all()
        stale.extend(n.id for n in rows if (n.data or {}).get("due_date") != new_due[n.subject_id])
    if stale:
        await cancel_notifications(session, stale, now)


async def cancel_notifications(session: AsyncSession, ids: list[uuid.UUID], now: dt.datetime) -> None:
    """Stop notifications that are no longer true: out of the unread count, e-mail not sent."""
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        await session.execute(update(Notification).where(Notification.id.in_(chunk)).values(cancelled_at=now))
        await session.execute(
            update(Notification)
            .where(
                Notification.id.in_(chunk),
                or_(Notification.email_state == "pending", Notification.email_state == "digest"),
            )
            .values(email_state="cancelled")
        )


async def forget_marks(session: AsyncSession, plan_id: uuid.UUID) -> None:
    """A plan's rules changed: every open assignment of it is looked at again on the next scan."""
    sub = select(Assignment.id).where(Assignment.plan_id == plan_id)
    await session.execute(delete(ReminderMark).where(ReminderMark.assignment_id.in_(sub)))
