"""Progress updates (append-only, Idempotency-Key), urges and an assignment's history."""

from __future__ import annotations


async def test_officer_posts_progress_for_own_unit_by_default(client, factory, plans, tasks):
    unit = await factory.unit()
    officer = await factory.actor("unit_officer", unit)
    plan = await plans.plan()
    task = await tasks.task(plan, unit)
    resp = await client.post(
        f"/api/v1/tasks/{task.id}/updates",
        json={"status": "in_progress", "percent": 40, "note": "Đã phát hành 3 số chuyên đề"},
        headers=officer.headers,
    )
    assert resp.status_code == 201, resp.text
    body = resp.json()
    assert body["unit_id"] == str(unit.id) and body["note"] == "Đã phát hành 3 số chuyên đề"
    assert (body["assignment"]["status"], body["assignment"]["percent"]) == ("in_progress", 40)
    assert body["author"] == str(officer.id)


async def test_percent_alone_starts_the_work(client, factory, plans, tasks):
    unit = await factory.unit()
    officer = await factory.actor("unit_officer", unit)
    plan = await plans.plan()
    task = await tasks.task(plan, unit)
    resp = await client.post(
        f"/api/v1/tasks/{task.id}/updates", json={"percent": 10}, headers=officer.headers
    )
    assert resp.json()["assignment"]["status"] == "in_progress"


async def test_officer_cannot_post_for_another_unit(client, factory, plans, tasks):
    a, b = await factory.unit(), await factory.unit()
    officer_a = await factory.actor("unit_officer", a)
    plan = await plans.plan()
    task = await tasks.task(plan, a, [b])
    resp = await client.post(
        f"/api/v1/tasks/{task.id}/updates",
        json={"unit_id": str(b.id), "percent": 90},
        headers=officer_a.headers,
    )
    assert resp.status_code == 403
    history = await client.get(
        f"/api/v1/tasks/{task.id}/assignments/{b.id}/history", headers=officer_a.headers
    )
    assert history.json()["items"] == []


async def test_coordinator_must_say_which_unit(client, factory, plans, tasks):
    unit = await factory.unit()
    coordinator = await factory.actor("coordinator")
    plan = await plans.plan()
    task = await tasks.task(plan, unit)
    resp = await client.post(
        f"/api/v1/tasks/{task.id}/updates", json={"note": "x"}, headers=coordinator.headers
    )
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["body", "unit_id"]
    resp = await client.post(
        f"/api/v1/tasks/{task.id}/updates",
        json={"unit_id": str(unit.id), "note": "x"},
        headers=coordinator.headers,
    )
    assert resp.status_code == 201


async def test_empty_update_is_422(client, factory, plans, tasks):
    unit = await factory.unit()
    officer = await factory.actor("unit_officer", unit)
    plan = await plans.plan()
    task = await tasks.task(plan, unit)
    resp = await client.post(f"/api/v1/tasks/{task.id}/updates", json={}, headers=officer.headers)
    assert resp.status_code == 422


async def test_idempotency_key_replay_returns_the_first_response_and_creates_one_update(
    client, factory, plans, tasks
):
    unit = await factory.unit()
    officer = await factory.actor("unit_officer", unit)
    plan = await plans.plan()
    task = await tasks.task(plan, unit)
    headers = {**officer.headers, "Idempotency-Key": "update-7f3a"}
    body = {"percent": 50, "note": "Gửi lại khi mạng chập chờn"}
    first = await client.post(f"/api/v1/tasks/{task.id}/updates", json=body, headers=headers)
    again = await client.post(f"/api/v1/tasks/{task.id}/updates", json=body, headers=headers)
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert again.headers["Idempotent-Replayed"] == "true"
    history = await client.get(
        f"/api/v1/tasks/{task.id}/assignments/{unit.id}/history", headers=officer.headers
    )
    assert [e["note"] for e in history.json()["items"]] == ["Gửi lại khi mạng chập chờn"]
    assert [e["author_name"] for e in history.json()["items"]] == [officer.user.full_name]


async def test_idempotency_key_reused_with_another_body_is_422(client, factory, plans, tasks):
    unit = await factory.unit()
    officer = await factory.actor("unit_officer", unit)
    plan = await plans.plan()
    task = await tasks.task(plan, unit)
    headers = {**officer.headers, "Idempotency-Key": "update-1"}
    await client.post(f"/api/v1/tasks/{task.id}/updates", json={"percent": 50}, headers=headers)
    await client.post(f"/api/v1/tasks/{task.id}/updates", json={"percent": 50}, headers=headers)
    resp = await client.post(f"/api/v1/tasks/{task.id}/updates", json={"percent": 70}, headers=headers)
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["header", "Idempotency-Key"]
    assignment = await client.get(f"/api/v1/tasks/{task.id}/assignments/{unit.id}", headers=officer.headers)
    assert assignment.json()["percent"] == 50


