"""The reminder schedule end to end: a real SMTP sink, a frozen clock, one assignment, 17 days."""

from __future__ import annotations

import asyncio
import datetime as dt

from sqlalchemy import func, select

from plandesk.core import localtime
from plandesk.core.db import make_engine, make_sessionmaker
from plandesk.notifications import scan
from plandesk.notifications.models import Notification, Reminder
from tests.notifications.factories import (
    COORDINATOR,
    HEAD,
    OFFICER,
    coordinate,
    ledger,
    make_world,
    notifications_of,
    set_preferences,
)
from tests.plans.factories import anchored

DUE = dt.date(2026, 3, 16)
TITLE = "Tuyên truyền Đại hội XIII"


def days(first: int, last: int) -> list[dt.date]:
    return [DUE + dt.timedelta(days=n) for n in range(first, last + 1)]


async def test_the_whole_schedule_from_8_days_before_to_8_days_after(factory, plans, tasks, driver, smtp):
    world = await make_world(factory, plans, tasks, DUE)
    sent_on: dict[str, list[int]] = {}
    for day in days(-8, 8):
        before = {a: len(smtp.to(a)) for a in (OFFICER, HEAD, COORDINATOR)}
        await driver.day(day)
        for address in (OFFICER, HEAD, COORDINATOR):
            if len(smtp.to(address)) > before[address]:
                sent_on.setdefault(address, []).append((day - DUE).days)

    # The officer: the new task (day -8), then 7 days and 1 day before, the day, 1, 3 and 7 days late.
    assert smtp.subjects(OFFICER) == [
        f"Nhiệm vụ mới cho đơn vị: {TITLE}",
        f"Còn 7 ngày đến hạn: {TITLE}",
        f"Còn 1 ngày đến hạn: {TITLE}",
        f"Hôm nay đến hạn: {TITLE}",
        f"Quá hạn 1 ngày: {TITLE}",
        f"Quá hạn 3 ngày: {TITLE}",
        f"Quá hạn 7 ngày: {TITLE}",
    ]
    assert sent_on[OFFICER] == [-8, -7, -1, 0, 1, 3, 7]
    # Escalation at 5 days overdue: the coordinator and the unit head, once each.
    assert smtp.subjects(COORDINATOR) == [f"Quá hạn 5 ngày: Ban Tuyên giáo huyện — {TITLE}"]
    assert smtp.subjects(HEAD) == [f"Quá hạn 5 ngày: Ban Tuyên giáo huyện — {TITLE}"]
    assert sent_on[COORDINATOR] == sent_on[HEAD] == [5]
    # In the app: the same, one notification per e-mail, each linking to the assignment.
    officer_items = await notifications_of(factory.sessionmaker, world.officer.user)
    assert [n.kind for n in officer_items] == [
        "assignment_created",
        "deadline_approaching",
        "deadline_approaching",
        "deadline_today",
        "overdue",
        "overdue",
        "overdue",
    ]
    assert {n.link for n in officer_items} == {f"/tasks/{world.task.id}?unit={world.unit.id}"}
    assert {n.email_state for n in officer_items} == {"sent"}
    assert [r[0] for r in await ledger(factory.sessionmaker, world.assignment_id)] == [
        "d-7",
        "d-1",
        "d+0",
        "d+1",
        "d+3",
        "esc+5",
        "d+7",
    ]


async def test_weekly_reminders_follow_while_overdue(factory, plans, tasks, driver, smtp):
    await make_world(factory, plans, tasks, DUE)
    for day in days(9, 22):
        await driver.day(day)
    # Nothing was sent before day 9; from then the catch-up sends the one that fits, then weekly.
    assert smtp.subjects(OFFICER)[1:] == [
        f"Quá hạn 7 ngày: {TITLE}",
        f"Quá hạn 14 ngày: {TITLE}",
        f"Quá hạn 21 ngày: {TITLE}",
    ]


async def test_every_email_is_html_and_text_with_list_unsubscribe(factory, plans, tasks, driver, smtp):
    await make_world(factory, plans, tasks, DUE)
    await driver.day(DUE)
    message = smtp.to(OFFICER)[-1]
    assert (
        message["List-Unsubscribe"]
        .strip()
        .startswith("<https://plandesk.example.org/api/v1/notifications/unsubscribe?token=")
    )
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    html = message.get_body(("html",)).get_content()
    text = message.get_body(("plain",)).get_content()
    assert "Hôm nay đến hạn" in html and "Hôm nay đến hạn" in text
    assert "Nguyễn Văn An" in text


