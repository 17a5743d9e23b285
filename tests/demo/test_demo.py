"""`plandesk demo`: the seed plan imported and under way, one user per role, only when asked for."""

from __future__ import annotations

import asyncio
import re
from collections import Counter

from sqlalchemy import func, select

from plandesk import cli
from plandesk.consultations.models import (
    Consultation,
    DraftDocument,
    FeedbackClusterMember,
    FeedbackMeeting,
    FeedbackSubmission,
)
from plandesk.core.audit import AuditEntry
from plandesk.plans.models import Channel, Milestone, Phase, Plan
from plandesk.tasks.models import Assignment, ProgressUpdate, Task, Urge
from plandesk.units.models import Unit, UnitGroup
from plandesk.users.models import User

ENTITIES = (
    User,
    Plan,
    Milestone,
    Phase,
    Channel,
    Task,
    Assignment,
    ProgressUpdate,
    Urge,
    Unit,
    UnitGroup,
    DraftDocument,
    Consultation,
    FeedbackSubmission,
    FeedbackMeeting,
)


async def run(*argv: str) -> int:
    # The CLI runs its own event loop: call it from a thread.
    return await asyncio.to_thread(cli.main, list(argv))


async def counts(session) -> dict[str, int]:
    return {
        m.__tablename__: (await session.execute(select(func.count()).select_from(m))).scalar_one()
        for m in ENTITIES
    }


def printed_accounts(out: str) -> dict[str, tuple[str, str]]:
    rows = re.findall(r"^  (\w+)\s+(\S+@demo\.plandesk\.local)\s+(\S+)$", out, re.MULTILINE)
    return {role: (email, password) for role, email, password in rows}


async def _roles(session) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(u.role for u in (await session.execute(select(User))).scalars())


async def _plan(session) -> Plan:  # type: ignore[no-untyped-def]
    return (await session.execute(select(Plan))).scalar_one()


async def login(client, email: str, password: str) -> dict[str, str]:
    r = await client.post("/api/v1/auth/login", json={"email": email, "password": password})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


async def test_demo_loads_the_seed_plan_and_one_user_per_role(demo_world):
    world = await demo_world()
    async with world.session() as session:
        loaded, roles, plan = await counts(session), await _roles(session), await _plan(session)
    assert loaded == {
        "users": 5,
        "plans": 1,
        "milestones": 6,
        "phases": 6,
        "channels": 5,
        "tasks": 33,
        # 39 for the plan's own units + 15 district committees × the group's 5 tasks (#13.6)
        "assignments": 114,
        # 11 from 2020, 5 over the past weeks (demo/alive.py), 60 from the district committees
        # (12 of 15 report on each of the group's 5 tasks, demo/districts.py)
        "progress_updates": 76,
        "urges": 2,
        "units": 29,  # 14 named by the plan + the 15 district-level party committees
        "unit_groups": 2,
        "draft_documents": 1,
        "consultations": 1,
        "feedback_submissions": 12,
        "feedback_meetings": 1,
    }
    assert roles == ["admin", "coordinator", "moderator", "unit_officer", "viewer"]
    assert (plan.code, plan.status, plan.published) == ("148-KH/TU", "active", True)
    out = world.output
    assert "Demo loaded: plan 148-KH/TU" in out
    assert set(printed_accounts(out)) == {"admin", "coordinator", "unit_officer", "moderator", "viewer"}


async def test_the_printed_passwords_sign_in(demo_world):
    world = await demo_world()
    accounts = printed_accounts(world.output)
    async with world.client() as client:
        await _sign_in_each(client, accounts)


async def _sign_in_each(client, accounts) -> None:  # type: ignore[no-untyped-def]
    for role, (email, password) in accounts.items():
        headers = await login(client, email, password)
        me = (await client.get("/api/v1/auth/me", headers=headers)).json()
        assert me["role"] == role


async def test_the_unit_officer_belongs_to_a_unit_that_leads_tasks_of_the_plan(demo_world):
    world = await demo_world()
    email, password = printed_accounts(world.output)["unit_officer"]
    async with world.client() as client:
        await _officer_leads(client, email, password)


async def _officer_leads(client, email: str, password: str) -> None:  # type: ignore[no-untyped-def]
    headers = await login(client, email, password)
    me = (await client.get("/api/v1/auth/me", headers=headers)).json()
    unit = (await client.get(f"/api/v1/units/{me['unit_id']}", headers=headers)).json()
    assert unit["name"] == "Ban Tuyên giáo Tỉnh ủy"
    mine = (await client.get("/api/v1/me/assignments", params={"limit": 200}, headers=headers)).json()
    assert sum(a["role"] == "lead" for a in mine["items"]) == 9


