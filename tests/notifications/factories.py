"""A plan with one task owed by one unit: its officer, its head, a coordinator."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from plandesk.notifications.models import Notification, NotificationPreference, Reminder
from plandesk.plans.models import Plan, PlanCoordinator
from plandesk.tasks.models import Assignment, Task
from plandesk.units.models import Unit
from plandesk.users.models import User

OFFICER = "officer.a@example.org"
HEAD = "head.a@example.org"
COORDINATOR = "coordinator@example.org"


@dataclass
class World:
    plan: Plan
    unit: Unit
    officer: Any  # tests.factories.Actor
    head: Any
    coordinator: Any
    task: Task
    assignment_id: uuid.UUID


async def make_world(factory: Any, plans: Any, tasks: Any, due: Any) -> World:
    plan = await plans.plan()
    unit = await factory.unit("Ban Tuyên giáo huyện")
    officer = await factory.actor("unit_officer", unit, email=OFFICER, full_name="Nguyễn Văn An")
    head = await factory.actor("viewer", unit, email=HEAD, full_name="Trần Thị Bình", unit_head=True)
    coordinator = await factory.actor("coordinator", email=COORDINATOR, full_name="Lê Điều Phối")
    task = await tasks.task(plan, unit, due=due, title="Tuyên truyền Đại hội XIII")
    await coordinate(factory.sessionmaker, plan, coordinator.user)
    async with factory.sessionmaker() as s:
        assignment_id = (
            await s.execute(select(Assignment.id).where(Assignment.task_id == task.id))
        ).scalar_one()
    return World(plan, unit, officer, head, coordinator, task, assignment_id)


async def coordinate(sessionmaker: Any, plan: Plan, user: User) -> None:
    """Make ``user`` one of the plan's coordinators (escalations and progress go to them)."""
    async with sessionmaker() as s:
        s.add(PlanCoordinator(plan_id=plan.id, user_id=user.id))
        await s.commit()


async def notifications_of(
    sessionmaker: Any, user: User, *, include_cancelled: bool = False
) -> list[Notification]:
    async with sessionmaker() as s:
        stmt = select(Notification).where(Notification.user_id == user.id).order_by(Notification.created_at)
        if not include_cancelled:
            stmt = stmt.where(Notification.cancelled_at.is_(None))
        return list((await s.execute(stmt)).scalars())


async def ledger(sessionmaker: Any, assignment_id: uuid.UUID) -> list[tuple[str, dt.date, str]]:
    async with sessionmaker() as s:
        rows = await s.execute(
            select(Reminder.rule, Reminder.due_date, Reminder.state)
            .where(Reminder.assignment_id == assignment_id)
            .order_by(Reminder.created_at, Reminder.rule)
        )
        return [tuple(r) for r in rows.all()]  # type: ignore[misc]


async def set_preferences(sessionmaker: Any, user: User, **values: Any) -> None:
    async with sessionmaker() as s:
        s.add(NotificationPreference(user_id=user.id, kinds={}, **values))
        await s.commit()
