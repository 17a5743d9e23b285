"""The iCalendar feed of a plan (RFC 5545) and the per-user feed tokens that open it.

Calendar apps cannot send bearer headers, so the feed URL carries a token.
Only the token's SHA-256 digest is stored (``users.feed_token_hash``); rotating
it replaces the digest and the old URL stops working at once.

Deadlines and milestones are all-day events with ``VALUE=DATE`` start and
(exclusive) end: "floating" calendar days, which Google Calendar, Outlook and
Apple Calendar show on that same day whatever the viewer's zone — a deadline of
15/3 stays on 15/3. The days are already local to the plan (see core.localtime);
``X-WR-TIMEZONE`` names the plan's zone for clients that label the calendar with
it, and no VTIMEZONE is needed as no event carries a local time. An event's
standing (overdue, done late) is as of today in the plan's zone.
"""

from __future__ import annotations

import datetime as dt
import uuid

from icalendar import Calendar, Event
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core import localtime
from plandesk.core.errors import InvalidInput, NotAuthenticated, PermissionDenied
from plandesk.core.policy import Permission, Principal
from plandesk.core.security import opaque_token, token_digest
from plandesk.core.text import xml_safe
from plandesk.plans import crud as plan_crud
from plandesk.plans import milestones as plan_milestones
from plandesk.tasks.models import Assignment, Task
from plandesk.units import service as units_service
from plandesk.users import service as users_service

UID_DOMAIN = "plandesk"
STATUS_LABELS = {
    "not_started": "chưa thực hiện",
    "in_progress": "đang thực hiện",
    "done": "hoàn thành",
    "blocked": "vướng mắc",
    "cancelled": "đã huỷ",
}


def standing(due: dt.date, status: str, completed_on: dt.date | None, today: dt.date) -> str | None:
    """How a deadline stands as of ``today`` (local dates): "quá hạn", "hoàn thành muộn" or None."""
    if status == "done":
        return "hoàn thành muộn" if completed_on is not None and completed_on > due else None
    if status != "cancelled" and due < today:
        return "quá hạn"
    return None


async def rotate_feed_token(session: AsyncSession, principal: Principal, nbytes: int) -> str:
    """Issue a new feed token for the calling user (the previous one stops working)."""
    if principal.is_service:
        raise InvalidInput("Service accounts have no calendar feed; read the API instead.")
    token = opaque_token(nbytes)
    await users_service.set_feed_token_digest(session, principal, principal.id, token_digest(token))
    return token


async def revoke_feed_token(session: AsyncSession, principal: Principal) -> None:
    if principal.is_service:
        raise InvalidInput("Service accounts have no calendar feed.")
    await users_service.set_feed_token_digest(session, principal, principal.id, None)


async def principal_for_feed_token(session: AsyncSession, token: str | None) -> Principal:
    """The user a feed token belongs to; 401 for a missing, unknown or rotated token."""
    principal = (
        await users_service.principal_for_feed_token_digest(session, token_digest(token)) if token else None
    )
    if principal is None:
        raise NotAuthenticated("The calendar feed token is missing, unknown or has been rotated.")
    if not principal.can(Permission.calendar_read) or not principal.can(Permission.tasks_read):
        raise PermissionDenied("Your role may not read calendars.")
    return principal


def _all_day(event: Event, first: dt.date, last: dt.date) -> None:
    event.add("dtstart", first)
    # DTEND of an all-day event is exclusive; dates stored before inputs were bounded can
    # sit on date.max, where "+ 1 day" overflows: such an event ends on its last day.
    try:
        end = last + dt.timedelta(days=1)
    except OverflowError:
        end = last
    event.add("dtend", end)


def _text(value: str | None) -> str:
    """Stored text as iCalendar text: nothing a calendar parser could choke on."""
    return xml_safe(value or "").replace("\x7f", "")


async def plan_calendar(session: AsyncSession, plan_id: uuid.UUID, unit_id: uuid.UUID | None = None) -> bytes:
    """The plan's milestones and task deadlines as an iCalendar document.

    With ``unit_id``: only the deadlines of tasks that unit owes (milestones stay).
    """
    plan = await plan_crud.get_plan(session, plan_id)
    milestones = await plan_milestones.milestones_between(session, plan_id, None, None)
    stmt = (
        select(
            Task.id,
            Task.title,
            Task.due_date,
            Task.status,
            Task.completed_on,
            Task.lead_unit_id,
            Task.source_section,
        )
        .where(Task.plan_id == plan_id, Task.due_date.is_not(None))
        .order_by(Task.due_date, Task.id)
    )
    if unit_id is not None:
        stmt = stmt.where(
            Task.id.in_(
                select(Assignment.task_id).where(
                    Assignment.unit_id == unit_id, Assignment.status != "cancelled"
                )
            )
        )
    tasks = (await session.execute(stmt)).all()
    names = await units_service.unit_names(session, [t.lead_unit_id for t in tasks])

    cal = Calendar()
    cal.add("prodid", "-//PlanDesk//Plan calendar//VI")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", _text(f"{plan.code} — {plan.title}")[:250])
    zone = localtime.zone_name(plan.timezone)
    cal.add("x-wr-timezone", zone)
    stamp = localtime.now()
    today = localtime.local_today(zone, at=stamp)
    for m in milestones:
        event = Event()
        event.add("uid", f"milestone-{m['id']}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        event.add("summary", _text(m["title"])[:500])
        _all_day(event, m["range_start"], m["range_end"])
        event.add("categories", ["milestone", m["kind"]])
        if m["status"] == "done":
            event.add("status", "CONFIRMED")
        cal.add_component(event)
    for t in tasks:
        event = Event()
        event.add("uid", f"task-{t.id}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        prefix = f"[{t.source_section}] " if t.source_section else ""
        event.add("summary", _text(f"Hạn: {prefix}{t.title}")[:500])
        lead = names.get(t.lead_unit_id, ("", None))[0]
        state = STATUS_LABELS.get(t.status, t.status)
        late = standing(t.due_date, t.status, t.completed_on, today)
        event.add(
            "description", _text(f"Chủ trì: {lead}\nTình trạng: {state}" + (f" ({late})" if late else ""))
        )
        _all_day(event, t.due_date, t.due_date)
        event.add("categories", ["deadline"])
        if t.status == "cancelled":
            event.add("status", "CANCELLED")
        cal.add_component(event)
    return bytes(cal.to_ical())
