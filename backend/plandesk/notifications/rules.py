"""A plan's reminder schedule, editable by its coordinators."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core import audit
from plandesk.core.concurrency import check_if_match
from plandesk.core.errors import NotFound, PermissionDenied
from plandesk.core.policy import Principal
from plandesk.notifications.models import ReminderRuleSet
from plandesk.notifications.scan import forget_marks
from plandesk.notifications.schedule import DEFAULT_RULES
from plandesk.plans.coordinators import may_manage
from plandesk.plans.models import Plan

FIELDS = ("offsets", "weekly_overdue", "escalate_after_days", "include_support")


def view(plan_id: uuid.UUID, rules: ReminderRuleSet | None) -> dict[str, Any]:
    if rules is None:
        return {
            "plan_id": plan_id,
            "offsets": list(DEFAULT_RULES.offsets),
            "weekly_overdue": DEFAULT_RULES.weekly_overdue,
            "escalate_after_days": DEFAULT_RULES.escalate_after_days,
            "include_support": DEFAULT_RULES.include_support,
            "is_default": True,
        }
    return {"plan_id": plan_id, **{f: getattr(rules, f) for f in FIELDS}, "is_default": False}


async def ensure_plan(session: AsyncSession, plan_id: uuid.UUID) -> None:
    """404 unless the plan exists (read here: the plans package is being split by concept)."""
    if await session.scalar(select(Plan.id).where(Plan.id == plan_id)) is None:
        raise NotFound("plan", plan_id)


async def get(session: AsyncSession, plan_id: uuid.UUID) -> ReminderRuleSet | None:
    await ensure_plan(session, plan_id)
    return await session.get(ReminderRuleSet, plan_id)


async def put(
    session: AsyncSession, actor: Principal, plan_id: uuid.UUID, if_match: str, data: dict[str, Any]
) -> ReminderRuleSet:
    """Replace the plan's schedule (admins, the plan's coordinators); the next scan re-plans it."""
    await ensure_plan(session, plan_id)
    if not await may_manage(session, actor, plan_id):
        raise PermissionDenied("Only the plan's coordinators (or an admin) change its reminder schedule.")
    rules = await session.get(ReminderRuleSet, plan_id)
    check_if_match(if_match, plan_id, rules.version if rules else 0)
    before = view(plan_id, rules)
    data = {**data, "offsets": sorted(set(data["offsets"]))}
    if rules is None:
        rules = ReminderRuleSet(plan_id=plan_id)
        session.add(rules)
    for field in FIELDS:
        setattr(rules, field, data[field])
    audit.record(
        session,
        actor,
        "plan.reminder_rules_changed",
        "plan",
        plan_id,
        audit.diff({f: before[f] for f in FIELDS}, {f: data[f] for f in FIELDS}),
    )
    await forget_marks(session, plan_id)
    await session.commit()
    return rules