async def test_progress_on_unknown_task_is_404(client, factory):
    officer = await factory.actor("unit_officer")
    resp = await client.post(
        "/api/v1/tasks/00000000-0000-0000-0000-000000000000/updates",
        json={"percent": 5},
        headers=officer.headers,
    )
    assert resp.status_code == 404


async def test_coordinator_urges_and_the_urge_appears_in_history(client, factory, plans, tasks):
    unit = await factory.unit()
    coordinator, officer = await factory.actor("coordinator"), await factory.actor("unit_officer", unit)
    plan = await plans.plan()
    task = await tasks.task(plan, unit)
    await client.post(f"/api/v1/tasks/{task.id}/updates", json={"percent": 20}, headers=officer.headers)
    urge = await client.post(
        f"/api/v1/tasks/{task.id}/assignments/{unit.id}/urge",
        json={"message": "Đề nghị khẩn trương hoàn thành trước 15/4"},
        headers=coordinator.headers,
    )
    assert urge.status_code == 201, urge.text
    assert urge.json()["message"] == "Đề nghị khẩn trương hoàn thành trước 15/4"
    await client.post(f"/api/v1/tasks/{task.id}/updates", json={"percent": 60}, headers=officer.headers)
    history = (
        await client.get(f"/api/v1/tasks/{task.id}/assignments/{unit.id}/history", headers=officer.headers)
    ).json()["items"]
    assert [(e["kind"], e["percent"], e["message"]) for e in history] == [
        ("update", 20, None),
        ("urge", None, "Đề nghị khẩn trương hoàn thành trước 15/4"),
        ("update", 60, None),
    ]


async def test_unit_officer_cannot_urge(client, factory, plans, tasks):
    unit = await factory.unit()
    officer = await factory.actor("unit_officer", unit)
    plan = await plans.plan()
    task = await tasks.task(plan, unit)
    resp = await client.post(
        f"/api/v1/tasks/{task.id}/assignments/{unit.id}/urge", json={"message": "x"}, headers=officer.headers
    )
    assert resp.status_code == 403


async def test_a_done_assignment_cannot_be_urged(client, factory, plans, tasks):
    unit = await factory.unit()
    coordinator = await factory.actor("coordinator")
    plan = await plans.plan()
    task = await tasks.task(plan, unit)
    await tasks.set_assignment(task, unit, "done")
    resp = await client.post(
        f"/api/v1/tasks/{task.id}/assignments/{unit.id}/urge",
        json={"message": "x"},
        headers=coordinator.headers,
    )
    assert resp.status_code == 422


async def test_empty_urge_message_is_422(client, factory, plans, tasks):
    unit = await factory.unit()
    coordinator = await factory.actor("coordinator")
    plan = await plans.plan()
    task = await tasks.task(plan, unit)
    resp = await client.post(
        f"/api/v1/tasks/{task.id}/assignments/{unit.id}/urge",
        json={"message": ""},
        headers=coordinator.headers,
    )
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["body", "message"]


async def test_urge_is_audited(client, factory, plans, tasks):
    unit = await factory.unit()
    admin = await factory.actor("admin")
    plan = await plans.plan()
    task = await tasks.task(plan, unit)
    await client.post(
        f"/api/v1/tasks/{task.id}/assignments/{unit.id}/urge",
        json={"message": "Nhắc lần 1"},
        headers=admin.headers,
    )
    audit = await client.get("/api/v1/audit", params={"action": "assignment.urged"}, headers=admin.headers)
    assert audit.json()["items"][0]["changes"] == {"message": {"before": None, "after": "Nhắc lần 1"}}


async def test_an_empty_idempotency_key_is_refused_not_shared(client, factory, plans, tasks):
    # A client whose key variable is unset sends "Idempotency-Key:" on every call: as a key,
    # its second call replayed the first and any other body was 422 for good.
    unit = await factory.unit()
    officer = await factory.actor("unit_officer", unit)
    plan = await plans.plan()
    task = await tasks.task(plan, unit)
    for key in ("", " "):
        headers = {**officer.headers, "Idempotency-Key": key}
        resp = await client.post(f"/api/v1/tasks/{task.id}/updates", json={"percent": 50}, headers=headers)
        assert resp.status_code == 422, resp.text
        assert resp.json()["errors"][0]["loc"] == ["header", "Idempotency-Key"]
    history = await client.get(
        f"/api/v1/tasks/{task.id}/assignments/{unit.id}/history", headers=officer.headers
    )
    assert history.json()["items"] == []
