"""Assignments: a unit officer updates only their own unit's work, with If-Match."""

from __future__ import annotations

import datetime as dt

from plandesk.core import localtime


async def _etag(client, headers, task, unit):
    resp = await client.get(f"/api/v1/tasks/{task.id}/assignments/{unit.id}", headers=headers)
    assert resp.status_code == 200, resp.text
    return resp.headers["ETag"]


async def test_officer_updates_own_units_assignment(client, factory, plans, tasks):
    unit = await factory.unit()
    officer = await factory.actor("unit_officer", unit)
    plan = await plans.plan()
    task = await tasks.task(plan, unit)
    etag = await _etag(client, officer.headers, task, unit)
    resp = await client.patch(
        f"/api/v1/tasks/{task.id}/assignments/{unit.id}",
        json={"status": "in_progress", "percent": 30},
        headers={**officer.headers, "If-Match": etag},
    )
    assert resp.status_code == 200, resp.text
    assert (resp.json()["status"], resp.json()["percent"]) == ("in_progress", 30)
    assert resp.headers["ETag"] == resp.json()["etag"] != etag
    task_body = (await client.get(f"/api/v1/tasks/{task.id}", headers=officer.headers)).json()
    assert task_body["status"] == "in_progress"


async def test_officer_of_unit_a_gets_403_on_unit_bs_assignment(client, factory, plans, tasks):
    a, b = await factory.unit("Đơn vị A"), await factory.unit("Đơn vị B")
    officer_a = await factory.actor("unit_officer", a)
    plan = await plans.plan()
    task = await tasks.task(plan, a, [b])
    etag = await _etag(client, officer_a.headers, task, b)
    resp = await client.patch(
        f"/api/v1/tasks/{task.id}/assignments/{b.id}",
        json={"status": "done"},
        headers={**officer_a.headers, "If-Match": etag},
    )
    assert resp.status_code == 403
    assert (
        await client.get(f"/api/v1/tasks/{task.id}/assignments/{b.id}", headers=officer_a.headers)
    ).json()["status"] == "not_started"


async def test_coordinator_updates_any_units_assignment(client, factory, plans, tasks):
    unit = await factory.unit()
    coordinator = await factory.actor("coordinator")
    plan = await plans.plan()
    task = await tasks.task(plan, unit)
    etag = await _etag(client, coordinator.headers, task, unit)
    resp = await client.patch(
        f"/api/v1/tasks/{task.id}/assignments/{unit.id}",
        json={"status": "blocked"},
        headers={**coordinator.headers, "If-Match": etag},
    )
    assert resp.status_code == 200 and resp.json()["status"] == "blocked"


async def test_viewer_cannot_update_assignments(client, factory, plans, tasks):
    unit = await factory.unit()
    viewer = await factory.actor("viewer")
    plan = await plans.plan()
    task = await tasks.task(plan, unit)
    etag = await _etag(client, viewer.headers, task, unit)
    resp = await client.patch(
        f"/api/v1/tasks/{task.id}/assignments/{unit.id}",
        json={"percent": 10},
        headers={**viewer.headers, "If-Match": etag},
    )
    assert resp.status_code == 403


async def test_stale_assignment_etag_is_412_and_changes_nothing(client, factory, plans, tasks):
    unit = await factory.unit()
    first, second = await factory.actor("unit_officer", unit), await factory.actor("unit_officer", unit)
    plan = await plans.plan()
    task = await tasks.task(plan, unit)
    etag = await _etag(client, first.headers, task, unit)
    url = f"/api/v1/tasks/{task.id}/assignments/{unit.id}"
    ok = await client.patch(url, json={"percent": 60}, headers={**first.headers, "If-Match": etag})
    assert ok.status_code == 200
    stale = await client.patch(url, json={"percent": 10}, headers={**second.headers, "If-Match": etag})
    assert stale.status_code == 412 and stale.json()["current_etag"] == ok.headers["ETag"]
    assert (await client.get(url, headers=first.headers)).json()["percent"] == 60


