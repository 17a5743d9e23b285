"""Tasks: one lead unit, supporting units and groups, derived status, ETags, audit."""

from __future__ import annotations

import datetime as dt

from plandesk.core import localtime
from tests.plans.factories import anchored


async def _group(client, admin, name, units):
    resp = await client.post(
        "/api/v1/unit-groups",
        json={"name": name, "unit_ids": [str(u.id) for u in units]},
        headers=admin.headers,
    )
    assert resp.status_code == 201, resp.text
    return resp.json()["id"]


async def test_task_gets_one_assignment_per_lead_and_supporting_unit(client, factory, plans):
    coordinator = await factory.actor("coordinator")
    lead, s1, s2 = (
        await factory.unit("Ban Tuyên giáo"),
        await factory.unit("Sở TT-TT"),
        await factory.unit("Báo"),
    )
    plan = await plans.plan()
    resp = await client.post(
        f"/api/v1/plans/{plan.id}/tasks",
        json={
            "title": "Hướng dẫn tuyên truyền đại hội",
            "source_section": "IV.1",
            "lead_unit_id": str(lead.id),
            "supporting_unit_ids": [str(s1.id), str(s2.id)],
            "due": {"kind": "fixed", "date": "2020-04-15"},
        },
        headers=coordinator.headers,
    )
    assert resp.status_code == 201, resp.text
    body = resp.json()
    assert body["lead_unit_id"] == str(lead.id)
    assert body["supporting_unit_ids"] == [str(s1.id), str(s2.id)]
    assert [(a["unit_id"], a["role"], a["status"]) for a in body["assignments"]] == [
        (str(lead.id), "lead", "not_started"),
        (str(s1.id), "support", "not_started"),
        (str(s2.id), "support", "not_started"),
    ]
    assert body["due_date"] == "2020-04-15" and body["status"] == "not_started"
    assert resp.headers["ETag"]


async def test_a_unit_group_expands_to_its_members(client, factory, plans):
    admin = await factory.actor("admin")
    lead = await factory.unit("Ban Tuyên giáo")
    districts = [await factory.unit(f"Huyện ủy {n}") for n in ("Krông Pắc", "Lắk", "Ea Kar")]
    group = await _group(client, admin, "Các huyện ủy", districts)
    plan = await plans.plan()
    resp = await client.post(
        f"/api/v1/plans/{plan.id}/tasks",
        json={
            "title": "Tuyên truyền đại hội cấp huyện",
            "lead_unit_id": str(lead.id),
            "supporting_group_ids": [group],
        },
        headers=admin.headers,
    )
    assert resp.status_code == 201, resp.text
    assert sorted(resp.json()["supporting_unit_ids"]) == sorted(str(u.id) for u in districts)
    assert len(resp.json()["assignments"]) == 4


async def test_a_lead_unit_inside_a_supporting_group_only_leads(client, factory, plans):
    admin = await factory.actor("admin")
    a, b = await factory.unit("Huyện ủy A"), await factory.unit("Huyện ủy B")
    group = await _group(client, admin, "Các huyện ủy", [a, b])
    plan = await plans.plan()
    resp = await client.post(
        f"/api/v1/plans/{plan.id}/tasks",
        json={"title": "T", "lead_unit_id": str(a.id), "supporting_group_ids": [group]},
        headers=admin.headers,
    )
    assert [(x["unit_id"], x["role"]) for x in resp.json()["assignments"]] == [
        (str(a.id), "lead"),
        (str(b.id), "support"),
    ]


async def test_lead_named_as_supporter_is_422(client, factory, plans):
    coordinator = await factory.actor("coordinator")
    lead = await factory.unit()
    plan = await plans.plan()
    resp = await client.post(
        f"/api/v1/plans/{plan.id}/tasks",
        json={"title": "T", "lead_unit_id": str(lead.id), "supporting_unit_ids": [str(lead.id)]},
        headers=coordinator.headers,
    )
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["body", "supporting_unit_ids"]


async def test_task_without_lead_is_422(client, factory, plans):
    coordinator = await factory.actor("coordinator")
    plan = await plans.plan()
    resp = await client.post(
        f"/api/v1/plans/{plan.id}/tasks", json={"title": "T"}, headers=coordinator.headers
    )
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["body", "lead_unit_id"]


