"""Who coordinates a plan: the coordinators who run it ("đơn vị thường trực", its people).

A plan's coordinators manage the webhooks filtered to it and receive its escalations
(overdue items past the escalation threshold). A coordinator who creates a plan
coordinates it; admins and the plan's current coordinators change the list. Every
coordinator may still read and edit every plan (DESIGN.md's role table): the list says
who *runs* a plan, it is not a wall around it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core import audit
from plandesk.core.db import utcnow
from plandesk.core.errors import InvalidInput, PermissionDenied
from plandesk.core.events import Subject, emit
from plandesk.core.policy import Principal, Role
from plandesk.plans.models import Plan, PlanCoordinator
from plandesk.users.models import User


async def coordinator_ids(session: AsyncSession, plan_id: uuid.UUID) -> list[uuid.UUID]:
    """The plan's coordinators' user ids, in a stable order."""
    rows = await session.execute(
        select(PlanCoordinator.user_id)
        .where(PlanCoordinator.plan_id == plan_id)
        .order_by(PlanCoordinator.user_id)
    )
    return list(rows.scalars())


async def active_coordinators(session: AsyncSession, plan_id: uuid.UUID) -> list[User]:
    """The plan's coordinators who can still sign in (escalations go to them)."""
    rows = await session.execute(
        select(User)
        .join(PlanCoordinator, PlanCoordinator.user_id == User.id)
        .where(PlanCoordinator.plan_id == plan_id, User.active.is_(True))
        .order_by(User.full_name, User.id)
    )
    return list(rows.scalars())


async def coordinates(session: AsyncSession, principal: Principal, plan_id: uuid.UUID) -> bool:
    """Is ``principal`` (a signed-in user, not a service account) one of the plan's coordinators?"""
    if principal.is_service:
        return False
    found = await session.execute(
        select(PlanCoordinator.user_id).where(
            PlanCoordinator.plan_id == plan_id, PlanCoordinator.user_id == principal.id
        )
    )
    return found.first() is not None


async def may_manage(session: AsyncSession, principal: Principal, plan_id: uuid.UUID | None) -> bool:
    """May ``principal`` manage what concerns ``plan_id`` (its webhooks, its coordinator list)?

    Admins: every plan, and things that concern no plan. Coordinators: the plans they
    coordinate, never "all plans". Service accounts: nothing.
    """
    if principal.is_service:
        return False
    if principal.role == Role.admin:
        return True
    if plan_id is None or principal.role != Role.coordinator:
        return False
    return await coordinates(session, principal, plan_id)


async def _check_candidates(session: AsyncSession, user_ids: list[uuid.UUID]) -> None:
    if not user_ids:
        return
    rows = await session.execute(select(User.id, User.role, User.active).where(User.id.in_(user_ids)))
    found = {r.id: r for r in rows}
    errors = []
    for i, uid in enumerate(user_ids):
        row = found.get(uid)
        if row is None:
            errors.append({"loc": ["body", "user_ids", i], "msg": "unknown user", "type": "unknown_user"})
        elif row.role != Role.coordinator or not row.active:
            errors.append(
                {
                    "loc": ["body", "user_ids", i],
                    "msg": "not an active coordinator",
                    "type": "not_a_coordinator",
                }
            )
    if errors:
        raise InvalidInput("Only active coordinators can coordinate a plan.", errors=errors)


async def add_creator(session: AsyncSession, actor: Principal | None, plan_id: uuid.UUID) -> None:
    """A coordinator who creates a plan coordinates it (admins and the importer's system user don't)."""
    if actor is not None and not actor.is_service and actor.role == Role.coordinator:
        session.add(PlanCoordinator(plan_id=plan_id, user_id=actor.id))


async def set_coordinators(
    session: AsyncSession, actor: Principal, plan: Plan, user_ids: Iterable[uuid.UUID]
) -> list[uuid.UUID]:
    """Replace the plan's coordinators; admins, or one of its coordinators (or anyone who may
    write plans while it has none) may. Bumps the plan's version (its ETag changes)."""
    given = list(user_ids)
    wanted = sorted(set(given))
    current = await coordinator_ids(session, plan.id)
    if not (
        current == [] and actor.role == Role.coordinator and not actor.is_service
    ) and not await may_manage(session, actor, plan.id):
        raise PermissionDenied(
            "Only an admin or one of the plan's coordinators may change who coordinates it."
        )
    await _check_candidates(session, given)
    if wanted == current:
        return current
    await session.execute(delete(PlanCoordinator).where(PlanCoordinator.plan_id == plan.id))
    session.add_all(PlanCoordinator(plan_id=plan.id, user_id=uid) for uid in wanted)
    plan.updated_at = utcnow()  # dirties the row: its version, and so its ETag, moves on
    change = {"coordinator_ids": {"before": [str(u) for u in current], "after": [str(u) for u in wanted]}}
    audit.record(session, actor, "plan.coordinators_changed", "plan", plan.id, change)
    emit(session, "plan.updated", Subject("plan", plan.id), {"changes": change}, plan_id=plan.id)
    await session.commit()
    return wanted