async def test_assignment_patch_without_if_match_is_428(client, factory, plans, tasks):
    unit = await factory.unit()
    officer = await factory.actor("unit_officer", unit)
    plan = await plans.plan()
    task = await tasks.task(plan, unit)
    resp = await client.patch(
        f"/api/v1/tasks/{task.id}/assignments/{unit.id}", json={"percent": 10}, headers=officer.headers
    )
    assert resp.status_code == 428


async def test_done_records_when_and_sets_100_percent(client, factory, plans, tasks):
    unit = await factory.unit()
    officer = await factory.actor("unit_officer", unit)
    plan = await plans.plan()
    task = await tasks.task(plan, unit, due=localtime.local_today() + dt.timedelta(days=1))
    etag = await _etag(client, officer.headers, task, unit)
    resp = await client.patch(
        f"/api/v1/tasks/{task.id}/assignments/{unit.id}",
        json={"status": "done"},
        headers={**officer.headers, "If-Match": etag},
    )
    body = resp.json()
    assert body["percent"] == 100 and body["completed_at"] is not None
    assert (await client.get(f"/api/v1/tasks/{task.id}", headers=officer.headers)).json()[
        "completed_on"
    ] == str(localtime.local_today())


async def test_done_with_less_than_100_percent_is_422(client, factory, plans, tasks):
    unit = await factory.unit()
    officer = await factory.actor("unit_officer", unit)
    plan = await plans.plan()
    task = await tasks.task(plan, unit)
    etag = await _etag(client, officer.headers, task, unit)
    resp = await client.patch(
        f"/api/v1/tasks/{task.id}/assignments/{unit.id}",
        json={"status": "done", "percent": 80},
        headers={**officer.headers, "If-Match": etag},
    )
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["body", "percent"]


async def test_bad_assignment_bodies_are_422(client, factory, plans, tasks):
    unit = await factory.unit()
    officer = await factory.actor("unit_officer", unit)
    plan = await plans.plan()
    task = await tasks.task(plan, unit)
    etag = await _etag(client, officer.headers, task, unit)
    for bad in (
        {},
        {"percent": 101},
        {"percent": "half"},
        {"status": "finished"},
        {"status": "done", "x": 1},
    ):
        resp = await client.patch(
            f"/api/v1/tasks/{task.id}/assignments/{unit.id}",
            json=bad,
            headers={**officer.headers, "If-Match": etag},
        )
        assert resp.status_code == 422, bad


async def test_officer_cannot_cancel_an_assignment(client, factory, plans, tasks):
    unit = await factory.unit()
    officer = await factory.actor("unit_officer", unit)
    plan = await plans.plan()
    task = await tasks.task(plan, unit)
    etag = await _etag(client, officer.headers, task, unit)
    resp = await client.patch(
        f"/api/v1/tasks/{task.id}/assignments/{unit.id}",
        json={"status": "cancelled"},
        headers={**officer.headers, "If-Match": etag},
    )
    assert resp.status_code == 403


async def test_unit_without_assignment_on_the_task_is_404(client, factory, plans, tasks):
    unit, other = await factory.unit(), await factory.unit()
    officer = await factory.actor("unit_officer", other)
    plan = await plans.plan()
    task = await tasks.task(plan, unit)
    resp = await client.patch(
        f"/api/v1/tasks/{task.id}/assignments/{other.id}",
        json={"percent": 5},
        headers={**officer.headers, "If-Match": "*"},
    )
    assert resp.status_code == 404


async def test_assignment_change_is_audited(client, factory, plans, tasks):
    unit = await factory.unit()
    officer, admin = await factory.actor("unit_officer", unit), await factory.actor("admin")
    plan = await plans.plan()
    task = await tasks.task(plan, unit)
    etag = await _etag(client, officer.headers, task, unit)
    resp = await client.patch(
        f"/api/v1/tasks/{task.id}/assignments/{unit.id}",
        json={"percent": 25},
        headers={**officer.headers, "If-Match": etag},
    )
    audit = await client.get(
        "/api/v1/audit",
        params={"entity": "assignment", "entity_id": resp.json()["id"]},
        headers=admin.headers,
    )
    entry = audit.json()["items"][0]
    assert entry["actor"] == str(officer.id) and entry["actor_role"] == "unit_officer"
    assert entry["changes"] == {
        "status": {"before": "not_started", "after": "in_progress"},
        "percent": {"before": 0, "after": 25},
    }
