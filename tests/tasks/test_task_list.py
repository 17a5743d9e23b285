"""Task lists: filters, diacritic-insensitive search, sorting and cursor pagination."""

from __future__ import annotations

import datetime as dt

from plandesk.core import localtime

TODAY = localtime.local_today()  # where the plans are issued, not the machine's UTC date


def days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


async def _titles(client, headers, plan, **params):
    resp = await client.get(f"/api/v1/plans/{plan.id}/tasks", params=params, headers=headers)
    assert resp.status_code == 200, resp.text
    return [t["title"] for t in resp.json()["items"]]


async def test_list_items_carry_assignments_and_overdue(client, factory, plans, tasks):
    viewer = await factory.actor("viewer")
    lead, support = await factory.unit(), await factory.unit()
    plan = await plans.plan()
    await tasks.task(plan, lead, [support], due=days(-2), title="Quá hạn")
    resp = await client.get(f"/api/v1/plans/{plan.id}/tasks", headers=viewer.headers)
    item = resp.json()["items"][0]
    assert item["overdue"] is True and item["due_date"] == str(days(-2))
    assert {(a["unit_id"], a["role"]) for a in item["assignments"]} == {
        (str(lead.id), "lead"),
        (str(support.id), "support"),
    }
    assert resp.json()["next_cursor"] is None


async def test_filter_by_unit_and_role(client, factory, plans, tasks):
    viewer = await factory.actor("viewer")
    a, b = await factory.unit(), await factory.unit()
    plan = await plans.plan()
    await tasks.task(plan, a, [b], title="A chủ trì")
    await tasks.task(plan, b, [a], title="B chủ trì")
    await tasks.task(plan, b, title="B một mình")
    assert await _titles(client, viewer.headers, plan, unit_id=str(a.id), sort="title") == [
        "A chủ trì",
        "B chủ trì",
    ]
    assert await _titles(client, viewer.headers, plan, unit_id=str(a.id), role="lead") == ["A chủ trì"]
    assert await _titles(client, viewer.headers, plan, unit_id=str(a.id), role="support") == ["B chủ trì"]


async def test_role_without_unit_is_422(client, factory, plans):
    viewer = await factory.actor("viewer")
    plan = await plans.plan()
    resp = await client.get(f"/api/v1/plans/{plan.id}/tasks", params={"role": "lead"}, headers=viewer.headers)
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["query", "role"]


async def test_filter_by_phase_includes_sub_phases(client, factory, plans, tasks):
    viewer = await factory.actor("viewer")
    unit = await factory.unit()
    plan = await plans.plan()
    three = await plans.phase(plan, "III")
    sub = await plans.phase(plan, "3.1", parent_id=three.id)
    other = await plans.phase(plan, "I")
    await tasks.task(plan, unit, title="Trong 3.1", phase_id=sub.id)
    await tasks.task(plan, unit, title="Trong III", phase_id=three.id)
    await tasks.task(plan, unit, title="Trong I", phase_id=other.id)
    assert await _titles(client, viewer.headers, plan, phase_id=str(three.id), sort="title") == [
        "Trong 3.1",
        "Trong III",
    ]
    assert await _titles(client, viewer.headers, plan, phase_id=str(sub.id)) == ["Trong 3.1"]


async def test_filter_by_status_accepts_several(client, factory, plans, tasks):
    viewer = await factory.actor("viewer")
    unit = await factory.unit()
    plan = await plans.plan()
    t1 = await tasks.task(plan, unit, title="Xong")
    t2 = await tasks.task(plan, unit, title="Vướng")
    await tasks.task(plan, unit, title="Chưa làm")
    await tasks.set_assignment(t1, unit, "done")
    await tasks.set_assignment(t2, unit, "blocked")
    assert await _titles(client, viewer.headers, plan, status="done") == ["Xong"]
    both = await _titles(client, viewer.headers, plan, status=["done", "blocked"], sort="title")
    assert both == ["Vướng", "Xong"]


async def test_filter_overdue_and_due_window(client, factory, plans, tasks):
    viewer = await factory.actor("viewer")
    unit = await factory.unit()
    plan = await plans.plan()
    await tasks.task(plan, unit, due=days(-3), title="Quá hạn")
    done = await tasks.task(plan, unit, due=days(-3), title="Xong trễ")
    await tasks.set_assignment(done, unit, "done")
    await tasks.task(plan, unit, due=days(5), title="Sắp tới")
    await tasks.task(plan, unit, title="Không hạn")
    assert await _titles(client, viewer.headers, plan, overdue="true") == ["Quá hạn"]
    assert sorted(await _titles(client, viewer.headers, plan, overdue="false")) == [
        "Không hạn",
        "Sắp tới",
        "Xong trễ",
    ]
    assert await _titles(client, viewer.headers, plan, due_after=str(days(0)), due_before=str(days(5))) == [
        "Sắp tới"
    ]
    assert sorted(await _titles(client, viewer.headers, plan, due_before=str(days(-3)))) == [
        "Quá hạn",
        "Xong trễ",
    ]


async def test_q_ignores_diacritics_and_searches_the_body(client, factory, plans, tasks):
    viewer = await factory.actor("viewer")
    unit = await factory.unit()
    plan = await plans.plan()
    await tasks.task(plan, unit, title="Tuyên truyền Đại hội", body="")
    await tasks.task(plan, unit, title="Việc khác", body="Tổ chức góp ý dự thảo văn kiện")
    await tasks.task(plan, unit, title="Không liên quan")
    assert await _titles(client, viewer.headers, plan, q="dai hoi") == ["Tuyên truyền Đại hội"]
    assert await _titles(client, viewer.headers, plan, q="GOP Y du thao") == ["Việc khác"]
    assert await _titles(client, viewer.headers, plan, q="%") == []


