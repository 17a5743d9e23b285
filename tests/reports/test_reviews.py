"""Reviews: figures assembled as of a day (checked against hand-computed ones), issued versions."""

from __future__ import annotations

import datetime as dt

from tests.plans.factories import fixed
from tests.reports.helpers import API

AS_OF = "2020-06-01"
D = dt.date


async def fixture_plan(client, factory, plans, tasks, freeze):
    """Seven tasks whose standing on 1 June 2020 is worked out by hand in the tests below."""
    coordinator = await factory.actor("coordinator")
    a, b = (
        await factory.unit("Ban Tuyên giáo Huyện ủy Krông Pắc"),
        await factory.unit("Đài Phát thanh - Truyền hình"),
    )
    officer_a, officer_b = await factory.actor("unit_officer", a), await factory.actor("unit_officer", b)
    plan = await plans.plan(
        issuing_body="Ban Tuyên giáo Tỉnh ủy",
        place="Đắk Lắk",
        signer_title="Trưởng ban",
        signer_name="Nguyễn Văn A",
        recipients=["Ban Tuyên giáo Trung ương", "Thường trực Tỉnh ủy"],
    )
    channel = await plans.channel(plan, "1", title="Tuyên truyền miệng")
    one = await plans.phase(plan, "I", start=fixed("2020-02-11"), end=fixed("2020-05-31"))
    two = await plans.phase(plan, "II", start=fixed("2020-06-01"), end=fixed("2020-08-31"))
    t1 = await tasks.task(plan, a, due="2020-05-10", phase_id=one.id, title="T1")
    t2 = await tasks.task(plan, a, [b], due="2020-05-10", phase_id=one.id, title="T2")
    t3 = await tasks.task(plan, b, due="2020-05-25", phase_id=one.id, title="T3")
    await tasks.task(plan, b, due="2020-07-01", phase_id=two.id, title="T4")
    t5 = await tasks.task(plan, a, due="2020-07-15", phase_id=two.id, title="T5")
    t6 = await tasks.task(plan, a, due="2020-07-20", phase_id=two.id, title="T6")
    t7 = await tasks.task(plan, b, due="2020-05-30", phase_id=one.id, title="T7")
    note = await client.post(
        f"{API}/tasks/{t3.id}/updates",
        json={"percent": 30, "note": "Thiếu kinh phí tổ chức"},
        headers=officer_b.headers,
    )
    assert note.status_code == 201, note.text
    await tasks.set_assignment(t1, a, "done", completed_on=D(2020, 5, 8))  # on time
    await tasks.set_assignment(t2, b, "done", completed_on=D(2020, 5, 15))
    await tasks.set_assignment(t2, a, "done", completed_on=D(2020, 5, 20))  # late (task and both units)
    await tasks.set_assignment(t3, b, "in_progress", 30)  # overdue
    await tasks.set_assignment(t5, a, "in_progress", 40)  # in progress
    await tasks.set_assignment(t6, a, "cancelled")  # cancelled; t4 not started
    await tasks.set_assignment(t7, b, "done", completed_on=D(2020, 6, 10))  # done after the day: overdue then

    may = await client.post(
        f"{API}/plans/{plan.id}/reporting-periods",
        json={
            "label": "Tháng 5/2020",
            "starts_on": "2020-05-01",
            "ends_on": "2020-05-31",
            "due_on": "2020-06-05",
        },
        headers=coordinator.headers,
    )
    june = await client.post(
        f"{API}/plans/{plan.id}/reporting-periods",
        json={
            "label": "Tháng 6/2020",
            "starts_on": "2020-06-01",
            "ends_on": "2020-06-30",
            "due_on": "2020-07-05",
        },
        headers=coordinator.headers,
    )
    reports = [
        (
            may.json(),
            officer_a,
            a,
            [{"channel_id": str(channel.id), "events": 3, "participants": 200, "articles": 2, "banners": 10}],
            dt.datetime(2020, 6, 3, 9),
        ),
        (
            may.json(),
            officer_b,
            b,
            [{"channel_id": str(channel.id), "events": 2, "participants": 150}, {"articles": 5}],
            dt.datetime(2020, 6, 7, 9),
        ),  # two days late
        (
            june.json(),
            officer_a,
            a,
            [{"channel_id": str(channel.id), "events": 100}],
            dt.datetime(2020, 7, 1, 9),
        ),
    ]
    for period, officer, unit, figures, when in reports:
        freeze(when)
        started = await client.post(
            f"{API}/reporting-periods/{period['id']}/reports",
            json={"unit_id": str(unit.id)},
            headers=officer.headers,
        )
        report = started.json()
        saved = await client.patch(
            f"{API}/unit-reports/{report['id']}",
            json={"figures": figures},
            headers={**officer.headers, "If-Match": started.headers["ETag"]},
        )
        assert saved.status_code == 200, saved.text
        assert (
            await client.post(f"{API}/unit-reports/{report['id']}/submit", headers=officer.headers)
        ).status_code == 200
    return coordinator, plan, channel, (a, b), one


