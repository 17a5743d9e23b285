"""`plandesk feedback purge-contacts`: contact details go after the consultation closes; feedback stays."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, update

from plandesk.cli import main
from plandesk.consultations.models import Consultation, FeedbackSubmission
from plandesk.core.audit import AuditEntry
from plandesk.core.db import utcnow
from tests.consultations.factories import submit


async def _close_and_age(session, consultation_id, days: int) -> None:
    now = utcnow()
    async with session.begin():
        await session.execute(
            update(Consultation)
            .where(Consultation.id == consultation_id)
            .values(closes_at=now - dt.timedelta(days=1), opens_at=now - dt.timedelta(days=90))
        )
        await session.execute(update(FeedbackSubmission).values(submitted_at=now - dt.timedelta(days=days)))


def _run(monkeypatch, database_url, *args: str) -> int:
    monkeypatch.setenv("PLANDESK_DATABASE_URL", database_url)
    return main(["feedback", "purge-contacts", *args])


async def test_purge_removes_contacts_but_keeps_feedback(
    client, consult, session, monkeypatch, database_url, capsys
):
    c = await consult.consultation()
    await submit(client, c.id, body="Giữ lại ý kiến này", name="Phạm Dũng", contact="0912 000 111")
    await _close_and_age(session, c.id, days=40)
    code = await _in_thread(
        _run, monkeypatch, database_url, "--consultation", str(c.id), "--older-than", "30"
    )
    assert code == 0 and "1 submission" in capsys.readouterr().out
    session.expire_all()
    row = (await session.execute(select(FeedbackSubmission))).scalar_one()
    assert (row.name, row.contact, row.body) == (None, None, "Giữ lại ý kiến này")
    assert row.contacts_purged_at is not None
    audit = (
        await session.execute(select(AuditEntry).where(AuditEntry.action == "feedback.contacts_purged"))
    ).scalar_one()
    assert audit.changes["purged"] == 1 and audit.actor == "system"


async def test_purge_keeps_recent_submissions(client, consult, session, monkeypatch, database_url):
    c = await consult.consultation()
    await submit(client, c.id, name="Phạm Dũng")
    await _close_and_age(session, c.id, days=5)
    assert (
        await _in_thread(_run, monkeypatch, database_url, "--consultation", str(c.id), "--older-than", "30")
        == 0
    )
    session.expire_all()
    assert (await session.execute(select(FeedbackSubmission.name))).scalar_one() == "Phạm Dũng"


async def test_purge_refuses_a_running_consultation(
    client, consult, session, monkeypatch, database_url, capsys
):
    c = await consult.consultation()
    await submit(client, c.id, name="Phạm Dũng")
    code = await _in_thread(_run, monkeypatch, database_url, "--consultation", str(c.id), "--older-than", "0")
    assert code == 1 and "still running" in capsys.readouterr().err
    assert (await session.execute(select(FeedbackSubmission.name))).scalar_one() == "Phạm Dũng"


async def test_purge_with_a_bad_id_is_a_usage_error(monkeypatch, database_url):
    assert (
        await _in_thread(_run, monkeypatch, database_url, "--consultation", "nope", "--older-than", "1") == 2
    )


async def _in_thread(fn, *args):
    import asyncio

    # The CLI runs its own event loop: keep it off the test's loop.
    return await asyncio.to_thread(fn, *args)
