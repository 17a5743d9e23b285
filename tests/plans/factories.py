"""Plans, milestones, phases and channels, built through the service layer (as the importer does)."""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from plandesk.plans import channels as plan_channels
from plandesk.plans import crud as plan_crud
from plandesk.plans import milestones as plan_milestones
from plandesk.plans import phases as plan_phases
from plandesk.plans.models import Channel, Milestone, Phase, Plan, PlanCoordinator
from plandesk.plans.schemas import ChannelCreate, MilestoneCreate, PhaseCreate, PlanCreate

_seq = itertools.count(1)


def fixed(date: str) -> dict[str, Any]:
    return {"kind": "fixed", "date": date}


def anchored(milestone: Milestone | uuid.UUID, side: str = "end", offset_days: int = 0) -> dict[str, Any]:
    mid = milestone.id if isinstance(milestone, Milestone) else milestone
    return {"kind": "milestone", "milestone_id": str(mid), "side": side, "offset_days": offset_days}


class PlanFactory:
    def __init__(self, sessionmaker: async_sessionmaker[AsyncSession]) -> None:
        self.sessionmaker = sessionmaker

    async def plan(self, **kw: Any) -> Plan:
        n = next(_seq)
        data = {"code": f"{n}-KH/TU", "title": f"Kế hoạch tuyên truyền đại hội {n}", **kw}
        async with self.sessionmaker() as s:
            return await plan_crud.create_plan(s, None, PlanCreate(**data))

    async def coordinate(self, plan: Plan, *users: Any) -> None:
        """Make ``users`` (User rows, or anything with an ``id``) coordinators of ``plan``."""
        async with self.sessionmaker() as s:
            s.add_all(PlanCoordinator(plan_id=plan.id, user_id=u.id) for u in users)
            await s.commit()

    async def milestone(
        self, plan: Plan, date: dt.date | str | None = "2020-08-15", precision: str | None = "day", **kw: Any
    ) -> Milestone:
        data = {"title": kw.pop("title", f"Đại hội {next(_seq)}"), "date": date, **kw}
        if date is not None:
            data["precision"] = precision
        async with self.sessionmaker() as s:
            return await plan_milestones.create_milestone(s, None, plan.id, MilestoneCreate(**data))

    async def phase(self, plan: Plan, label: str | None = None, **kw: Any) -> Phase:
        data = {"label": label or f"P{next(_seq)}", "title": kw.pop("title", "Đợt tuyên truyền"), **kw}
        async with self.sessionmaker() as s:
            return await plan_phases.create_phase(s, None, plan.id, PhaseCreate(**data))

    async def channel(self, plan: Plan, label: str | None = None, **kw: Any) -> Channel:
        data = {"label": label or str(next(_seq)), "title": kw.pop("title", "Tuyên truyền miệng"), **kw}
        async with self.sessionmaker() as s:
            return await plan_channels.create_channel(s, None, plan.id, ChannelCreate(**data))