async def _create_review(client, coordinator, plan, **extra):
    body = {
        "kind": "interim",
        "as_of": AS_OF,
        "texts": {"highlights": "Tiếp thu, giải trình ý kiến đóng góp của Nhân dân – Đắk Lắk"},
        **extra,
    }
    resp = await client.post(f"{API}/plans/{plan.id}/reviews", json=body, headers=coordinator.headers)
    assert resp.status_code == 201, resp.text
    return resp.json()


def _standing(line):
    keys = (
        "total",
        "on_time",
        "late",
        "overdue",
        "in_progress",
        "not_started",
        "cancelled",
        "done",
        "completion_rate",
    )
    return tuple(line[k] for k in keys)


async def test_completion_per_phase_and_unit_matches_the_hand_count(client, factory, plans, tasks, freeze):
    coordinator, plan, _, (a, b), _ = await fixture_plan(client, factory, plans, tasks, freeze)
    review = await _create_review(client, coordinator, plan)
    c = (await client.get(f"{API}/reviews/{review['id']}/assembled", headers=coordinator.headers)).json()

    completion = c["completion"]
    assert _standing(completion["totals"]) == (7, 1, 1, 2, 1, 1, 1, 2, 0.3333)
    assert [(p["label"], *_standing(p)[:-1], p["completion_rate"]) for p in completion["phases"]] == [
        ("I", 4, 1, 1, 2, 0, 0, 0, 2, 0.5),
        ("II", 3, 0, 0, 0, 1, 1, 1, 0, 0.0),
    ]
    units = {u["unit_id"]: u for u in completion["units"]}
    assert _standing(units[str(a.id)]) == (4, 1, 1, 0, 1, 0, 1, 2, 0.6667)
    assert _standing(units[str(b.id)]) == (4, 0, 1, 2, 0, 1, 0, 1, 0.25)
    assert (units[str(a.id)]["lead"], units[str(b.id)]["lead"]) == (4, 3)


async def test_figures_are_summed_from_reports_of_periods_ending_by_the_day(
    client, factory, plans, tasks, freeze
):
    coordinator, plan, channel, _, _ = await fixture_plan(client, factory, plans, tasks, freeze)
    review = await _create_review(client, coordinator, plan)
    f = (await client.get(f"{API}/reviews/{review['id']}/assembled", headers=coordinator.headers)).json()[
        "figures"
    ]

    assert f["by_channel"] == [
        {
            "channel_id": str(channel.id),
            "label": "1",
            "channel": "Tuyên truyền miệng",
            "events": 5,
            "participants": 350,
            "articles": 2,
            "banners": 10,
        },
        {
            "channel_id": None,
            "label": None,
            "channel": "Khác",
            "events": 0,
            "participants": 0,
            "articles": 5,
            "banners": 0,
        },
    ]
    assert f["totals"] == {"events": 5, "participants": 350, "articles": 7, "banners": 10}
    assert f["reporting"] == {"periods": 1, "expected": 2, "submitted": 2, "accepted": 0, "late": 1}


async def test_overdue_items_carry_the_reason_the_unit_gave(client, factory, plans, tasks, freeze):
    coordinator, plan, _, (_, b), _ = await fixture_plan(client, factory, plans, tasks, freeze)
    review = await _create_review(client, coordinator, plan)
    overdue = (
        await client.get(f"{API}/reviews/{review['id']}/assembled", headers=coordinator.headers)
    ).json()["overdue"]
    assert overdue["total"] == 2
    assert [
        (o["title"], o["unit"], o["due_date"], o["days_overdue"], o["reason"]) for o in overdue["listed"]
    ] == [
        ("T3", b.name, "2020-05-25", 7, "Thiếu kinh phí tổ chức"),
        ("T7", b.name, "2020-05-30", 2, ""),
    ]


async def test_a_phase_review_counts_only_that_phases_work_as_of_its_end(
    client, factory, plans, tasks, freeze
):
    coordinator, plan, _, _, one = await fixture_plan(client, factory, plans, tasks, freeze)
    resp = await client.post(
        f"{API}/plans/{plan.id}/reviews",
        json={"kind": "interim", "phase_id": str(one.id)},
        headers=coordinator.headers,
    )
    review = resp.json()
    assert (review["as_of"], review["title"]) == (
        "2020-05-31",
        f"Báo cáo sơ kết Đợt I thực hiện Kế hoạch số {plan.code}",
    )
    c = (await client.get(f"{API}/reviews/{review['id']}/assembled", headers=coordinator.headers)).json()
    # As of 31 May: T1 on time, T2 late, T3 (due 25 May) and T7 (due 30 May, done 10 June) overdue.
    assert _standing(c["completion"]["totals"]) == (4, 1, 1, 2, 0, 0, 0, 2, 0.5)
    assert [p["label"] for p in c["completion"]["phases"]] == ["I"]


