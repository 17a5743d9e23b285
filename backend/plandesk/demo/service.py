"""The demo world: what `make run` loads on an empty database so a new user has something to see.

Demo data is created only when asked for (``plandesk demo``); passwords are
generated and printed, never fixed in code.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core.pagination import PageParams
from plandesk.units import service as units
from plandesk.users import service as users
from plandesk.users.models import User

DEMO_DOMAIN = "demo.plandesk.local"


@dataclass(frozen=True)
class DemoAccount:
    role: str
    email: str
    password: str


async def database_is_empty(session: AsyncSession) -> bool:
    return (await session.execute(select(func.count()).select_from(User))).scalar_one() == 0


async def create_demo_accounts(session: AsyncSession) -> list[DemoAccount]:
    """One user per role; the unit officer belongs to the province's propaganda department."""
    existing = await units.list_units(session, PageParams(limit=1, cursor=None), q="Ban Tuyên giáo Tỉnh ủy")
    officer_unit = (
        existing[0][0]
        if existing[0]
        else await units.create_unit(
            session, None, {"name": "Ban Tuyên giáo Tỉnh ủy", "kind": "party_committee"}
        )
    )
    accounts = []
    for role, name in (
        ("admin", "Quản trị hệ thống"),
        ("coordinator", "Điều phối viên"),
        ("unit_officer", "Cán bộ Ban Tuyên giáo"),
        ("moderator", "Biên tập viên góp ý"),
        ("viewer", "Người theo dõi"),
    ):
        password = secrets.token_urlsafe(12)
        email = f"{role.replace('_', '.')}@{DEMO_DOMAIN}"
        await users.create_user(
            session,
            None,
            email=email,
            full_name=name,
            role=role,
            password=password,
            unit_id=officer_unit.id if role == "unit_officer" else None,
        )
        accounts.append(DemoAccount(role, email, password))
    return accounts
