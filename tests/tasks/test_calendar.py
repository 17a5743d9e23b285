"""The iCalendar feed: opened by a per-user token that the user can rotate."""

from __future__ import annotations

from icalendar import Calendar


async def _token(client, actor, **params):
    resp = await client.post("/api/v1/me/feed-token", params=params, headers=actor.headers)
    assert resp.status_code == 201, resp.text
    return resp.json()


def _events(text: str) -> dict[str, dict]:
    cal = Calendar.from_ical(text)
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


async def test_feed_lists_milestones_and_task_deadlines(client, factory, plans, tasks):
    viewer = await factory.actor("viewer")
    unit = await factory.unit("Ban Tuyên giáo")
    plan = await plans.plan(code="148-KH/TU")
    m = await plans.milestone(plan, "2020-10-01", "month", title="Đại hội Đảng bộ tỉnh")
    task = await tasks.task(plan, unit, due="2020-04-15", title="Xây dựng đề cương", source_section="IV.1")
    await tasks.task(plan, unit, title="Không có hạn")
    token = (await _token(client, viewer))["token"]
    resp = await client.get(f"/api/v1/plans/{plan.id}/calendar.ics", params={"token": token})
    assert resp.status_code == 200, resp.text
    assert resp.headers["content-type"].startswith("text/calendar")
    events = _events(resp.text)
    assert set(events) == {f"milestone-{m.id}@plandesk", f"task-{task.id}@plandesk"}
    milestone = events[f"milestone-{m.id}@plandesk"]
    assert str(milestone["SUMMARY"]) == "Đại hội Đảng bộ tỉnh"
    assert milestone.decoded("DTSTART").isoformat() == "2020-10-01"
    assert milestone.decoded("DTEND").isoformat() == "2020-11-01"  # exclusive end of October
    deadline = events[f"task-{task.id}@plandesk"]
    assert str(deadline["SUMMARY"]) == "Hạn: [IV.1] Xây dựng đề cương"
    assert "Ban Tuyên giáo" in str(deadline["DESCRIPTION"])


async def test_feed_for_one_unit_keeps_only_its_deadlines(client, factory, plans, tasks):
    viewer = await factory.actor("viewer")
    mine, other = await factory.unit(), await factory.unit()
    plan = await plans.plan()
    t_mine = await tasks.task(plan, other, [mine], due="2020-04-15")
    await tasks.task(plan, other, due="2020-04-20")
    token = (await _token(client, viewer))["token"]
    resp = await client.get(
        f"/api/v1/plans/{plan.id}/calendar.ics", params={"token": token, "unit_id": str(mine.id)}
    )
    assert set(_events(resp.text)) == {f"task-{t_mine.id}@plandesk"}


async def test_rotating_the_token_cuts_off_the_old_one(client, factory, plans):
    viewer = await factory.actor("viewer")
    plan = await plans.plan()
    old = (await _token(client, viewer))["token"]
    new = (await _token(client, viewer))["token"]
    assert old != new
    url = f"/api/v1/plans/{plan.id}/calendar.ics"
    assert (await client.get(url, params={"token": old})).status_code == 401
    assert (await client.get(url, params={"token": new})).status_code == 200


async def test_the_url_is_returned_once_with_the_token(client, factory, plans):
    viewer = await factory.actor("viewer")
    plan = await plans.plan()
    body = await _token(client, viewer, plan_id=str(plan.id))
    assert body["url"].endswith(f"/api/v1/plans/{plan.id}/calendar.ics?token={body['token']}")
    assert "{plan_id}" in body["url_template"]


async def test_missing_or_unknown_token_is_401(client, plans):
    plan = await plans.plan()
    url = f"/api/v1/plans/{plan.id}/calendar.ics"
    assert (await client.get(url)).status_code == 401
    resp = await client.get(url, params={"token": "not-a-token"})
    assert resp.status_code == 401 and resp.headers["content-type"].startswith("application/problem+json")


async def test_a_bearer_token_does_not_open_the_feed(client, factory, plans):
    viewer = await factory.actor("viewer")
    plan = await plans.plan()
    assert (
        await client.get(f"/api/v1/plans/{plan.id}/calendar.ics", headers=viewer.headers)
    ).status_code == 401


async def test_deactivated_users_token_stops_working(client, factory, plans):
    admin, viewer = await factory.actor("admin"), await factory.actor("viewer")
    plan = await plans.plan()
    token = (await _token(client, viewer))["token"]
    etag = (await client.get(f"/api/v1/users/{viewer.id}", headers=admin.headers)).headers["ETag"]
    await client.patch(
        f"/api/v1/users/{viewer.id}", json={"active": False}, headers={**admin.headers, "If-Match": etag}
    )
    assert (
        await client.get(f"/api/v1/plans/{plan.id}/calendar.ics", params={"token": token})
    ).status_code == 401


async def test_revoked_token_stops_working(client, factory, plans):
    viewer = await factory.actor("viewer")
    plan = await plans.plan()
    token = (await _token(client, viewer))["token"]
    assert (await client.delete("/api/v1/me/feed-token", headers=viewer.headers)).status_code == 204
    assert (
        await client.get(f"/api/v1/plans/{plan.id}/calendar.ics", params={"token": token})
    ).status_code == 401


async def test_feed_of_unknown_plan_is_404(client, factory):
    viewer = await factory.actor("viewer")
    token = (await _token(client, viewer))["token"]
    resp = await client.get(
        "/api/v1/plans/00000000-0000-0000-0000-000000000000/calendar.ics", params={"token": token}
    )
    assert resp.status_code == 404


async def test_only_the_digest_of_the_token_is_stored(client, factory, session):
    from sqlalchemy import select

    from plandesk.users.models import User

    viewer = await factory.actor("viewer")
    token = (await _token(client, viewer))["token"]
    stored = (await session.execute(select(User.feed_token_hash).where(User.id == viewer.id))).scalar_one()
    assert stored and stored != token and token not in stored
