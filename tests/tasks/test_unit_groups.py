"""Tasks addressed to unit groups (#13.6): one ``member`` assignment per member unit, never late
while the group has no members, members added later get their share once."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import func, select

from plandesk.core import localtime
from plandesk.core.events import Event
from plandesk.tasks.models import Assignment
from plandesk.tasks.overdue import emit_overdue

TODAY = localtime.local_today()
PAST = (TODAY - dt.timedelta(days=10)).isoformat()


async def _group(client, admin, name, units=()):
    resp = await client.post(
        "/api/v1/unit-groups",
        json={"name": name, "unit_ids": [str(u.id) for u in units]},
        headers=admin.headers,
    )
    assert resp.status_code == 201, resp.text
    return resp.json()["id"]


async def _task(client, actor, plan, group_id, **extra):
    resp = await client.post(
        f"/api/v1/plans/{plan.id}/tasks",
        json={
            "title": "Tuyên truyền đại hội cấp huyện",
            "lead_group_id": group_id,
            "due": {"kind": "fixed", "date": PAST},
        }
        | extra,
        headers=actor.headers,
    )
    assert resp.status_code == 201, resp.text
    return resp.json()


async def _add_members(client, admin, group_id, units):
    current = await client.get(f"/api/v1/unit-groups/{group_id}", headers=admin.headers)
    resp = await client.patch(
        f"/api/v1/unit-groups/{group_id}",
        json={"unit_ids": current.json()["unit_ids"] + [str(u.id) for u in units]},
        headers={**admin.headers, "If-Match": current.headers["ETag"]},
    )
    assert resp.status_code == 200, resp.text
    return resp.json()


async def test_a_task_addressed_to_a_group_gives_each_member_its_share(client, factory, plans):
    admin = await factory.actor("admin")
    districts = [await factory.unit(f"Huyện ủy {n}") for n in ("Krông Pắc", "Lắk", "Ea Kar")]
    group = await _group(client, admin, "Các huyện ủy", districts)
    plan = await plans.plan()
    body = await _task(client, admin, plan, group)
    assert body["lead_unit_id"] is None and body["lead_group_id"] == group
    assert not body["awaiting_members"]
    assert sorted((a["unit_id"], a["role"]) for a in body["assignments"]) == sorted(
        (str(u.id), "member") for u in districts
    )
    assert body["overdue"] is True  # members exist: a missed deadline is late


async def test_neither_or_both_lead_and_group_is_422(client, factory, plans):
    admin = await factory.actor("admin")
    unit = await factory.unit()
    group = await _group(client, admin, "Các sở")
    plan = await plans.plan()
    for extra in ({}, {"lead_unit_id": str(unit.id), "lead_group_id": group}):
        resp = await client.post(
            f"/api/v1/plans/{plan.id}/tasks", json={"title": "T"} | extra, headers=admin.headers
        )
        assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["body", "lead_unit_id"]


async def test_without_members_nothing_is_late(client, factory, plans, session):
    admin = await factory.actor("admin")
    group = await _group(client, admin, "Các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc")
    plan = await plans.plan()
    body = await _task(client, admin, plan, group)
    assert body["awaiting_members"] and body["assignments"] == [] and body["overdue"] is False
    listed = (await client.get(f"/api/v1/plans/{plan.id}/tasks", headers=admin.headers)).json()["items"]
    assert [(t["awaiting_members"], t["overdue"]) for t in listed] == [(True, False)]
    overdue = await client.get(
        f"/api/v1/plans/{plan.id}/tasks", params={"overdue": "true"}, headers=admin.headers
    )
    assert overdue.json()["items"] == []
    dash = (await client.get(f"/api/v1/plans/{plan.id}/dashboard", headers=admin.headers)).json()
    assert dash["deadlines"]["overdue"] == 0
    assert await emit_overdue(session, today=TODAY) == 0
    groups = (
        await client.get("/api/v1/unit-groups", params={"plan_id": str(plan.id)}, headers=admin.headers)
    ).json()["items"]
    assert [(g["id"], g["awaiting_members"]) for g in groups] == [(group, True)]


async def test_members_added_later_get_their_assignment_once(client, factory, plans, session):
    admin = await factory.actor("admin")
    group = await _group(client, admin, "Các huyện ủy")
    plan = await plans.plan()
    task = await _task(client, admin, plan, group)
    a, b = await factory.unit("Huyện ủy Lắk"), await factory.unit("Huyện ủy Ea Kar")
    await _add_members(client, admin, group, [a])
    await _add_members(client, admin, group, [b])
    # The same members again: nothing new.
    current = await client.get(f"/api/v1/unit-groups/{group}", headers=admin.headers)
    resp = await client.patch(
        f"/api/v1/unit-groups/{group}",
        json={"unit_ids": current.json()["unit_ids"]},
        headers={**admin.headers, "If-Match": current.headers["ETag"]},
    )
    assert resp.status_code == 200
    body = (await client.get(f"/api/v1/tasks/{task['id']}", headers=admin.headers)).json()
    assert sorted((x["unit_id"], x["role"]) for x in body["assignments"]) == sorted(
        [(str(a.id), "member"), (str(b.id), "member")]
    )
    assert not body["awaiting_members"] and body["overdue"] is True
    count = await session.scalar(
        select(func.count()).select_from(Assignment).where(Assignment.task_id == uuid.UUID(task["id"]))
    )
    assert count == 2
    created = await session.scalar(
        select(func.count()).select_from(Event).where(Event.type == "assignment.created")
    )
    assert created == 2


async def test_a_members_progress_moves_the_task(client, factory, plans):
    admin = await factory.actor("admin")
    a, b = await factory.unit("Huyện ủy A"), await factory.unit("Huyện ủy B")
    group = await _group(client, admin, "Các huyện ủy", [a, b])
    plan = await plans.plan()
    task = await _task(client, admin, plan, group)
    officer = await factory.actor("unit_officer", a)
    resp = await client.post(
        f"/api/v1/tasks/{task['id']}/updates",
        json={"status": "done", "note": "Xong"},
        headers=officer.headers,
    )
    assert resp.status_code == 201, resp.text
    body = (await client.get(f"/api/v1/tasks/{task['id']}", headers=admin.headers)).json()
    assert body["status"] == "in_progress" and body["percent"] == 50
    other = await factory.actor("unit_officer", b)
    await client.post(f"/api/v1/tasks/{task['id']}/updates", json={"status": "done"}, headers=other.headers)
    body = (await client.get(f"/api/v1/tasks/{task['id']}", headers=admin.headers)).json()
    assert body["status"] == "done" and body["percent"] == 100


async def test_an_officer_sees_the_member_share_and_cannot_touch_another(client, factory, plans):
    admin = await factory.actor("admin")
    a, b = await factory.unit("Huyện ủy A"), await factory.unit("Huyện ủy B")
    group = await _group(client, admin, "Các huyện ủy", [a, b])
    plan = await plans.plan()
    task = await _task(client, admin, plan, group)
    officer = await factory.actor("unit_officer", a)
    mine = (await client.get("/api/v1/me/assignments", headers=officer.headers)).json()["items"]
    assert [(i["task_id"], i["role"], i["overdue"]) for i in mine] == [(task["id"], "member", True)]
    resp = await client.post(
        f"/api/v1/tasks/{task['id']}/updates",
        json={"unit_id": str(b.id), "percent": 40},
        headers=officer.headers,
    )
    assert resp.status_code == 403


async def test_only_admins_and_coordinators_choose_members(client, factory):
    admin = await factory.actor("admin")
    unit = await factory.unit("Huyện ủy Lắk")
    group = await _group(client, admin, "Các huyện ủy")
    current = await client.get(f"/api/v1/unit-groups/{group}", headers=admin.headers)
    for role in ("unit_officer", "viewer"):
        actor = await factory.actor(role, unit if role == "unit_officer" else None)
        resp = await client.patch(
            f"/api/v1/unit-groups/{group}",
            json={"unit_ids": [str(unit.id)]},
            headers={**actor.headers, "If-Match": current.headers["ETag"]},
        )
        assert resp.status_code == 403, role
    coordinator = await factory.actor("coordinator")
    resp = await client.patch(
        f"/api/v1/unit-groups/{group}",
        json={"unit_ids": [str(unit.id)]},
        headers={**coordinator.headers, "If-Match": current.headers["ETag"]},
    )
    assert resp.status_code == 200 and resp.json()["awaiting_members"] is False


async def test_editing_supporters_keeps_the_members_shares(client, factory, plans):
    admin = await factory.actor("admin")
    a, b, helper = (
        await factory.unit("Huyện ủy A"),
        await factory.unit("Huyện ủy B"),
        await factory.unit("Báo"),
    )
    group = await _group(client, admin, "Các huyện ủy", [a, b])
    plan = await plans.plan()
    task = await _task(client, admin, plan, group)
    url = f"/api/v1/tasks/{task['id']}"
    etag = (await client.get(url, headers=admin.headers)).headers["ETag"]
    resp = await client.patch(
        url, json={"supporting_unit_ids": [str(helper.id)]}, headers={**admin.headers, "If-Match": etag}
    )
    assert resp.status_code == 200, resp.text
    assert sorted((x["unit_id"], x["role"]) for x in resp.json()["assignments"]) == sorted(
        [(str(a.id), "member"), (str(b.id), "member"), (str(helper.id), "support")]
    )
    etag = resp.headers["ETag"]
    resp = await client.patch(
        url, json={"lead_unit_id": str(a.id)}, headers={**admin.headers, "If-Match": etag}
    )
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["body", "lead_unit_id"]
