"""Channels: a plan's implementation channels (the lines of action tasks are grouped under)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core import audit
from plandesk.core.errors import InvalidInput, NotFound
from plandesk.core.policy import Principal
from plandesk.plans.crud import _clean, _clean_lines, _finish, ensure_plan
from plandesk.plans.models import Channel
from plandesk.plans.phases import _next_position
from plandesk.plans.schemas import (
    ChannelCreate,
)

CHANNEL_FIELDS = ("label", "title", "position", "items")


async def get_channel(session: AsyncSession, channel_id: uuid.UUID) -> Channel:
    channel = await session.get(Channel, channel_id)
    if channel is None:
        raise NotFound("channel", channel_id)
    return channel


async def list_channels(session: AsyncSession, plan_id: uuid.UUID) -> list[Channel]:
    await ensure_plan(session, plan_id)
    stmt = select(Channel).where(Channel.plan_id == plan_id).order_by(Channel.position, Channel.label)
    return list((await session.execute(stmt)).scalars())


async def ensure_channels_in_plan(
    session: AsyncSession, plan_id: uuid.UUID, channel_ids: Sequence[uuid.UUID], loc: str
) -> None:
    wanted = set(channel_ids)
    if not wanted:
        return
    found = set(
        (
            await session.execute(
                select(Channel.id).where(Channel.id.in_(wanted), Channel.plan_id == plan_id)
            )
        ).scalars()
    )
    missing = [c for c in channel_ids if c not in found]
    if missing:
        raise InvalidInput(
            f"Channel {missing[0]} is not in this plan.",
            errors=[{"loc": ["body", loc], "msg": f"not a channel of this plan: {missing[0]}"}],
        )


async def create_channel(
    session: AsyncSession,
    actor: Principal | None,
    plan_id: uuid.UUID,
    data: ChannelCreate,
    *,
    commit: bool = True,
) -> Channel:
    """Add a channel (a form of communication) to a plan."""
    await ensure_plan(session, plan_id)
    position = data.position
    if position is None:
        position = await _next_position(session, Channel, Channel.plan_id == plan_id)
    channel = Channel(
        plan_id=plan_id,
        label=_clean(data.label),
        title=_clean(data.title),
        position=position,
        items=_clean_lines(data.items),
    )
    session.add(channel)
    await session.flush()
    audit.record(
        session,
        actor,
        "channel.created",
        "channel",
        channel.id,
        audit.diff({}, audit.snapshot(channel, CHANNEL_FIELDS)),
    )
    await _finish(session, commit)
    return channel


async def update_channel(
    session: AsyncSession, actor: Principal, channel: Channel, changes: dict[str, Any]
) -> Channel:
    changes = {k: v for k, v in changes.items() if v is not None}
    for key in ("label", "title"):
        if key in changes:
            changes[key] = _clean(changes[key])
    if "items" in changes:
        changes["items"] = _clean_lines(changes["items"])
    before = audit.snapshot(channel, changes.keys())
    for key, value in changes.items():
        setattr(channel, key, value)
    audit.record(session, actor, "channel.updated", "channel", channel.id, audit.diff(before, changes))
    await session.commit()
    return channel


async def delete_channel(session: AsyncSession, actor: Principal, channel: Channel) -> None:
    """Delete a channel; tasks that named it simply no longer do."""
    audit.record(
        session,
        actor,
        "channel.deleted",
        "channel",
        channel.id,
        audit.diff(audit.snapshot(channel, CHANNEL_FIELDS), {}),
    )
    await session.delete(channel)
    await session.commit()