async def test_unknown_or_deactivated_units_are_422_and_create_nothing(client, factory, plans):
    coordinator = await factory.actor("coordinator")
    lead, retired = await factory.unit(), await factory.unit(active=False)
    plan = await plans.plan()
    for body, loc in (
        ({"lead_unit_id": "00000000-0000-0000-0000-000000000009"}, "lead_unit_id"),
        ({"lead_unit_id": str(lead.id), "supporting_unit_ids": [str(retired.id)]}, "supporting_unit_ids"),
        ({"lead_unit_id": str(lead.id), "supporting_group_ids": [str(lead.id)]}, "supporting_group_ids"),
    ):
        resp = await client.post(
            f"/api/v1/plans/{plan.id}/tasks", json={"title": "T", **body}, headers=coordinator.headers
        )
        assert resp.status_code == 422, body
        assert resp.json()["errors"][0]["loc"] == ["body", loc]
    listed = await client.get(f"/api/v1/plans/{plan.id}/tasks", headers=coordinator.headers)
    assert listed.json()["items"] == []


async def test_phase_and_channels_must_belong_to_the_plan(client, factory, plans):
    coordinator = await factory.actor("coordinator")
    lead = await factory.unit()
    plan, other = await plans.plan(), await plans.plan()
    foreign_phase, foreign_channel = await plans.phase(other), await plans.channel(other)
    for body, loc in (
        ({"phase_id": str(foreign_phase.id)}, "phase_id"),
        ({"channel_ids": [str(foreign_channel.id)]}, "channel_ids"),
    ):
        resp = await client.post(
            f"/api/v1/plans/{plan.id}/tasks",
            json={"title": "T", "lead_unit_id": str(lead.id), **body},
            headers=coordinator.headers,
        )
        assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["body", loc]


async def test_unit_officer_cannot_create_tasks(client, factory, plans):
    unit = await factory.unit()
    officer = await factory.actor("unit_officer", unit)
    plan = await plans.plan()
    resp = await client.post(
        f"/api/v1/plans/{plan.id}/tasks",
        json={"title": "T", "lead_unit_id": str(unit.id)},
        headers=officer.headers,
    )
    assert resp.status_code == 403


async def test_due_date_anchored_to_a_milestone_is_resolved(client, factory, plans):
    coordinator = await factory.actor("coordinator")
    lead = await factory.unit()
    plan = await plans.plan()
    m = await plans.milestone(plan, "2020-10-01", "month")
    resp = await client.post(
        f"/api/v1/plans/{plan.id}/tasks",
        json={"title": "T", "lead_unit_id": str(lead.id), "due": anchored(m, "end", 5)},
        headers=coordinator.headers,
    )
    assert resp.json()["due_date"] == "2020-11-05"
    assert resp.json()["due"]["milestone_id"] == str(m.id)


async def test_overdue_is_computed_from_due_date_and_status(client, factory, plans, tasks):
    viewer = await factory.actor("viewer")
    lead = await factory.unit()
    plan = await plans.plan()
    late = await tasks.task(plan, lead, due=localtime.local_today() - dt.timedelta(days=1))
    done_late = await tasks.task(plan, lead, due=localtime.local_today() - dt.timedelta(days=1))
    await tasks.set_assignment(done_late, lead, "done")
    future = await tasks.task(plan, lead, due=localtime.local_today() + dt.timedelta(days=3))
    get = lambda t: client.get(f"/api/v1/tasks/{t.id}", headers=viewer.headers)  # noqa: E731
    assert (await get(late)).json()["overdue"] is True
    assert (await get(done_late)).json()["overdue"] is False
    assert (await get(future)).json()["overdue"] is False


async def test_task_status_is_derived_from_assignments(client, factory, plans, tasks):
    viewer = await factory.actor("viewer")
    lead, support = await factory.unit(), await factory.unit()
    plan = await plans.plan()
    task = await tasks.task(plan, lead, [support])
    status = lambda: client.get(f"/api/v1/tasks/{task.id}", headers=viewer.headers)  # noqa: E731
    await tasks.set_assignment(task, support, "in_progress", 40)
    assert ((await status()).json()["status"], (await status()).json()["percent"]) == ("in_progress", 20)
    await tasks.set_assignment(task, lead, "blocked")
    assert (await status()).json()["status"] == "blocked"
    await tasks.set_assignment(task, lead, "done")
    await tasks.set_assignment(task, support, "cancelled")
    body = (await status()).json()
    assert (body["status"], body["percent"]) == ("done", 100) and body["completed_on"] is not None


