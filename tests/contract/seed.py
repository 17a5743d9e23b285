"""A small world for the contract run: an admin, units, a group. Domains add their data here."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.units import service as units
from plandesk.users import service as users
from plandesk.users.models import User


async def seed_world(session: AsyncSession) -> User:
    admin = await users.create_user(
        session,
        None,
        email="admin@contract.test",
        full_name="Admin",
        role="admin",
        password="contract-admin-pw",
    )
    unit = await units.create_unit(
        session, None, {"name": "Ban Tuyên giáo Tỉnh ủy", "kind": "party_committee"}
    )
    await units.create_group(session, None, "Các huyện ủy", None, [unit.id])
    return admin
