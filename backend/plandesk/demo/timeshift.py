"""Bring the demo plan to the present: every date moved by the same number of days.

The seed plan was issued in January 2020. A demo whose deadlines all passed six
years ago shows nothing an officer or a coordinator would recognise, so unless
``--as-issued`` is given the whole plan is moved so that *today* falls in the
middle of phase II (deadlines in the coming days, a few overdue by days, the
reports of the past weeks behind it). Every date moves by the same offset, so
the schedule keeps its shape: what was anchored to a milestone stays anchored,
and the gaps between dates are unchanged.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.plans.models import Milestone, Phase, Plan
from plandesk.tasks.models import Assignment, Task

# The phase the demo's "today" sits in the middle of.
ANCHOR_PHASE_LABEL = "II"


async def offset_to_middle_of_phase(
    session: AsyncSession, plan_id: uuid.UUID, today: dt.date, label: str = ANCHOR_PHASE_LABEL
) -> dt.timedelta:
    """How far to move the plan so that ``today`` is the middle day of phase ``label``."""
    row = (
        await session.execute(
            select(Phase.start_date, Phase.end_date).where(
                Phase.plan_id == plan_id, Phase.label == label, Phase.parent_id.is_(None)
            )
        )
    ).one()
    start, end = row.start_date, row.end_date
    if start is None or end is None:
        raise ValueError(f"phase {label} of the demo plan has no dated window")
    middle = start + (end - start) / 2
    return dt.timedelta(days=(today - middle).days)


async def shift_plan(session: AsyncSession, plan_id: uuid.UUID, offset: dt.timedelta) -> None:
    """Move every stored date of the plan by ``offset``: the plan's issue date, milestones,
    phase windows and task and assignment deadlines (fixed and resolved alike).

    A milestone known to a month keeps its precision; its period moves with it (the
    demo moves whole schedules, not single milestones, so nothing needs re-resolving).
    Run before any progress is recorded: completion days are not moved.
    """
    # Through the ORM, row by row (a demo plan has a few hundred rows): date arithmetic in
    # SQL differs between SQLite (text) and PostgreSQL (date + interval is a timestamp).
    for model, columns in (
        (Plan, ("issued_on",)),
        (Milestone, ("date", "range_start", "range_end")),
        (Phase, ("start_date", "end_date")),
        (Task, ("due_date",)),
        (Assignment, ("due_date",)),
    ):
        owner = model.id if model is Plan else model.plan_id  # type: ignore[union-attr]
        for row in (await session.execute(select(model).where(owner == plan_id))).scalars():
            for name in columns:
                value = getattr(row, name)
                if value is not None:
                    setattr(row, name, value + offset)
    await session.commit()
