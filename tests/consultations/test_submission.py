"""Submitting feedback: window, quotes, receipts, idempotency, rate limit, meeting batches."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select, text

from plandesk.consultations.models import FeedbackSubmission
from plandesk.core.db import utcnow
from tests.consultations.factories import submit


async def _count(session, consultation_id=None) -> int:
    stmt = select(func.count()).select_from(FeedbackSubmission)
    if consultation_id is not None:
        stmt = stmt.where(FeedbackSubmission.consultation_id == consultation_id)
    return (await session.execute(stmt)).scalar_one()


async def test_anonymous_submission_returns_a_receipt(client, consult):
    c = await consult.consultation()
    resp = await submit(client, c.id, body="Đề nghị làm rõ mục tiêu tăng trưởng.", contributor_group="expert")
    assert resp.status_code == 201, resp.text
    body = resp.json()
    assert body["status"] == "received" and body["consultation_id"] == str(c.id)
    assert len(body["receipt_code"]) == 19 and set(body["receipt_code"]) <= set(
        "0123456789ABCDEFGHJKMNPQRSTVWXYZ-"
    )


async def test_receipt_code_is_stored_only_as_a_digest(client, consult, session):
    c = await consult.consultation()
    code = (await submit(client, c.id)).json()["receipt_code"]
    row = (await session.execute(select(FeedbackSubmission.receipt_hash))).scalar_one()
    assert code not in row and len(row) == 64


async def test_submission_before_the_window_is_409_with_the_window(client, consult):
    now = utcnow()
    c = await consult.consultation(opens_at=now + dt.timedelta(days=2), closes_at=now + dt.timedelta(days=9))
    resp = await submit(client, c.id)
    assert resp.status_code == 409
    problem = resp.json()
    assert "opens at" in problem["detail"] and c.opens_at.isoformat()[:16] in problem["detail"]
    assert problem["window"]["closes_at"].startswith(c.closes_at.isoformat()[:16])


async def test_submission_after_the_window_is_409(client, consult, session):
    now = utcnow()
    c = await consult.consultation(opens_at=now - dt.timedelta(days=9), closes_at=now - dt.timedelta(days=2))
    resp = await submit(client, c.id)
    assert resp.status_code == 409 and "closed" in resp.json()["detail"]
    assert await _count(session) == 0


async def test_signed_in_submission_to_a_draft_consultation_is_409(client, consult, factory):
    c = await consult.consultation(status="draft")
    user = await factory.user(role="coordinator")
    resp = await submit(client, c.id, headers=factory.headers_for(user))
    assert resp.status_code == 409 and "not open" in resp.json()["detail"]


async def test_submission_to_unknown_consultation_is_404(client):
    resp = await submit(client, "00000000-0000-4000-8000-000000000000")
    assert resp.status_code == 404 and resp.headers["content-type"] == "application/problem+json"


async def test_quote_matching_the_section_text_is_accepted(client, consult, factory):
    c = await consult.consultation()
    section = (await consult.section_ids(c))[1]
    quote = "nông nghiệp công nghệ cao"
    start = "Phát triển nông nghiệp công nghệ cao gắn với chế biến sâu.".index(quote)
    resp = await submit(
        client, c.id, section_id=str(section), quote=quote, quote_start=start, quote_end=start + len(quote)
    )
    assert resp.status_code == 201, resp.text
    moderator = await factory.actor("moderator")
    item = (await client.get(f"/api/v1/consultations/{c.id}/feedback", headers=moderator.headers)).json()[
        "items"
    ][0]
    assert (item["section_id"], item["quote"], item["quote_start"], item["quote_end"]) == (
        str(section),
        quote,
        start,
        start + len(quote),
    )


async def test_mismatched_quote_offsets_are_422(client, consult, session):
    c = await consult.consultation()
    section = (await consult.section_ids(c))[1]
    resp = await submit(
        client, c.id, section_id=str(section), quote="nông nghiệp công nghệ cao", quote_start=0, quote_end=25
    )
    assert resp.status_code == 422
    assert resp.json()["errors"][0]["loc"] == ["body", "quote"]
    assert await _count(session) == 0


async def test_quote_offsets_beyond_the_section_are_422(client, consult):
    c = await consult.consultation()
    section = (await consult.section_ids(c))[0]
    resp = await submit(client, c.id, section_id=str(section), quote="x", quote_start=500, quote_end=501)
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["body", "quote_end"]


async def test_quote_without_offsets_is_located_in_the_section(client, consult, factory):
    c = await consult.consultation()
    section = (await consult.section_ids(c))[2]
    resp = await submit(client, c.id, section_id=str(section), quote="chuyển đổi số")
    assert resp.status_code == 201
    moderator = await factory.actor("moderator")
    item = (await client.get(f"/api/v1/consultations/{c.id}/feedback", headers=moderator.headers)).json()[
        "items"
    ][0]
    assert (
        "Đẩy mạnh cải cách hành chính và chuyển đổi số."[item["quote_start"] : item["quote_end"]]
        == "chuyển đổi số"
    )


async def test_quote_not_in_the_section_is_422(client, consult):
    c = await consult.consultation()
    section = (await consult.section_ids(c))[2]
    resp = await submit(client, c.id, section_id=str(section), quote="không có trong văn bản")
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["body", "quote"]


async def test_quote_without_a_section_is_422(client, consult):
    c = await consult.consultation()
    resp = await submit(client, c.id, quote="chuyển đổi số")
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["body", "section_id"]


async def test_only_one_offset_is_422(client, consult):
    c = await consult.consultation()
    section = (await consult.section_ids(c))[2]
    resp = await submit(client, c.id, section_id=str(section), quote="số", quote_start=3)
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["body", "quote_end"]


async def test_section_of_another_document_is_422(client, consult):
    c = await consult.consultation()
    other = await consult.consultation()
    foreign = (await consult.section_ids(other))[0]
    resp = await submit(client, c.id, section_id=str(foreign))
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["body", "section_id"]


async def test_blank_body_is_422(client, consult):
    c = await consult.consultation()
    resp = await submit(client, c.id, body="   \n ")
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["body", "body"]


async def test_body_over_10000_characters_is_422(client, consult, session):
    c = await consult.consultation()
    resp = await submit(client, c.id, body="a" * 10_001)
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["body", "body"]
    assert (await submit(client, c.id, body="a" * 10_000)).status_code == 201


async def test_unknown_field_and_bad_enum_are_422(client, consult):
    c = await consult.consultation()
    assert (await submit(client, c.id, author="x")).status_code == 422
    resp = await submit(client, c.id, contributor_group="alien")
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["body", "contributor_group"]


async def test_meeting_channel_is_refused_for_single_submissions(client, consult):
    c = await consult.consultation()
    resp = await submit(client, c.id, channel="meeting")
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["body", "channel"]


async def test_idempotency_key_replay_creates_one_row(client, consult, session):
    c = await consult.consultation()
    headers = {"Idempotency-Key": "9b0f7f8e-retry-1"}
    first = await submit(client, c.id, headers, body="Một ý kiến gửi từ điện thoại.", channel="mobile")
    again = await submit(client, c.id, headers, body="Một ý kiến gửi từ điện thoại.", channel="mobile")
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json() and again.headers["Idempotent-Replayed"] == "true"
    assert await _count(session) == 1


async def test_idempotency_key_with_another_body_is_422(client, consult, session):
    c = await consult.consultation()
    headers = {"Idempotency-Key": "k-2"}
    assert (await submit(client, c.id, headers, body="Ý kiến A")).status_code == 201
    resp = await submit(client, c.id, headers, body="Ý kiến B")
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["header", "Idempotency-Key"]
    assert await _count(session) == 1


async def test_refused_submission_does_not_spend_its_idempotency_key(client, consult, session):
    c = await consult.consultation(status="draft")
    headers = {"Idempotency-Key": "k-3"}
    assert (await submit(client, c.id, headers, body="Sớm quá")).status_code == 404  # not public yet
    async with session.begin():
        await session.execute(text("UPDATE consultations SET status = 'open'"))
    assert (await submit(client, c.id, headers, body="Sớm quá")).status_code == 201
    assert await _count(session) == 1


async def test_anonymous_submissions_are_rate_limited_per_address(client, consult, settings):
    c = await consult.consultation()
    other = await consult.consultation()
    for _ in range(settings.feedback_rate_limit):
        assert (await submit(client, c.id)).status_code == 201
    resp = await submit(client, c.id)
    assert resp.status_code == 429 and int(resp.headers["Retry-After"]) > 0
    assert resp.headers["content-type"] == "application/problem+json"
    assert (await submit(client, other.id)).status_code == 201  # per consultation


async def test_signed_in_submitters_are_not_rate_limited_per_address(client, consult, factory, settings):
    c = await consult.consultation()
    officer = await factory.actor("unit_officer")
    for _ in range(settings.feedback_rate_limit + 2):
        assert (await submit(client, c.id, officer.headers)).status_code == 201


async def test_only_a_keyed_hash_of_the_address_is_stored(client, consult, session):
    c = await consult.consultation()
    await submit(client, c.id)
    row = (await session.execute(select(FeedbackSubmission.__table__))).one()
    client_hash = row._mapping["client_hash"]
    assert client_hash and len(client_hash) == 32
    # httpx's ASGI transport reports 127.0.0.1; it appears nowhere in the row.
    assert all("127.0.0.1" not in str(v) for v in row)
    import hashlib

    assert client_hash not in {
        hashlib.sha256(b"127.0.0.1").hexdigest()[:32],
        hashlib.md5(b"127.0.0.1").hexdigest(),
    }


async def test_viewer_token_cannot_submit(client, consult, factory):
    c = await consult.consultation()
    viewer = await factory.actor("viewer")
    assert (await submit(client, c.id, viewer.headers)).status_code == 403


async def test_invalid_token_is_401_not_anonymous(client, consult):
    c = await consult.consultation()
    resp = await submit(client, c.id, {"Authorization": "Bearer not-a-token"})
    assert resp.status_code == 401


async def test_exact_duplicate_is_flagged_at_submission(client, consult, factory):
    c = await consult.consultation()
    first = (await submit(client, c.id, body="Đề nghị tăng lương cho giáo viên!")).json()
    await submit(client, c.id, body="  de nghi TANG luong cho giao vien  ")
    moderator = await factory.actor("moderator")
    items = (await client.get(f"/api/v1/consultations/{c.id}/feedback", headers=moderator.headers)).json()[
        "items"
    ]
    newest, oldest = items
    assert newest["duplicate_of"] == first["id"] and oldest["duplicate_of"] is None


async def test_public_receipt_shows_status_and_answer_but_no_contacts(client, consult, factory):
    c = await consult.consultation()
    receipt = (
        await submit(
            client,
            c.id,
            body="Ý kiến có liên hệ",
            name="Nguyễn Văn An",
            organisation="Hội Cựu chiến binh",
            contact="an@example.org",
        )
    ).json()
    moderator = await factory.actor("moderator")
    url = f"/api/v1/feedback/{receipt['id']}"
    etag = (await client.get(url, headers=moderator.headers)).headers["ETag"]
    resp = await client.patch(
        url, json={"status": "in_review"}, headers={**moderator.headers, "If-Match": etag}
    )
    etag = resp.headers["ETag"]
    answer = "Ban soạn thảo tiếp thu, bổ sung vào mục II."
    resp = await client.patch(
        url, json={"status": "accepted", "response": answer}, headers={**moderator.headers, "If-Match": etag}
    )
    assert resp.status_code == 200, resp.text
    public = await client.get(f"/api/v1/public/feedback/{receipt['receipt_code']}")
    assert public.status_code == 200
    body = public.json()
    assert body["status"] == "accepted" and body["response"] == answer and body["body"] == "Ý kiến có liên hệ"
    for secret in ("Nguyễn Văn An", "Hội Cựu chiến binh", "an@example.org"):
        assert secret not in public.text


async def test_unknown_receipt_is_404_and_malformed_is_422(client):
    assert (await client.get("/api/v1/public/feedback/" + "A" * 32)).status_code == 404
    assert (await client.get("/api/v1/public/feedback/short")).status_code == 422


# --- meeting batches ---------------------------------------------------------------


def _batch(n: int = 3, **meeting):
    return {
        "meeting": {"title": "Hội nghị lấy ý kiến cán bộ hưu trí", "held_on": "2020-03-10", **meeting},
        "submissions": [
            {"body": f"Ý kiến tại hội nghị số {i}", "contributor_group": "veteran", "name": f"Đại biểu {i}"}
            for i in range(n)
        ],
    }


async def test_unit_officer_records_a_meeting_batch(client, consult, factory, session):
    c = await consult.consultation()
    officer = await factory.actor("unit_officer")
    resp = await client.post(
        f"/api/v1/consultations/{c.id}/feedback/meetings", json=_batch(3), headers=officer.headers
    )
    assert resp.status_code == 201, resp.text
    body = resp.json()
    assert body["count"] == 3 and body["unit_id"] == str(officer.user.unit_id) and len(body["receipts"]) == 3
    channels = (
        await session.execute(select(FeedbackSubmission.channel, FeedbackSubmission.meeting_id))
    ).all()
    assert {ch for ch, _ in channels} == {"meeting"} and {str(m) for _, m in channels} == {body["meeting_id"]}


async def test_meeting_batch_is_all_or_nothing(client, consult, factory, session):
    c = await consult.consultation()
    officer = await factory.actor("unit_officer")
    batch = _batch(3)
    batch["submissions"][2]["quote"] = "trích dẫn không có phần"
    resp = await client.post(
        f"/api/v1/consultations/{c.id}/feedback/meetings", json=batch, headers=officer.headers
    )
    assert resp.status_code == 422
    assert resp.json()["errors"][0]["loc"] == ["body", "submissions", 2, "section_id"]
    assert await _count(session) == 0


async def test_unit_officer_cannot_record_for_another_unit(client, consult, factory, session):
    c = await consult.consultation()
    officer = await factory.actor("unit_officer")
    other = await factory.unit()
    batch = {**_batch(1), "unit_id": str(other.id)}
    resp = await client.post(
        f"/api/v1/consultations/{c.id}/feedback/meetings", json=batch, headers=officer.headers
    )
    assert resp.status_code == 403 and await _count(session) == 0


async def test_coordinator_must_name_the_meeting_unit(client, consult, factory):
    c = await consult.consultation()
    coordinator = await factory.actor("coordinator")
    resp = await client.post(
        f"/api/v1/consultations/{c.id}/feedback/meetings", json=_batch(1), headers=coordinator.headers
    )
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["body", "unit_id"]
    unit = await factory.unit()
    resp = await client.post(
        f"/api/v1/consultations/{c.id}/feedback/meetings",
        json={**_batch(1), "unit_id": str(unit.id)},
        headers=coordinator.headers,
    )
    assert resp.status_code == 201


async def test_meeting_batch_outside_the_window_is_409(client, consult, factory, session):
    now = utcnow()
    c = await consult.consultation(opens_at=now - dt.timedelta(days=9), closes_at=now - dt.timedelta(days=1))
    officer = await factory.actor("unit_officer")
    resp = await client.post(
        f"/api/v1/consultations/{c.id}/feedback/meetings", json=_batch(2), headers=officer.headers
    )
    assert resp.status_code == 409 and await _count(session) == 0


async def test_meeting_batch_honours_idempotency_key(client, consult, factory, session):
    c = await consult.consultation()
    officer = await factory.actor("unit_officer")
    headers = {**officer.headers, "Idempotency-Key": "meeting-1"}
    url = f"/api/v1/consultations/{c.id}/feedback/meetings"
    first = await client.post(url, json=_batch(2), headers=headers)
    again = await client.post(url, json=_batch(2), headers=headers)
    assert first.json() == again.json() and await _count(session) == 2


async def test_viewer_and_anonymous_cannot_record_meetings(client, consult, factory):
    c = await consult.consultation()
    viewer = await factory.actor("viewer")
    url = f"/api/v1/consultations/{c.id}/feedback/meetings"
    assert (await client.post(url, json=_batch(1), headers=viewer.headers)).status_code == 403
    assert (await client.post(url, json=_batch(1))).status_code == 401


async def test_concurrent_submissions_and_retries_are_each_stored_once(client, consult, factory, session):
    """Many at once (on PostgreSQL they share group commits), retries among them."""
    import asyncio

    c = await consult.consultation()
    officer = await factory.actor("unit_officer")

    async def send(i: int, key: str):
        return await submit(client, c.id, {**officer.headers, "Idempotency-Key": key}, body=f"Ý kiến {i}")

    first = await asyncio.gather(*(send(i, f"key-{i}") for i in range(30)))
    again = await asyncio.gather(*(send(i, f"key-{i}") for i in range(0, 30, 3)), send(99, "key-new"))
    assert [r.status_code for r in first + again] == [201] * 41
    assert [r.json() for r in again[:-1]] == [first[i].json() for i in range(0, 30, 3)]
    assert await _count(session) == 31


async def test_meeting_batch_flags_exact_duplicates(client, consult, factory):
    c = await consult.consultation()
    first = (await submit(client, c.id, body="Giữ nguyên tên gọi của huyện.")).json()
    officer = await factory.actor("unit_officer")
    batch = _batch(3)
    batch["submissions"][0]["body"] = "giu nguyen ten goi cua huyen"
    batch["submissions"][2]["body"] = batch["submissions"][1]["body"]
    resp = await client.post(
        f"/api/v1/consultations/{c.id}/feedback/meetings", json=batch, headers=officer.headers
    )
    ids = [r["id"] for r in resp.json()["receipts"]]
    moderator = await factory.actor("moderator")
    items = (await client.get(f"/api/v1/consultations/{c.id}/feedback", headers=moderator.headers)).json()[
        "items"
    ]
    duplicate_of = {i["id"]: i["duplicate_of"] for i in items}
    assert duplicate_of[ids[0]] == first["id"]
    assert duplicate_of[ids[1]] is None and duplicate_of[ids[2]] == ids[1]
