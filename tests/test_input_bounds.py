"""Dates, datetimes and integers are bounded at the schema (issue #9, items 5 and 15):
1900-01-01 … 2200-12-31 (datetimes checked in UTC), integers within 64 bits and their domain."""

from __future__ import annotations

import datetime as dt

import pytest

from plandesk.core.bounds import add_days, check_datetime
from tests.plans.factories import fixed


@pytest.fixture
def consult(app):  # type: ignore[no-untyped-def]
    from tests.consultations.factories import ConsultationFactory

    return ConsultationFactory(app.state.sessionmaker)


def test_add_days_clamps_instead_of_overflowing():
    assert add_days(dt.date(9999, 12, 31), 1) == dt.date(2200, 12, 31)
    assert add_days(dt.date(1, 1, 1), -1) == dt.date(1900, 1, 1)
    assert add_days(dt.date(2024, 1, 1), 1) == dt.date(2024, 1, 2)


def test_datetime_range_is_checked_after_conversion_to_utc():
    with pytest.raises(ValueError):
        check_datetime(dt.datetime.fromisoformat("2200-12-31T23:59:59-14:00"))
    with pytest.raises(ValueError):
        check_datetime(dt.datetime.fromisoformat("1900-01-01T00:00:00+14:00"))
    with pytest.raises(ValueError):
        check_datetime(dt.datetime.fromisoformat("9999-12-31T23:59:59-14:00"))  # overflows in conversion
    assert check_datetime(dt.datetime.fromisoformat("2200-12-31T23:59:59+00:00"))


@pytest.mark.parametrize("today", ["9999-12-31", "0001-01-01", "1899-12-31", "2201-01-01"])
async def test_dashboard_today_out_of_range_is_422(client, factory, plans, today):
    viewer = await factory.actor("viewer")
    plan = await plans.plan()
    resp = await client.get(
        f"/api/v1/plans/{plan.id}/dashboard", params={"today": today}, headers=viewer.headers
    )
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["query", "today"]


async def test_dashboard_on_the_last_supported_day_answers(client, factory, plans):
    viewer = await factory.actor("viewer")
    plan = await plans.plan()
    resp = await client.get(
        f"/api/v1/plans/{plan.id}/dashboard", params={"today": "2200-12-31"}, headers=viewer.headers
    )
    assert resp.status_code == 200, resp.text


@pytest.mark.parametrize("moment", ["9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00"])
async def test_queue_submitted_from_out_of_range_is_422(client, factory, consult, moment):
    moderator = await factory.actor("moderator")
    c = await consult.consultation()
    resp = await client.get(
        f"/api/v1/consultations/{c.id}/feedback", params={"submitted_from": moment}, headers=moderator.headers
    )
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["query", "submitted_from"]


async def test_consultation_closing_in_year_9999_is_422(client, factory, consult):
    admin = await factory.actor("admin")
    document = await consult.document()
    resp = await client.post(
        "/api/v1/consultations",
        json={
            "document_id": str(document.id),
            "title": "Lấy ý kiến",
            "opens_at": "2024-01-01T00:00:00Z",
            "closes_at": "9999-12-31T23:59:59-14:00",
        },
        headers=admin.headers,
    )
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["body", "closes_at"]


async def test_milestone_in_year_9999_is_422(client, factory, plans):
    admin = await factory.actor("admin")
    plan = await plans.plan()
    resp = await client.post(
        f"/api/v1/plans/{plan.id}/milestones",
        json={"title": "Xa", "date": "9999-12-31", "precision": "day"},
        headers=admin.headers,
    )
    assert resp.status_code == 422


async def test_task_due_in_year_9999_is_422(client, factory, plans):
    admin = await factory.actor("admin")
    plan = await plans.plan()
    unit = await factory.unit()
    resp = await client.post(
        f"/api/v1/plans/{plan.id}/tasks",
        json={"title": "Xa", "lead_unit_id": str(unit.id), "due": fixed("9999-12-31")},
        headers=admin.headers,
    )
    assert resp.status_code == 422


@pytest.mark.parametrize("version", [9102433619427552818471286865920, 2**63, 2**31, 0])
async def test_document_version_beyond_its_range_is_422(client, factory, consult, version):
    admin = await factory.actor("admin")
    document = await consult.document()
    resp = await client.post(
        "/api/v1/consultations",
        json={
            "document_id": str(document.id),
            "document_version": version,
            "title": "Lấy ý kiến",
            "opens_at": "2024-01-01T00:00:00Z",
            "closes_at": "2024-02-01T00:00:00Z",
        },
        headers=admin.headers,
    )
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["body", "document_version"]


async def test_quote_offset_beyond_64_bits_is_422(client, consult):
    c = await consult.consultation()
    resp = await client.post(
        f"/api/v1/consultations/{c.id}/feedback",
        json={"body": "Ý kiến", "quote": "x", "quote_start": 2**64, "quote_end": 2**64 + 1},
    )
    assert resp.status_code == 422


async def test_percent_above_100_is_422(client, factory, plans, tasks):
    unit = await factory.unit()
    officer = await factory.actor("unit_officer", unit=unit)
    plan = await plans.plan()
    task = await tasks.task(plan, unit)
    resp = await client.post(
        f"/api/v1/tasks/{task.id}/updates", json={"percent": 101, "note": "xong"}, headers=officer.headers
    )
    assert resp.status_code == 422
