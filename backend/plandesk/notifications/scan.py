"""The periodic reminder scan: exactly once per (assignment, rule, resolved due date).

Each pass reads the open assignments that have a due date and either no reminder mark,
a mark for another due date (the deadline moved), or a mark whose next reminder day has
come. For each it works out what is due today (``schedule.due_on``), inserts the
reminders with ``INSERT … ON CONFLICT DO NOTHING RETURNING`` and writes notifications
only for the rows it really inserted — so two workers, a retry or a restart send each
reminder once — then records the next reminder day. A moved deadline cancels what is
left of the old series (held e-mails, the unread reminders) and starts a new one.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, delete, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core import localtime
from plandesk.notifications import recipients as people
from plandesk.notifications.models import Notification, Reminder, ReminderMark, ReminderRuleSet
from plandesk.notifications.schedule import DEFAULT_RULES, Due, Rules, due_on, kind_for_offset
from plandesk.notifications.store import Message, assignment_link, insert_rows, rows_for
from plandesk.plans.models import Plan
from plandesk.tasks.models import Assignment, Task, still_open
from plandesk.units.models import Unit

BATCH = 2000
REMINDER_KINDS = ("deadline_approaching", "deadline_today", "overdue", "escalation")


@dataclass
class ScanResult:
    examined: int = 0
    reminders: int = 0
    notifications: int = 0
    moved: int = 0
    sent: list[tuple[uuid.UUID, str, dt.date]] = field(default_factory=list)
    coordinators: dict[uuid.UUID | None, list[uuid.UUID]] = field(default_factory=dict, repr=False)


async def plan_rules(session: AsyncSession) -> dict[uuid.UUID, Rules]:
    rows = await session.execute(select(ReminderRuleSet))
    return {
        r.plan_id: Rules.of(r.offsets, r.weekly_overdue, r.escalate_after_days, r.include_support)
        for r in rows.scalars()
    }


async def _plan_zones(session: AsyncSession) -> dict[uuid.UUID, str | None]:
    return dict((await session.execute(select(Plan.id, Plan.timezone))).tuples().all())


def _insert(dialect: str) -> Any:
    return pg_insert if dialect == "postgresql" else sqlite_insert


async def scan_reminders(
    session: AsyncSession, *, email_on: bool, at: dt.datetime | None = None
) -> ScanResult:
    """One pass of the reminder scan; commits per batch. Safe to run on several workers at once."""
    now = at or localtime.now()
    rules_by_plan = await plan_rules(session)
    zones = await _plan_zones(session)
    todays = {plan_id: localtime.local_today(zone, at=now) for plan_id, zone in zones.items()}
    latest_today = max([*todays.values(), localtime.local_today(at=now)])
    candidates = (
        await session.execute(
            select(
                Assignment.id,
                Assignment.plan_id,
                Assignment.unit_id,
                Assignment.task_id,
                Assignment.role,
                Assignment.due_date,
                ReminderMark.due_date.label("mark_due"),
            )
            .outerjoin(ReminderMark, ReminderMark.assignment_id == Assignment.id)
            .where(
                Assignment.due_date.is_not(None),
                still_open(Assignment.status),
                or_(
                    ReminderMark.assignment_id.is_(None),
                    ReminderMark.due_date != Assignment.due_date,
                    ReminderMark.next_fire_on <= latest_today,
                ),
            )
            .order_by(Assignment.id)
        )
    ).all()
    await session.rollback()  # end the read; each batch is its own short transaction
    result = ScanResult(examined=len(candidates))
    for start in range(0, len(candidates), BATCH):
        batch = candidates[start : start + BATCH]
        await _scan_batch(session, batch, rules_by_plan, todays, now, email_on, result)
    return result


async def _scan_batch(
    session: AsyncSession,
    batch: Sequence[Any],
    rules_by_plan: dict[uuid.UUID, Rules],
    todays: dict[uuid.UUID, dt.date],
    now: dt.datetime,
    email_on: bool,
    result: ScanResult,
) -> None:
    dialect = (await session.connection()).dialect.name
    insert = _insert(dialect)
    wanted: list[dict[str, Any]] = []
    marks: list[dict[str, Any]] = []
    dues: dict[uuid.UUID, tuple[Any, Due]] = {}
    moved: list[Any] = []
    for row in batch:
        rules = rules_by_plan.get(row.plan_id, DEFAULT_RULES)
        today = todays.get(row.plan_id) or localtime.local_today(at=now)
        due = due_on(rules, row.due_date, today)
        dues[row.id] = (row, due)
        if row.mark_due is not None and row.mark_due != row.due_date:
            moved.append(row)
        officer_rule = due.officer_rule if (row.role == "lead" or rules.include_support) else None
        for rule in (officer_rule, due.escalation_rule):
            if rule is not None:
                wanted.append(
                    {
                        "id": uuid.uuid4(),
                        "assignment_id": row.id,
                        "rule": rule,
                        "due_date": row.due_date,
                        "plan_id": row.plan_id,
                        "state": "sent",
                        "created_at": now,
                    }
                )
        marks.append({"assignment_id": row.id, "due_date": row.due_date, "next_fire_on": due.next_fire_on})
    if moved:
        await _cancel_stale(session, moved, now)
        result.moved += len(moved)
    # Executemany (SQLAlchemy batches it into multi-row INSERTs of one cached shape): compiling
    # a fresh multi-VALUES statement per batch cost more than running it.
    inserted: list[tuple[uuid.UUID, str]] = []
    if wanted:
        ledger = cast(Table, Reminder.__table__)
        stmt = (
            insert(ledger)
            .on_conflict_do_nothing(index_elements=["assignment_id", "rule", "due_date"])
            .returning(ledger.c.assignment_id, ledger.c.rule)
        )
        inserted = [(r[0], r[1]) for r in (await session.execute(stmt, wanted)).all()]
    if inserted:
        result.notifications += await _notify(session, inserted, dues, result, now, email_on)
        result.reminders += len(inserted)
        result.sent.extend((a, rule, dues[a][0].due_date) for a, rule in inserted)
    if marks:
        upsert = insert(ReminderMark.__table__)
        upsert = upsert.on_conflict_do_update(
            index_elements=["assignment_id"],
            set_={"due_date": upsert.excluded.due_date, "next_fire_on": upsert.excluded.next_fire_on},
        )
        await session.execute(upsert, marks)
    await session.commit()


async def _cancel_stale(session: AsyncSession, moved: list[Any], now: dt.datetime) -> None:
    """A deadline moved: the old series stops — its ledger rows, held e-mails and unread reminders."""
    for row in moved:
        await session.execute(
            update(Reminder)
            .where(
                Reminder.assignment_id == row.id,
                Reminder.due_date != row.due_date,
                Reminder.state == "sent",
            )
            .values(state="cancelled")
        )
    ids = [str(row.id) for row in moved]
    new_due = {str(row.id): row.due_date.isoformat() for row in moved}
    stale = (
        await session.execute(
            select(Notification.id, Notification.subject_id, Notification.data).where(
                Notification.subject_type == "assignment",
                Notification.subject_id.in_(ids),
                Notification.kind.in_(REMINDER_KINDS),
                Notification.cancelled_at.is_(None),
            )
        )
    ).all()
    stale_ids = [n.id for n in stale if (n.data or {}).get("due_date") != new_due[n.subject_id]]
    if stale_ids:
        await cancel_notifications(session, stale_ids, now)


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


async def _notify(
    session: AsyncSession,
    inserted: list[tuple[uuid.UUID, str]],
    dues: dict[uuid.UUID, tuple[Any, Due]],
    result: ScanResult,
    now: dt.datetime,
    email_on: bool,
) -> int:
    rows = [dues[a][0] for a, _ in inserted]
    unit_ids = {r.unit_id for r in rows}
    titles = dict(
        (await session.execute(select(Task.id, Task.title).where(Task.id.in_({r.task_id for r in rows}))))
        .tuples()
        .all()
    )
    unit_names = dict(
        (await session.execute(select(Unit.id, Unit.name).where(Unit.id.in_(unit_ids)))).tuples().all()
    )
    officers = await people.officers_by_unit(session, unit_ids)
    escalating = {dues[a][0].unit_id for a, rule in inserted if rule.startswith("esc")}
    heads = await people.officers_by_unit(session, escalating, heads_only=True) if escalating else {}
    # Per scan, not per batch: who coordinates a plan does not change within a scan.
    coordinators = result.coordinators
    for a, rule in inserted:
        if rule.startswith("esc"):
            plan_id = dues[a][0].plan_id
            if plan_id not in coordinators:
                coordinators[plan_id] = await people.plan_coordinators(session, plan_id)
    everyone = {u for us in officers.values() for u in us} | {u for us in heads.values() for u in us}
    everyone |= {u for us in coordinators.values() for u in us}
    who = await people.load(session, everyone)
    out: list[dict[str, Any]] = []
    for a, rule in inserted:
        row = dues[a][0]
        days = int(rule.split("+")[-1]) if rule.startswith("esc") else int(rule[1:])
        params = {
            "task_id": row.task_id,
            "unit_id": row.unit_id,
            "assignment_id": row.id,
            "task_title": titles.get(row.task_id, ""),
            "unit_name": unit_names.get(row.unit_id, ""),
            "role": row.role,
            "due_date": row.due_date,
            "rule": rule,
            "days": abs(days),
        }
        if rule.startswith("esc"):
            kind = "escalation"
            targets = [*coordinators.get(row.plan_id, []), *heads.get(row.unit_id, [])]
        else:
            kind = kind_for_offset(days)
            targets = officers.get(row.unit_id, [])
        message = Message(
            kind=kind,
            subject_type="assignment",
            subject_id=str(row.id),
            plan_id=row.plan_id,
            link=assignment_link(row.task_id, row.unit_id),
            params=params,
            source_key=f"rem:{row.id.hex}:{rule}:{row.due_date.isoformat()}",
        )
        out.extend(
            rows_for(message, [who[u] for u in dict.fromkeys(targets) if u in who], email_on=email_on, at=now)
        )
    return await insert_rows(session, out)


async def forget_marks(session: AsyncSession, plan_id: uuid.UUID) -> None:
    """A plan's rules changed: every open assignment of it is looked at again on the next scan."""
    sub = select(Assignment.id).where(Assignment.plan_id == plan_id)
    await session.execute(delete(ReminderMark).where(ReminderMark.assignment_id.in_(sub)))