async def test_issuing_freezes_a_numbered_dated_version(client, factory, plans, tasks, freeze):
    coordinator, plan, _, _, _ = await fixture_plan(client, factory, plans, tasks, freeze)
    review = await _create_review(client, coordinator, plan)
    first = await client.post(
        f"{API}/reviews/{review['id']}/issues", json={"issued_on": "2020-06-05"}, headers=coordinator.headers
    )
    assert first.status_code == 201, first.text
    assert (first.json()["number"], first.json()["issued_on"]) == (1, "2020-06-05")

    current = await client.get(f"{API}/reviews/{review['id']}", headers=coordinator.headers)
    assert current.json()["status"] == "issued"
    edited = await client.patch(
        f"{API}/reviews/{review['id']}",
        json={"texts": {"highlights": "Bản sửa"}},
        headers={**coordinator.headers, "If-Match": current.headers["ETag"]},
    )
    assert edited.json()["status"] == "draft"
    second = await client.post(f"{API}/reviews/{review['id']}/issues", json={}, headers=coordinator.headers)
    assert second.json()["number"] == 2

    kept = (await client.get(f"{API}/reviews/{review['id']}/issues/1", headers=coordinator.headers)).json()
    assert (
        kept["content"]["texts"]["highlights"]
        == "Tiếp thu, giải trình ý kiến đóng góp của Nhân dân – Đắk Lắk"
    )
    assert kept["content"]["issue"] == {"number": 1, "issued_on": "2020-06-05"}
    listed = (await client.get(f"{API}/reviews/{review['id']}", headers=coordinator.headers)).json()["issues"]
    assert [i["number"] for i in listed] == [1, 2]


async def test_only_coordinators_write_reviews_and_everyone_signed_in_reads_them(client, factory, plans):
    coordinator, officer, viewer = (
        await factory.actor("coordinator"),
        await factory.actor("unit_officer"),
        await factory.actor("viewer"),
    )
    plan = await plans.plan()
    denied = await client.post(
        f"{API}/plans/{plan.id}/reviews", json={"kind": "final"}, headers=officer.headers
    )
    assert denied.status_code == 403
    review = await _create_review(client, coordinator, plan)
    read = await client.get(f"{API}/reviews/{review['id']}", headers=viewer.headers)
    assert (read.status_code, read.json()["kind"]) == (200, "interim")


async def test_a_returned_reports_figures_leave_the_review_until_it_is_resubmitted(
    client, factory, plans, tasks, freeze
):
    # Returned, a report is with its unit again: its figures are being corrected and only its
    # unit and the reviewers read them; a review (read by every role) counts them once resubmitted.
    coordinator, plan, channel, (a, _), _ = await fixture_plan(client, factory, plans, tasks, freeze)
    viewer = await factory.actor("viewer")
    review = await _create_review(client, coordinator, plan)
    board = await client.get(f"{API}/plans/{plan.id}/reporting-periods", headers=coordinator.headers)
    may = next(p for p in board.json()["items"] if p["label"] == "Tháng 5/2020")
    rows = (
        await client.get(f"{API}/reporting-periods/{may['id']}/board", headers=coordinator.headers)
    ).json()
    rid = next(u["report_id"] for u in rows["units"] if u["unit_id"] == str(a.id))
    returned = await client.post(
        f"{API}/unit-reports/{rid}/return", json={"comment": "Sửa số liệu"}, headers=coordinator.headers
    )
    assert returned.status_code == 200, returned.text
    officer_a = await factory.actor("unit_officer", a)
    saved = await client.patch(
        f"{API}/unit-reports/{rid}",
        json={"figures": [{"channel_id": str(channel.id), "events": 4242}]},
        headers={**officer_a.headers, "If-Match": returned.headers["ETag"]},
    )
    assert saved.status_code == 200, saved.text

    async def totals():
        got = await client.get(f"{API}/reviews/{review['id']}/assembled", headers=viewer.headers)
        return got.json()["figures"]["totals"]

    assert (await totals())["events"] == 2  # the other unit's submitted report only
    assert (
        await client.post(f"{API}/unit-reports/{rid}/submit", headers=officer_a.headers)
    ).status_code == 200
    assert (await totals())["events"] == 2 + 4242
