"""What no single event announces: consultations closing, feedback assigned, reports missing; and progress."""

from __future__ import annotations

import datetime as dt

from plandesk.core import localtime
from plandesk.reports.models import ReportingPeriod, ReportUrge
from tests.consultations.factories import ConsultationFactory, submit
from tests.notifications.factories import COORDINATOR, OFFICER, make_world, notifications_of


def _kinds(items):  # type: ignore[no-untyped-def]
    return [n.kind for n in items]


async def test_a_consultation_closing_in_3_days_with_unanswered_feedback_is_told_once(
    client, app, factory, driver, smtp
):
    consult = ConsultationFactory(app.state.sessionmaker)
    moderator = await factory.actor("moderator", email="moderator@example.org")
    coordinator = await factory.actor("coordinator", email=COORDINATOR)
    now = localtime.now()
    closing = await consult.consultation(closes_at=now + dt.timedelta(days=2), title="Lấy ý kiến dự thảo")
    later = await consult.consultation(closes_at=now + dt.timedelta(days=10))
    for c in (closing, later):
        assert (await submit(client, c.id)).status_code == 201
    await driver.run_at(now)
    await driver.run_at(now + dt.timedelta(minutes=5))
    for user in (moderator.user, coordinator.user):
        items = await notifications_of(factory.sessionmaker, user)
        assert _kinds(items) == ["consultation_closing"]
        assert items[0].subject_id == str(closing.id) and items[0].link == f"/feedback/{closing.id}"
        assert "còn 1 ý kiến chưa trả lời" in items[0].body
    assert smtp.subjects("moderator@example.org") == ["Lấy ý kiến sắp kết thúc: Lấy ý kiến dự thảo"]


async def test_feedback_assigned_to_a_moderator_is_told_to_them_once(client, app, factory, driver):
    consult = ConsultationFactory(app.state.sessionmaker)
    moderator = await factory.actor("moderator")
    colleague = await factory.actor("moderator")
    c = await consult.consultation()
    sent = await submit(client, c.id, body="Đề nghị bổ sung nội dung về chuyển đổi số trong giáo dục.")
    feedback_id = sent.json()["id"]
    url = f"/api/v1/feedback/{feedback_id}"
    etag = (await client.get(url, headers=moderator.headers)).headers["ETag"]
    patched = await client.patch(
        url, json={"assigned_to": str(colleague.id)}, headers={**moderator.headers, "If-Match": etag}
    )
    assert patched.status_code == 200, patched.text
    await driver.run_at(localtime.now())
    await driver.run_at(localtime.now() + dt.timedelta(minutes=5))
    items = await notifications_of(factory.sessionmaker, colleague.user)
    assert _kinds(items) == ["feedback_assigned"]
    assert items[0].body.startswith("Đề nghị bổ sung nội dung")
    assert _kinds(await notifications_of(factory.sessionmaker, moderator.user)) == []


async def test_a_units_missing_report_urged_by_the_coordinator_reaches_its_officers(
    factory, plans, tasks, driver
):
    world = await make_world(factory, plans, tasks, dt.date(2026, 3, 16))
    async with factory.sessionmaker() as s:
        period = ReportingPeriod(
            plan_id=world.plan.id,
            kind="monthly",
            label="Báo cáo tháng 5/2020",
            starts_on=dt.date(2020, 5, 1),
            ends_on=dt.date(2020, 5, 31),
            due_on=dt.date(2020, 6, 5),
        )
        s.add(period)
        await s.flush()
        s.add(
            ReportUrge(
                period_id=period.id, unit_id=world.unit.id, author="coordinator", message="Đề nghị gửi ngay"
            )
        )
        await s.commit()
    await driver.run_at(localtime.now())
    await driver.run_at(localtime.now() + dt.timedelta(minutes=5))
    missing = [
        n
        for n in await notifications_of(factory.sessionmaker, world.officer.user)
        if n.kind == "report_missing"
    ]
    assert [(n.title, n.body) for n in missing] == [
        ("Đơn vị chưa gửi báo cáo: Báo cáo tháng 5/2020", "Đề nghị gửi ngay")
    ]
    assert missing[0].link == f"/plans/{world.plan.id}/reports"


async def test_progress_reaches_coordinators_in_the_app_only_by_default(
    client, factory, plans, tasks, driver, smtp
):
    world = await make_world(factory, plans, tasks, dt.date(2026, 3, 16))
    posted = await client.post(
        f"/api/v1/tasks/{world.task.id}/updates",
        json={"status": "in_progress", "percent": 40, "note": "Đã in 2.000 tờ rơi"},
        headers=world.officer.headers,
    )
    assert posted.status_code == 201, posted.text
    await driver.run_at(dt.datetime(2026, 3, 1, 2, tzinfo=dt.UTC))
    items = await notifications_of(factory.sessionmaker, world.coordinator.user)
    assert [(n.kind, n.title, n.email_state) for n in items] == [
        ("progress_reported", "Ban Tuyên giáo huyện báo cáo tiến độ: Tuyên truyền Đại hội XIII", "none")
    ]
    assert smtp.to(COORDINATOR) == []
    assert smtp.subjects(OFFICER) == ["Nhiệm vụ mới cho đơn vị: Tuyên truyền Đại hội XIII"]


async def test_a_muted_kind_is_neither_shown_nor_mailed(client, factory, plans, tasks, driver, smtp):
    world = await make_world(factory, plans, tasks, dt.date(2026, 3, 16))
    got = await client.get("/api/v1/me/notification-preferences", headers=world.officer.headers)
    body = {k: v for k, v in got.json().items() if k not in ("email_enabled", "timezone")}
    body["kinds"] = [{"kind": "assignment_created", "in_app": False, "email": False}]
    saved = await client.put(
        "/api/v1/me/notification-preferences",
        json=body,
        headers={**world.officer.headers, "If-Match": got.headers["ETag"]},
    )
    assert saved.status_code == 200, saved.text
    await driver.run_at(dt.datetime(2026, 3, 1, 2, tzinfo=dt.UTC))
    assert await notifications_of(factory.sessionmaker, world.officer.user) == []
    assert smtp.to(OFFICER) == []
