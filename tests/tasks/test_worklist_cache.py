"""Worklist pages (/me/assignments) are cached per process while the unit's data version is
unchanged (tasks/worklist_cache.py, migration 0022): after every kind of change that shows
on a unit's worklist, each served page equals a fresh read."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import update

from plandesk.core import localtime
from plandesk.tasks import worklist, worklist_cache
from plandesk.tasks.models import Task
from tests.plans.factories import anchored
from tests.tasks.cached_pages import CachedPages

ME = "/api/v1/me/assignments"


def day(n: int) -> dt.date:
    return localtime.local_today() + dt.timedelta(days=n)


async def _etag(client, url, headers):
    return (await client.get(url, headers=headers)).headers["ETag"]


def Pages(client, headers, plan) -> CachedPages:  # type: ignore[no-untyped-def]
    requests: list[dict[str, Any]] = [
        {},
        {"limit": 2},
        {"plan_id": str(plan.id)},
        {"status": ["not_started", "in_progress"]},
    ]
    return CachedPages(client, headers, worklist_cache.pages, [(ME, params) for params in requests])


async def test_cached_worklists_stay_exact_after_every_kind_of_change(
    client, app, factory, plans, tasks, monkeypatch
):
    admin = await factory.actor("admin")
    h = admin.headers
    unit, other = await factory.unit("Ban Tuyên giáo"), await factory.unit("Huyện ủy A")
    officer = await factory.actor("unit_officer", unit)
    plan, second_plan = await plans.plan(), await plans.plan()
    m = await plans.milestone(plan, str(day(5)))
    phase = await plans.phase(plan)
    t1 = await tasks.task(plan, unit, [other], due=day(-3), title="Tọa đàm")
    t2 = await tasks.task(plan, other, [unit], due=anchored(m), title="Bản tin")
    t3 = await tasks.task(second_plan, unit, due=day(20), title="Pano")
    pages = Pages(client, officer.headers, plan)
    worklist_cache.pages.clear()
    current = await pages.all()

    computed = []
    real = worklist.my_assignments

    async def counting(*args, **kw):  # type: ignore[no-untyped-def]
        computed.append(1)
        return await real(*args, **kw)

    monkeypatch.setattr(worklist, "my_assignments", counting)
    assert await pages.all() == current
    assert computed == []
    monkeypatch.undo()

    # progress reported by the unit
    resp = await client.post(
        f"/api/v1/tasks/{t1.id}/updates",
        json={"status": "in_progress", "percent": 40},
        headers=officer.headers,
    )
    assert resp.status_code == 201, resp.text
    current = await pages.check(current)

    # a task renamed and moved to a phase (shown on the worklist, no assignment row changes)
    url = f"/api/v1/tasks/{t3.id}"
    resp = await client.patch(
        url, json={"title": "Pano, áp phích"}, headers={**h, "If-Match": await _etag(client, url, h)}
    )
    assert resp.status_code == 200, resp.text
    current = await pages.check(current)
    async with app.state.sessionmaker() as s:  # a direct Core UPDATE: the trigger sees it too
        await s.execute(update(Task).where(Task.id == t1.id).values(phase_id=phase.id))
        await s.commit()
    current = await pages.check(current)

    # a milestone moved under an anchored deadline (the unit supports t2)
    resp = await client.post(f"/api/v1/milestones/{m.id}/move", json={"date": str(day(-10))}, headers=h)
    assert resp.status_code == 200, resp.text
    current = await pages.check(current)

    # a new task for the unit in a third plan, then the unit taken off t2
    await tasks.task(await plans.plan(), unit, due=day(2), title="Hội nghị")
    current = await pages.check(current)
    url = f"/api/v1/tasks/{t2.id}"
    resp = await client.patch(
        url, json={"supporting_unit_ids": []}, headers={**h, "If-Match": await _etag(client, url, h)}
    )
    assert resp.status_code == 200, resp.text
    current = await pages.check(current)

    # a task deleted (its assignments go by cascade)
    url = f"/api/v1/tasks/{t1.id}"
    resp = await client.delete(url, headers={**h, "If-Match": await _etag(client, url, h)})
    assert resp.status_code == 204, resp.text
    await pages.check(current)


async def test_another_unit_s_worklist_is_not_served_from_this_one(client, factory, plans, tasks):
    a, b = await factory.unit("Ban A"), await factory.unit("Ban B")
    plan = await plans.plan()
    await tasks.task(plan, a, due=day(1), title="Việc của A")
    await tasks.task(plan, b, due=day(1), title="Việc của B")
    officer_a, officer_b = await factory.actor("unit_officer", a), await factory.actor("unit_officer", b)
    seen_a = (await client.get(ME, headers=officer_a.headers)).json()
    seen_b = (await client.get(ME, headers=officer_b.headers)).json()
    assert [i["title"] for i in seen_a["items"]] == ["Việc của A"]
    assert [i["title"] for i in seen_b["items"]] == ["Việc của B"]