async def test_patch_replaces_supporters_and_keeps_progress_of_those_kept(client, factory, plans, tasks):
    coordinator = await factory.actor("coordinator")
    lead, keep, drop, new = [await factory.unit(f"Đơn vị {i}") for i in range(4)]
    plan = await plans.plan()
    task = await tasks.task(plan, lead, [keep, drop])
    await tasks.set_assignment(task, keep, "in_progress", 50)
    etag = (await client.get(f"/api/v1/tasks/{task.id}", headers=coordinator.headers)).headers["ETag"]
    resp = await client.patch(
        f"/api/v1/tasks/{task.id}",
        json={"supporting_unit_ids": [str(keep.id), str(new.id)]},
        headers={**coordinator.headers, "If-Match": etag},
    )
    assert resp.status_code == 200, resp.text
    by_unit = {a["unit_id"]: a for a in resp.json()["assignments"]}
    assert set(by_unit) == {str(lead.id), str(keep.id), str(new.id)}
    assert by_unit[str(keep.id)]["percent"] == 50 and by_unit[str(new.id)]["status"] == "not_started"
    assert resp.headers["ETag"] != etag


async def test_changing_the_lead_keeps_the_old_lead_as_support(client, factory, plans, tasks):
    coordinator = await factory.actor("coordinator")
    old, new = await factory.unit(), await factory.unit()
    plan = await plans.plan()
    task = await tasks.task(plan, old)
    etag = (await client.get(f"/api/v1/tasks/{task.id}", headers=coordinator.headers)).headers["ETag"]
    resp = await client.patch(
        f"/api/v1/tasks/{task.id}",
        json={"lead_unit_id": str(new.id)},
        headers={**coordinator.headers, "If-Match": etag},
    )
    assert resp.json()["lead_unit_id"] == str(new.id)
    assert {(a["unit_id"], a["role"]) for a in resp.json()["assignments"]} == {
        (str(new.id), "lead"),
        (str(old.id), "support"),
    }


async def test_stale_task_etag_is_412_and_changes_nothing(client, factory, plans, tasks):
    coordinator = await factory.actor("coordinator")
    plan = await plans.plan()
    task = await tasks.task(plan, await factory.unit(), title="Tiêu đề gốc")
    url = f"/api/v1/tasks/{task.id}"
    etag = (await client.get(url, headers=coordinator.headers)).headers["ETag"]
    await client.patch(url, json={"title": "Lần 1"}, headers={**coordinator.headers, "If-Match": etag})
    resp = await client.patch(url, json={"title": "Lần 2"}, headers={**coordinator.headers, "If-Match": etag})
    assert resp.status_code == 412
    assert (await client.get(url, headers=coordinator.headers)).json()["title"] == "Lần 1"


async def test_task_patch_without_if_match_is_428(client, factory, plans, tasks):
    coordinator = await factory.actor("coordinator")
    plan = await plans.plan()
    task = await tasks.task(plan, await factory.unit())
    resp = await client.patch(f"/api/v1/tasks/{task.id}", json={"title": "x"}, headers=coordinator.headers)
    assert resp.status_code == 428


async def test_progress_reports_do_not_make_the_task_etag_stale(client, factory, plans, tasks):
    unit = await factory.unit()
    coordinator, officer = await factory.actor("coordinator"), await factory.actor("unit_officer", unit)
    plan = await plans.plan()
    task = await tasks.task(plan, unit)
    etag = (await client.get(f"/api/v1/tasks/{task.id}", headers=coordinator.headers)).headers["ETag"]
    await client.post(f"/api/v1/tasks/{task.id}/updates", json={"percent": 30}, headers=officer.headers)
    resp = await client.patch(
        f"/api/v1/tasks/{task.id}",
        json={"title": "Sửa tiêu đề"},
        headers={**coordinator.headers, "If-Match": etag},
    )
    assert resp.status_code == 200 and resp.json()["status"] == "in_progress"


async def test_task_delete_is_audited(client, factory, plans, tasks):
    admin = await factory.actor("admin")
    plan = await plans.plan()
    task = await tasks.task(plan, await factory.unit(), title="Xoá tôi")
    url = f"/api/v1/tasks/{task.id}"
    etag = (await client.get(url, headers=admin.headers)).headers["ETag"]
    assert (await client.delete(url, headers={**admin.headers, "If-Match": etag})).status_code == 204
    assert (await client.get(url, headers=admin.headers)).status_code == 404
    audit = await client.get("/api/v1/audit", params={"entity_id": str(task.id)}, headers=admin.headers)
    assert audit.json()["items"][0]["action"] == "task.deleted"
    assert audit.json()["items"][0]["changes"]["title"] == {"before": "Xoá tôi", "after": None}


async def test_task_in_unknown_plan_is_404(client, factory):
    coordinator = await factory.actor("coordinator")
    unit = await factory.unit()
    resp = await client.post(
        "/api/v1/plans/00000000-0000-0000-0000-000000000000/tasks",
        json={"title": "T", "lead_unit_id": str(unit.id)},
        headers=coordinator.headers,
    )
    assert resp.status_code == 404
