"""Writing notifications: one row per recipient, in their language, routed by their preferences.

``dedupe_key`` (the source — an event id or a reminder key — and the user) is unique, and
rows go in with ``ON CONFLICT DO NOTHING``: a consumer that runs twice writes nothing twice.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core import localtime
from plandesk.core.audit import _plain
from plandesk.notifications.kinds import KINDS, date_text, render
from plandesk.notifications.models import Notification
from plandesk.notifications.recipients import Recipient


@dataclass(frozen=True)
class Message:
    """What to tell (the same for every recipient; the text is rendered per language)."""

    kind: str
    subject_type: str
    subject_id: str
    plan_id: uuid.UUID | None
    link: str
    params: dict[str, Any]
    source_key: str  # the event id or reminder key: with the user, the dedupe key


def wants(recipient: Recipient, kind: str) -> tuple[bool, bool]:
    """(in the app, by e-mail) for ``kind``, from the kind's defaults and the user's choices."""
    spec = KINDS[kind]
    chosen = recipient.kinds.get(kind) or {}
    in_app = bool(chosen.get("in_app", spec.in_app))
    email = bool(chosen.get("email", spec.email)) and recipient.email_mode != "off"
    return in_app, email


def quiet_until(recipient: Recipient, at: dt.datetime) -> dt.datetime | None:
    """When quiet hours end, if ``at`` falls within them (local hours, may wrap midnight)."""
    start, end = recipient.quiet_start_hour, recipient.quiet_end_hour
    if start is None or end is None or start == end:
        return None
    local = at.astimezone(localtime.zone())
    hour = local.hour
    inside = start <= hour < end if start < end else (hour >= start or hour < end)
    if not inside:
        return None
    return quiet_end(end, at)


def quiet_end(end: int, at: dt.datetime) -> dt.datetime:
    """The next ``end`` o'clock (local) from ``at``: when quiet hours ending then are over."""
    local = at.astimezone(localtime.zone())
    day = local.date() if local.hour < end else local.date() + dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time(end), tzinfo=localtime.zone()).astimezone(dt.UTC)


def _texts(message: Message, language: str) -> tuple[str, str]:
    params = dict(message.params)
    if "due_date" in params and "due_text" not in params:
        params["due_text"] = date_text(params["due_date"], language)
    if "before_date" in params and "before_text" not in params:
        params["before_text"] = date_text(params["before_date"], language)
    return render(message.kind, language, params)


def rows_for(
    message: Message, recipients: Iterable[Recipient], *, email_on: bool, at: dt.datetime | None = None
) -> list[dict[str, Any]]:
    """The notification rows for ``recipients`` (nobody who muted the kind)."""
    now = at or localtime.now()
    rows: list[dict[str, Any]] = []
    data = _plain(dict(message.params))
    for recipient in recipients:
        in_app, email = wants(recipient, message.kind)
        if not in_app and not email:
            continue
        title, body = _texts(message, recipient.language)
        state = "none"
        if email and email_on:
            state = "digest" if recipient.email_mode == "digest" else "pending"
        rows.append(
            {
                "id": uuid.uuid4(),
                "user_id": recipient.user_id,
                "unit_id": recipient.unit_id,
                "kind": message.kind,
                "subject_type": message.subject_type,
                "subject_id": message.subject_id,
                "plan_id": message.plan_id,
                "link": message.link,
                "title": title,
                "body": body,
                "language": recipient.language,
                "data": data,
                "created_at": now,
                # Not wanted in the app: kept (the e-mail refers to it) but never rings the bell.
                "read_at": None if in_app else now,
                "cancelled_at": None,
                "email_state": state,
                "deliver_after": quiet_until(recipient, now) if state == "pending" else None,
                "emailed_at": None,
                "dedupe_key": f"{message.source_key}:{recipient.user_id.hex}"[:200],
            }
        )
    return rows


async def insert_rows(session: AsyncSession, rows: Sequence[dict[str, Any]]) -> int:
    """Insert notification rows, skipping any already written; how many were new."""
    if not rows:
        return 0
    conn = await session.connection()
    insert = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
    # Executemany: one statement shape (cached), batched by SQLAlchemy's insertmanyvalues.
    # The Core table, not the ORM entity: the ORM's bulk path costs more than the database.
    table = cast(Table, Notification.__table__)
    stmt = insert(table).on_conflict_do_nothing(index_elements=["dedupe_key"]).returning(table.c.id)
    return len((await session.execute(stmt, list(rows))).all())


def assignment_link(task_id: Any, unit_id: Any) -> str:
    return f"/tasks/{task_id}?unit={unit_id}"