async def test_texts_are_autoescaped_in_html(factory, plans, tasks, driver, smtp):
    world = await make_world(factory, plans, tasks, DUE)
    async with factory.sessionmaker() as s:
        from plandesk.tasks.models import Task

        task = await s.get(Task, world.task.id)
        task.title = "<script>alert(1)</script> & co"
        await s.commit()
    await driver.day(DUE)
    html = smtp.to(OFFICER)[-1].get_body(("html",)).get_content()
    assert "<script>" not in html and "&lt;script&gt;" in html


async def test_english_speakers_get_english(factory, plans, tasks, driver, smtp):
    world = await make_world(factory, plans, tasks, DUE)
    await set_preferences(factory.sessionmaker, world.officer.user, language="en")
    await driver.day(DUE - dt.timedelta(days=1))
    assert smtp.subjects(OFFICER)[-1] == f"Due in 1 days: {TITLE}"
    assert "Unsubscribe" in smtp.to(OFFICER)[-1].get_body(("plain",)).get_content()


async def test_moving_the_milestone_moves_the_reminders(factory, plans, tasks, driver, smtp, client):
    world_plan = await plans.plan()
    milestone = await plans.milestone(world_plan, DUE.isoformat())
    unit = await factory.unit("Ban Tuyên giáo huyện")
    officer = await factory.actor("unit_officer", unit, email=OFFICER)
    coordinator = await factory.actor("coordinator", email=COORDINATOR)
    task = await tasks.task(world_plan, unit, due=anchored(milestone.id), title=TITLE)
    for day in days(-8, -1):
        await driver.day(day)
    assert smtp.subjects(OFFICER)[-2:] == [f"Còn 7 ngày đến hạn: {TITLE}", f"Còn 1 ngày đến hạn: {TITLE}"]
    sent_before_move = len(smtp.to(OFFICER))

    # On the eve of the deadline the congress is put back ten days.
    moved = await client.post(
        f"/api/v1/milestones/{milestone.id}/move",
        json={"date": (DUE + dt.timedelta(days=10)).isoformat()},
        headers=coordinator.headers,
    )
    assert moved.status_code == 200, moved.text
    new_due = DUE + dt.timedelta(days=10)
    for day in days(0, 10):
        await driver.day(day)

    subjects = smtp.subjects(OFFICER)[sent_before_move:]
    assert subjects == [
        f"Hạn đã thay đổi: {TITLE}",
        f"Còn 7 ngày đến hạn: {TITLE}",  # the new series: 7 days before the new date (day +3)
        f"Còn 1 ngày đến hạn: {TITLE}",
        f"Hôm nay đến hạn: {TITLE}",
    ]
    async with factory.sessionmaker() as s:
        rows = (
            await s.execute(
                select(Reminder.rule, Reminder.due_date, Reminder.state).order_by(Reminder.created_at)
            )
        ).all()
    assert [tuple(r) for r in rows] == [
        ("d-7", DUE, "cancelled"),
        ("d-1", DUE, "cancelled"),
        ("d-7", new_due, "sent"),
        ("d-1", new_due, "sent"),
        ("d+0", new_due, "sent"),
    ]
    # The old "due in 1 day" no longer rings the bell.
    live = await notifications_of(factory.sessionmaker, officer.user)
    assert [n.data.get("due_date") for n in live if n.kind == "deadline_approaching"] == [
        new_due.isoformat()
    ] * 2
    assert task.id  # the task itself was not touched by the test


async def test_marking_the_assignment_done_stops_the_reminders(factory, plans, tasks, driver, smtp, client):
    world = await make_world(factory, plans, tasks, DUE)
    for day in days(-8, -1):
        await driver.day(day)
    with localtime.frozen(driver_instant := dt.datetime(2026, 3, 15, 3, tzinfo=dt.UTC)):
        done = await client.post(
            f"/api/v1/tasks/{world.task.id}/updates",
            json={"status": "done", "percent": 100},
            headers=world.officer.headers,
        )
    assert done.status_code == 201, done.text
    assert driver_instant
    sent = len(smtp.to(OFFICER))
    for day in days(0, 8):
        await driver.day(day)
    assert len(smtp.to(OFFICER)) == sent
    assert smtp.to(HEAD) == [] and smtp.to(COORDINATOR) == []
    assert [r[0] for r in await ledger(factory.sessionmaker, world.assignment_id)] == ["d-7", "d-1"]


