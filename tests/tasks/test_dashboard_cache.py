"""The dashboard is cached per process while the plan's data version is unchanged: after
every kind of change, the served figures equal a fresh computation (and did change)."""

from __future__ import annotations

import datetime as dt
import uuid

import orjson
from sqlalchemy import select, update

from plandesk.core.conditional import weak_etag
from plandesk.tasks import dashboard, dashboard_cache
from plandesk.tasks.models import ReadVersion, Task
from plandesk.tasks.router import _render
from tests.plans.factories import anchored

TODAY = dt.date(2020, 6, 1)


def day(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


async def _served(client, headers, plan_id, today=TODAY):
    resp = await client.get(
        f"/api/v1/plans/{plan_id}/dashboard", params={"today": str(today)}, headers=headers
    )
    assert resp.status_code == 200, resp.text
    assert resp.headers["ETag"] == weak_etag(resp.content)  # stored with the body, still its own
    return resp.json()


async def _fresh(app, plan_id, today=TODAY):
    async with app.state.sessionmaker() as s:
        return orjson.loads(_render(await dashboard.plan_dashboard(s, plan_id, today)))


async def _check(client, app, headers, plan_id, before, today=TODAY):
    """Served == freshly computed, different from ``before``; returns the figures."""
    served = await _served(client, headers, plan_id, today)
    assert served == await _fresh(app, plan_id, today)
    assert served != before
    # Served again from the cache (same bytes), which holds this version.
    assert await _served(client, headers, plan_id, today) == served
    assert plan_id in dashboard_cache._cache
    return served


async def _etag(client, url, headers):
    return (await client.get(url, headers=headers)).headers["ETag"]


async def test_cached_figures_stay_exact_after_every_kind_of_change(
    client, app, factory, plans, tasks, monkeypatch
):
    admin = await factory.actor("admin")
    h = admin.headers
    lead, other, third = (
        await factory.unit("Ban Tuyên giáo"),
        await factory.unit("Huyện ủy A"),
        await factory.unit(),
    )
    officer = await factory.actor("unit_officer", lead)
    plan = await plans.plan()
    m = await plans.milestone(plan, "2020-06-05")
    phase = await plans.phase(plan)
    t1 = await tasks.task(plan, lead, [other], due=day(-3), phase_id=phase.id)
    t2 = await tasks.task(plan, lead, due=anchored(m))
    t3 = await tasks.task(plan, other, due=day(20))

    figures = await _served(client, h, plan.id)
    assert figures == await _fresh(app, plan.id)
    computed = []
    real = dashboard.plan_dashboard

    async def counting(*args, **kw):  # type: ignore[no-untyped-def]
        computed.append(1)
        return await real(*args, **kw)

    monkeypatch.setattr(dashboard, "plan_dashboard", counting)
    assert await _served(client, h, plan.id) == figures
    assert computed == []  # the second read is served from the cache
    monkeypatch.undo()

    # assign: a supporting unit added to a task
    url = f"/api/v1/tasks/{t3.id}"
    resp = await client.patch(
        url,
        json={"supporting_unit_ids": [str(third.id)]},
        headers={**h, "If-Match": await _etag(client, url, h)},
    )
    assert resp.status_code == 200, resp.text
    figures = await _check(client, app, h, plan.id, figures)

    # progress reported by the unit
    resp = await client.post(
        f"/api/v1/tasks/{t1.id}/updates",
        json={"status": "in_progress", "percent": 40},
        headers=officer.headers,
    )
    assert resp.status_code == 201, resp.text
    figures = await _check(client, app, h, plan.id, figures)

    # progress: done
    resp = await client.post(
        f"/api/v1/tasks/{t2.id}/updates", json={"status": "done", "percent": 100}, headers=officer.headers
    )
    assert resp.status_code == 201, resp.text
    figures = await _check(client, app, h, plan.id, figures)

    # cancel an assignment
    a_url = f"/api/v1/tasks/{t3.id}/assignments/{other.id}"
    resp = await client.patch(
        a_url, json={"status": "cancelled"}, headers={**h, "If-Match": await _etag(client, a_url, h)}
    )
    assert resp.status_code == 200, resp.text
    figures = await _check(client, app, h, plan.id, figures)

    # move a deadline
    url = f"/api/v1/tasks/{t1.id}"
    resp = await client.patch(
        url,
        json={"due": {"kind": "fixed", "date": str(day(3))}},
        headers={**h, "If-Match": await _etag(client, url, h)},
    )
    assert resp.status_code == 200, resp.text
    figures = await _check(client, app, h, plan.id, figures)

    # move a milestone a task's deadline is anchored to (t2 is done: reopen another one on it)
    t4 = await tasks.task(plan, third, due=anchored(m))
    figures = await _check(client, app, h, plan.id, figures)
    resp = await client.post(f"/api/v1/milestones/{m.id}/move", json={"date": "2020-05-20"}, headers=h)
    assert resp.status_code == 200, resp.text
    figures = await _check(client, app, h, plan.id, figures)
    assert figures["deadlines"]["overdue"] >= 1

    # rename the phase (its title is on the dashboard)
    p_url = f"/api/v1/phases/{phase.id}"
    resp = await client.patch(
        p_url, json={"title": "Giai đoạn mới"}, headers={**h, "If-Match": await _etag(client, p_url, h)}
    )
    assert resp.status_code == 200, resp.text
    figures = await _check(client, app, h, plan.id, figures)

    # rename a unit (the scoreboard shows its name): no plan row changes
    u_url = f"/api/v1/units/{third.id}"
    resp = await client.patch(
        u_url, json={"name": "Đảng ủy Khối"}, headers={**h, "If-Match": await _etag(client, u_url, h)}
    )
    assert resp.status_code == 200, resp.text
    figures = await _check(client, app, h, plan.id, figures)

    # a direct Core UPDATE (no service layer) is seen too: the trigger fires on every write path
    async with app.state.sessionmaker() as s:
        await s.execute(update(Task).where(Task.id == t4.id).values(due_date=day(60)))
        await s.commit()
    figures = await _check(client, app, h, plan.id, figures)

    # delete a task
    url = f"/api/v1/tasks/{t1.id}"
    resp = await client.delete(url, headers={**h, "If-Match": await _etag(client, url, h)})
    assert resp.status_code == 204, resp.text
    figures = await _check(client, app, h, plan.id, figures)

    # another day: computed for that day, and each day's answer is kept apart
    other_day = await _check(client, app, h, plan.id, figures, today=day(40))
    assert await _served(client, h, plan.id) == figures
    assert other_day["today"] == str(day(40))


async def test_unit_group_membership_updates_the_cached_figures(client, app, factory, plans):
    admin = await factory.actor("admin")
    h = admin.headers
    unit = await factory.unit("Huyện ủy Lắk")
    plan = await plans.plan()
    resp = await client.post("/api/v1/unit-groups", json={"name": "Các huyện ủy", "unit_ids": []}, headers=h)
    group = resp.json()["id"]
    resp = await client.post(
        f"/api/v1/plans/{plan.id}/tasks",
        json={
            "title": "Tuyên truyền",
            "lead_group_id": group,
            "due": {"kind": "fixed", "date": str(day(-5))},
        },
        headers=h,
    )
    assert resp.status_code == 201, resp.text
    figures = await _served(client, h, plan.id)
    assert figures["deadlines"]["overdue"] == 0 and figures["deadlines"]["no_deadline"] == 1
    assert plan.id in dashboard_cache._cache
    g_url = f"/api/v1/unit-groups/{group}"
    resp = await client.patch(
        g_url, json={"unit_ids": [str(unit.id)]}, headers={**h, "If-Match": await _etag(client, g_url, h)}
    )
    assert resp.status_code == 200, resp.text
    figures = await _check(client, app, h, plan.id, figures)
    assert figures["deadlines"]["overdue"] == 1


async def test_a_write_committed_by_another_process_is_seen(client, app, factory, plans, tasks):
    """The version lives in the database: a write this process never saw still changes it."""
    viewer = await factory.actor("viewer")
    unit = await factory.unit()
    plan = await plans.plan()
    task = await tasks.task(plan, unit, due=day(5))
    async with app.state.sessionmaker() as s:
        before_version = await s.scalar(select(ReadVersion.version).where(ReadVersion.plan_id == plan.id))
    figures = await _served(client, viewer.headers, plan.id)
    # tasks.set_assignment writes with Core in its own session, bypassing every service hook.
    await tasks.set_assignment(task, unit, "done", completed_on=day(-1))
    async with app.state.sessionmaker() as s:
        after_version = await s.scalar(select(ReadVersion.version).where(ReadVersion.plan_id == plan.id))
    assert before_version is not None and after_version != before_version
    figures = await _check(client, app, viewer.headers, plan.id, figures)
    assert figures["deadlines"]["done_on_time"] == 1


async def test_unknown_plan_is_404_and_a_deleted_plan_is_not_served_from_the_cache(client, factory, plans):
    admin = await factory.actor("admin")
    await factory.unit()
    resp = await client.get(f"/api/v1/plans/{uuid.uuid4()}/dashboard", headers=admin.headers)
    assert resp.status_code == 404
    plan = await plans.plan()
    assert (await client.get(f"/api/v1/plans/{plan.id}/dashboard", headers=admin.headers)).status_code == 200
    assert plan.id in dashboard_cache._cache
    url = f"/api/v1/plans/{plan.id}"
    resp = await client.delete(
        url, headers={**admin.headers, "If-Match": await _etag(client, url, admin.headers)}
    )
    assert resp.status_code == 204, resp.text
    assert (await client.get(f"/api/v1/plans/{plan.id}/dashboard", headers=admin.headers)).status_code == 404
