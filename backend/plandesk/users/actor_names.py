"""Who did it, by name: audit actors and history authors as people read them.

Actors are stored as a user's id, ``service:<id>`` for a service account, or
``system``; one query per kind turns a page of them into names. An actor whose
account is gone keeps its stored form (the trail never loses who it was).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.auth.models import ServiceAccount
from plandesk.users.models import User

SERVICE_PREFIX = "service:"


def _uuid(text: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(text)
    except ValueError:
        return None


async def actor_names(session: AsyncSession, actors: Iterable[str]) -> dict[str, str]:
    """``{stored actor: display name}`` for the actors that name a known account."""
    users: dict[uuid.UUID, str] = {}
    services: dict[uuid.UUID, str] = {}
    for actor in set(actors):
        if actor.startswith(SERVICE_PREFIX):
            found = _uuid(actor.removeprefix(SERVICE_PREFIX))
            if found is not None:
                services[found] = actor
        else:
            found = _uuid(actor)
            if found is not None:
                users[found] = actor
    names: dict[str, str] = {}
    if users:
        rows = await session.execute(select(User.id, User.full_name).where(User.id.in_(list(users))))
        names.update({users[r.id]: r.full_name for r in rows})
    if services:
        rows = await session.execute(
            select(ServiceAccount.id, ServiceAccount.name).where(ServiceAccount.id.in_(list(services)))
        )
        names.update({services[r.id]: r.name for r in rows})
    return names
