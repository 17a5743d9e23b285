"""The outbox: an event exists exactly when its change committed, and carries no contact details."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest
from sqlalchemy import select

from plandesk.core.db import make_engine, make_sessionmaker
from plandesk.core.events import EVENT_TYPES, NOTIFIED_TYPES, ContactDetailsInEvent, Event, Subject, emit
from plandesk.jobs.runtime import LocalRuntime
from plandesk.notifications import outbox
from plandesk.plans import crud as plan_crud
from plandesk.tasks.overdue import emit_overdue
from plandesk.webhooks import relay
from plandesk.webhooks.models import WebhookDelivery
from plandesk.webhooks.schemas import EVENT_TYPE_CHOICES
from tests.consultations.factories import ConsultationFactory, submit
from tests.plans.factories import anchored


async def _events(hooks, type_=None):  # type: ignore[no-untyped-def]
    async with hooks.sessionmaker() as s:
        stmt = select(Event).order_by(Event.seq)
        if type_:
            stmt = stmt.where(Event.type == type_)
        return list((await s.execute(stmt)).scalars())


async def test_an_event_commits_with_its_change(hooks, plans, tasks, factory):
    plan = await plans.plan()
    unit = await factory.unit()
    task = await tasks.task(plan, unit, due="2030-01-31")

    (event,) = await _events(hooks, "task.created")
    assert (event.subject_type, event.subject_id, event.plan_id) == ("task", str(task.id), plan.id)
    assert event.data["lead_unit_id"] == str(unit.id) and event.data["due_date"] == "2030-01-31"


async def test_a_rolled_back_change_emits_nothing(hooks):
    async with hooks.sessionmaker() as s:
        emit(s, "task.deleted", Subject("task", "t-1"), {"title": "x"})
        await s.flush()
        await s.rollback()
    assert await _events(hooks) == []


async def test_a_request_whose_commit_fails_emits_nothing(hooks, plans, factory, monkeypatch):
    plan = await plans.plan()
    admin = await factory.actor("admin")
    async with hooks.sessionmaker() as s:
        fresh = await plan_crud.get_plan(s, plan.id)

        async def failing_commit() -> None:
            await s.rollback()
            raise RuntimeError("the database went away")

        monkeypatch.setattr(s, "commit", failing_commit)
        with pytest.raises(RuntimeError):
            from plandesk.core.policy import Principal

            principal = Principal(id=admin.id, role="admin")
            await plan_crud.update_plan(s, principal, fresh, {"published": True})
    assert await _events(hooks, "plan.published") == []
    assert await _events(hooks, "plan.updated") == []


async def test_publishing_a_plan_emits_plan_published_and_plan_updated(client, hooks, plans, factory):
    admin = await factory.actor("admin")
    plan = await plans.plan()
    etag = (await client.get(f"/api/v1/plans/{plan.id}", headers=admin.headers)).headers["ETag"]
    r = await client.patch(
        f"/api/v1/plans/{plan.id}", json={"published": True}, headers={**admin.headers, "If-Match": etag}
    )
    assert r.status_code == 200, r.text
    assert [e.type for e in await _events(hooks)] == ["plan.updated", "plan.published"]
    (updated,) = await _events(hooks, "plan.updated")
    assert updated.data == {"changes": {"published": {"before": False, "after": True}}}


async def test_moving_a_milestone_emits_the_dates_that_moved(client, hooks, plans, tasks, factory):
    admin = await factory.actor("admin")
    plan = await plans.plan()
    congress = await plans.milestone(plan, "2020-08-31", "day")
    await tasks.task(plan, await factory.unit(), due=anchored(congress, "end"))
    r = await client.post(
        f"/api/v1/milestones/{congress.id}/move", json={"date": "2020-09-10"}, headers=admin.headers
    )
    assert r.status_code == 200, r.text

    (moved,) = await _events(hooks, "milestone.moved")
    assert moved.data["changes"]["range_end"] == {"before": "2020-08-31", "after": "2020-09-10"}
    (task_update,) = await _events(hooks, "task.updated")
    assert task_update.data["changes"]["due_date"] == {"before": "2020-08-31", "after": "2020-09-10"}


async def test_reporting_progress_emits_progressed_and_status_changed(client, hooks, plans, tasks, factory):
    unit = await factory.unit()
    officer = await factory.actor("unit_officer", unit)
    task = await tasks.task(await plans.plan(), unit)
    r = await client.post(
        f"/api/v1/tasks/{task.id}/updates",
        json={"status": "in_progress", "percent": 40},
        headers=officer.headers,
    )
    assert r.status_code == 201, r.text

    (progressed,) = await _events(hooks, "assignment.progressed")
    assert (progressed.data["status"], progressed.data["percent"]) == ("in_progress", 40)
    (changed,) = await _events(hooks, "assignment.status_changed")
    assert changed.data["changes"]["status"] == {"before": "not_started", "after": "in_progress"}


async def test_an_overdue_assignment_is_announced_once(hooks, plans, tasks, factory):
    task = await tasks.task(await plans.plan(), await factory.unit(), due="2020-01-31")
    async with hooks.sessionmaker() as s:
        assert await emit_overdue(s, today=dt.date(2020, 2, 2)) == 1
    async with hooks.sessionmaker() as s:
        assert await emit_overdue(s, today=dt.date(2020, 2, 3)) == 0

    (overdue,) = await _events(hooks, "assignment.overdue")
    assert overdue.data["task_id"] == str(task.id) and overdue.data["due_date"] == "2020-01-31"


async def test_a_deadline_passes_at_midnight_where_its_plan_is_issued(hooks, plans, tasks, factory):
    from plandesk.core.localtime import frozen

    unit = await factory.unit()
    east = await tasks.task(await plans.plan(timezone="Pacific/Kiritimati"), unit, due="2020-02-01")
    west = await tasks.task(await plans.plan(timezone="America/Los_Angeles"), unit, due="2020-02-01")
    home = await tasks.task(await plans.plan(), unit, due="2020-02-01")  # the deployment's zone
    # 12:00 UTC on 1/2: already 2/2 on Kiritimati (UTC+14); still 1/2 in Los Angeles and Hà Nội.
    with frozen(dt.datetime(2020, 2, 1, 12, 0, tzinfo=dt.UTC)):
        async with hooks.sessionmaker() as s:
            assert await emit_overdue(s) == 1
    assert [e.data["task_id"] for e in await _events(hooks, "assignment.overdue")] == [str(east.id)]
    # 09:00 UTC on 2/2: 16:00 in Hà Nội and 01:00 in Los Angeles, both past their deadline day.
    with frozen(dt.datetime(2020, 2, 2, 9, 0, tzinfo=dt.UTC)):
        async with hooks.sessionmaker() as s:
            assert await emit_overdue(s) == 2
    announced = {e.data["task_id"] for e in await _events(hooks, "assignment.overdue")}
    assert announced == {str(east.id), str(west.id), str(home.id)}


async def test_opening_and_closing_a_consultation_are_events(client, hooks, factory, app):
    consult = ConsultationFactory(app.state.sessionmaker)
    c = await consult.consultation(status="draft")
    admin = await factory.actor("admin")
    for status in ("open", "closed"):
        etag = (await client.get(f"/api/v1/consultations/{c.id}", headers=admin.headers)).headers["ETag"]
        r = await client.patch(
            f"/api/v1/consultations/{c.id}",
            json={"status": status},
            headers={**admin.headers, "If-Match": etag},
        )
        assert r.status_code == 200, r.text
    assert [e.type for e in await _events(hooks)] == ["consultation.opened", "consultation.closed"]


async def test_submitted_and_answered_feedback_carry_no_contact_details(client, hooks, factory, app):
    consult = ConsultationFactory(app.state.sessionmaker)
    c = await consult.consultation()
    r = await submit(client, c.id, name="Nguyễn Văn A", contact="a@example.org", organisation="Hội Nông dân")
    assert r.status_code == 201, r.text
    moderator = await factory.actor("moderator")
    url = f"/api/v1/feedback/{r.json()['id']}"
    for change in ({"status": "in_review"}, {"status": "accepted", "response": "Tiếp thu."}):
        etag = (await client.get(url, headers=moderator.headers)).headers["ETag"]
        assert (
            await client.patch(url, json=change, headers={**moderator.headers, "If-Match": etag})
        ).status_code == 200

    events = await _events(hooks)
    assert [e.type for e in events] == ["consultation.opened", "feedback.submitted", "feedback.answered"]
    text = repr([e.data for e in events])
    assert "a@example.org" not in text and "Nguyễn Văn A" not in text and "Hội Nông dân" not in text
    assert events[2].data["response"] == "Tiếp thu."


async def test_only_events_someone_is_told_of_wait_for_the_notification_outbox(
    client, hooks, plans, tasks, factory, app
):
    """An event of a type the notification outbox has no handler for is written already taken
    by it (``notified_at`` = ``occurred_at``), whichever way it is written: the feedback group
    writer of either database, ``emit`` at a commit, ``emit_once``. The outbox's claim finds
    only the events it acts on, and a submission's event is not updated to say nobody is told."""
    assert set(outbox.HANDLERS) == NOTIFIED_TYPES
    c = await ConsultationFactory(app.state.sessionmaker).consultation()
    assert (await submit(client, c.id)).status_code == 201  # the group writer
    plan = await plans.plan()
    unit = await factory.unit()
    await tasks.task(plan, unit, due="2030-01-31")  # emit: task.created, told to the unit
    await tasks.task(plan, unit, due="2020-01-31")
    async with hooks.sessionmaker() as s:
        assert await emit_overdue(s, today=dt.date(2020, 2, 2)) == 1  # emit_once
    async with hooks.sessionmaker() as s:
        emit(s, "task.deleted", Subject("task", "t-1"), {"title": "x"})  # emit: nobody is told
        await s.commit()

    events = await _events(hooks)
    waiting = [e.type for e in events if e.notified_at is None]
    assert waiting == ["task.created", "task.created"]
    taken = {e.type: e for e in events if e.notified_at is not None}
    assert {"feedback.submitted", "assignment.overdue", "task.deleted"} <= set(taken)
    assert all(e.notified_at == e.occurred_at for e in taken.values())
    # No endpoint: the submission's event is not the relay's either (see the next tests).
    assert [e.type for e in events if e.dispatched_at is not None] == ["feedback.submitted"]
    async with hooks.sessionmaker() as s:
        assert await outbox.consume(s, email_on=False) == 2
    async with hooks.sessionmaker() as s:
        assert await outbox.consume(s, email_on=False) == 0


