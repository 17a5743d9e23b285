"""User accounts: roles, units, activation."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.auth.models import RefreshToken
from plandesk.core import audit
from plandesk.core.db import utcnow
from plandesk.core.errors import Conflict, InvalidInput, NotFound
from plandesk.core.pagination import PageParams, SortKey, keyset, split_page
from plandesk.core.policy import Principal, Role
from plandesk.core.security import hash_password_off_loop
from plandesk.core.text import like_pattern, nfc
from plandesk.units.service import require_units_exist
from plandesk.users.models import User

AUDITED = ("email", "full_name", "role", "unit_id", "active", "unit_head")
# Changing any of these cuts the user's existing access tokens at once.
ACCESS_FIELDS = ("role", "unit_id", "active", "password_hash")


def _check_role_unit(role: str, unit_id: uuid.UUID | None) -> None:
    if role == Role.unit_officer and unit_id is None:
        raise InvalidInput(
            "A unit officer must belong to a unit.",
            errors=[{"loc": ["body", "unit_id"], "msg": "required for unit_officer"}],
        )


async def get_user(session: AsyncSession, user_id: uuid.UUID) -> User:
    user = await session.get(User, user_id)
    if user is None:
        raise NotFound("user", user_id)
    return user


async def create_user(
    session: AsyncSession,
    actor: Principal | None,
    *,
    email: str,
    full_name: str,
    role: str,
    password: str,
    unit_id: uuid.UUID | None = None,
    active: bool = True,
    unit_head: bool = False,
) -> User:
    _check_role_unit(role, unit_id)
    if unit_id:
        await require_units_exist(session, [unit_id], "unit_id")
    user = User(
        email=email.strip().lower(),
        full_name=nfc(full_name).strip(),
        role=str(role),
        unit_id=unit_id,
        active=active,
        unit_head=unit_head,
        password_hash=await hash_password_off_loop(password),
    )
    session.add(user)
    try:
        await session.flush()
    except IntegrityError as exc:
        await session.rollback()
        raise Conflict(f"A user with e-mail {user.email} already exists.") from exc
    audit.record(
        session, actor, "user.created", "user", user.id, audit.diff({}, audit.snapshot(user, AUDITED))
    )
    await session.commit()
    return user


async def update_user(
    session: AsyncSession, actor: Principal | None, user: User, changes: dict[str, Any]
) -> User:
    """Change a user; ``actor`` None is the command line (audited as the system)."""
    password = changes.pop("password", None)
    role = changes.get("role", user.role)
    unit_id = changes["unit_id"] if "unit_id" in changes else user.unit_id
    _check_role_unit(role, unit_id)
    if changes.get("unit_id"):
        await require_units_exist(session, [changes["unit_id"]], "unit_id")
    if "full_name" in changes:
        changes["full_name"] = nfc(changes["full_name"]).strip()
    before = audit.snapshot(user, changes.keys())
    for key, value in changes.items():
        setattr(user, key, str(value) if key == "role" else value)
    diff = audit.diff(before, changes)
    if password:
        user.password_hash = await hash_password_off_loop(password)
        # The calendar feed token is a credential too: a new password retires it.
        user.feed_token_hash = None
        diff["password"] = {"before": "***", "after": "***"}
    if any(k in diff for k in ("role", "unit_id", "active", "password")):
        user.auth_version += 1
        await session.execute(
            update(RefreshToken)
            .where(RefreshToken.user_id == user.id, RefreshToken.revoked_at.is_(None))
            .values(revoked_at=utcnow())
        )
    audit.record(session, actor, "user.updated", "user", user.id, diff)
    await session.commit()
    return user


async def user_by_email(session: AsyncSession, email: str) -> User | None:
    found = await session.execute(select(User).where(func.lower(User.email) == email.strip().lower()))
    return found.scalar_one_or_none()


async def list_users(
    session: AsyncSession,
    params: PageParams,
    *,
    q: str | None = None,
    role: str | None = None,
    unit_id: uuid.UUID | None = None,
    active: bool | None = None,
) -> tuple[list[User], str | None]:
    stmt = select(User)
    if q:
        pattern = like_pattern(q)
        stmt = stmt.where(User.email.like(pattern, escape="\\"))
    if role:
        stmt = stmt.where(User.role == role)
    if unit_id:
        stmt = stmt.where(User.unit_id == unit_id)
    if active is not None:
        stmt = stmt.where(User.active == active)
    keys = [SortKey(User.email), SortKey(User.id)]
    rows = list((await session.execute(keyset(stmt, keys, params))).scalars())
    return split_page(rows, params, lambda u: (u.email, u.id))


async def set_feed_token_digest(
    session: AsyncSession, actor: Principal, user_id: uuid.UUID, digest: str | None
) -> None:
    """Store (or clear) the digest of a user's calendar-feed token; the old token stops working."""
    await session.execute(update(User).where(User.id == user_id).values(feed_token_hash=digest))
    audit.record(
        session,
        actor,
        "user.feed_token_rotated" if digest else "user.feed_token_revoked",
        "user",
        user_id,
        {},
    )
    await session.commit()


async def principal_for_feed_token_digest(session: AsyncSession, digest: str) -> Principal | None:
    """The active user whose calendar-feed token has ``digest``, or None."""
    row = (
        await session.execute(
            select(User.id, User.role, User.unit_id, User.email, User.active).where(
                User.feed_token_hash == digest
            )
        )
    ).one_or_none()
    if row is None or not row.active:
        return None
    return Principal(id=row.id, role=row.role, unit_id=row.unit_id, email=row.email)
