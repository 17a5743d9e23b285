"""The approved baseline: frozen on publication, re-baselined with a reason, diffed against the plan."""

from __future__ import annotations

from sqlalchemy import select

from plandesk.core.audit import AuditEntry
from tests.plans.factories import anchored, fixed
from tests.reports.helpers import API, publish, set_status


async def _world(factory, plans, tasks):
    coordinator = await factory.actor("coordinator")
    lead, support, other = (
        await factory.unit("Sở Văn hóa"),
        await factory.unit("Đài PT-TH"),
        await factory.unit(),
    )
    plan = await plans.plan()
    congress = await plans.milestone(plan, "2020-10-15", title="Đại hội Đảng bộ tỉnh")
    phase = await plans.phase(plan, "I", start=fixed("2020-02-11"), end=anchored(congress, "end"))
    anchored_task = await tasks.task(
        plan,
        lead,
        [support],
        due=anchored(congress, "end", -5),
        title="Tuyên truyền trước đại hội",
        phase_id=phase.id,
    )
    kept = await tasks.task(plan, lead, due="2020-05-15", title="Hội nghị báo cáo viên", phase_id=phase.id)
    doomed = await tasks.task(plan, other, due="2020-06-01", title="Triển lãm ảnh")
    return coordinator, plan, congress, phase, anchored_task, kept, doomed, (lead, support, other)


async def _diff(client, headers, plan, **params):
    resp = await client.get(f"{API}/plans/{plan.id}/baseline-diff", params=params, headers=headers)
    assert resp.status_code == 200, resp.text
    return resp.json()


async def test_publishing_a_plan_freezes_baseline_one(client, factory, plans, tasks):
    coordinator, plan, *_ = await _world(factory, plans, tasks)
    await publish(client, coordinator.headers, plan.id)

    listed = (await client.get(f"{API}/plans/{plan.id}/baselines", headers=coordinator.headers)).json()[
        "items"
    ]
    assert [(b["number"], b["reason"]) for b in listed] == [(1, "Ban hành kế hoạch")]
    diff = await _diff(client, coordinator.headers, plan)
    assert diff["summary"]["tasks_in_baseline"] == 3
    assert diff["summary"]["tasks_now"] == 3
    assert diff["tasks_moved"] == diff["tasks_added"] == diff["tasks_cancelled"] == []


async def test_diff_after_moving_a_milestone_adding_and_cancelling_tasks(client, factory, plans, tasks):
    coordinator, plan, congress, _phase, _anchored_task, _kept, doomed, units = await _world(
        factory, plans, tasks
    )
    lead, _, other = units
    await publish(client, coordinator.headers, plan.id)

    moved = await client.post(
        f"{API}/milestones/{congress.id}/move", json={"date": "2020-10-25"}, headers=coordinator.headers
    )
    assert moved.status_code == 200, moved.text
    added = await tasks.task(plan, lead, due="2020-09-01", title="Tuyên truyền phòng chống dịch")
    await set_status(client, coordinator.headers, doomed.id, other.id, "cancelled")

    diff = await _diff(client, coordinator.headers, plan)
    assert diff["baseline"]["number"] == 1
    assert diff["milestones_moved"] == [
        {
            "id": str(congress.id),
            "title": "Đại hội Đảng bộ tỉnh",
            "before": "2020-10-15",
            "after": "2020-10-25",
            "shift_days": 10,
        }
    ]
    assert [
        (p["label"], p["end_before"], p["end_after"], p["end_shift_days"]) for p in diff["phases_moved"]
    ] == [("I", "2020-10-15", "2020-10-25", 10)]
    assert [(t["title"], t["due_before"], t["due_after"], t["shift_days"]) for t in diff["tasks_moved"]] == [
        ("Tuyên truyền trước đại hội", "2020-10-10", "2020-10-20", 10)
    ]
    assert [(t["id"], t["title"], t["due_date"]) for t in diff["tasks_added"]] == [
        (str(added.id), "Tuyên truyền phòng chống dịch", "2020-09-01")
    ]
    assert [t["title"] for t in diff["tasks_cancelled"]] == ["Triển lãm ảnh"]
    assert diff["unit_names"][str(other.id)] == other.name
    expected = {
        "phases_moved": 1,
        "milestones_moved": 1,
        "tasks_moved": 1,
        "tasks_later": 1,
        "days_lost": 10,
        "days_gained": 0,
        "tasks_added": 1,
        "tasks_cancelled": 1,
        "tasks_removed": 0,
        "tasks_in_baseline": 3,
        "tasks_now": 4,
    }
    assert {k: diff["summary"][k] for k in expected} == expected


