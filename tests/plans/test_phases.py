"""Phases: one level of sub-phases, ordered, with topics and a window of two DateRefs."""

from __future__ import annotations

from tests.plans.factories import anchored, fixed


async def _create(client, headers, plan, **body):
    return await client.post(f"/api/v1/plans/{plan.id}/phases", json=body, headers=headers)


async def test_phase_window_anchored_to_a_milestone_is_resolved(client, factory, plans):
    coordinator = await factory.actor("coordinator")
    plan = await plans.plan()
    m = await plans.milestone(plan, "2020-08-01", "month", title="Kết thúc đại hội cấp huyện")
    resp = await _create(
        client,
        coordinator.headers,
        plan,
        label="I",
        title="Đợt I",
        topics=["90 năm lịch sử vẻ vang của Đảng", "Thành tựu 5 năm"],
        start=fixed("2020-02-01"),
        end=anchored(m, "end"),
    )
    assert resp.status_code == 201, resp.text
    body = resp.json()
    assert (body["start_date"], body["end_date"]) == ("2020-02-01", "2020-08-31")
    assert body["end"] == {"kind": "milestone", "milestone_id": str(m.id), "side": "end", "offset_days": 0}
    assert body["topics"] == ["90 năm lịch sử vẻ vang của Đảng", "Thành tựu 5 năm"]


async def test_window_ending_before_it_starts_is_422(client, factory, plans):
    coordinator = await factory.actor("coordinator")
    plan = await plans.plan()
    resp = await _create(
        client,
        coordinator.headers,
        plan,
        label="I",
        title="Đợt I",
        start=fixed("2020-09-01"),
        end=fixed("2020-08-01"),
    )
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["body", "end"]


async def test_malformed_dateref_is_422(client, factory, plans):
    coordinator = await factory.actor("coordinator")
    plan = await plans.plan()
    for bad in (
        {"kind": "fixed"},
        {"kind": "someday", "date": "2020-01-01"},
        {"kind": "milestone", "milestone_id": "not-a-uuid", "side": "end"},
        {"kind": "milestone", "milestone_id": "00000000-0000-0000-0000-000000000001", "side": "middle"},
    ):
        resp = await _create(client, coordinator.headers, plan, label="I", title="Đợt I", end=bad)
        assert resp.status_code == 422, bad
        assert resp.json()["errors"][0]["loc"][:2] == ["body", "end"]


async def test_sub_phases_follow_their_parent_in_reading_order(client, factory, plans):
    viewer = await factory.actor("viewer")
    plan = await plans.plan()
    one = await plans.phase(plan, "I", position=0)
    three = await plans.phase(plan, "III", position=2)
    two = await plans.phase(plan, "II", position=1)
    await plans.phase(plan, "3.2", parent_id=three.id, position=1)
    await plans.phase(plan, "3.1", parent_id=three.id, position=0)
    resp = await client.get(f"/api/v1/plans/{plan.id}/phases", headers=viewer.headers)
    assert [p["label"] for p in resp.json()["items"]] == ["I", "II", "III", "3.1", "3.2"]
    assert {p["label"]: p["parent_id"] for p in resp.json()["items"]}["3.1"] == str(three.id)
    assert one.position == 0 and two.position == 1


async def test_position_defaults_to_after_the_siblings(client, factory, plans):
    coordinator = await factory.actor("coordinator")
    plan = await plans.plan()
    await plans.phase(plan, "I")
    resp = await _create(client, coordinator.headers, plan, label="II", title="Đợt II")
    assert resp.json()["position"] == 1


async def test_phases_nest_only_one_level(client, factory, plans):
    coordinator = await factory.actor("coordinator")
    plan = await plans.plan()
    top = await plans.phase(plan, "III")
    sub = await plans.phase(plan, "3.1", parent_id=top.id)
    resp = await _create(client, coordinator.headers, plan, label="3.1.1", title="x", parent_id=str(sub.id))
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["body", "parent_id"]


