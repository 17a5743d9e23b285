"""Deadlines in local time: a day ends at midnight where the plan is issued.

Instants (issue 18): 2020-03-15T17:30Z is 00:30 on 16/3 in Hà Nội and 18:30 on 15/3
in Paris; 2020-03-15T16:30Z is 23:30 on 15/3 in Hà Nội. Every view — the task, the
``overdue`` filter, the dashboard's tiles and windows, ``/me/assignments`` and the
iCal feed — must give the same answer at the same instant.
"""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar

from plandesk.core import localtime
from tests.plans.factories import anchored

UTC = dt.UTC
LATE_NIGHT = dt.datetime(2020, 3, 15, 17, 30, tzinfo=UTC)  # 00:30 16/3 Hà Nội; 18:30 15/3 Paris
EVENING = dt.datetime(2020, 3, 15, 16, 30, tzinfo=UTC)  # 23:30 15/3 Hà Nội; 17:30 15/3 Paris
PARIS_LATE_NIGHT = dt.datetime(2020, 3, 15, 23, 30, tzinfo=UTC)  # 00:30 16/3 Paris
DUE = dt.date(2020, 3, 15)

# (instant, the plan's own zone or None for the deployment's, is a deadline of 15/3 past?)
DAY_CASES = [
    pytest.param(LATE_NIGHT, None, True, id="hanoi-0030"),
    pytest.param(EVENING, None, False, id="hanoi-2330"),
    pytest.param(LATE_NIGHT, "Europe/Paris", False, id="paris-1830"),
    pytest.param(PARIS_LATE_NIGHT, "Europe/Paris", True, id="paris-0030"),
]
# The same for a deadline at the end of March 2020 (a month-precision milestone).
MONTH_CASES = [
    pytest.param(dt.datetime(2020, 3, 31, 17, 30, tzinfo=UTC), None, True, id="hanoi-0030"),
    pytest.param(dt.datetime(2020, 3, 31, 16, 30, tzinfo=UTC), None, False, id="hanoi-2330"),
    # Paris is on summer time (UTC+2) by then: 19:30 on 31/3, then 00:30 on 1/4.
    pytest.param(dt.datetime(2020, 3, 31, 17, 30, tzinfo=UTC), "Europe/Paris", False, id="paris-1930"),
    pytest.param(dt.datetime(2020, 3, 31, 22, 30, tzinfo=UTC), "Europe/Paris", True, id="paris-0030"),
]


@pytest.fixture
def at():
    """Freeze the clock: ``at(instant)``; released after the test."""
    stack = []

    def freeze(instant: dt.datetime) -> None:
        cm = localtime.frozen(instant)
        cm.__enter__()
        stack.append(cm)

    yield freeze
    for cm in reversed(stack):
        cm.__exit__(None, None, None)


async def _plan(plans, zone):
    return await plans.plan(**({"timezone": zone} if zone else {}))


async def _complete(client, officer, task, unit):
    got = await client.get(f"/api/v1/tasks/{task.id}/assignments/{unit.id}", headers=officer.headers)
    resp = await client.patch(
        f"/api/v1/tasks/{task.id}/assignments/{unit.id}",
        json={"status": "done"},
        headers={**officer.headers, "If-Match": got.headers["etag"]},
    )
    assert resp.status_code == 200, resp.text


async def _feed_description(client, viewer, plan, task):
    token = (await client.post("/api/v1/me/feed-token", headers=viewer.headers)).json()["token"]
    resp = await client.get(f"/api/v1/plans/{plan.id}/calendar.ics", params={"token": token})
    (event,) = [e for e in Calendar.from_ical(resp.text).walk("VEVENT") if str(e["UID"]).startswith("task-")]
    return event


# --- completion: on time or late --------------------------------------------------------


@pytest.mark.parametrize(("instant", "zone", "late"), DAY_CASES)
async def test_completion_is_late_after_the_local_end_of_the_due_day(
    client, factory, plans, tasks, at, instant, zone, late
):
    unit = await factory.unit()
    officer = await factory.actor("unit_officer", unit)
    plan = await _plan(plans, zone)
    task = await tasks.task(plan, unit, due=DUE)
    at(instant)
    await _complete(client, officer, task, unit)
    body = (await client.get(f"/api/v1/tasks/{task.id}", headers=officer.headers)).json()
    assert body["completed_on"] == ("2020-03-16" if late else "2020-03-15")
    standing = (await client.get(f"/api/v1/plans/{plan.id}/dashboard", headers=officer.headers)).json()
    assert (standing["deadlines"]["done_late"], standing["deadlines"]["done_on_time"]) == (
        (1, 0) if late else (0, 1)
    )