async def test_sort_by_due_date_puts_undated_last_both_ways(client, factory, plans, tasks):
    viewer = await factory.actor("viewer")
    unit = await factory.unit()
    plan = await plans.plan()
    await tasks.task(plan, unit, due=days(10), title="Sau")
    await tasks.task(plan, unit, title="Không hạn")
    await tasks.task(plan, unit, due=days(1), title="Trước")
    assert await _titles(client, viewer.headers, plan, sort="due_date") == ["Trước", "Sau", "Không hạn"]
    assert await _titles(client, viewer.headers, plan, sort="-due_date") == ["Sau", "Trước", "Không hạn"]


async def test_sort_by_title_and_created_at(client, factory, plans, tasks):
    viewer = await factory.actor("viewer")
    unit = await factory.unit()
    plan = await plans.plan()
    for title in ("Bê", "Ân", "Cê"):
        await tasks.task(plan, unit, title=title)
    assert await _titles(client, viewer.headers, plan, sort="title") == ["Ân", "Bê", "Cê"]
    assert await _titles(client, viewer.headers, plan, sort="-created_at") == ["Cê", "Ân", "Bê"]


async def test_unknown_sort_is_422(client, factory, plans):
    viewer = await factory.actor("viewer")
    plan = await plans.plan()
    resp = await client.get(
        f"/api/v1/plans/{plan.id}/tasks", params={"sort": "status"}, headers=viewer.headers
    )
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["query", "sort"]


async def test_cursor_pagination_visits_every_task_once_in_order(client, factory, plans, tasks):
    viewer = await factory.actor("viewer")
    unit = await factory.unit()
    plan = await plans.plan()
    for i in range(7):
        # Two undated tasks: with pages of 3, a page ends on one of them.
        await tasks.task(plan, unit, due=days(i % 3) if i < 5 else None, title=f"Việc {i}")
    for sort in ("due_date", "-due_date", "title", "-created_at"):
        seen, cursor = [], None
        while True:
            params = {"limit": 3, "sort": sort} | ({"cursor": cursor} if cursor else {})
            page = (
                await client.get(f"/api/v1/plans/{plan.id}/tasks", params=params, headers=viewer.headers)
            ).json()
            seen += [t["title"] for t in page["items"]]
            cursor = page["next_cursor"]
            if cursor is None:
                break
        assert sorted(seen) == [f"Việc {i}" for i in range(7)], sort
        assert seen == await _titles(client, viewer.headers, plan, sort=sort, limit=50), sort


async def test_garbage_cursor_is_422(client, factory, plans):
    viewer = await factory.actor("viewer")
    plan = await plans.plan()
    resp = await client.get(
        f"/api/v1/plans/{plan.id}/tasks", params={"cursor": "zzz"}, headers=viewer.headers
    )
    assert resp.status_code == 422


async def test_tasks_of_unknown_plan_is_404(client, factory):
    viewer = await factory.actor("viewer")
    resp = await client.get(
        "/api/v1/plans/00000000-0000-0000-0000-000000000000/tasks", headers=viewer.headers
    )
    assert resp.status_code == 404


async def test_list_only_shows_the_plans_own_tasks(client, factory, plans, tasks):
    viewer = await factory.actor("viewer")
    unit = await factory.unit()
    plan, other = await plans.plan(), await plans.plan()
    await tasks.task(other, unit, title="Kế hoạch khác")
    assert await _titles(client, viewer.headers, plan) == []


async def test_a_list_row_shows_the_same_values_as_the_task(client, factory, plans, tasks):
    import datetime as _dt

    viewer = await factory.actor("viewer")
    lead, support = await factory.unit(), await factory.unit()
    plan = await plans.plan()
    phase = await plans.phase(plan)
    task = await tasks.task(plan, lead, [support], due=days(3), phase_id=phase.id, source_section="IV.2")
    await tasks.set_assignment(task, support, "done", completed_on=TODAY)
    row = (await client.get(f"/api/v1/plans/{plan.id}/tasks", headers=viewer.headers)).json()["items"][0]
    full = (await client.get(f"/api/v1/tasks/{task.id}", headers=viewer.headers)).json()
    for key in ("id", "plan_id", "phase_id", "source_section", "title", "lead_unit_id", "due_date", "status"):
        assert row[key] == full[key], key
    assert row["percent"] == full["percent"] == 50 and row["overdue"] is full["overdue"] is False
    parse = lambda s: _dt.datetime.fromisoformat(s.replace("Z", "+00:00"))  # noqa: E731
    assert parse(row["created_at"]) == parse(full["created_at"])
    assert row["assignments"] == [
        {"unit_id": a["unit_id"], "role": a["role"], "status": a["status"], "percent": a["percent"]}
        for a in full["assignments"]
    ]


async def test_the_summary_follows_a_change_of_supporting_units(client, factory, plans, tasks):
    coordinator = await factory.actor("coordinator")
    lead, old, new = await factory.unit(), await factory.unit(), await factory.unit()
    plan = await plans.plan()
    task = await tasks.task(plan, lead, [old])
    etag = (await client.get(f"/api/v1/tasks/{task.id}", headers=coordinator.headers)).headers["ETag"]
    await client.patch(
        f"/api/v1/tasks/{task.id}",
        json={"supporting_unit_ids": [str(new.id)]},
        headers={**coordinator.headers, "If-Match": etag},
    )
    row = (await client.get(f"/api/v1/plans/{plan.id}/tasks", headers=coordinator.headers)).json()["items"][0]
    assert [(a["unit_id"], a["role"]) for a in row["assignments"]] == [
        (str(lead.id), "lead"),
        (str(new.id), "support"),
    ]
