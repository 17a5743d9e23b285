"""The service layer composes: a caller (the plan importer) builds a whole plan in one transaction."""

from __future__ import annotations

from sqlalchemy import func, select

from plandesk.plans import channels as plan_channels
from plandesk.plans import crud as plan_crud
from plandesk.plans import milestones as plan_milestones
from plandesk.plans import phases as plan_phases
from plandesk.plans.models import Milestone, Plan
from plandesk.plans.schemas import ChannelCreate, MilestoneCreate, PhaseCreate, PlanCreate
from plandesk.tasks import crud as task_crud
from plandesk.tasks.schemas import TaskCreate


async def _build(session, lead_id):
    plan = await plan_crud.create_plan(
        session, None, PlanCreate(code="148-KH/TU", title="Kế hoạch"), commit=False
    )
    # The importer keys milestones by name; ids exist as soon as each create returns.
    keys = {}
    for key, date, precision in (("district", "2020-08-01", "month"), ("national", "2021-01-01", "quarter")):
        m = await plan_milestones.create_milestone(
            session, None, plan.id, MilestoneCreate(title=key, date=date, precision=precision), commit=False
        )
        keys[key] = m.id
    phase = await plan_phases.create_phase(
        session,
        None,
        plan.id,
        PhaseCreate(
            label="I",
            title="Đợt I",
            start={"kind": "fixed", "date": "2020-02-01"},
            end={"kind": "milestone", "milestone_id": keys["district"], "side": "end"},
        ),
        commit=False,
    )
    channel = await plan_channels.create_channel(
        session, None, plan.id, ChannelCreate(label="1", title="Báo chí"), commit=False
    )
    task = await task_crud.create_task(
        session,
        None,
        plan.id,
        TaskCreate(
            title="Tuyên truyền",
            lead_unit_id=lead_id,
            phase_id=phase.id,
            channel_ids=[channel.id],
            due={"kind": "milestone", "milestone_id": keys["national"], "side": "end", "offset_days": 0},
        ),
        commit=False,
    )
    return plan, phase, task


async def test_a_whole_plan_in_one_transaction(app, factory):
    lead = await factory.unit()
    async with app.state.sessionmaker() as session:
        _plan, phase, task = await _build(session, lead.id)
        assert phase.end_date.isoformat() == "2020-08-31"
        assert task.due_date.isoformat() == "2021-03-31"
        await session.commit()
    async with app.state.sessionmaker() as session:
        assert (await session.execute(select(func.count()).select_from(Milestone))).scalar_one() == 2


async def test_nothing_is_left_when_the_caller_rolls_back(app, factory):
    lead = await factory.unit()
    async with app.state.sessionmaker() as session:
        await _build(session, lead.id)
        await session.rollback()
    async with app.state.sessionmaker() as session:
        assert (await session.execute(select(func.count()).select_from(Plan))).scalar_one() == 0


async def test_system_actions_are_audited_as_system(app, factory, client):
    lead = await factory.unit()
    admin = await factory.actor("admin")
    async with app.state.sessionmaker() as session:
        plan, _, _ = await _build(session, lead.id)
        await session.commit()
    audit = await client.get("/api/v1/audit", params={"entity_id": str(plan.id)}, headers=admin.headers)
    assert audit.json()["items"][0]["actor"] == "system"
