"""Route dependencies: who is calling, and may they?

Every route depends on :func:`requires` (one or more permissions) or on
:func:`public` (with the reason it needs no token).
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.openapi.models import OAuthFlowClientCredentials, OAuthFlowPassword, OAuthFlows
from fastapi.security import OAuth2
from fastapi.security.utils import get_authorization_scheme_param
from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import HTTPConnection

from plandesk.auth import principal_cache
from plandesk.auth.models import ServiceAccount
from plandesk.core.config import Settings
from plandesk.core.db import fetch_rows, get_session
from plandesk.core.errors import NotAuthenticated, PermissionDenied
from plandesk.core.policy import SERVICE_ROLE, Permission, Principal, mark_public, mark_requirement
from plandesk.core.requestlog import note_caller
from plandesk.core.security import InvalidToken, decode_access_token
from plandesk.users.models import User

TOKEN_URL = "/api/v1/auth/token"
SCOPE_DESCRIPTIONS = {
    "plans:read": "Read plans, phases, milestones, channels",
    "tasks:read": "Read tasks and assignments",
    "tasks:write": "Update assignments and post progress",
    "feedback:read": "Read feedback submissions",
    "feedback:write": "Submit feedback",
}


class BearerToken(OAuth2):
    """Bearer access tokens, documented with both flows so Swagger's Authorize
    works for people (password) and integrations (client credentials)."""

    def __init__(self) -> None:
        super().__init__(
            flows=OAuthFlows(
                password=OAuthFlowPassword(tokenUrl=TOKEN_URL, scopes={}),
                clientCredentials=OAuthFlowClientCredentials(tokenUrl=TOKEN_URL, scopes=SCOPE_DESCRIPTIONS),
            ),
            scheme_name="OAuth2",
            auto_error=False,
        )

    async def __call__(self, request: HTTPConnection) -> str | None:
        scheme, token = get_authorization_scheme_param(request.headers.get("Authorization"))
        if scheme.lower() != "bearer" or not token:
            return None
        return token


oauth2_scheme = BearerToken()

Session = Annotated[AsyncSession, Depends(get_session)]


# Dependencies are ``async def`` even when they do not await: FastAPI runs plain
# ``def`` dependencies in a thread pool, a hop that costs more than the work.
async def get_settings_dep(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


AppSettings = Annotated[Settings, Depends(get_settings_dep)]


def _unauthenticated(detail: str) -> NotAuthenticated:
    return NotAuthenticated(detail, headers={"WWW-Authenticate": "Bearer"})


# Built once: this lookup runs on every authenticated request.
_USER_ACCESS = select(User.active, User.auth_version, User.role, User.unit_id, User.email).where(
    User.id == bindparam("user_id")
)

_SERVICE_ACCESS = select(ServiceAccount.active, ServiceAccount.auth_version, ServiceAccount.scopes).where(
    ServiceAccount.id == bindparam("user_id")
)


async def _subject_row(session: AsyncSession, settings: Settings, query: Any, subject: uuid.UUID) -> Any:
    """The subject's access row, from this process's cache when read less than
    ``principal_cache_seconds`` ago (auth/principal_cache.py says why that is safe)."""
    ttl = settings.principal_cache_seconds
    if ttl <= 0:
        found = await fetch_rows(session, query, {"user_id": subject})
        return found[0] if found else None
    cache = principal_cache.cache_for(session.bind.sync_engine)  # type: ignore[union-attr]
    row = cache.get(subject, ttl)
    if row is not None:
        return row
    generation, read_at = cache.generation, time.monotonic()
    found = await fetch_rows(session, query, {"user_id": subject})
    row = found[0] if found else None
    if row is not None:
        cache.put(subject, row, generation, read_at)
    return row


async def principal_from_token(session: AsyncSession, settings: Settings, token: str) -> Principal:
    try:
        claims = decode_access_token(settings, token)
    except InvalidToken as exc:
        raise _unauthenticated("The access token is invalid or has expired.") from exc
    try:
        subject = uuid.UUID(claims.sub)
    except ValueError as exc:
        raise _unauthenticated("The access token is invalid.") from exc
    if claims.role == SERVICE_ROLE:
        sa = await _subject_row(session, settings, _SERVICE_ACCESS, subject)
        if sa is None or not sa.active or sa.auth_version != claims.auth_version:
            raise _unauthenticated("This service account's access has been revoked.")
        scopes = frozenset(claims.scopes) & frozenset(sa.scopes)
        note_caller(subject, service=True)
        return Principal(id=subject, role=SERVICE_ROLE, scopes=scopes, is_service=True)
    row = await _subject_row(session, settings, _USER_ACCESS, subject)
    # Role, unit and deactivation are read from the database, not trusted from
    # the token: a change cuts access at once.
    if row is None or not row.active or row.auth_version != claims.auth_version:
        raise _unauthenticated("This account's access has been revoked: sign in again.")
    note_caller(subject, service=False)
    return Principal(id=subject, role=row.role, unit_id=row.unit_id, email=row.email)


async def optional_principal(
    session: Session,
    settings: AppSettings,
    token: Annotated[str | None, Depends(oauth2_scheme)],
) -> Principal | None:
    if not token:
        return None
    return await principal_from_token(session, settings, token)


async def current_principal(
    principal: Annotated[Principal | None, Depends(optional_principal)],
) -> Principal:
    if principal is None:
        raise _unauthenticated("Authentication required: send a bearer access token.")
    return principal


# Any signed-in caller, whatever their role: the route checks the rest itself.
mark_requirement(current_principal, ())


def requires(*permissions: Permission) -> Callable[..., Awaitable[Principal]]:
    """A dependency that authenticates the caller and checks ``permissions`` (all of them)."""

    async def dependency(principal: Annotated[Principal, Depends(current_principal)]) -> Principal:
        missing = [p for p in permissions if not principal.can(p)]
        if missing:
            raise PermissionDenied(f"Your role may not do this (needs {', '.join(missing)}).")
        return principal

    return mark_requirement(dependency, permissions)


def public(reason: str) -> Callable[[], Awaitable[None]]:
    """Mark a route as callable without a token, saying why."""

    async def dependency() -> None:
        return None

    return mark_public(dependency, reason)


def public_or(*permissions: Permission) -> Callable[..., Awaitable[Principal | None]]:
    """Open to anyone; when a token is sent it must be valid and carry ``permissions``."""

    async def dependency(
        request: Request, token: Annotated[str | None, Depends(oauth2_scheme)]
    ) -> Principal | None:
        # Public routes are the hot ones (feedback from the public): an anonymous call
        # costs no database session; a token is checked in a short session of its own.
        if not token:
            return None
        async with request.app.state.sessionmaker() as session:
            principal = await principal_from_token(session, request.app.state.settings, token)
        missing = [p for p in permissions if not principal.can(p)]
        if missing:
            raise PermissionDenied(f"Your role may not do this (needs {', '.join(missing)}).")
        return principal

    mark_public(dependency, "anonymous callers allowed")
    return mark_requirement(dependency, permissions)


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"
