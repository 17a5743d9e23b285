"""A user's notifications: the list, the unread count (with a cheap ETag for polling), marking read."""

from __future__ import annotations

import hashlib
import uuid
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core import localtime
from plandesk.core.pagination import PageParams, SortKey, keyset, split_page
from plandesk.notifications.models import Notification

N = Notification
LIST_COLUMNS = (
    N.id,
    N.kind,
    N.subject_type,
    N.subject_id,
    N.plan_id,
    N.link,
    N.title,
    N.body,
    N.language,
    N.data,
    N.created_at,
    N.read_at,
    N.email_state,
)
KEYS = [SortKey(N.created_at, descending=True), SortKey(N.id, descending=True)]


def _visible(user_id: uuid.UUID) -> Any:
    return (N.user_id == user_id) & N.cancelled_at.is_(None)


async def list_for_user(
    session: AsyncSession, user_id: uuid.UUID, params: PageParams, *, unread: bool = False
) -> tuple[list[dict[str, Any]], str | None]:
    """Newest first; ``unread`` keeps only those not yet read."""
    stmt = select(*LIST_COLUMNS).where(_visible(user_id))
    if unread:
        stmt = stmt.where(N.read_at.is_(None))
    rows = [dict(r) for r in (await session.execute(keyset(stmt, KEYS, params))).mappings()]
    return split_page(rows, params, lambda r: (r["created_at"], r["id"]))


async def list_for_unit(
    session: AsyncSession, unit_id: uuid.UUID, params: PageParams
) -> tuple[list[dict[str, Any]], str | None]:
    """A unit's users' notifications (a push gateway's feed), newest first."""
    stmt = select(*LIST_COLUMNS, N.user_id, N.unit_id).where(N.unit_id == unit_id, N.cancelled_at.is_(None))
    rows = [dict(r) for r in (await session.execute(keyset(stmt, KEYS, params))).mappings()]
    return split_page(rows, params, lambda r: (r["created_at"], r["id"]))


async def unread_state(session: AsyncSession, user_id: uuid.UUID) -> tuple[int, str]:
    """The unread count and an ETag that changes whenever the bell would (one small query)."""
    count, newest = (
        await session.execute(
            select(func.count(), func.max(N.created_at)).where(_visible(user_id), N.read_at.is_(None))
        )
    ).one()
    raw = f"{user_id.hex}:{count}:{newest.isoformat() if newest else '-'}"
    return int(count), '"' + hashlib.sha256(raw.encode()).hexdigest()[:24] + '"'


async def mark_read(
    session: AsyncSession, user_id: uuid.UUID, ids: list[uuid.UUID] | None, everything: bool
) -> int:
    """Mark the caller's notifications read (``ids``, or all of them); commits. How many changed."""
    stmt = update(N).where(N.user_id == user_id, N.read_at.is_(None)).values(read_at=localtime.now())
    if not everything:
        if not ids:
            return 0
        stmt = stmt.where(N.id.in_(ids))
    result = await session.execute(stmt.execution_options(synchronize_session=False))
    await session.commit()
    return int(getattr(result, "rowcount", 0) or 0)