def test_the_subscriptions_taking_an_event_type_are_those_the_relay_delivers_for():
    assert relay.patterns_matching("feedback.submitted") == ["*", "feedback.submitted", "feedback.*"]
    assert relay.patterns_matching("a.b.c") == ["*", "a.b.c", "a.*", "a.b.*"]
    assert relay.subscribed(["task.*"], "task.created") and not relay.subscribed(["task.*"], "report.urged")
    assert not relay.subscribed(["feedback.answered"], "feedback.submitted")
    assert not relay.subscribed(["feedback.submitted.*", "feedback"], "feedback.submitted")
    for event_type in EVENT_TYPES:
        takes = relay.patterns_matching(event_type)
        for choice in EVENT_TYPE_CHOICES:
            assert relay.subscribed([choice], event_type) == (choice in takes), (choice, event_type)
    with pytest.raises(ValueError):
        relay.subscriber_exists_sql("feedback.submitted') OR (1=1", "postgresql")


@pytest.mark.parametrize(
    ("event_types", "settings_of_endpoint", "waits"),
    [
        (["feedback.*"], {}, True),
        (["*"], {}, True),
        (["task.*", "feedback.submitted"], {}, True),
        (["feedback.answered", "task.*"], {}, False),
        (["*"], {"active": False}, False),
        (["*"], {"plan": True}, False),  # an endpoint of one plan: feedback events carry none
    ],
)
async def test_a_submission_waits_for_the_relay_only_when_an_endpoint_wants_it(
    client, hooks, app, plans, event_types, settings_of_endpoint, waits
):
    """The feedback group writers write ``feedback.submitted`` already dispatched when no active
    endpoint would get it: the relay would only have marked it. With one that would, the event
    waits for the relay, which makes the delivery."""
    kw = dict(settings_of_endpoint)
    if kw.pop("plan", False):
        kw["plan_id"] = (await plans.plan()).id
    endpoint = await hooks.endpoint("https://hooks.example.org/in", event_types, **kw)
    c = await ConsultationFactory(app.state.sessionmaker).consultation()
    assert (await submit(client, c.id)).status_code == 201

    (event,) = await _events(hooks, "feedback.submitted")
    assert event.dispatched_at == (None if waits else event.occurred_at)
    await hooks.fan_out()
    async with hooks.sessionmaker() as s:
        deliveries = (
            (await s.execute(select(WebhookDelivery).where(WebhookDelivery.event_id == event.id)))
            .scalars()
            .all()
        )
    assert [d.endpoint_id for d in deliveries] == ([endpoint.id] if waits else [])