async def test_two_workers_running_the_same_scan_send_each_reminder_once(
    factory, plans, tasks, app, settings, driver, smtp
):
    world = await make_world(factory, plans, tasks, DUE)
    others = [await tasks.task(world.plan, world.unit, due=DUE, title=f"Việc {i}") for i in range(20)]
    engines = [make_engine(settings.effective_database_url) for _ in range(2)]
    try:
        for day in days(-8, 8):
            with localtime.frozen(dt.datetime.combine(day, dt.time(2), tzinfo=dt.UTC)):

                async def worker(engine):  # type: ignore[no-untyped-def]
                    async with make_sessionmaker(engine)() as s:
                        return await scan.scan_reminders(s, email_on=True)

                results = await asyncio.gather(*(worker(e) for e in engines))
                assert sum(r.reminders for r in results) == len({k for r in results for k in r.sent})
    finally:
        for engine in engines:
            await engine.dispose()
    async with factory.sessionmaker() as s:
        counts = (
            await s.execute(select(Notification.dedupe_key, func.count()).group_by(Notification.dedupe_key))
        ).all()
        reminders = (await s.execute(select(func.count()).select_from(Reminder))).scalar_one()
    assert all(n == 1 for _, n in counts)
    # 21 assignments x (6 officer reminders + 1 escalation) within the 17 days.
    assert reminders == 21 * 7
    await driver.day(DUE + dt.timedelta(days=8))
    officer_items = await notifications_of(factory.sessionmaker, world.officer.user)
    assert len(officer_items) == 21 * 7  # 21 new tasks + 21 x 6 reminders, each once
    assert {n.email_state for n in officer_items} == {"sent"}
    # Mailed in one go at the end: grouped into a couple of e-mails, not 147.
    assert 1 <= len(smtp.to(OFFICER)) <= 2
    assert len(others) == 20


async def test_a_digest_user_gets_one_email_a_day(factory, plans, tasks, driver, smtp):
    world = await make_world(factory, plans, tasks, DUE)
    second = await tasks.task(world.plan, world.unit, due=DUE + dt.timedelta(days=1), title="Việc thứ hai")
    await set_preferences(factory.sessionmaker, world.officer.user, email_mode="digest", digest_hour=7)
    for day in days(-2, 1):
        for hour in (6, 8, 12, 18):  # the workers run all day long
            await driver.day(day, hour)
    digests = smtp.to(OFFICER)
    assert len(digests) == 4
    assert [str(m["Subject"]) for m in digests] == [
        f"PlanDesk: tổng hợp thông báo ngày {d.strftime('%d/%m/%Y')}" for d in days(-2, 1)
    ]
    # The digest of the deadline day lists what is due: both tasks, with when.
    text = digests[2].get_body(("plain",)).get_content()
    assert "Tuyên truyền Đại hội XIII — hạn hôm nay" in text
    assert "Việc thứ hai — còn 1 ngày" in text
    assert second.id


async def test_escalation_at_5_days_overdue_reaches_coordinators_and_unit_head_once(
    factory, plans, tasks, driver, smtp
):
    world = await make_world(factory, plans, tasks, DUE)
    other_coordinator = await factory.actor("coordinator", email="coordinator2@example.org")
    await coordinate(factory.sessionmaker, world.plan, other_coordinator.user)
    # A coordinator who does not run this plan is not told.
    await factory.actor("coordinator", email="elsewhere@example.org")
    for day in days(4, 8):
        for hour in (9, 15):
            await driver.day(day, hour)
    subject = f"Quá hạn 5 ngày: Ban Tuyên giáo huyện — {TITLE}"
    assert smtp.subjects(COORDINATOR) == [subject]
    assert smtp.subjects("coordinator2@example.org") == [subject]
    assert smtp.subjects(HEAD) == [subject]
    assert smtp.to("elsewhere@example.org") == []
    for user in (world.coordinator.user, other_coordinator.user, world.head.user):
        kinds = [n.kind for n in await notifications_of(factory.sessionmaker, user)]
        assert kinds.count("escalation") == 1


async def test_quiet_hours_hold_the_email_until_they_end(factory, plans, tasks, driver, smtp):
    world = await make_world(factory, plans, tasks, DUE)
    await set_preferences(
        factory.sessionmaker,
        world.officer.user,
        quiet_start_hour=21,
        quiet_end_hour=7,
        email_mode="immediate",
    )
    await driver.day(DUE - dt.timedelta(days=1), hour=6)  # 06:00: quiet
    assert smtp.to(OFFICER) == []
    unread = await notifications_of(factory.sessionmaker, world.officer.user)
    assert [n.email_state for n in unread] == ["pending", "pending"]  # in the app at once, mail waits
    await driver.day(DUE - dt.timedelta(days=1), hour=7)
    assert len(smtp.to(OFFICER)) == 2


async def test_without_smtp_email_is_off_and_nothing_fails(factory, plans, tasks, app, settings):
    from tests.notifications.conftest import Driver

    world = await make_world(factory, plans, tasks, DUE)
    quiet = Driver(app, settings)  # no PLANDESK_SMTP_HOST
    for day in days(-1, 0):
        await quiet.day(day)
    items = await notifications_of(factory.sessionmaker, world.officer.user)
    assert sorted(n.kind for n in items) == ["assignment_created", "deadline_approaching", "deadline_today"]
    assert {n.email_state for n in items} == {"none"}
