"""Milestones with fuzzy dates; moving one re-resolves every date anchored to it."""

from __future__ import annotations

from tests.plans.factories import anchored, fixed


async def _etag(client, headers, url):
    return (await client.get(url, headers=headers)).headers["ETag"]


async def test_month_precision_resolves_to_the_whole_month(client, factory, plans):
    coordinator = await factory.actor("coordinator")
    plan = await plans.plan()
    resp = await client.post(
        f"/api/v1/plans/{plan.id}/milestones",
        json={"title": "Kết thúc đại hội cấp huyện", "date": "2020-08-01", "precision": "month"},
        headers=coordinator.headers,
    )
    assert resp.status_code == 201, resp.text
    body = resp.json()
    assert (body["range_start"], body["range_end"]) == ("2020-08-01", "2020-08-31")
    assert body["status"] == "planned" and body["kind"] == "event"


async def test_quarter_precision_resolves_to_the_quarter(client, factory, plans):
    coordinator = await factory.actor("coordinator")
    plan = await plans.plan()
    resp = await client.post(
        f"/api/v1/plans/{plan.id}/milestones",
        json={"title": "Đại hội XIII", "kind": "event", "date": "2021-01-25", "precision": "quarter"},
        headers=coordinator.headers,
    )
    assert (resp.json()["range_start"], resp.json()["range_end"]) == ("2021-01-01", "2021-03-31")


async def test_a_date_without_precision_is_a_day(client, factory, plans):
    coordinator = await factory.actor("coordinator")
    plan = await plans.plan()
    resp = await client.post(
        f"/api/v1/plans/{plan.id}/milestones",
        json={"title": "Kỷ niệm 90 năm thành lập Đảng", "date": "2020-02-03"},
        headers=coordinator.headers,
    )
    assert resp.json()["precision"] == "day" and resp.json()["range_end"] == "2020-02-03"


async def test_an_undated_milestone_is_allowed(client, factory, plans):
    coordinator = await factory.actor("coordinator")
    plan = await plans.plan()
    resp = await client.post(
        f"/api/v1/plans/{plan.id}/milestones", json={"title": "Đại hội chi bộ"}, headers=coordinator.headers
    )
    assert resp.status_code == 201 and resp.json()["range_start"] is None


async def test_precision_without_date_is_422(client, factory, plans):
    coordinator = await factory.actor("coordinator")
    plan = await plans.plan()
    resp = await client.post(
        f"/api/v1/plans/{plan.id}/milestones",
        json={"title": "X", "precision": "month"},
        headers=coordinator.headers,
    )
    assert resp.status_code == 422


async def test_milestones_list_in_date_order_undated_last(client, factory, plans):
    viewer = await factory.actor("viewer")
    plan = await plans.plan()
    await plans.milestone(plan, None, title="Chưa rõ ngày")
    await plans.milestone(plan, "2020-10-15", "month", title="Đại hội tỉnh")
    await plans.milestone(plan, "2020-08-31", title="Đại hội huyện")
    resp = await client.get(f"/api/v1/plans/{plan.id}/milestones", headers=viewer.headers)
    assert [m["title"] for m in resp.json()["items"]] == ["Đại hội huyện", "Đại hội tỉnh", "Chưa rõ ngày"]


async def test_moving_a_milestone_shifts_anchored_dates_and_leaves_fixed_ones(client, factory, plans, tasks):
    coordinator = await factory.actor("coordinator")
    unit = await factory.unit()
    plan = await plans.plan()
    congress = await plans.milestone(plan, "2020-08-31", "day", title="Kết thúc đại hội cấp huyện")
    phase = await plans.phase(plan, "I", start=fixed("2020-02-01"), end=anchored(congress, "end"))
    fixed_phase = await plans.phase(plan, "II", start=fixed("2020-09-01"), end=fixed("2020-10-31"))
    anchored_task = await tasks.task(plan, unit, due=anchored(congress, "end", offset_days=-15))
    fixed_task = await tasks.task(plan, unit, due="2020-04-15")

    resp = await client.post(
        f"/api/v1/milestones/{congress.id}/move", json={"date": "2020-09-10"}, headers=coordinator.headers
    )
    assert resp.status_code == 200, resp.text
    assert resp.json()["range_end"] == "2020-09-10" and resp.json()["status"] == "moved"

    get = lambda url: client.get(url, headers=coordinator.headers)  # noqa: E731
    assert (await get(f"/api/v1/phases/{phase.id}")).json()["end_date"] == "2020-09-10"
    assert (await get(f"/api/v1/phases/{phase.id}")).json()["start_date"] == "2020-02-01"
    assert (await get(f"/api/v1/phases/{fixed_phase.id}")).json()["end_date"] == "2020-10-31"
    assert (await get(f"/api/v1/tasks/{anchored_task.id}")).json()["due_date"] == "2020-08-26"
    assert (await get(f"/api/v1/tasks/{fixed_task.id}")).json()["due_date"] == "2020-04-15"