async def test_emit_refuses_a_payload_with_contact_details(hooks):
    async with hooks.sessionmaker() as s:
        with pytest.raises(ContactDetailsInEvent):
            emit(s, "feedback.submitted", Subject("feedback", "f"), {"submitter": {"contact_email": "a@b.c"}})


async def test_an_event_committed_before_a_crash_is_delivered_after_restart(hooks, receiver, settings):
    endpoint = await hooks.endpoint(receiver.url)
    async with hooks.sessionmaker() as s:
        event = emit(s, "task.created", Subject("task", "t-1"), {"title": "x"})
        await s.commit()
    # The process that committed it dies here, before any relay ran. A new one starts:
    engine = make_engine(settings.effective_database_url)
    runtime = LocalRuntime(settings, make_sessionmaker(engine), poll_seconds=0.05)
    stop = asyncio.Event()
    worker = asyncio.create_task(runtime.run(stop))
    try:
        for _ in range(200):
            if receiver.requests:
                break
            await asyncio.sleep(0.05)
    finally:
        stop.set()
        await worker
        await engine.dispose()
    assert receiver.ids == [f"msg_{event.id.hex}"]
    (d,) = await hooks.deliveries(endpoint)
    assert d.state == "delivered"


async def test_a_bulk_answer_emits_one_feedback_answered_per_submission(client, hooks, factory, app):
    consult = ConsultationFactory(app.state.sessionmaker)
    c = await consult.consultation()
    ids = [(await submit(client, c.id, body=f"Ý kiến {i}")).json()["id"] for i in range(3)]
    moderator = await factory.actor("moderator")
    r = await client.post(
        f"/api/v1/consultations/{c.id}/feedback/bulk",
        json={"selection": {"ids": ids[:2]}, "action": {"response": "Xin cảm ơn, tiếp thu."}},
        headers=moderator.headers,
    )
    assert r.status_code == 200, r.text

    answered = await _events(hooks, "feedback.answered")
    assert sorted(e.subject_id for e in answered) == sorted(ids[:2])
    assert {e.data["response"] for e in answered} == {"Xin cảm ơn, tiếp thu."}
