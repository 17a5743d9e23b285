"""The notification API: the bell, the list, mark read, preferences, reminder rules, a unit's feed."""

from __future__ import annotations

import datetime as dt

from plandesk.notifications.email import unsubscribe_token
from tests.notifications.factories import coordinate, make_world

DUE = dt.date(2026, 3, 16)


async def _urge(client, world, message="Đề nghị báo cáo tiến độ trước thứ Sáu"):  # type: ignore[no-untyped-def]
    resp = await client.post(
        f"/api/v1/tasks/{world.task.id}/assignments/{world.unit.id}/urge",
        json={"message": message},
        headers=world.coordinator.headers,
    )
    assert resp.status_code in (200, 201), resp.text


async def test_an_urge_rings_the_officers_bell_and_links_to_the_assignment(
    client, factory, plans, tasks, app
):
    from tests.notifications.conftest import Driver

    world = await make_world(factory, plans, tasks, DUE)
    driver = Driver(app, factory.settings)
    await driver.run_at(dt.datetime(2026, 2, 1, 2, tzinfo=dt.UTC))  # the new task: one notification
    bell = await client.get("/api/v1/me/notifications/unread-count", headers=world.officer.headers)
    assert bell.json() == {"unread": 1}
    etag = bell.headers["ETag"]
    same = await client.get(
        "/api/v1/me/notifications/unread-count", headers={**world.officer.headers, "If-None-Match": etag}
    )
    assert same.status_code == 304

    await _urge(client, world)
    await driver.run_at(dt.datetime(2026, 2, 1, 3, tzinfo=dt.UTC))
    changed = await client.get(
        "/api/v1/me/notifications/unread-count", headers={**world.officer.headers, "If-None-Match": etag}
    )
    assert changed.status_code == 200 and changed.json() == {"unread": 2}
    listed = await client.get("/api/v1/me/notifications", headers=world.officer.headers)
    first = listed.json()["items"][0]
    assert first["kind"] == "urged"
    assert first["title"] == "Đôn đốc: Tuyên truyền Đại hội XIII"
    assert first["body"] == "Đề nghị báo cáo tiến độ trước thứ Sáu"
    assert first["link"] == f"/tasks/{world.task.id}?unit={world.unit.id}"
    assert listed.json()["unread"] == 2
    # Nobody else's bell rings.
    other = await client.get("/api/v1/me/notifications/unread-count", headers=world.head.headers)
    assert other.json() == {"unread": 0}


async def test_mark_read_by_ids_then_all(client, factory, plans, tasks, app):
    from tests.notifications.conftest import Driver

    world = await make_world(factory, plans, tasks, DUE)
    await _urge(client, world, "Lần 1")
    await _urge(client, world, "Lần 2")
    await Driver(app, factory.settings).run_at(dt.datetime(2026, 2, 1, 2, tzinfo=dt.UTC))
    items = (await client.get("/api/v1/me/notifications", headers=world.officer.headers)).json()["items"]
    assert len(items) == 3
    one = await client.post(
        "/api/v1/me/notifications/read", json={"ids": [items[0]["id"]]}, headers=world.officer.headers
    )
    assert one.json() == {"marked": 1, "unread": 2}
    unread = await client.get("/api/v1/me/notifications?unread=true", headers=world.officer.headers)
    assert [i["id"] for i in unread.json()["items"]] == [items[1]["id"], items[2]["id"]]
    # Someone else's ids change nothing.
    foreign = await client.post(
        "/api/v1/me/notifications/read", json={"ids": [items[1]["id"]]}, headers=world.head.headers
    )
    assert foreign.json() == {"marked": 0, "unread": 0}
    everything = await client.post(
        "/api/v1/me/notifications/read", json={"all": True}, headers=world.officer.headers
    )
    assert everything.json() == {"marked": 2, "unread": 0}
    empty = await client.post("/api/v1/me/notifications/read", json={}, headers=world.officer.headers)
    assert empty.status_code == 422


async def test_the_list_is_cursor_paginated(client, factory, plans, tasks, app):
    from tests.notifications.conftest import Driver

    world = await make_world(factory, plans, tasks, DUE)
    for i in range(5):
        await _urge(client, world, f"Lần {i}")
    await Driver(app, factory.settings).run_at(dt.datetime(2026, 2, 1, 2, tzinfo=dt.UTC))
    page = await client.get("/api/v1/me/notifications?limit=4", headers=world.officer.headers)
    assert len(page.json()["items"]) == 4 and page.json()["next_cursor"]
    rest = await client.get(
        f"/api/v1/me/notifications?limit=4&cursor={page.json()['next_cursor']}", headers=world.officer.headers
    )
    assert len(rest.json()["items"]) == 2 and rest.json()["next_cursor"] is None


