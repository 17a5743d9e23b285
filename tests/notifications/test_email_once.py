"""E-mail is sent at most once, or detectably once: a lease per claim and a stable Message-ID."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from plandesk.core import localtime
from plandesk.notifications import email as mail
from plandesk.notifications import outbox, scan
from plandesk.notifications.models import Notification
from tests.notifications.conftest import local_morning
from tests.notifications.factories import OFFICER, make_world

DUE = dt.date(2026, 3, 16)


async def _queue(app: Any, instant: dt.datetime) -> None:
    """What the workers do before sending: the new task and the reminder of the day, queued."""
    with localtime.frozen(instant):
        async with app.state.sessionmaker() as s:
            while await outbox.consume(s, email_on=True):
                pass
        async with app.state.sessionmaker() as s:
            await scan.scan_reminders(s, email_on=True)


async def _states(app: Any) -> list[tuple[str, str | None]]:
    async with app.state.sessionmaker() as s:
        rows = await s.execute(
            select(Notification.email_state, Notification.email_message_id).order_by(
                Notification.created_at, Notification.dedupe_key
            )
        )
        return [tuple(r) for r in rows.all()]  # type: ignore[misc]


async def test_a_worker_dying_after_the_server_accepted_resends_under_the_same_message_id(
    factory, plans, tasks, app, mail_settings, smtp, monkeypatch
):
    await make_world(factory, plans, tasks, DUE)
    instant = local_morning(DUE)
    await _queue(app, instant)
    record = mail._record

    async def crash_after_sending(session, ids, state, **kw):  # type: ignore[no-untyped-def]
        if state == "sent":
            raise RuntimeError("worker killed")
        await record(session, ids, state, **kw)

    monkeypatch.setattr(mail, "_record", crash_after_sending)
    with localtime.frozen(instant), pytest.raises(RuntimeError):
        await mail.send_due(app.state.sessionmaker, mail_settings)
    monkeypatch.setattr(mail, "_record", record)
    first = smtp.to(OFFICER)
    assert len(first) == 1  # accepted by the server, never recorded as sent
    states = await _states(app)
    assert [s for s, _ in states] == ["sending", "sending"]
    assert all(mid and mid.endswith("@plandesk.example.org>") for _, mid in states)
    assert first[0]["Message-ID"] == states[0][1]

    # While the lease holds, nobody else sends them.
    with localtime.frozen(instant + dt.timedelta(minutes=5)):
        assert await mail.send_due(app.state.sessionmaker, mail_settings) == 0
    assert len(smtp.to(OFFICER)) == 1

    # After it, another worker does: the one already accepted goes again under its Message-ID.
    with localtime.frozen(instant + mail.LEASE + dt.timedelta(seconds=1)):
        assert await mail.send_due(app.state.sessionmaker, mail_settings) == 2
        assert await mail.send_due(app.state.sessionmaker, mail_settings) == 0
    messages = smtp.to(OFFICER)
    assert len(messages) == 3
    ids = [m["Message-ID"] for m in messages]
    assert ids[0] == ids[1] == states[0][1]  # the duplicate is recognisable as one
    assert ids[2] == states[1][1] != ids[0]
    assert [s for s, _ in await _states(app)] == ["sent", "sent"]


async def test_a_worker_dying_before_sending_leaves_it_to_be_sent_once(
    factory, plans, tasks, app, mail_settings, smtp, monkeypatch
):
    await make_world(factory, plans, tasks, DUE)
    instant = local_morning(DUE)
    await _queue(app, instant)

    async def dies(settings, out):  # type: ignore[no-untyped-def]
        raise RuntimeError("worker killed before the SMTP transaction")

    monkeypatch.setattr(mail, "send", dies)
    with localtime.frozen(instant), pytest.raises(RuntimeError):
        await mail.send_due(app.state.sessionmaker, mail_settings)
    monkeypatch.undo()
    assert smtp.to(OFFICER) == []
    with localtime.frozen(instant + mail.LEASE):
        await mail.send_due(app.state.sessionmaker, mail_settings)
    assert len(smtp.to(OFFICER)) == 2
    assert len({m["Message-ID"] for m in smtp.to(OFFICER)}) == 2


async def test_a_lease_nearly_over_hands_the_rest_back_with_their_message_ids(
    factory, plans, tasks, app, mail_settings, smtp, monkeypatch
):
    await make_world(factory, plans, tasks, DUE)
    instant = local_morning(DUE)
    await _queue(app, instant)
    send = mail.send

    async def slow_server(settings, out):  # type: ignore[no-untyped-def]
        await send(settings, out)
        # The first e-mail took almost the whole lease.
        localtime.set_clock(lambda: instant + mail.LEASE - dt.timedelta(seconds=1))

    monkeypatch.setattr(mail, "send", slow_server)
    try:
        with localtime.frozen(instant):
            assert await mail.send_due(app.state.sessionmaker, mail_settings) == 2
    finally:
        localtime.set_clock(None)
    monkeypatch.undo()
    assert len(smtp.to(OFFICER)) == 1
    states = await _states(app)
    assert states[0][0] == "sent" and states[1][0] == "pending" and states[1][1]
    with localtime.frozen(instant + dt.timedelta(minutes=1)):
        assert await mail.send_due(app.state.sessionmaker, mail_settings) == 1
    assert [m["Message-ID"] for m in smtp.to(OFFICER)] == [states[0][1], states[1][1]]
    assert [s for s, _ in await _states(app)] == ["sent", "sent"]


async def test_the_scan_runs_in_bounded_passes_and_sends_the_same(factory, plans, tasks, app, settings):
    world = await make_world(factory, plans, tasks, DUE)
    for i in range(11):
        await tasks.task(world.plan, world.unit, due=DUE + dt.timedelta(days=i - 5), title=f"Việc {i}")
    instant = local_morning(DUE + dt.timedelta(days=3))
    with localtime.frozen(instant):
        results = await scan.scan_all(app.state.sessionmaker, email_on=False, limit=5)
        again = await scan.scan_all(app.state.sessionmaker, email_on=False, limit=5)
    assert [r.examined for r in results] == [5, 5, 2]
    assert [r.more for r in results] == [True, True, False]
    # The most overdue first: each pass's assignments are due no later than the next pass's.
    dues = [max(d for _, _, d in r.sent) for r in results[:2]]
    firsts = [min(d for _, _, d in r.sent) for r in results[1:]]
    assert all(a <= b for a, b in zip(dues, firsts, strict=True))
    assert sum(r.reminders for r in results) == len({k for r in results for k in r.sent}) > 12
    assert [r.reminders for r in again] == [0]
    async with app.state.sessionmaker() as s:
        keys = (await s.execute(select(Notification.dedupe_key))).scalars().all()
    assert len(keys) == len(set(keys)) == sum(r.notifications for r in results) > 0
