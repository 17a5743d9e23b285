"""Shared factories: units, users and ready-made auth headers.

Domain tests add their own factories next to their tests and may build on these.
"""

from __future__ import annotations

import itertools
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from plandesk.core.config import Settings
from plandesk.core.security import create_access_token, hash_password
from plandesk.units.models import Unit
from plandesk.users.models import User

PASSWORD = "correct-horse-battery"
_PASSWORD_HASH = hash_password(PASSWORD)  # argon2 is slow on purpose: hash once per run
_seq = itertools.count(1)


@dataclass
class Actor:
    user: User
    headers: dict[str, str]

    @property
    def id(self) -> uuid.UUID:
        return self.user.id


class Factory:
    def __init__(self, sessionmaker: async_sessionmaker[AsyncSession], settings: Settings) -> None:
        self.sessionmaker = sessionmaker
        self.settings = settings

    async def unit(self, name: str | None = None, **kw: Any) -> Unit:
        from plandesk.core.text import fold

        name = name or f"Đơn vị {next(_seq)}"
        async with self.sessionmaker() as s:
            unit = Unit(name=name, name_folded=fold(name), **kw)
            s.add(unit)
            await s.commit()
            return unit

    async def user(
        self, role: str = "viewer", unit: Unit | uuid.UUID | None = None, email: str | None = None, **kw: Any
    ) -> User:
        unit_id = unit.id if isinstance(unit, Unit) else unit
        if role == "unit_officer" and unit_id is None:
            unit_id = (await self.unit()).id
        async with self.sessionmaker() as s:
            user = User(
                email=email or f"{role}{next(_seq)}@example.org",
                full_name=kw.pop("full_name", f"Test {role}"),
                role=role,
                unit_id=unit_id,
                password_hash=_PASSWORD_HASH,
                **kw,
            )
            s.add(user)
            await s.commit()
            return user

    def headers_for(self, user: User) -> dict[str, str]:
        token, _ = create_access_token(
            self.settings,
            subject=str(user.id),
            role=user.role,
            unit_id=str(user.unit_id) if user.unit_id else None,
            scopes=[],
            auth_version=user.auth_version,
        )
        return {"Authorization": f"Bearer {token}"}

    async def actor(self, role: str = "viewer", unit: Unit | uuid.UUID | None = None, **kw: Any) -> Actor:
        user = await self.user(role, unit, **kw)
        return Actor(user, self.headers_for(user))
