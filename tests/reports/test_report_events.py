"""Outbox events of unit reports and reviews: ids and changed fields, in the same transaction."""

from __future__ import annotations

import datetime as dt

from plandesk.core.events import Event, Subject, events_for
from plandesk.webhooks.catalogue import DATA_MODELS
from tests.reports.helpers import API
from tests.reports.test_reviews import fixture_plan
from tests.reports.test_unit_reports import _start, _submit, _world


def _payload(event: Event) -> dict:
    """The webhook body's ``data`` as the delivery builds it, checked against the catalogue."""
    data = {"object": event.subject_type, "id": event.subject_id, "plan_id": str(event.plan_id), **event.data}
    DATA_MODELS[event.type].model_validate(data)
    return data


async def test_submitting_a_report_emits_report_submitted_with_ids_and_lateness(
    client, factory, plans, tasks, session, freeze
):
    _, officer_a, _, plan, period, _, (unit_a, _) = await _world(client, factory, plans, tasks)
    report = (await _start(client, officer_a, period, unit_a)).json()
    freeze(dt.datetime(2020, 6, 8, 9, 0))  # due 5 June: three days late
    await _submit(client, officer_a, report["id"])

    [event] = [e for e in await events_for(session, Subject("unit_report", report["id"]))]
    assert event.type == "report.submitted" and event.plan_id == plan.id
    assert _payload(event) == {
        "object": "unit_report",
        "id": report["id"],
        "plan_id": str(plan.id),
        "period_id": period["id"],
        "unit_id": str(unit_a.id),
        "changes": {"status": {"before": "draft", "after": "submitted"}},
        "submitted_on": "2020-06-08",
        "due_on": "2020-06-05",
        "late": True,
    }


async def test_returning_then_accepting_emits_returned_with_the_comment_then_accepted(
    client, factory, plans, tasks, session
):
    coordinator, officer_a, _, _, period, _, (unit_a, _) = await _world(client, factory, plans, tasks)
    report = (await _start(client, officer_a, period, unit_a)).json()
    await _submit(client, officer_a, report["id"])
    r = await client.post(
        f"{API}/unit-reports/{report['id']}/return",
        json={"comment": "Thiếu số liệu"},
        headers=coordinator.headers,
    )
    assert r.status_code == 200, r.text
    await _submit(client, officer_a, report["id"])
    r = await client.post(f"{API}/unit-reports/{report['id']}/accept", headers=coordinator.headers)
    assert r.status_code == 200, r.text

    events = await events_for(session, Subject("unit_report", report["id"]))
    assert [e.type for e in events] == [
        "report.submitted",
        "report.returned",
        "report.submitted",
        "report.accepted",
    ]
    returned, resubmitted, accepted = _payload(events[1]), _payload(events[2]), _payload(events[3])
    assert returned["comment"] == "Thiếu số liệu"
    assert returned["changes"] == {"status": {"before": "submitted", "after": "returned"}}
    assert resubmitted["changes"] == {"status": {"before": "returned", "after": "submitted"}}
    assert accepted["changes"] == {"status": {"before": "submitted", "after": "accepted"}}
    assert "comment" not in accepted


async def test_urging_emits_one_report_urged_per_missing_unit_for_the_notifications(
    client, factory, plans, tasks, session, freeze
):
    coordinator, officer_a, _, plan, period, _, (unit_a, unit_b) = await _world(client, factory, plans, tasks)
    report = (await _start(client, officer_a, period, unit_a)).json()
    await _submit(client, officer_a, report["id"])
    freeze(dt.datetime(2020, 6, 9, 10, 0))
    r = await client.post(
        f"{API}/reporting-periods/{period['id']}/urge",
        json={"message": "Đề nghị gửi báo cáo tháng 5"},
        headers=coordinator.headers,
    )
    assert r.status_code == 200, r.text

    [event] = await events_for(session, Subject("reporting_period", period["id"]))
    data = _payload(event)
    assert event.type == "report.urged"
    assert {k: v for k, v in data.items() if k != "urge_id"} == {
        "object": "reporting_period",
        "id": period["id"],
        "plan_id": str(plan.id),
        "unit_id": str(unit_b.id),
        "report_id": None,
        "status": "missing",
        "due_on": "2020-06-05",
        "message": "Đề nghị gửi báo cáo tháng 5",
    }


async def test_a_failed_submission_emits_nothing(client, factory, plans, tasks, session):
    _, officer_a, _, _, period, _, (unit_a, _) = await _world(client, factory, plans, tasks)
    report = (await _start(client, officer_a, period, unit_a)).json()
    await _submit(client, officer_a, report["id"])
    again = await client.post(f"{API}/unit-reports/{report['id']}/submit", headers=officer_a.headers)
    assert again.status_code == 409
    assert [e.type for e in await events_for(session, Subject("unit_report", report["id"]))] == [
        "report.submitted"
    ]


async def test_issuing_a_review_emits_review_issued_with_its_number_and_date(
    client, factory, plans, tasks, session, freeze
):
    coordinator, plan, *_ = await fixture_plan(client, factory, plans, tasks, freeze)
    review = (
        await client.post(
            f"{API}/plans/{plan.id}/reviews", json={"kind": "final"}, headers=coordinator.headers
        )
    ).json()
    issued = await client.post(
        f"{API}/reviews/{review['id']}/issues", json={"issued_on": "2020-12-20"}, headers=coordinator.headers
    )
    assert issued.status_code == 201, issued.text

    [event] = await events_for(session, Subject("review", review["id"]))
    assert event.type == "review.issued"
    assert _payload(event) == {
        "object": "review",
        "id": review["id"],
        "plan_id": str(plan.id),
        "issue_id": issued.json()["id"],
        "kind": "final",
        "number": 1,
        "issued_on": "2020-12-20",
    }


async def test_the_webhook_docs_describe_the_report_and_review_events(client):
    doc = (await client.get("/openapi.json")).json()
    for name in ("report.submitted", "report.accepted", "report.returned", "report.urged", "review.issued"):
        assert name in doc["webhooks"], name
