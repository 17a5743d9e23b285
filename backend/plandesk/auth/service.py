"""Sign-in, token issue and rotation, service accounts."""

from __future__ import annotations

import datetime as dt
import secrets
import uuid
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.auth.models import RefreshToken, ServiceAccount
from plandesk.core import audit
from plandesk.core.config import Settings
from plandesk.core.db import utcnow
from plandesk.core.errors import InvalidInput, NotAuthenticated, NotFound, TooManyRequests
from plandesk.core.policy import SERVICE_ROLE, Principal
from plandesk.core.ratelimit import CounterStore
from plandesk.core.security import (
    create_access_token,
    hash_password_off_loop,
    opaque_token,
    token_digest,
    verify_password_off_loop,
)
from plandesk.core.text import fold
from plandesk.users.models import User


@dataclass(frozen=True)
class IssuedTokens:
    access_token: str
    expires_in: int
    refresh_token: str | None
    refresh_expires_in: int | None


def _bad_credentials() -> NotAuthenticated:
    return NotAuthenticated("Wrong e-mail or password.")


class LoginThrottle:
    """Sign-in attempts are counted per account and per client address.

    Each attempt is counted *before* the password is checked, and refused (429) when
    its count is over either limit — a correct password included, so guessing cannot
    continue by luck during the lock-out. Counting first is what makes the limit hold
    under concurrency: fifty simultaneous guesses get fifty different counts, and only
    the first ``limit`` are evaluated. A successful sign-in clears the account's count
    and gives its unit of the address's count back.
    """

    def __init__(self, store: CounterStore, settings: Settings) -> None:
        self.store = store
        self.settings = settings

    def _keys(self, email: str, address: str) -> list[tuple[str, int]]:
        s = self.settings
        return [
            (f"login:acct:{fold(email)}", s.login_max_failures),
            (f"login:addr:{address}", s.login_max_failures * 4),
        ]

    async def attempt(self, email: str, address: str) -> None:
        """Count one attempt; 429 if it is over a limit."""
        for key, limit in self._keys(email, address):
            window = await self.store.hit(key, self.settings.login_lockout_seconds)
            if window.count > limit:
                raise TooManyRequests(
                    "Too many failed sign-in attempts; try again later.", retry_after=window.retry_after
                )

    async def succeeded(self, email: str, address: str) -> None:
        acct, addr = (key for key, _ in self._keys(email, address))
        await self.store.clear(acct)
        await self.store.release(addr)


async def authenticate(
    session: AsyncSession, throttle: LoginThrottle, email: str, password: str, address: str
) -> User:
    """Check a password sign-in, counting failures; raises 401 or 429."""
    email = email.strip().lower()
    await throttle.attempt(email, address)
    user = (await session.execute(select(User).where(User.email == email))).scalar_one_or_none()
    ok = await verify_password_off_loop(password, user.password_hash if user else None)
    if not ok or user is None or not user.active:
        raise _bad_credentials()  # the attempt stays counted
    await throttle.succeeded(email, address)
    return user


def _access_for_user(settings: Settings, user: User) -> tuple[str, int]:
    return create_access_token(
        settings,
        subject=str(user.id),
        role=user.role,
        unit_id=str(user.unit_id) if user.unit_id else None,
        scopes=[],
        auth_version=user.auth_version,
    )


async def issue_tokens(
    session: AsyncSession, settings: Settings, user: User, family_id: uuid.UUID | None = None
) -> IssuedTokens:
    """A fresh access token and a refresh token in ``family_id`` (a new family if none); commits."""
    access, ttl = _access_for_user(settings, user)
    refresh = opaque_token()
    lifetime = dt.timedelta(days=settings.refresh_token_days)
    session.add(
        RefreshToken(
            user_id=user.id,
            family_id=family_id or uuid.uuid4(),
            token_hash=token_digest(refresh),
            expires_at=utcnow() + lifetime,
        )
    )
    await session.commit()
    return IssuedTokens(access, ttl, refresh, int(lifetime.total_seconds()))


async def _revoke_family(session: AsyncSession, family_id: uuid.UUID) -> None:
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.family_id == family_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )


async def rotate_refresh_token(session: AsyncSession, settings: Settings, token: str) -> IssuedTokens:
    """Spend ``token`` and issue its successor. A spent token revokes its whole family."""
    row = (
        await session.execute(select(RefreshToken).where(RefreshToken.token_hash == token_digest(token)))
    ).scalar_one_or_none()
    if row is None:
        raise NotAuthenticated("The refresh token is not valid.")
    now = utcnow()
    if row.revoked_at is not None or row.expires_at <= now:
        raise NotAuthenticated("The refresh token has expired or was revoked: sign in again.")
    # Spend it atomically: of two racing requests with the same token only one wins.
    spent = await session.execute(
        update(RefreshToken)
        .where(RefreshToken.id == row.id, RefreshToken.used_at.is_(None))
        .values(used_at=now)
    )
    if spent.rowcount != 1:  # type: ignore[attr-defined]
        await _revoke_family(session, row.family_id)
        await session.commit()
        raise NotAuthenticated("This refresh token was already used; all sessions from it are revoked.")
    user = await session.get(User, row.user_id)
    if user is None or not user.active:
        await _revoke_family(session, row.family_id)
        await session.commit()
        raise NotAuthenticated("This account is no longer active.")
    return await issue_tokens(session, settings, user, family_id=row.family_id)


