"""Consultations: creation rules, status transitions, concurrency, public reading."""

from __future__ import annotations

import datetime as dt

from plandesk.core.db import utcnow


def _body(document_id, **kw):
    now = utcnow()
    return {
        "document_id": str(document_id),
        "title": "Lấy ý kiến Nhân dân vào dự thảo Báo cáo chính trị",
        "audiences": ["citizen", "veteran", "citizen"],
        "opens_at": (now - dt.timedelta(hours=1)).isoformat(),
        "closes_at": (now + dt.timedelta(days=30)).isoformat(),
        "synthesis_due": "2020-04-15",
        **kw,
    }


async def test_coordinator_opens_a_consultation_led_by_a_unit(client, factory, consult):
    coordinator = await factory.actor("coordinator")
    unit = await factory.unit("Ban Tuyên giáo Tỉnh ủy")
    document = await consult.document()
    resp = await client.post(
        "/api/v1/consultations",
        json=_body(document.id, lead_unit_id=str(unit.id), status="open"),
        headers=coordinator.headers,
    )
    assert resp.status_code == 201, resp.text
    body = resp.json()
    assert body["lead_unit_id"] == str(unit.id) and body["document_version"] == 1
    assert body["audiences"] == ["citizen", "veteran"] and body["accepting_feedback"] is True
    assert body["document_title"] == document.title and resp.headers["ETag"]


async def test_window_must_close_after_it_opens(client, factory, consult):
    coordinator = await factory.actor("coordinator")
    document = await consult.document()
    now = utcnow()
    resp = await client.post(
        "/api/v1/consultations",
        json=_body(document.id, opens_at=now.isoformat(), closes_at=(now - dt.timedelta(days=1)).isoformat()),
        headers=coordinator.headers,
    )
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["body", "closes_at"]


async def test_naive_datetimes_are_422(client, factory, consult):
    coordinator = await factory.actor("coordinator")
    document = await consult.document()
    resp = await client.post(
        "/api/v1/consultations",
        json=_body(document.id, opens_at="2020-02-11T08:00:00"),
        headers=coordinator.headers,
    )
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["body", "opens_at"]


async def test_unknown_lead_unit_document_or_version_is_422(client, factory, consult):
    coordinator = await factory.actor("coordinator")
    document = await consult.document()
    missing = "00000000-0000-4000-8000-000000000000"
    for body, loc in (
        (_body(document.id, lead_unit_id=missing), "lead_unit_id"),
        (_body(missing), "document_id"),
        (_body(document.id, document_version=7), "document_version"),
    ):
        resp = await client.post("/api/v1/consultations", json=body, headers=coordinator.headers)
        assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["body", loc]


async def test_consultation_stays_on_its_document_version(client, factory, consult):
    coordinator = await factory.actor("coordinator")
    c = await consult.consultation()
    await client.post(
        f"/api/v1/documents/{c.document_id}/versions",
        json={"sections": [{"number": "I", "text": "Văn bản mới"}]},
        headers=coordinator.headers,
    )
    body = (await client.get(f"/api/v1/consultations/{c.id}", headers=coordinator.headers)).json()
    assert body["document_version"] == 1
    public = (await client.get(f"/api/v1/public/consultations/{c.id}")).json()
    assert [s["number"] for s in public["sections"]] == ["I", "II", "III"]


async def test_status_transitions_are_checked(client, factory, consult):
    coordinator = await factory.actor("coordinator")
    c = await consult.consultation(status="draft")
    url = f"/api/v1/consultations/{c.id}"
    etag = (await client.get(url, headers=coordinator.headers)).headers["ETag"]
    resp = await client.patch(
        url, json={"status": "closed"}, headers={**coordinator.headers, "If-Match": etag}
    )
    assert resp.status_code == 409
    resp = await client.patch(url, json={"status": "open"}, headers={**coordinator.headers, "If-Match": etag})
    assert resp.status_code == 200 and resp.json()["status"] == "open"


async def test_patch_consultation_needs_if_match(client, factory, consult):
    coordinator = await factory.actor("coordinator")
    c = await consult.consultation()
    url = f"/api/v1/consultations/{c.id}"
    assert (await client.patch(url, json={"title": "X"}, headers=coordinator.headers)).status_code == 428
    stale = await client.patch(
        url, json={"title": "X"}, headers={**coordinator.headers, "If-Match": '"stale"'}
    )
    assert stale.status_code == 412


async def test_extending_the_window_is_audited(client, factory, consult):
    admin = await factory.actor("admin")
    c = await consult.consultation()
    url = f"/api/v1/consultations/{c.id}"
    etag = (await client.get(url, headers=admin.headers)).headers["ETag"]
    new_close = (c.closes_at + dt.timedelta(days=7)).isoformat()
    resp = await client.patch(url, json={"closes_at": new_close}, headers={**admin.headers, "If-Match": etag})
    assert resp.status_code == 200
    audit = (await client.get("/api/v1/audit", params={"entity_id": str(c.id)}, headers=admin.headers)).json()
    assert (
        audit["items"][0]["action"] == "consultation.updated" and "closes_at" in audit["items"][0]["changes"]
    )


async def test_consultation_with_feedback_cannot_be_deleted(client, factory, consult):
    from tests.consultations.factories import submit

    coordinator = await factory.actor("coordinator")
    c = await consult.consultation()
    await submit(client, c.id)
    url = f"/api/v1/consultations/{c.id}"
    etag = (await client.get(url, headers=coordinator.headers)).headers["ETag"]
    assert (await client.delete(url, headers={**coordinator.headers, "If-Match": etag})).status_code == 409


async def test_unit_officer_cannot_create_consultations(client, factory, consult):
    officer = await factory.actor("unit_officer")
    document = await consult.document()
    resp = await client.post("/api/v1/consultations", json=_body(document.id), headers=officer.headers)
    assert resp.status_code == 403


async def test_public_list_shows_only_open_consultations(client, consult):
    shown = await consult.consultation(title="Đợt lấy ý kiến đang mở")
    await consult.consultation(status="draft", title="Bản nháp nội bộ")
    resp = await client.get("/api/v1/public/consultations")
    assert resp.status_code == 200
    items = resp.json()["items"]
    assert [i["id"] for i in items] == [str(shown.id)]
    assert items[0]["accepting_feedback"] is True and items[0]["document"]["version"] == 1
    assert "lead_unit_id" not in items[0]


async def test_public_detail_includes_sections_and_hides_drafts(client, consult):
    c = await consult.consultation()
    draft = await consult.consultation(status="draft")
    resp = await client.get(f"/api/v1/public/consultations/{c.id}")
    assert resp.status_code == 200
    assert [s["heading"] for s in resp.json()["sections"]] == [
        "Đánh giá tình hình",
        "Phương hướng, nhiệm vụ",
        "Giải pháp",
    ]
    assert (await client.get(f"/api/v1/public/consultations/{draft.id}")).status_code == 404


async def test_internal_consultation_list_needs_a_token(client, consult):
    await consult.consultation()
    assert (await client.get("/api/v1/consultations")).status_code == 401


async def test_consultation_search_ignores_diacritics(client, factory, consult):
    viewer = await factory.actor("viewer")
    await consult.consultation(title="Góp ý Văn kiện Đại hội XIII")
    await consult.consultation(title="Quy hoạch đô thị")
    resp = await client.get("/api/v1/consultations", params={"q": "van kien dai hoi"}, headers=viewer.headers)
    assert [i["title"] for i in resp.json()["items"]] == ["Góp ý Văn kiện Đại hội XIII"]
