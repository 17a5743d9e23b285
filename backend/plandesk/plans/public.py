"""The public summary of a published plan, as shown without signing in."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core import localtime
from plandesk.core.errors import NotFound
from plandesk.plans.milestones import list_milestones
from plandesk.plans.models import Channel, Phase, Plan


async def public_plan(session: AsyncSession, plan_id: uuid.UUID) -> dict[str, Any]:
    """A published plan's summary for anyone: phases with topics, channels, milestones.

    404 for a plan that is not published, exactly as for one that does not exist.
    """
    plan = (
        (
            await session.execute(
                select(
                    Plan.id,
                    Plan.code,
                    Plan.title,
                    Plan.issuing_body,
                    Plan.place,
                    Plan.issued_on,
                    Plan.status,
                    Plan.timezone,
                    Plan.purposes,
                    Plan.requirements,
                ).where(Plan.id == plan_id, Plan.published.is_(True))
            )
        )
        .mappings()
        .one_or_none()
    )
    if plan is None:
        raise NotFound("plan", plan_id)
    phases = (
        await session.execute(
            select(
                Phase.id,
                Phase.parent_id,
                Phase.label,
                Phase.title,
                Phase.topics,
                Phase.start_date,
                Phase.end_date,
            )
            .where(Phase.plan_id == plan_id)
            .order_by(Phase.position, Phase.label)
        )
    ).all()
    tops: list[dict[str, Any]] = []
    by_id: dict[uuid.UUID, dict[str, Any]] = {}
    for p in phases:
        node = {
            "id": p.id,
            "label": p.label,
            "title": p.title,
            "topics": p.topics,
            "start_date": p.start_date,
            "end_date": p.end_date,
            "sub_phases": [],
        }
        by_id[p.id] = node
    for p in phases:
        parent = by_id.get(p.parent_id) if p.parent_id else None
        (parent["sub_phases"] if parent else tops).append(by_id[p.id])
    channels = (
        await session.execute(
            select(Channel.label, Channel.title, Channel.items)
            .where(Channel.plan_id == plan_id)
            .order_by(Channel.position, Channel.label)
        )
    ).mappings()
    milestones = [
        {
            "id": m.id,
            "title": m.title,
            "kind": m.kind,
            "date": m.date,
            "precision": m.precision,
            "range_start": m.range_start,
            "range_end": m.range_end,
            "status": m.status,
        }
        for m in await list_milestones(session, plan_id)
    ]
    return {
        **dict(plan),
        "timezone": localtime.zone_name(plan["timezone"]),
        "phases": tops,
        "channels": [dict(c) for c in channels],
        "milestones": milestones,
    }
