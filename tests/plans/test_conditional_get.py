"""If-None-Match on single resources and on lists: 304 Not Modified while nothing changed."""

from __future__ import annotations


async def test_a_single_resource_answers_304_until_it_changes(client, factory, plans):
    coordinator = await factory.actor("coordinator")
    plan = await plans.plan()
    milestone = await plans.milestone(plan, "2020-08-31", title="Đại hội huyện")
    url = f"/api/v1/milestones/{milestone.id}"
    first = await client.get(url, headers=coordinator.headers)
    etag = first.headers["ETag"]
    assert etag == first.json()["etag"]  # the body's etag is the header's
    same = await client.get(url, headers={**coordinator.headers, "If-None-Match": etag})
    assert same.status_code == 304 and same.content == b"" and same.headers["ETag"] == etag
    assert same.headers["Cache-Control"] == "no-store"  # signed-in reads stay out of shared caches
    changed = await client.patch(
        url, json={"title": "Đại hội đảng bộ huyện"}, headers={**coordinator.headers, "If-Match": etag}
    )
    assert changed.status_code == 200
    after = await client.get(url, headers={**coordinator.headers, "If-None-Match": etag})
    assert after.status_code == 200 and after.headers["ETag"] != etag


async def test_a_list_sends_a_weak_etag_over_the_page_and_answers_304(client, factory, plans):
    coordinator = await factory.actor("coordinator")
    plan = await plans.plan()
    await plans.milestone(plan, "2020-08-31", title="Đại hội huyện")
    url = f"/api/v1/plans/{plan.id}/milestones"
    first = await client.get(url, headers=coordinator.headers)
    etag = first.headers["ETag"]
    assert etag.startswith('W/"')
    same = await client.get(url, headers={**coordinator.headers, "If-None-Match": etag})
    assert same.status_code == 304
    await plans.milestone(plan, "2020-10-15", "month", title="Đại hội tỉnh")
    after = await client.get(url, headers={**coordinator.headers, "If-None-Match": etag})
    assert after.status_code == 200 and len(after.json()["items"]) == 2


async def test_list_items_carry_the_etag_a_patch_needs(client, factory, plans):
    coordinator = await factory.actor("coordinator")
    plan = await plans.plan()
    await plans.phase(plan, "I")
    item = (await client.get(f"/api/v1/plans/{plan.id}/phases", headers=coordinator.headers)).json()["items"][
        0
    ]
    single = await client.get(f"/api/v1/phases/{item['id']}", headers=coordinator.headers)
    assert item["etag"] == single.headers["ETag"]
    patched = await client.patch(
        f"/api/v1/phases/{item['id']}",
        json={"title": "Đợt I: tuyên truyền"},
        headers={**coordinator.headers, "If-Match": item["etag"]},
    )
    assert patched.status_code == 200


async def test_short_lists_page_with_limit_and_cursor(client, factory, plans):
    viewer = await factory.actor("viewer")
    plan = await plans.plan()
    for day in ("2020-03-01", "2020-04-01", "2020-05-01"):
        await plans.milestone(plan, day, title=f"Mốc {day}")
    url = f"/api/v1/plans/{plan.id}/milestones"
    first = (await client.get(url, params={"limit": 2}, headers=viewer.headers)).json()
    assert len(first["items"]) == 2 and first["next_cursor"]
    rest = (
        await client.get(url, params={"limit": 2, "cursor": first["next_cursor"]}, headers=viewer.headers)
    ).json()
    assert [m["title"] for m in rest["items"]] == ["Mốc 2020-05-01"] and rest["next_cursor"] is None
    bad = await client.get(url, params={"cursor": "forged.cursor"}, headers=viewer.headers)
    assert bad.status_code == 422


async def test_the_state_machines_are_published(client):
    body = (await client.get("/api/v1/meta/transitions")).json()
    machines = {m["resource"]: m for m in body["machines"]}
    assert set(machines) == {"feedback", "assignment", "consultation", "unit_report"}
    assert machines["consultation"]["transitions"]["archived"] == []
    assert machines["unit_report"]["transitions"]["submitted"] == ["accepted", "returned"]


async def test_a_malformed_if_none_match_matches_nothing(client, factory, plans):
    """RFC 9110 §13.1.2: a value that is not a list of ETags names no representation, so the
    answer is the full 200, as without the header (was a 422 the document did not declare)."""
    viewer = await factory.actor("viewer")
    plan = await plans.plan()
    url = f"/api/v1/plans/{plan.id}/milestones"
    first = await client.get(url, headers=viewer.headers)
    etag = first.headers["ETag"]
    for bad in ("x" * 1001, 'W/"a"\x01', etag + "\x01", etag + "," + "x" * 1001):
        resp = await client.get(url, headers={**viewer.headers, "If-None-Match": bad})
        assert resp.status_code == 200 and resp.json() == first.json()
        assert resp.headers["ETag"] == etag
    # HTAB is whitespace a field value may hold: the list still names the ETag.
    assert (
        await client.get(url, headers={**viewer.headers, "If-None-Match": f'W/"x",\t{etag}'})
    ).status_code == 304
