"""The plan dashboard: status counts, deadline standing, unit scoreboard, phases, next 14 days."""

from __future__ import annotations

import datetime as dt

from plandesk.core import localtime

TODAY = dt.date(2020, 6, 1)


def day(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


async def _dashboard(client, headers, plan, today=TODAY):
    resp = await client.get(
        f"/api/v1/plans/{plan.id}/dashboard", params={"today": str(today)}, headers=headers
    )
    assert resp.status_code == 200, resp.text
    return resp.json()


async def test_deadline_standing_as_agencies_report_it(client, factory, plans, tasks):
    viewer = await factory.actor("viewer")
    unit = await factory.unit()
    plan = await plans.plan()
    on_time = await tasks.task(plan, unit, due=day(-10))
    await tasks.set_assignment(on_time, unit, "done", completed_on=day(-12))
    late = await tasks.task(plan, unit, due=day(-10))
    await tasks.set_assignment(late, unit, "done", completed_on=day(-5))
    await tasks.task(plan, unit, due=day(-3))  # overdue 3 days
    await tasks.task(plan, unit, due=day(-15))  # overdue 15 days
    await tasks.task(plan, unit, due=day(-45))  # overdue 45 days
    await tasks.task(plan, unit, due=day(2))  # within deadline, due within 7 days
    await tasks.task(plan, unit, due=day(30))  # within deadline
    await tasks.task(plan, unit)  # no deadline
    cancelled = await tasks.task(plan, unit, due=day(-1))
    await tasks.set_assignment(cancelled, unit, "cancelled")

    d = (await _dashboard(client, viewer.headers, plan))["deadlines"]
    assert d == {
        "counted": 8,
        "with_deadline": 7,
        "without_deadline": 1,
        "done_on_time": 1,
        "done_late": 1,
        "in_progress_within_deadline": 0,
        "not_started": 2,
        "no_deadline": 1,
        "overdue": 3,
        "overdue_by_days": {"days_1_7": 1, "days_8_30": 1, "days_over_30": 1},
        "due_within_7_days": 1,
    }


async def test_done_late_stays_late_after_the_fact(client, factory, plans, tasks):
    viewer = await factory.actor("viewer")
    unit = await factory.unit()
    plan = await plans.plan()
    task = await tasks.task(plan, unit, due=day(-10))
    await tasks.set_assignment(task, unit, "done", completed_on=day(-5))
    for today in (TODAY, day(365)):
        d = (await _dashboard(client, viewer.headers, plan, today))["deadlines"]
        assert (d["done_late"], d["done_on_time"], d["overdue"]) == (1, 0, 0)


async def test_status_counts_for_tasks_and_assignments(client, factory, plans, tasks):
    viewer = await factory.actor("viewer")
    a, b = await factory.unit(), await factory.unit()
    plan = await plans.plan()
    t1 = await tasks.task(plan, a, [b])
    await tasks.set_assignment(t1, a, "in_progress", 50)
    t2 = await tasks.task(plan, b)
    await tasks.set_assignment(t2, b, "done")
    body = await _dashboard(client, viewer.headers, plan)
    assert body["tasks_total"] == 2
    assert body["tasks_by_status"] == {
        "not_started": 0,
        "in_progress": 1,
        "done": 1,
        "blocked": 0,
        "cancelled": 0,
    }
    assert body["assignments_by_status"]["not_started"] == 1
    assert body["assignments_by_status"]["in_progress"] == 1
    assert body["assignments_by_status"]["done"] == 1


async def test_unit_scoreboard_ranks_by_completion(client, factory, plans, tasks):
    viewer = await factory.actor("viewer")
    good, slow = await factory.unit("Ban Tuyên giáo"), await factory.unit("Huyện ủy Lắk")
    plan = await plans.plan()
    t1 = await tasks.task(plan, good, [slow], due=day(-1))
    await tasks.set_assignment(t1, good, "done", completed_on=day(-2))
    t2 = await tasks.task(plan, slow, due=day(-1))
    await tasks.set_assignment(t2, slow, "in_progress", 40)
    units = (await _dashboard(client, viewer.headers, plan))["units"]
    assert [u["name"] for u in units] == ["Ban Tuyên giáo", "Huyện ủy Lắk"]
    assert units[0] | {} == {
        "unit_id": str(good.id),
        "name": "Ban Tuyên giáo",
        "short_name": None,
        "assignments": 1,
        "lead": 1,
        "done": 1,
        "done_on_time": 1,
        "done_late": 0,
        "overdue": 0,
        "open": 0,
        "not_started": 0,
        "in_progress": 0,
        "counted": 1,
        "average_percent": 100.0,
        "completion_rate": 1.0,
    }
    assert (units[1]["assignments"], units[1]["lead"], units[1]["overdue"], units[1]["average_percent"]) == (
        2,
        1,
        2,
        20.0,
    )


async def test_phase_completion_rolls_sub_phases_up(client, factory, plans, tasks):
    viewer = await factory.actor("viewer")
    unit = await factory.unit()
    plan = await plans.plan()
    three = await plans.phase(plan, "III", title="Đợt III")
    sub = await plans.phase(plan, "3.1", parent_id=three.id, title="Đại hội tỉnh")
    done = await tasks.task(plan, unit, phase_id=sub.id)
    await tasks.set_assignment(done, unit, "done")
    await tasks.task(plan, unit, phase_id=three.id)
    await tasks.task(plan, unit)  # no phase
    phases = (await _dashboard(client, viewer.headers, plan))["phases"]
    assert [(p["label"], p["tasks"], p["done"], p["completion_rate"]) for p in phases] == [
        ("III", 2, 1, 0.5),
        ("3.1", 1, 1, 1.0),
        (None, 1, 0, 0.0),
    ]


async def test_next_14_days_lists_deadlines_and_milestones(client, factory, plans, tasks):
    viewer = await factory.actor("viewer")
    unit = await factory.unit()
    plan = await plans.plan()
    await tasks.task(plan, unit, due=day(3), title="Nộp báo cáo sơ kết")
    await tasks.task(plan, unit, due=day(20), title="Quá xa")
    finished = await tasks.task(plan, unit, due=day(4), title="Đã xong")
    await tasks.set_assignment(finished, unit, "done")
    await plans.milestone(plan, day(10), "day", title="Đại hội huyện")
    await plans.milestone(plan, "2020-06-01", "month", title="Tháng 6")  # overlaps today
    await plans.milestone(plan, day(40), "day", title="Xa")
    upcoming = (await _dashboard(client, viewer.headers, plan))["next_14_days"]
    assert upcoming["until"] == str(day(14))
    assert [d["title"] for d in upcoming["deadlines"]] == ["Nộp báo cáo sơ kết"]
    assert [m["title"] for m in upcoming["milestones"]] == ["Tháng 6", "Đại hội huyện"]


async def test_dashboard_of_an_empty_plan_is_all_zeros(client, factory, plans):
    viewer = await factory.actor("viewer")
    plan = await plans.plan()
    body = await _dashboard(client, viewer.headers, plan)
    assert body["tasks_total"] == 0 and body["units"] == [] and body["phases"] == []
    assert body["deadlines"]["overdue"] == 0


async def test_dashboard_of_unknown_plan_is_404(client, factory):
    viewer = await factory.actor("viewer")
    resp = await client.get(
        "/api/v1/plans/00000000-0000-0000-0000-000000000000/dashboard", headers=viewer.headers
    )
    assert resp.status_code == 404


async def test_dashboard_today_must_be_a_date(client, factory, plans):
    viewer = await factory.actor("viewer")
    plan = await plans.plan()
    resp = await client.get(
        f"/api/v1/plans/{plan.id}/dashboard", params={"today": "tomorrow"}, headers=viewer.headers
    )
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["query", "today"]


async def _mixed_plan(factory, plans, tasks):
    a, b = await factory.unit("Ban Tuyên giáo"), await factory.unit("Huyện ủy Lắk")
    plan = await plans.plan()
    t = await tasks.task(plan, a, [b], due=day(-10))
    await tasks.set_assignment(t, a, "done", completed_on=day(-12))
    await tasks.set_assignment(t, b, "done", completed_on=day(-11))
    t = await tasks.task(plan, a, due=day(-10))
    await tasks.set_assignment(t, a, "done", completed_on=day(-5))
    t = await tasks.task(plan, b, due=day(-3))  # overdue, in progress
    await tasks.set_assignment(t, b, "in_progress", 30)
    await tasks.task(plan, a, [b], due=day(-40))  # overdue, not started
    t = await tasks.task(plan, a, due=day(5))
    await tasks.set_assignment(t, a, "in_progress", 60)
    t = await tasks.task(plan, b, due=day(9))
    await tasks.set_assignment(t, b, "blocked", 10)
    await tasks.task(plan, a, [b], due=day(2))  # not started, deadline ahead
    await tasks.task(plan, a, due=TODAY)  # due today: not yet overdue
    await tasks.task(plan, b)  # no deadline, not started
    t = await tasks.task(plan, a)
    await tasks.set_assignment(t, a, "done")  # done, no deadline: on time
    t = await tasks.task(plan, b, due=day(-1))
    await tasks.set_assignment(t, b, "cancelled")
    return plan


async def test_the_tiles_add_up_to_the_tasks_counted(client, factory, plans, tasks):
    viewer = await factory.actor("viewer")
    plan = await _mixed_plan(factory, plans, tasks)
    body = await _dashboard(client, viewer.headers, plan)
    d = body["deadlines"]
    tiles = (
        "done_on_time",
        "done_late",
        "in_progress_within_deadline",
        "not_started",
        "overdue",
        "no_deadline",
    )
    assert {k: d[k] for k in tiles} == {
        "done_on_time": 2,
        "done_late": 1,
        "in_progress_within_deadline": 2,
        "not_started": 2,
        "overdue": 2,
        "no_deadline": 1,
    }
    assert (
        sum(d[k] for k in tiles) == d["counted"] == body["tasks_total"] - body["tasks_by_status"]["cancelled"]
    )
    assert d["with_deadline"] + d["without_deadline"] == d["counted"]
    assert sum(d["overdue_by_days"].values()) == d["overdue"]
    # The bars add up too: per unit to its assignments counted, per phase to its tasks.
    for u in body["units"]:
        assert u["done"] + u["overdue"] + u["not_started"] + u["in_progress"] == u["counted"], u
        assert u["done_on_time"] + u["done_late"] == u["done"]
        assert u["open"] == u["overdue"] + u["not_started"] + u["in_progress"]
    for p in body["phases"]:
        assert p["done"] + p["overdue"] + p["not_started"] + p["in_progress"] == p["tasks"], p
    assert sum(u["counted"] for u in body["units"]) == sum(
        v for k, v in body["assignments_by_status"].items() if k != "cancelled"
    )


async def test_each_tile_equals_the_task_list_it_links_to(client, factory, plans, tasks):
    viewer = await factory.actor("viewer")
    plan = await _mixed_plan(factory, plans, tasks)
    d = (await _dashboard(client, viewer.headers, plan))["deadlines"]
    tiles = {
        "done_on_time": d["done_on_time"],
        "done_late": d["done_late"],
        "in_progress": d["in_progress_within_deadline"],
        "not_started": d["not_started"],
        "overdue": d["overdue"],
        "no_deadline": d["no_deadline"],
    }
    seen: set[str] = set()
    # The list reckons "today" from the clock: freeze it at the dashboard's day (noon there).
    with localtime.frozen(dt.datetime(TODAY.year, TODAY.month, TODAY.day, 5, tzinfo=dt.UTC)):
        for standing, count in tiles.items():
            resp = await client.get(
                f"/api/v1/plans/{plan.id}/tasks",
                params={"standing": standing, "limit": 100},
                headers=viewer.headers,
            )
            assert resp.status_code == 200, resp.text
            items = resp.json()["items"]
            ids = {t["id"] for t in items}
            assert len(ids) == count, standing
            assert not ids & seen, f"{standing} overlaps another standing"
            seen |= ids
            # The list's own overdue flag agrees with the overdue standing.
            assert all(t["overdue"] == (standing == "overdue") for t in items), standing
    assert len(seen) == d["counted"]


async def test_unknown_standing_is_422(client, factory, plans):
    viewer = await factory.actor("viewer")
    plan = await plans.plan()
    resp = await client.get(
        f"/api/v1/plans/{plan.id}/tasks", params={"standing": "late"}, headers=viewer.headers
    )
    assert resp.status_code == 422