async def test_reassigning_a_lead_unit_shows_in_the_diff(client, factory, plans, tasks):
    coordinator, plan, _, _, _, kept, _, units = await _world(factory, plans, tasks)
    lead, _support, other = units
    await publish(client, coordinator.headers, plan.id)
    got = await client.get(f"{API}/tasks/{kept.id}", headers=coordinator.headers)
    resp = await client.patch(
        f"{API}/tasks/{kept.id}",
        json={"lead_unit_id": str(other.id)},
        headers={**coordinator.headers, "If-Match": got.headers["ETag"]},
    )
    assert resp.status_code == 200, resp.text

    diff = await _diff(client, coordinator.headers, plan)
    assert [(t["title"], t["lead_before"], t["lead_after"]) for t in diff["tasks_reassigned"]] == [
        ("Hội nghị báo cáo viên", str(lead.id), str(other.id))
    ]


async def test_rebaselining_keeps_the_earlier_baseline_and_audits_the_reason(
    client, factory, plans, tasks, session
):
    coordinator, plan, congress, *_ = await _world(factory, plans, tasks)
    await publish(client, coordinator.headers, plan.id)
    await client.post(
        f"{API}/milestones/{congress.id}/move", json={"date": "2020-10-25"}, headers=coordinator.headers
    )

    resp = await client.post(
        f"{API}/plans/{plan.id}/baselines",
        json={"reason": "Đại hội tỉnh lùi 10 ngày theo chỉ đạo của Trung ương"},
        headers=coordinator.headers,
    )
    assert resp.status_code == 201, resp.text
    assert resp.json()["number"] == 2

    latest = await _diff(client, coordinator.headers, plan)
    assert (latest["baseline"]["number"], latest["summary"]["milestones_moved"]) == (2, 0)
    first = await _diff(client, coordinator.headers, plan, baseline=1)
    assert (first["baseline"]["number"], first["summary"]["milestones_moved"]) == (1, 1)
    entries = (
        await session.scalars(
            select(AuditEntry).where(
                AuditEntry.action == "plan.baselined", AuditEntry.entity_id == str(plan.id)
            )
        )
    ).all()
    reasons = sorted(e.changes["reason"]["after"] for e in entries)
    assert reasons == ["Ban hành kế hoạch", "Đại hội tỉnh lùi 10 ngày theo chỉ đạo của Trung ương"]


async def test_unit_officers_cannot_rebaseline(client, factory, plans):
    officer = await factory.actor("unit_officer")
    plan = await plans.plan()
    resp = await client.post(
        f"{API}/plans/{plan.id}/baselines", json={"reason": "Thử"}, headers=officer.headers
    )
    assert resp.status_code == 403
    assert resp.json()["status"] == 403


async def test_a_plan_without_a_baseline_has_no_diff(client, factory, plans):
    viewer = await factory.actor("viewer")
    plan = await plans.plan()
    resp = await client.get(f"{API}/plans/{plan.id}/baseline-diff", headers=viewer.headers)
    assert resp.status_code == 404
    assert resp.json()["title"]


async def test_the_baseline_schedule_gives_the_approved_windows_for_the_timeline_ghosts(
    client, factory, plans, tasks
):
    coordinator, plan, congress, phase, *_ = await _world(factory, plans, tasks)
    await publish(client, coordinator.headers, plan.id)
    moved = await client.post(
        f"{API}/milestones/{congress.id}/move", json={"date": "2020-10-25"}, headers=coordinator.headers
    )
    assert moved.status_code == 200, moved.text

    r = await client.get(f"{API}/plans/{plan.id}/baseline-schedule", headers=coordinator.headers)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["baseline"]["number"] == 1
    assert [(p["id"], p["start_date"], p["end_date"]) for p in body["phases"]] == [
        (str(phase.id), "2020-02-11", "2020-10-15")
    ]
    assert [(m["id"], m["range_start"]) for m in body["milestones"]] == [(str(congress.id), "2020-10-15")]
    assert "tasks" not in body


async def test_a_plan_without_a_baseline_has_no_schedule(client, factory, plans, tasks):
    coordinator, plan, *_ = await _world(factory, plans, tasks)
    r = await client.get(f"{API}/plans/{plan.id}/baseline-schedule", headers=coordinator.headers)
    assert r.status_code == 404