@pytest.mark.parametrize(("instant", "zone", "late"), MONTH_CASES)
async def test_completion_of_a_month_deadline_is_late_after_the_month_ends_locally(
    client, factory, plans, tasks, at, instant, zone, late
):
    unit = await factory.unit()
    officer = await factory.actor("unit_officer", unit)
    plan = await _plan(plans, zone)
    march = await plans.milestone(plan, "2020-03-01", "month", title="Cuối tháng 3/2020")
    task = await tasks.task(plan, unit, due=anchored(march, "end"))
    at(instant)
    await _complete(client, officer, task, unit)
    d = (await client.get(f"/api/v1/plans/{plan.id}/dashboard", headers=officer.headers)).json()["deadlines"]
    assert (d["done_late"], d["done_on_time"]) == ((1, 0) if late else (0, 1))


# --- open work: overdue or not, in every view ------------------------------------------


@pytest.mark.parametrize(("instant", "zone", "overdue"), DAY_CASES)
async def test_open_task_and_overdue_filter_agree(client, factory, plans, tasks, at, instant, zone, overdue):
    viewer = await factory.actor("viewer")
    unit = await factory.unit()
    plan = await _plan(plans, zone)
    task = await tasks.task(plan, unit, due=DUE)
    at(instant)
    assert (await client.get(f"/api/v1/tasks/{task.id}", headers=viewer.headers)).json()["overdue"] is overdue
    url = f"/api/v1/plans/{plan.id}/tasks"
    listed = (await client.get(url, headers=viewer.headers)).json()["items"]
    assert [i["overdue"] for i in listed] == [overdue]
    only_overdue = (await client.get(url, params={"overdue": "true"}, headers=viewer.headers)).json()
    assert [i["id"] for i in only_overdue["items"]] == ([str(task.id)] if overdue else [])
    not_overdue = (await client.get(url, params={"overdue": "false"}, headers=viewer.headers)).json()
    assert [i["id"] for i in not_overdue["items"]] == ([] if overdue else [str(task.id)])


@pytest.mark.parametrize(("instant", "zone", "overdue"), DAY_CASES)
async def test_dashboard_tiles_and_windows_agree(client, factory, plans, tasks, at, instant, zone, overdue):
    viewer = await factory.actor("viewer")
    unit = await factory.unit()
    plan = await _plan(plans, zone)
    task = await tasks.task(plan, unit, due=DUE)
    at(instant)
    body = (await client.get(f"/api/v1/plans/{plan.id}/dashboard", headers=viewer.headers)).json()
    local_day = localtime.local_today(zone)
    assert body["today"] == str(local_day)
    assert body["timezone"] == (zone or "Asia/Ho_Chi_Minh")
    d = body["deadlines"]
    assert (d["overdue"], d["overdue_by_days"]["days_1_7"]) == ((1, 1) if overdue else (0, 0))
    # Not started yet: within its deadline it counts as "not started", not "in progress".
    assert (d["not_started"], d["due_within_7_days"]) == ((0, 0) if overdue else (1, 1))
    assert d["in_progress_within_deadline"] == 0
    assert body["units"][0]["overdue"] == (1 if overdue else 0)
    upcoming = [t["task_id"] for t in body["next_14_days"]["deadlines"]]
    assert upcoming == ([] if overdue else [str(task.id)])


@pytest.mark.parametrize(("instant", "zone", "overdue"), DAY_CASES)
async def test_my_assignments_put_the_task_first_only_when_overdue(
    client, factory, plans, tasks, at, instant, zone, overdue
):
    unit = await factory.unit()
    officer = await factory.actor("unit_officer", unit)
    plan = await _plan(plans, zone)
    open_task = await tasks.task(plan, unit, due=DUE, title="Hạn 15/3")
    earlier = await tasks.task(plan, unit, due=dt.date(2020, 3, 1), title="Xong, hạn 1/3")
    await tasks.set_assignment(earlier, unit, "done", completed_on=dt.date(2020, 2, 28))
    at(instant)
    items = (await client.get("/api/v1/me/assignments", headers=officer.headers)).json()["items"]
    order = [(i["task_id"], i["overdue"]) for i in items]
    if overdue:
        assert order == [(str(open_task.id), True), (str(earlier.id), False)]
    else:
        assert order == [(str(earlier.id), False), (str(open_task.id), False)]


async def test_my_assignments_reckon_each_plan_in_its_own_zone(client, factory, plans, tasks, at):
    unit = await factory.unit()
    officer = await factory.actor("unit_officer", unit)
    hanoi, paris = await plans.plan(), await plans.plan(timezone="Europe/Paris")
    in_hanoi = await tasks.task(hanoi, unit, due=DUE, title="Hà Nội")
    in_paris = await tasks.task(paris, unit, due=DUE, title="Paris")
    at(LATE_NIGHT)
    items = (await client.get("/api/v1/me/assignments", headers=officer.headers)).json()["items"]
    assert {i["task_id"]: i["overdue"] for i in items} == {str(in_hanoi.id): True, str(in_paris.id): False}
    assert items[0]["task_id"] == str(in_hanoi.id)