async def logout(session: AsyncSession, token: str | None) -> None:
    """Revoke the refresh token's family; unknown tokens are ignored (logout is idempotent)."""
    if not token:
        return
    row = (
        await session.execute(
            select(RefreshToken.family_id).where(RefreshToken.token_hash == token_digest(token))
        )
    ).scalar_one_or_none()
    if row is not None:
        await _revoke_family(session, row)
        await session.commit()


async def change_password(
    session: AsyncSession, settings: Settings, principal: Principal, current: str, new: str
) -> IssuedTokens:
    """Change the caller's password, sign out every other session, and issue new tokens."""
    user = await session.get(User, principal.id)
    if user is None:
        raise NotFound("user", principal.id)
    if not await verify_password_off_loop(current, user.password_hash):
        raise InvalidInput(
            "The current password is wrong.", errors=[{"loc": ["body", "current_password"], "msg": "wrong"}]
        )
    if current == new:
        raise InvalidInput(
            "The new password must differ from the current one.",
            errors=[{"loc": ["body", "new_password"], "msg": "unchanged"}],
        )
    user.password_hash = await hash_password_off_loop(new)
    user.auth_version += 1
    # The calendar feed token opens the same account's data: a new password retires it
    # (whoever changed the password because it leaked may not think of the feed URL).
    user.feed_token_hash = None
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.user_id == user.id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )
    audit.record(session, principal, "user.password_changed", "user", user.id)
    return await issue_tokens(session, settings, user)


async def client_credentials(
    session: AsyncSession,
    settings: Settings,
    throttle: LoginThrottle,
    client_id: str,
    client_secret: str,
    requested_scopes: list[str],
    address: str,
) -> IssuedTokens:
    """Access token for a service account; requested scopes must be a subset of its own."""
    await throttle.attempt(client_id, address)
    sa = (
        await session.execute(select(ServiceAccount).where(ServiceAccount.client_id == client_id))
    ).scalar_one_or_none()
    if (
        not await verify_password_off_loop(client_secret, sa.secret_hash if sa else None)
        or sa is None
        or not sa.active
    ):
        raise NotAuthenticated("Unknown client or wrong secret.")
    await throttle.succeeded(client_id, address)
    granted = list(sa.scopes)
    if requested_scopes:
        extra = set(requested_scopes) - set(granted)
        if extra:
            raise InvalidInput(f"Scopes not granted to this client: {', '.join(sorted(extra))}.")
        granted = [s for s in granted if s in requested_scopes]
    access, ttl = create_access_token(
        settings,
        subject=str(sa.id),
        role=SERVICE_ROLE,
        unit_id=None,
        scopes=granted,
        auth_version=sa.auth_version,
    )
    return IssuedTokens(access, ttl, None, None)


def _new_client_credentials() -> tuple[str, str]:
    return f"pd_{secrets.token_hex(12)}", secrets.token_urlsafe(32)


async def create_service_account(
    session: AsyncSession, actor: Principal, name: str, scopes: list[str]
) -> tuple[ServiceAccount, str]:
    client_id, secret = _new_client_credentials()
    sa = ServiceAccount(
        name=name, client_id=client_id, secret_hash=await hash_password_off_loop(secret), scopes=scopes
    )
    session.add(sa)
    await session.flush()
    audit.record(session, actor, "service_account.created", "service_account", sa.id, {"scopes": scopes})
    await session.commit()
    return sa, secret


async def list_service_accounts(session: AsyncSession) -> list[ServiceAccount]:
    return list((await session.execute(select(ServiceAccount).order_by(ServiceAccount.name))).scalars())


async def get_service_account(session: AsyncSession, sa_id: uuid.UUID) -> ServiceAccount:
    sa = await session.get(ServiceAccount, sa_id)
    if sa is None:
        raise NotFound("service account", sa_id)
    return sa


async def update_service_account(
    session: AsyncSession, actor: Principal, sa: ServiceAccount, changes: dict[str, object]
) -> ServiceAccount:
    before = audit.snapshot(sa, changes.keys())
    for key, value in changes.items():
        setattr(sa, key, value)
    if "active" in changes or "scopes" in changes:
        sa.auth_version += 1  # cut existing tokens at once
    audit.record(
        session, actor, "service_account.updated", "service_account", sa.id, audit.diff(before, changes)
    )
    await session.commit()
    return sa


async def rotate_service_account_secret(
    session: AsyncSession, actor: Principal, sa: ServiceAccount
) -> tuple[ServiceAccount, str]:
    secret = secrets.token_urlsafe(32)
    sa.secret_hash = await hash_password_off_loop(secret)
    sa.auth_version += 1
    audit.record(session, actor, "service_account.secret_rotated", "service_account", sa.id)
    await session.commit()
    return sa, secret
