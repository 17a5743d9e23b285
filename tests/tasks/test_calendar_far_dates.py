"""The calendar feed takes any date the database holds (issue #9, item 5): a task or
milestone stored on the last day Python knows (before inputs were bounded) is no 500."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update

from plandesk.plans.models import Milestone
from plandesk.tasks.models import Task


async def test_feed_answers_with_a_task_due_on_the_last_representable_day(
    client, factory, plans, tasks, session
):
    viewer = await factory.actor("viewer")
    plan = await plans.plan()
    unit = await factory.unit()
    milestone = await plans.milestone(plan)
    task = await tasks.task(plan, unit, due="2020-04-15")
    async with session.begin():
        await session.execute(
            update(Task).where(Task.id == task.id).values(due_date=dt.date.max, title="Hạn\x03 cuối")
        )
        await session.execute(
            update(Milestone).where(Milestone.id == milestone.id).values(range_end=dt.date.max)
        )
    token = (await client.post("/api/v1/me/feed-token", headers=viewer.headers)).json()["token"]
    resp = await client.get(f"/api/v1/plans/{plan.id}/calendar.ics", params={"token": token})
    assert resp.status_code == 200, resp.text
    assert "DTSTART;VALUE=DATE:99991231" in resp.text and "\x03" not in resp.text


async def test_dashboard_answers_with_a_task_due_on_the_last_representable_day(
    client, factory, plans, tasks, session
):
    viewer = await factory.actor("viewer")
    plan = await plans.plan()
    unit = await factory.unit()
    task = await tasks.task(plan, unit, due="2020-04-15")
    async with session.begin():
        await session.execute(update(Task).where(Task.id == task.id).values(due_date=dt.date.max))
    resp = await client.get(f"/api/v1/plans/{plan.id}/dashboard", headers=viewer.headers)
    assert resp.status_code == 200, resp.text
