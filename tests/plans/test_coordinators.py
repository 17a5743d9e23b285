"""Who coordinates a plan: set by its creator, changed by admins or its coordinators, under If-Match."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from plandesk.core.events import Event


async def test_a_coordinator_who_creates_a_plan_coordinates_it(client, factory):
    coordinator = await factory.actor("coordinator", full_name="Nguyễn Văn Điều Phối")
    r = await client.post(
        "/api/v1/plans", json={"code": "1-KH/TU", "title": "Kế hoạch thử"}, headers=coordinator.headers
    )
    assert r.status_code == 201, r.text
    listed = await client.get(f"/api/v1/plans/{r.json()['id']}/coordinators", headers=coordinator.headers)
    assert listed.status_code == 200
    assert listed.json() == {
        "items": [{"user_id": str(coordinator.id), "full_name": "Nguyễn Văn Điều Phối", "active": True}],
        "next_cursor": None,
    }
    assert listed.headers["etag"] == r.headers["etag"]


async def test_an_admin_sets_the_list_which_moves_the_plans_etag_and_is_told(client, factory, plans, session):
    admin = await factory.actor("admin")
    one, two = await factory.actor("coordinator"), await factory.actor("coordinator")
    plan = await plans.plan()
    etag = (await client.get(f"/api/v1/plans/{plan.id}", headers=admin.headers)).headers["etag"]
    r = await client.put(
        f"/api/v1/plans/{plan.id}/coordinators",
        json={"user_ids": [str(one.id), str(two.id), str(one.id)]},
        headers={**admin.headers, "If-Match": etag},
    )
    assert r.status_code == 200, r.text
    assert sorted(i["user_id"] for i in r.json()["items"]) == sorted([str(one.id), str(two.id)])
    assert r.headers["etag"] != etag
    stale = await client.put(
        f"/api/v1/plans/{plan.id}/coordinators",
        json={"user_ids": []},
        headers={**admin.headers, "If-Match": etag},
    )
    assert stale.status_code == 412
    missing = await client.put(
        f"/api/v1/plans/{plan.id}/coordinators", json={"user_ids": []}, headers=admin.headers
    )
    assert missing.status_code == 428
    events = (await session.execute(select(Event).where(Event.type == "plan.updated"))).scalars().all()
    assert any("coordinator_ids" in e.data["changes"] for e in events)


async def test_only_coordinators_of_the_plan_change_it_once_it_has_some(client, factory, plans):
    plan = await plans.plan()
    mine, outsider, newcomer = (
        await factory.actor("coordinator"),
        await factory.actor("coordinator"),
        await factory.actor("coordinator"),
    )
    await plans.coordinate(plan, mine.user)
    etag = (await client.get(f"/api/v1/plans/{plan.id}", headers=mine.headers)).headers["etag"]
    refused = await client.put(
        f"/api/v1/plans/{plan.id}/coordinators",
        json={"user_ids": [str(outsider.id)]},
        headers={**outsider.headers, "If-Match": etag},
    )
    assert refused.status_code == 403
    ok = await client.put(
        f"/api/v1/plans/{plan.id}/coordinators",
        json={"user_ids": [str(mine.id), str(newcomer.id)]},
        headers={**mine.headers, "If-Match": etag},
    )
    assert ok.status_code == 200, ok.text


async def test_a_plan_without_coordinators_may_be_claimed_by_a_coordinator(client, factory, plans):
    plan = await plans.plan()  # made by the importer/system: nobody coordinates it yet
    coordinator = await factory.actor("coordinator")
    etag = (await client.get(f"/api/v1/plans/{plan.id}", headers=coordinator.headers)).headers["etag"]
    r = await client.put(
        f"/api/v1/plans/{plan.id}/coordinators",
        json={"user_ids": [str(coordinator.id)]},
        headers={**coordinator.headers, "If-Match": etag},
    )
    assert r.status_code == 200, r.text


async def test_only_active_coordinators_can_be_named(client, factory, plans):
    admin = await factory.actor("admin")
    officer = await factory.actor("unit_officer")
    gone = await factory.actor("coordinator", active=False)
    plan = await plans.plan()
    etag = (await client.get(f"/api/v1/plans/{plan.id}", headers=admin.headers)).headers["etag"]
    r = await client.put(
        f"/api/v1/plans/{plan.id}/coordinators",
        json={"user_ids": [str(officer.id), str(gone.id), str(uuid.uuid4())]},
        headers={**admin.headers, "If-Match": etag},
    )
    assert r.status_code == 422
    assert r.headers["content-type"].startswith("application/problem+json")
    codes = [e.get("type") or e.get("code") for e in r.json()["errors"]]
    assert codes == ["not_a_coordinator", "not_a_coordinator", "unknown_user"]


async def test_other_roles_read_but_cannot_change_the_list(client, factory, plans):
    plan = await plans.plan()
    viewer = await factory.actor("viewer")
    assert (
        await client.get(f"/api/v1/plans/{plan.id}/coordinators", headers=viewer.headers)
    ).status_code == 200
    r = await client.put(
        f"/api/v1/plans/{plan.id}/coordinators",
        json={"user_ids": []},
        headers={**viewer.headers, "If-Match": '"x"'},
    )
    assert r.status_code == 403
    unknown = await client.get(f"/api/v1/plans/{uuid.uuid4()}/coordinators", headers=viewer.headers)
    assert unknown.status_code == 404
    anonymous = await client.get(f"/api/v1/plans/{plan.id}/coordinators")
    assert anonymous.status_code == 401


async def test_a_malformed_body_is_a_problem_not_a_500(client, factory, plans):
    admin = await factory.actor("admin")
    plan = await plans.plan()
    etag = (await client.get(f"/api/v1/plans/{plan.id}", headers=admin.headers)).headers["etag"]
    for body in ({"user_ids": "x"}, {"user_ids": ["not-a-uuid"]}, {"user_ids": [], "extra": 1}, []):
        r = await client.put(
            f"/api/v1/plans/{plan.id}/coordinators", json=body, headers={**admin.headers, "If-Match": etag}
        )
        assert r.status_code == 422, (body, r.text)
