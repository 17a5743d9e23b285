"""A consultation that is not open does not exist for the public (issue #9, item 9): every
public route, submission included, answers 404, and the window is checked before anything
is compared with the document, so nothing about an unpublished text can be probed."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from plandesk.consultations.models import Consultation
from plandesk.core.db import utcnow
from tests.consultations.factories import submit


@pytest.mark.parametrize("status", ["draft", "closed", "archived"])
async def test_anonymous_submission_to_a_consultation_that_is_not_open_is_404(
    client, consult, session, status
):
    c = await consult.consultation(status="draft")
    async with session.begin():
        await session.execute(update(Consultation).where(Consultation.id == c.id).values(status=status))
    resp = await submit(client, c.id)
    assert resp.status_code == 404 and resp.headers["content-type"] == "application/problem+json"
    assert "window" not in resp.json() and "draft" not in resp.json()["detail"]


async def test_draft_consultation_is_404_on_the_public_read_too(client, consult):
    c = await consult.consultation(status="draft")
    assert (await client.get(f"/api/v1/public/consultations/{c.id}")).status_code == 404


async def test_probing_a_draft_with_an_unknown_section_is_404_not_422(client, consult):
    c = await consult.consultation(status="draft")
    resp = await submit(client, c.id, section_id="00000000-0000-4000-8000-000000000000")
    assert resp.status_code == 404


async def test_probing_a_draft_with_a_quote_is_404_whatever_the_quote(client, consult):
    c = await consult.consultation(status="draft")
    section = (await consult.section_ids(c))[1]
    real = await submit(client, c.id, section_id=str(section), quote="nông nghiệp công nghệ cao")
    guess = await submit(client, c.id, section_id=str(section), quote="không có trong dự thảo")
    assert real.status_code == guess.status_code == 404
    same = ("type", "title", "status", "detail", "errors")
    assert {k: real.json().get(k) for k in same} == {k: guess.json().get(k) for k in same}


async def test_window_is_checked_before_the_section(client, consult):
    now = utcnow()
    c = await consult.consultation(opens_at=now + dt.timedelta(days=2), closes_at=now + dt.timedelta(days=9))
    resp = await submit(client, c.id, section_id="00000000-0000-4000-8000-000000000000")
    assert resp.status_code == 409 and "opens at" in resp.json()["detail"]


async def test_signed_in_user_learns_the_state_of_a_draft(client, consult, factory):
    c = await consult.consultation(status="draft")
    coordinator = await factory.actor("coordinator")
    resp = await submit(client, c.id, coordinator.headers, section_id="00000000-0000-4000-8000-000000000000")
    assert resp.status_code == 409 and "not open" in resp.json()["detail"]


async def test_meeting_batch_is_refused_on_the_window_before_its_sections(client, consult, factory):
    c = await consult.consultation(status="draft")
    coordinator = await factory.actor("coordinator")
    unit = await factory.unit()
    resp = await client.post(
        f"/api/v1/consultations/{c.id}/feedback/meetings",
        json={
            "meeting": {"title": "Hội nghị", "held_on": "2024-05-01"},
            "unit_id": str(unit.id),
            "submissions": [{"body": "Ý kiến", "section_id": "00000000-0000-4000-8000-000000000000"}],
        },
        headers=coordinator.headers,
    )
    assert resp.status_code == 409 and "not open" in resp.json()["detail"]
