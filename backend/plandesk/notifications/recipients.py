"""Who is told: a unit's officers, its head, a plan's coordinators, the moderators, with their preferences."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core.policy import Role
from plandesk.notifications.models import NotificationPreference
from plandesk.plans.models import PlanCoordinator
from plandesk.users.models import User


@dataclass(frozen=True)
class Recipient:
    user_id: uuid.UUID
    unit_id: uuid.UUID | None
    language: str = "vi"
    email_mode: str = "immediate"
    kinds: dict[str, Any] = field(default_factory=dict)
    quiet_start_hour: int | None = None
    quiet_end_hour: int | None = None


async def officers_by_unit(
    session: AsyncSession, unit_ids: Iterable[uuid.UUID], *, heads_only: bool = False
) -> dict[uuid.UUID, list[uuid.UUID]]:
    """Active officers of each unit (with ``heads_only``: the users flagged ``unit_head``, any role)."""
    ids = list(set(unit_ids))
    if not ids:
        return {}
    stmt = select(User.id, User.unit_id).where(User.active.is_(True), User.unit_id.in_(ids))
    stmt = stmt.where(User.unit_head.is_(True)) if heads_only else stmt.where(User.role == Role.unit_officer)
    found: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for user_id, unit_id in (await session.execute(stmt)).all():
        if unit_id is not None:
            found[unit_id].append(user_id)
    return dict(found)


async def plan_coordinators(session: AsyncSession, plan_id: uuid.UUID | None) -> list[uuid.UUID]:
    """The active coordinators who run a plan (``plans.coordinators``); for what concerns no plan
    (a consultation), every active coordinator."""
    stmt = select(User.id).where(User.active.is_(True), User.role == Role.coordinator)
    if plan_id is not None:
        stmt = stmt.join(PlanCoordinator, PlanCoordinator.user_id == User.id).where(
            PlanCoordinator.plan_id == plan_id
        )
    return list((await session.execute(stmt.order_by(User.id))).scalars())


async def moderators(session: AsyncSession) -> list[uuid.UUID]:
    rows = await session.execute(select(User.id).where(User.active.is_(True), User.role == Role.moderator))
    return list(rows.scalars())


async def load(session: AsyncSession, user_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Recipient]:
    """The recipients with their preferences (defaults where they set none)."""
    ids = list(set(user_ids))
    out: dict[uuid.UUID, Recipient] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = await session.execute(
            select(
                User.id,
                User.unit_id,
                NotificationPreference.language,
                NotificationPreference.email_mode,
                NotificationPreference.kinds,
                NotificationPreference.quiet_start_hour,
                NotificationPreference.quiet_end_hour,
            )
            .outerjoin(NotificationPreference, NotificationPreference.user_id == User.id)
            .where(User.id.in_(chunk), User.active.is_(True))
        )
        for row in rows.all():
            out[row.id] = Recipient(
                user_id=row.id,
                unit_id=row.unit_id,
                language=row.language or "vi",
                email_mode=row.email_mode or "immediate",
                kinds=row.kinds or {},
                quiet_start_hour=row.quiet_start_hour,
                quiet_end_hour=row.quiet_end_hour,
            )
    return out