async def test_preferences_read_and_replace_with_if_match(client, factory):
    user = await factory.actor("unit_officer")
    got = await client.get("/api/v1/me/notification-preferences", headers=user.headers)
    assert got.status_code == 200
    body = got.json()
    assert body["language"] == "vi" and body["email_mode"] == "immediate" and body["email_enabled"] is False
    assert {k["kind"] for k in body["kinds"]} >= {"overdue", "urged", "consultation_closing"}
    new = {
        "language": "en",
        "email_mode": "digest",
        "digest_hour": 6,
        "quiet_start_hour": 22,
        "quiet_end_hour": 6,
        "kinds": [{"kind": "progress_reported", "in_app": False, "email": False}],
    }
    missing = await client.put("/api/v1/me/notification-preferences", json=new, headers=user.headers)
    assert missing.status_code == 428
    saved = await client.put(
        "/api/v1/me/notification-preferences",
        json=new,
        headers={**user.headers, "If-Match": got.headers["ETag"]},
    )
    assert saved.status_code == 200, saved.text
    assert saved.json()["email_mode"] == "digest" and saved.json()["quiet_start_hour"] == 22
    muted = next(k for k in saved.json()["kinds"] if k["kind"] == "progress_reported")
    assert muted == {
        "kind": "progress_reported",
        "description": muted["description"],
        "in_app": False,
        "email": False,
    }
    stale = await client.put(
        "/api/v1/me/notification-preferences",
        json=new,
        headers={**user.headers, "If-Match": got.headers["ETag"]},
    )
    assert stale.status_code == 412
    half_quiet = {**new, "quiet_end_hour": None}
    bad = await client.put(
        "/api/v1/me/notification-preferences",
        json=half_quiet,
        headers={**user.headers, "If-Match": saved.headers["ETag"]},
    )
    assert bad.status_code == 422
    unknown = await client.put(
        "/api/v1/me/notification-preferences",
        json={**new, "kinds": [{"kind": "nope", "in_app": True, "email": True}]},
        headers={**user.headers, "If-Match": saved.headers["ETag"]},
    )
    assert unknown.status_code == 422


async def test_reminder_rules_are_for_coordinators(client, factory, plans):
    plan = await plans.plan()
    coordinator = await factory.actor("coordinator")
    await coordinate(factory.sessionmaker, plan, coordinator.user)
    outsider = await factory.actor("coordinator")
    officer = await factory.actor("unit_officer")
    denied = await client.get(f"/api/v1/plans/{plan.id}/reminder-rules", headers=officer.headers)
    assert denied.status_code == 403
    got = await client.get(f"/api/v1/plans/{plan.id}/reminder-rules", headers=coordinator.headers)
    assert got.json() == {
        "plan_id": str(plan.id),
        "offsets": [-7, -1, 0, 1, 3, 7],
        "weekly_overdue": True,
        "escalate_after_days": 5,
        "include_support": True,
        "is_default": True,
    }
    rules = {
        "offsets": [0, -3, 2],
        "weekly_overdue": False,
        "escalate_after_days": 10,
        "include_support": False,
    }
    saved = await client.put(
        f"/api/v1/plans/{plan.id}/reminder-rules",
        json=rules,
        headers={**coordinator.headers, "If-Match": got.headers["ETag"]},
    )
    assert saved.status_code == 200, saved.text
    assert saved.json()["offsets"] == [-3, 0, 2] and saved.json()["is_default"] is False
    too_far = await client.put(
        f"/api/v1/plans/{plan.id}/reminder-rules",
        json={**rules, "offsets": [-400]},
        headers={**coordinator.headers, "If-Match": saved.headers["ETag"]},
    )
    assert too_far.status_code == 422
    officer_put = await client.put(
        f"/api/v1/plans/{plan.id}/reminder-rules", json=rules, headers={**officer.headers, "If-Match": "*"}
    )
    assert officer_put.status_code == 403
    # A coordinator who does not run this plan reads the schedule but does not change it.
    read = await client.get(f"/api/v1/plans/{plan.id}/reminder-rules", headers=outsider.headers)
    assert read.status_code == 200
    outsider_put = await client.put(
        f"/api/v1/plans/{plan.id}/reminder-rules", json=rules, headers={**outsider.headers, "If-Match": "*"}
    )
    assert outsider_put.status_code == 403