@pytest.mark.parametrize(("instant", "zone", "overdue"), DAY_CASES)
async def test_ical_keeps_the_local_day_and_says_overdue_only_when_it_is(
    client, factory, plans, tasks, at, instant, zone, overdue
):
    viewer = await factory.actor("viewer")
    unit = await factory.unit()
    plan = await _plan(plans, zone)
    task = await tasks.task(plan, unit, due=DUE)
    at(instant)
    event = await _feed_description(client, viewer, plan, task)
    assert event.decoded("DTSTART") == DUE  # an all-day (floating) date: the same day in every viewer's zone
    assert event.decoded("DTEND") == dt.date(2020, 3, 16)
    assert ("(quá hạn)" in str(event["DESCRIPTION"])) is overdue


async def test_ical_names_the_plans_zone(client, factory, plans, tasks):
    viewer = await factory.actor("viewer")
    plan = await plans.plan(timezone="Europe/Paris")
    token = (await client.post("/api/v1/me/feed-token", headers=viewer.headers)).json()["token"]
    resp = await client.get(f"/api/v1/plans/{plan.id}/calendar.ics", params={"token": token})
    assert str(Calendar.from_ical(resp.text)["X-WR-TIMEZONE"]) == "Europe/Paris"


@pytest.mark.parametrize(("instant", "zone", "overdue"), MONTH_CASES)
async def test_month_deadline_is_overdue_once_the_month_ends_locally(
    client, factory, plans, tasks, at, instant, zone, overdue
):
    viewer = await factory.actor("viewer")
    unit = await factory.unit()
    plan = await _plan(plans, zone)
    march = await plans.milestone(plan, "2020-03-01", "month", title="Cuối tháng 3/2020")
    task = await tasks.task(plan, unit, due=anchored(march, "end"))
    at(instant)
    assert (await client.get(f"/api/v1/tasks/{task.id}", headers=viewer.headers)).json()["overdue"] is overdue
    only = (
        await client.get(f"/api/v1/plans/{plan.id}/tasks", params={"overdue": "true"}, headers=viewer.headers)
    ).json()
    assert len(only["items"]) == (1 if overdue else 0)
    d = (await client.get(f"/api/v1/plans/{plan.id}/dashboard", headers=viewer.headers)).json()["deadlines"]
    assert (d["overdue"], d["due_within_7_days"]) == ((1, 0) if overdue else (0, 1))


async def test_as_of_today_parameter_still_reports_that_day(client, factory, plans, tasks, at):
    viewer = await factory.actor("viewer")
    unit = await factory.unit()
    plan = await plans.plan()
    await tasks.task(plan, unit, due=DUE)
    at(LATE_NIGHT)
    body = (
        await client.get(
            f"/api/v1/plans/{plan.id}/dashboard", params={"today": "2020-03-15"}, headers=viewer.headers
        )
    ).json()
    assert (body["today"], body["deadlines"]["overdue"]) == ("2020-03-15", 0)


# --- the plan's zone -------------------------------------------------------------------


async def test_plan_without_a_zone_reports_the_deployments(client, factory):
    admin = await factory.actor("admin")
    resp = await client.post(
        "/api/v1/plans", json={"code": "1-KH", "title": "Kế hoạch"}, headers=admin.headers
    )
    assert resp.status_code == 201, resp.text
    assert (resp.json()["timezone"], resp.json()["effective_timezone"]) == (None, "Asia/Ho_Chi_Minh")


async def test_unknown_plan_zone_is_422(client, factory):
    admin = await factory.actor("admin")
    resp = await client.post(
        "/api/v1/plans",
        json={"code": "1-KH", "title": "Kế hoạch", "timezone": "Mars/Olympus"},
        headers=admin.headers,
    )
    assert resp.status_code == 422
    assert resp.json()["errors"][0]["loc"] == ["body", "timezone"]


async def test_changing_the_plans_zone_recomputes_completion_days(client, factory, plans, tasks, at):
    admin = await factory.actor("admin")
    unit = await factory.unit()
    officer = await factory.actor("unit_officer", unit)
    plan = await plans.plan()
    task = await tasks.task(plan, unit, due=DUE)
    at(LATE_NIGHT)
    await _complete(client, officer, task, unit)
    etag = (await client.get(f"/api/v1/plans/{plan.id}", headers=admin.headers)).headers["etag"]
    resp = await client.patch(
        f"/api/v1/plans/{plan.id}",
        json={"timezone": "Europe/Paris"},
        headers={**admin.headers, "If-Match": etag},
    )
    assert resp.status_code == 200, resp.text
    assert resp.json()["effective_timezone"] == "Europe/Paris"
    body = (await client.get(f"/api/v1/tasks/{task.id}", headers=admin.headers)).json()
    assert body["completed_on"] == "2020-03-15"  # 18:30 in Paris: on time there


async def test_public_summary_names_the_zone(client, plans):
    plan = await plans.plan(published=True, timezone="Europe/Paris")
    body = (await client.get(f"/api/v1/public/plans/{plan.id}")).json()
    assert body["timezone"] == "Europe/Paris"