async def test_a_phase_with_sub_phases_cannot_become_one(client, factory, plans):
    coordinator = await factory.actor("coordinator")
    plan = await plans.plan()
    one, three = await plans.phase(plan, "I"), await plans.phase(plan, "III")
    await plans.phase(plan, "3.1", parent_id=three.id)
    etag = (await client.get(f"/api/v1/phases/{three.id}", headers=coordinator.headers)).headers["ETag"]
    resp = await client.patch(
        f"/api/v1/phases/{three.id}",
        json={"parent_id": str(one.id)},
        headers={**coordinator.headers, "If-Match": etag},
    )
    assert resp.status_code == 422


async def test_parent_from_another_plan_is_422(client, factory, plans):
    coordinator = await factory.actor("coordinator")
    plan, other = await plans.plan(), await plans.plan()
    foreign = await plans.phase(other, "I")
    resp = await _create(client, coordinator.headers, plan, label="1.1", title="x", parent_id=str(foreign.id))
    assert resp.status_code == 422


async def test_duplicate_label_in_a_plan_is_409(client, factory, plans):
    coordinator = await factory.actor("coordinator")
    plan = await plans.plan()
    await plans.phase(plan, "I")
    resp = await _create(client, coordinator.headers, plan, label="I", title="Đợt I lần nữa")
    assert resp.status_code == 409


async def test_patch_can_clear_a_window_end(client, factory, plans):
    coordinator = await factory.actor("coordinator")
    plan = await plans.plan()
    phase = await plans.phase(plan, start=fixed("2020-02-01"), end=fixed("2020-08-31"))
    etag = (await client.get(f"/api/v1/phases/{phase.id}", headers=coordinator.headers)).headers["ETag"]
    resp = await client.patch(
        f"/api/v1/phases/{phase.id}", json={"end": None}, headers={**coordinator.headers, "If-Match": etag}
    )
    assert resp.status_code == 200
    assert (resp.json()["end"], resp.json()["end_date"], resp.json()["start_date"]) == (
        None,
        None,
        "2020-02-01",
    )


async def test_patch_re_anchors_the_start(client, factory, plans):
    coordinator = await factory.actor("coordinator")
    plan = await plans.plan()
    m = await plans.milestone(plan, "2020-09-01")
    phase = await plans.phase(plan, start=fixed("2020-02-01"), end=fixed("2020-12-31"))
    etag = (await client.get(f"/api/v1/phases/{phase.id}", headers=coordinator.headers)).headers["ETag"]
    resp = await client.patch(
        f"/api/v1/phases/{phase.id}",
        json={"start": anchored(m, "start", 1)},
        headers={**coordinator.headers, "If-Match": etag},
    )
    assert resp.json()["start_date"] == "2020-09-02" and resp.json()["end_date"] == "2020-12-31"


async def test_stale_phase_etag_is_412_and_changes_nothing(client, factory, plans):
    coordinator = await factory.actor("coordinator")
    plan = await plans.plan()
    phase = await plans.phase(plan, title="Đợt I")
    resp = await client.patch(
        f"/api/v1/phases/{phase.id}",
        json={"title": "Đợt một"},
        headers={**coordinator.headers, "If-Match": f'"{phase.id.hex}-7"'},
    )
    assert resp.status_code == 412
    assert (await client.get(f"/api/v1/phases/{phase.id}", headers=coordinator.headers)).json()[
        "title"
    ] == "Đợt I"


async def test_deleting_a_phase_deletes_its_sub_phases(client, factory, plans):
    coordinator = await factory.actor("coordinator")
    plan = await plans.plan()
    top = await plans.phase(plan, "III")
    sub = await plans.phase(plan, "3.1", parent_id=top.id)
    etag = (await client.get(f"/api/v1/phases/{top.id}", headers=coordinator.headers)).headers["ETag"]
    resp = await client.delete(f"/api/v1/phases/{top.id}", headers={**coordinator.headers, "If-Match": etag})
    assert resp.status_code == 204
    assert (await client.get(f"/api/v1/phases/{sub.id}", headers=coordinator.headers)).status_code == 404


async def test_unit_officer_reads_but_cannot_write_phases(client, factory, plans):
    officer = await factory.actor("unit_officer")
    plan = await plans.plan()
    assert (await client.get(f"/api/v1/plans/{plan.id}/phases", headers=officer.headers)).status_code == 200
    resp = await _create(client, officer.headers, plan, label="I", title="Đợt I")
    assert resp.status_code == 403