async def test_custom_rules_change_the_schedule(client, factory, plans, tasks, driver, smtp):
    world = await make_world(factory, plans, tasks, DUE)
    got = await client.get(f"/api/v1/plans/{world.plan.id}/reminder-rules", headers=world.coordinator.headers)
    await client.put(
        f"/api/v1/plans/{world.plan.id}/reminder-rules",
        json={
            "offsets": [-2, 2],
            "weekly_overdue": False,
            "escalate_after_days": None,
            "include_support": True,
        },
        headers={**world.coordinator.headers, "If-Match": got.headers["ETag"]},
    )
    for n in range(-8, 9):
        await driver.day(DUE + dt.timedelta(days=n))
    subjects = [s for s in smtp.subjects("officer.a@example.org") if not s.startswith("Nhiệm vụ mới")]
    assert subjects == [
        "Còn 2 ngày đến hạn: Tuyên truyền Đại hội XIII",
        "Quá hạn 2 ngày: Tuyên truyền Đại hội XIII",
    ]
    assert smtp.to("coordinator@example.org") == []


async def test_a_push_gateway_reads_a_units_notifications_with_its_scope(client, factory, plans, tasks, app):
    from tests.notifications.conftest import Driver

    world = await make_world(factory, plans, tasks, DUE)
    await _urge(client, world)
    await Driver(app, factory.settings).run_at(dt.datetime(2026, 2, 1, 2, tzinfo=dt.UTC))
    admin = await factory.actor("admin")
    created = await client.post(
        "/api/v1/service-accounts",
        json={"name": "Push gateway", "scopes": ["notifications:read"]},
        headers=admin.headers,
    )
    assert created.status_code == 201, created.text
    token = await client.post(
        "/api/v1/auth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": created.json()["client_id"],
            "client_secret": created.json()["client_secret"],
        },
    )
    gateway = {"Authorization": f"Bearer {token.json()['access_token']}"}
    feed = await client.get(f"/api/v1/units/{world.unit.id}/notifications", headers=gateway)
    assert feed.status_code == 200
    assert {i["kind"] for i in feed.json()["items"]} == {"assignment_created", "urged"}
    assert {i["user_id"] for i in feed.json()["items"]} == {str(world.officer.id)}
    officer = await client.get(f"/api/v1/units/{world.unit.id}/notifications", headers=world.officer.headers)
    assert officer.status_code == 403
    own = await client.get("/api/v1/me/notifications", headers=gateway)
    assert own.status_code == 403


async def test_one_click_unsubscribe_turns_email_off(client, factory, settings):
    user = await factory.actor("unit_officer")
    token = unsubscribe_token(settings, user.id)
    done = await client.post(f"/api/v1/notifications/unsubscribe?token={token}")
    assert done.status_code == 200 and done.json() == {"email_mode": "off"}
    prefs = await client.get("/api/v1/me/notification-preferences", headers=user.headers)
    assert prefs.json()["email_mode"] == "off"
    forged = await client.post(f"/api/v1/notifications/unsubscribe?token={user.id.hex}.{'0' * 32}")
    assert forged.status_code == 404


async def test_admin_status_says_email_is_off_without_smtp(client, factory):
    admin = await factory.actor("admin")
    status = await client.get("/api/v1/admin/status", headers=admin.headers)
    assert status.json()["email"]["enabled"] is False
    assert "PLANDESK_SMTP_HOST" in status.json()["email"]["detail"]


async def test_admins_flag_a_unit_head(client, factory):
    admin = await factory.actor("admin")
    unit = await factory.unit()
    user = await factory.user("unit_officer", unit)
    got = await client.get(f"/api/v1/users/{user.id}", headers=admin.headers)
    assert got.json()["unit_head"] is False
    flagged = await client.patch(
        f"/api/v1/users/{user.id}",
        json={"unit_head": True},
        headers={**admin.headers, "If-Match": got.headers["ETag"]},
    )
    assert flagged.status_code == 200 and flagged.json()["unit_head"] is True


async def test_reminder_rules_of_an_unknown_plan_are_404(client, factory):
    import uuid

    coordinator = await factory.actor("coordinator")
    missing = await client.get(f"/api/v1/plans/{uuid.uuid4()}/reminder-rules", headers=coordinator.headers)
    assert missing.status_code == 404
    assert missing.headers["content-type"].startswith("application/problem+json")


async def test_a_burst_for_one_person_goes_as_one_email(client, factory, plans, tasks, app, driver, smtp):
    world = await make_world(factory, plans, tasks, DUE)
    await driver.run_at(dt.datetime(2026, 2, 1, 2, tzinfo=dt.UTC))  # the new task: its own e-mail
    for i in range(4):
        await _urge(client, world, f"Lần {i + 1}")
    await driver.run_at(dt.datetime(2026, 2, 1, 3, tzinfo=dt.UTC))
    subjects = smtp.subjects("officer.a@example.org")
    assert subjects == ["Nhiệm vụ mới cho đơn vị: Tuyên truyền Đại hội XIII", "PlanDesk: 4 thông báo mới"]
    text = smtp.to("officer.a@example.org")[-1].get_body(("plain",)).get_content()
    assert all(f"Lần {i}" in text for i in range(1, 5))