async def test_a_coarser_precision_moves_end_anchors_to_the_end_of_the_period(client, factory, plans):
    coordinator = await factory.actor("coordinator")
    plan = await plans.plan()
    m = await plans.milestone(plan, "2020-10-15", "day")
    phase = await plans.phase(plan, start=anchored(m, "start"), end=anchored(m, "end"))
    etag = await _etag(client, coordinator.headers, f"/api/v1/milestones/{m.id}")
    resp = await client.patch(
        f"/api/v1/milestones/{m.id}",
        json={"precision": "month"},
        headers={**coordinator.headers, "If-Match": etag},
    )
    assert resp.status_code == 200 and resp.json()["range_end"] == "2020-10-31"
    body = (await client.get(f"/api/v1/phases/{phase.id}", headers=coordinator.headers)).json()
    assert (body["start_date"], body["end_date"]) == ("2020-10-01", "2020-10-31")


async def test_moving_is_audited_for_the_milestone_and_each_dependant(client, factory, plans, tasks):
    admin = await factory.actor("admin")
    unit = await factory.unit()
    plan = await plans.plan()
    m = await plans.milestone(plan, "2020-08-31")
    phase = await plans.phase(plan, end=anchored(m))
    task = await tasks.task(plan, unit, due=anchored(m))
    await client.post(f"/api/v1/milestones/{m.id}/move", json={"date": "2020-09-05"}, headers=admin.headers)
    entries = (
        await client.get("/api/v1/audit", params={"action": "", "limit": 200}, headers=admin.headers)
    ).json()
    by_entity = {(e["action"], e["entity_id"]): e["changes"] for e in entries["items"]}
    assert by_entity[("milestone.moved", str(m.id))]["range_end"] == {
        "before": "2020-08-31",
        "after": "2020-09-05",
    }
    assert by_entity[("phase.rescheduled", str(phase.id))]["end_date"] == {
        "before": "2020-08-31",
        "after": "2020-09-05",
    }
    assert by_entity[("task.rescheduled", str(task.id))]["due_date"] == {
        "before": "2020-08-31",
        "after": "2020-09-05",
    }


async def test_impact_previews_phases_tasks_and_units_without_changing_anything(
    client, factory, plans, tasks
):
    coordinator = await factory.actor("coordinator")
    lead, support = await factory.unit("Ban Tuyên giáo"), await factory.unit("Sở Thông tin")
    plan = await plans.plan()
    m = await plans.milestone(plan, "2020-08-31")
    phase = await plans.phase(plan, "I", end=anchored(m))
    task = await tasks.task(plan, lead, [support], due=anchored(m, offset_days=7))
    await tasks.task(plan, lead, due="2020-05-01")  # not anchored: not in the preview

    resp = await client.get(
        f"/api/v1/milestones/{m.id}/impact", params={"date": "2020-09-30"}, headers=coordinator.headers
    )
    assert resp.status_code == 200, resp.text
    impact = resp.json()
    assert impact["range_end"] == {"before": "2020-08-31", "after": "2020-09-30"}
    assert [(p["id"], p["end_date"]) for p in impact["phases"]] == [
        (str(phase.id), {"before": "2020-08-31", "after": "2020-09-30"})
    ]
    assert [(t["id"], t["due_date"]) for t in impact["tasks"]] == [
        (str(task.id), {"before": "2020-09-07", "after": "2020-10-07"})
    ]
    assert {u["unit_id"]: u["name"] for u in impact["units"]} == {
        str(lead.id): "Ban Tuyên giáo",
        str(support.id): "Sở Thông tin",
    }
    assert impact["conflicts"] == []
    # Nothing moved.
    assert (await client.get(f"/api/v1/milestones/{m.id}", headers=coordinator.headers)).json()[
        "range_end"
    ] == ("2020-08-31")
    assert (await client.get(f"/api/v1/tasks/{task.id}", headers=coordinator.headers)).json()["due_date"] == (
        "2020-09-07"
    )