async def test_the_dashboard_has_something_to_show(demo_world):
    world = await demo_world("--as-issued")
    email, password = printed_accounts(world.output)["coordinator"]
    async with world.session() as session:
        plan_id = (await session.execute(select(Plan.id))).scalar_one()
    async with world.client() as client:
        headers = await login(client, email, password)
        body = (await client.get(f"/api/v1/plans/{plan_id}/dashboard", headers=headers)).json()
    statuses = body["tasks_by_status"]
    # The group's five tasks are under way: some committees done, most not yet (demo/districts.py).
    assert (statuses["done"], statuses["in_progress"], statuses["blocked"]) == (5, 8, 1)
    deadlines = body["deadlines"]
    assert deadlines["done_late"] == 1
    assert deadlines["done_on_time"] == 4  # three deadlines met, one task without a deadline done
    assert deadlines["overdue"] == 1  # the 10/4 task, still under way and urged


async def test_progress_reports_keep_the_day_they_were_made(demo_world):
    world = await demo_world("--as-issued")
    async with world.session() as session:
        late = (
            await session.execute(select(Task).where(Task.title.like("Chủ trì tổng hợp ý kiến đóng góp%")))
        ).scalar_one()
    assert (str(late.due_date), str(late.completed_on), late.status) == ("2020-04-15", "2020-04-22", "done")


async def test_the_consultation_on_the_draft_report_is_open_to_the_public(demo_world):
    async with (await demo_world()).client() as client:
        listed = (await client.get("/api/v1/public/consultations")).json()["items"]
        detail = (await client.get(f"/api/v1/public/consultations/{listed[0]['id']}")).json()
    (consultation,) = listed
    assert consultation["title"].startswith("Lấy ý kiến Nhân dân vào dự thảo Báo cáo chính trị")
    assert consultation["accepting_feedback"] is True
    assert consultation["document"]["title"].startswith("Dự thảo Báo cáo chính trị")
    assert [s["number"] for s in detail["sections"]] == ["I", "II", "III", "IV", "V", "VI"]


async def test_the_sample_opinions_are_in_every_state(demo_world):
    async with (await demo_world()).session() as session:
        rows = (await session.execute(select(FeedbackSubmission))).scalars().all()
    assert Counter(r.status for r in rows) == {
        "received": 4,
        "in_review": 2,
        "accepted": 2,
        "partially_accepted": 1,
        "not_accepted": 1,
        "duplicate": 1,
        "spam": 1,
    }
    answered = [r for r in rows if r.status in ("accepted", "partially_accepted", "not_accepted")]
    assert all(r.response for r in answered)
    assert {r.channel for r in rows} == {"web", "mobile", "letter", "phone", "meeting"}
    assert any(r.quote and r.quote_start is not None for r in rows)


async def test_the_duplicate_and_the_near_duplicate_pair_are_grouped(demo_world):
    async with (await demo_world()).session() as session:
        rows = (await session.execute(select(FeedbackSubmission))).scalars().all()
        members = (
            await session.execute(
                select(FeedbackClusterMember.submission_id, FeedbackClusterMember.cluster_id)
            )
        ).all()
    (duplicate,) = [r for r in rows if r.status == "duplicate"]
    original = next(r for r in rows if r.id == duplicate.duplicate_of)
    assert original.body == duplicate.body and original.status == "received"
    campaign = [r for r in rows if "cao tốc Buôn Ma Thuột - Nha Trang" in r.body]
    assert len(campaign) == 2 and campaign[0].body != campaign[1].body
    cluster_of = dict(members)
    assert cluster_of.get(campaign[0].id) is not None
    assert cluster_of[campaign[0].id] == cluster_of.get(campaign[1].id)
    others = {cluster_of.get(r.id) for r in rows if r not in campaign}
    assert cluster_of[campaign[0].id] not in others


async def test_the_moderator_has_a_queue_to_work_on(demo_world):
    world = await demo_world()
    email, password = printed_accounts(world.output)["moderator"]
    async with world.session() as session:
        consultation_id = (await session.execute(select(Consultation.id))).scalar_one()
    async with world.client() as client:
        headers = await login(client, email, password)
        r = await client.get(
            f"/api/v1/consultations/{consultation_id}/feedback",
            params={"status": "in_review"},
            headers=headers,
        )
        assert r.status_code == 200, r.text
        items = r.json()["items"]
        me = (await client.get("/api/v1/auth/me", headers=headers)).json()
    assert len(items) == 2 and {i["assigned_to"] for i in items} == {me["id"]}


async def test_if_empty_does_nothing_the_second_time(cli_env, session, capsys):
    assert await run("demo", "--if-empty") == 0
    before = await counts(session)
    capsys.readouterr()
    assert await run("demo", "--if-empty") == 0
    assert "nothing loaded" in capsys.readouterr().out
    assert await counts(session) == before


async def test_demo_twice_refuses_and_changes_nothing(cli_env, session, capsys):
    assert await run("demo") == 0
    before = await counts(session)
    assert await run("demo") == 1
    assert "already loaded" in capsys.readouterr().err
    assert await counts(session) == before


async def test_demo_data_is_never_created_unless_asked_for(cli_env, session):
    assert await run("db", "upgrade") == 0
    assert all(n == 0 for n in (await counts(session)).values())
    assert (await session.execute(select(func.count()).select_from(AuditEntry))).scalar_one() == 0
