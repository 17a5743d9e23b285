"""``GET /me/assignments``: my unit's work, overdue first, then by due date."""

from __future__ import annotations

import datetime as dt

from plandesk.core import localtime

TODAY = localtime.local_today()  # where the plans are issued, not the machine's UTC date


def days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


async def test_overdue_first_then_by_due_date_undated_last(client, factory, plans, tasks):
    unit, other = await factory.unit(), await factory.unit()
    officer = await factory.actor("unit_officer", unit)
    plan = await plans.plan()
    await tasks.task(plan, unit, due=days(3), title="Sắp tới")
    await tasks.task(plan, other, [unit], due=days(-5), title="Quá hạn, hỗ trợ")
    await tasks.task(plan, unit, title="Không hạn")
    done = await tasks.task(plan, unit, due=days(-10), title="Xong rồi")
    await tasks.set_assignment(done, unit, "done")
    await tasks.task(plan, other, due=days(-20), title="Của đơn vị khác")
    resp = await client.get("/api/v1/me/assignments", headers=officer.headers)
    assert resp.status_code == 200, resp.text
    items = resp.json()["items"]
    assert [(i["title"], i["overdue"]) for i in items] == [
        ("Quá hạn, hỗ trợ", True),
        ("Xong rồi", False),
        ("Sắp tới", False),
        ("Không hạn", False),
    ]
    assert items[0]["role"] == "support" and items[0]["unit_id"] == str(unit.id)


async def test_pagination_follows_the_same_order(client, factory, plans, tasks):
    unit = await factory.unit()
    officer = await factory.actor("unit_officer", unit)
    plan = await plans.plan()
    for i in range(5):
        # Two undated tasks: with pages of 2, the second page ends on one of them.
        await tasks.task(plan, unit, due=days(i - 2) if i < 3 else None, title=f"Việc {i}")
    titles, cursor = [], None
    while True:
        params = {"limit": 2} | ({"cursor": cursor} if cursor else {})
        page = (await client.get("/api/v1/me/assignments", params=params, headers=officer.headers)).json()
        titles += [i["title"] for i in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert titles[:3] == ["Việc 0", "Việc 1", "Việc 2"]
    assert sorted(titles[3:]) == ["Việc 3", "Việc 4"]  # undated last, in id order


async def test_filters_by_plan_and_status(client, factory, plans, tasks):
    unit = await factory.unit()
    officer = await factory.actor("unit_officer", unit)
    plan, other = await plans.plan(), await plans.plan()
    t = await tasks.task(plan, unit, title="Đang làm")
    await tasks.set_assignment(t, unit, "in_progress", 10)
    await tasks.task(other, unit, title="Kế hoạch khác")
    resp = await client.get(
        "/api/v1/me/assignments", params={"plan_id": str(plan.id)}, headers=officer.headers
    )
    assert [i["title"] for i in resp.json()["items"]] == ["Đang làm"]
    resp = await client.get(
        "/api/v1/me/assignments", params={"status": "not_started"}, headers=officer.headers
    )
    assert [i["title"] for i in resp.json()["items"]] == ["Kế hoạch khác"]


async def test_items_carry_the_etag_to_update_them(client, factory, plans, tasks):
    unit = await factory.unit()
    officer = await factory.actor("unit_officer", unit)
    plan = await plans.plan()
    task = await tasks.task(plan, unit)
    item = (await client.get("/api/v1/me/assignments", headers=officer.headers)).json()["items"][0]
    resp = await client.patch(
        f"/api/v1/tasks/{task.id}/assignments/{unit.id}",
        json={"percent": 15},
        headers={**officer.headers, "If-Match": item["etag"]},
    )
    assert resp.status_code == 200


async def test_caller_without_a_unit_must_name_one(client, factory, plans, tasks):
    unit = await factory.unit()
    coordinator = await factory.actor("coordinator")
    plan = await plans.plan()
    await tasks.task(plan, unit, title="Việc")
    resp = await client.get("/api/v1/me/assignments", headers=coordinator.headers)
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["query", "unit_id"]
    resp = await client.get(
        "/api/v1/me/assignments", params={"unit_id": str(unit.id)}, headers=coordinator.headers
    )
    assert [i["title"] for i in resp.json()["items"]] == ["Việc"]


async def test_anonymous_is_401(client):
    assert (await client.get("/api/v1/me/assignments")).status_code == 401


async def test_moving_a_milestone_reorders_the_work_list(client, factory, plans, tasks):
    unit = await factory.unit()
    officer, coordinator = await factory.actor("unit_officer", unit), await factory.actor("coordinator")
    plan = await plans.plan()
    m = await plans.milestone(plan, str(days(30)))
    await tasks.task(plan, unit, due=days(10), title="Cố định")
    await tasks.task(
        plan, unit, due={"kind": "milestone", "milestone_id": str(m.id), "side": "end"}, title="Neo"
    )
    titles = lambda: client.get("/api/v1/me/assignments", headers=officer.headers)  # noqa: E731
    assert [i["title"] for i in (await titles()).json()["items"]] == ["Cố định", "Neo"]
    await client.post(
        f"/api/v1/milestones/{m.id}/move", json={"date": str(days(-3))}, headers=coordinator.headers
    )
    items = (await titles()).json()["items"]
    assert [(i["title"], i["due_date"], i["overdue"]) for i in items] == [
        ("Neo", str(days(-3)), True),
        ("Cố định", str(days(10)), False),
    ]


async def test_a_new_due_date_on_the_task_reaches_the_work_list(client, factory, plans, tasks):
    unit = await factory.unit()
    officer, coordinator = await factory.actor("unit_officer", unit), await factory.actor("coordinator")
    plan = await plans.plan()
    task = await tasks.task(plan, unit, due=days(10))
    etag = (await client.get(f"/api/v1/tasks/{task.id}", headers=coordinator.headers)).headers["ETag"]
    await client.patch(
        f"/api/v1/tasks/{task.id}",
        json={"due": {"kind": "fixed", "date": str(days(-1))}},
        headers={**coordinator.headers, "If-Match": etag},
    )
    item = (await client.get("/api/v1/me/assignments", headers=officer.headers)).json()["items"][0]
    assert (item["due_date"], item["overdue"]) == (str(days(-1)), True)