async def test_move_that_would_invert_a_window_is_409_naming_the_phase(client, factory, plans):
    coordinator = await factory.actor("coordinator")
    plan = await plans.plan()
    m = await plans.milestone(plan, "2020-08-31")
    await plans.phase(
        plan, "3.1", title="Tuyên truyền Đại hội tỉnh", start=fixed("2020-08-01"), end=anchored(m)
    )
    resp = await client.post(
        f"/api/v1/milestones/{m.id}/move", json={"date": "2020-07-15"}, headers=coordinator.headers
    )
    assert resp.status_code == 409
    body = resp.json()
    assert "3.1" in body["detail"] and "Tuyên truyền Đại hội tỉnh" in body["detail"]
    assert body["conflicts"][0]["label"] == "3.1"
    # The milestone did not move.
    assert (await client.get(f"/api/v1/milestones/{m.id}", headers=coordinator.headers)).json()[
        "range_end"
    ] == ("2020-08-31")


async def test_impact_reports_the_conflict_it_would_cause(client, factory, plans):
    coordinator = await factory.actor("coordinator")
    plan = await plans.plan()
    m = await plans.milestone(plan, "2020-08-31")
    phase = await plans.phase(plan, "I", start=fixed("2020-08-01"), end=anchored(m))
    resp = await client.get(
        f"/api/v1/milestones/{m.id}/impact", params={"date": "2020-07-01"}, headers=coordinator.headers
    )
    assert [c["phase_id"] for c in resp.json()["conflicts"]] == [str(phase.id)]


async def test_impact_needs_a_valid_date(client, factory, plans):
    coordinator = await factory.actor("coordinator")
    plan = await plans.plan()
    m = await plans.milestone(plan)
    resp = await client.get(
        f"/api/v1/milestones/{m.id}/impact", params={"date": "31/08/2020"}, headers=coordinator.headers
    )
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["query", "date"]


async def test_move_with_stale_if_match_is_412(client, factory, plans):
    coordinator = await factory.actor("coordinator")
    plan = await plans.plan()
    m = await plans.milestone(plan, "2020-08-31")
    resp = await client.post(
        f"/api/v1/milestones/{m.id}/move",
        json={"date": "2020-09-01"},
        headers={**coordinator.headers, "If-Match": f'"{m.id.hex}-99"'},
    )
    assert resp.status_code == 412


async def test_unit_officer_cannot_move_a_milestone(client, factory, plans):
    officer = await factory.actor("unit_officer")
    plan = await plans.plan()
    m = await plans.milestone(plan)
    resp = await client.post(
        f"/api/v1/milestones/{m.id}/move", json={"date": "2020-09-01"}, headers=officer.headers
    )
    assert resp.status_code == 403


async def test_anchoring_to_another_plans_milestone_is_422(client, factory, plans):
    coordinator = await factory.actor("coordinator")
    plan, other = await plans.plan(), await plans.plan()
    foreign = await plans.milestone(other)
    resp = await client.post(
        f"/api/v1/plans/{plan.id}/phases",
        json={"label": "I", "title": "Đợt I", "end": anchored(foreign)},
        headers=coordinator.headers,
    )
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["body", "end", "milestone_id"]


async def test_a_milestone_something_hangs_on_cannot_be_deleted(client, factory, plans):
    coordinator = await factory.actor("coordinator")
    plan = await plans.plan()
    m = await plans.milestone(plan)
    await plans.phase(plan, end=anchored(m))
    etag = await _etag(client, coordinator.headers, f"/api/v1/milestones/{m.id}")
    resp = await client.delete(
        f"/api/v1/milestones/{m.id}", headers={**coordinator.headers, "If-Match": etag}
    )
    assert resp.status_code == 409
    assert (await client.get(f"/api/v1/milestones/{m.id}", headers=coordinator.headers)).status_code == 200


async def test_a_free_milestone_is_deleted(client, factory, plans):
    coordinator = await factory.actor("coordinator")
    plan = await plans.plan()
    m = await plans.milestone(plan)
    etag = await _etag(client, coordinator.headers, f"/api/v1/milestones/{m.id}")
    resp = await client.delete(
        f"/api/v1/milestones/{m.id}", headers={**coordinator.headers, "If-Match": etag}
    )
    assert resp.status_code == 204
