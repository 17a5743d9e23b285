from __future__ import annotations

import base64
import binascii
import uuid
from typing import Annotated

from fastapi import APIRouter, Body, Cookie, Depends, Form, Request, Response
from pydantic import AfterValidator, StringConstraints
from sqlalchemy import select

from plandesk.auth import service
from plandesk.auth.deps import AppSettings, Session, client_address, current_principal, public, requires
from plandesk.auth.schemas import (
    LoginRequest,
    LogoutRequest,
    Me,
    PasswordChange,
    RefreshRequest,
    ServiceAccountCreate,
    ServiceAccountOut,
    ServiceAccountUpdate,
    ServiceAccountWithSecret,
    TokenResponse,
)
from plandesk.core.concurrency import check_if_match, if_match_header, set_etag
from plandesk.core.config import Settings
from plandesk.core.errors import InvalidInput, NotAuthenticated, error_responses
from plandesk.core.pagination import Page, PageParams, page_in_memory, page_params
from plandesk.core.policy import Permission, Principal
from plandesk.core.text import TEXT_MARK, CleanText, clean_text
from plandesk.units.models import Unit
from plandesk.users.models import User

GrantType = Annotated[
    str,
    StringConstraints(pattern="^(password|refresh_token|client_credentials)$"),
    AfterValidator(clean_text),
    TEXT_MARK,
]
router = APIRouter(prefix="/auth", tags=["auth"])
admin_router = APIRouter(prefix="/service-accounts", tags=["service accounts"])

REFRESH_COOKIE = "plandesk_refresh"
COOKIE_PATH = "/api/v1/auth"
RefreshCookie = Annotated[
    CleanText | None,
    Cookie(
        alias=REFRESH_COOKIE,
        max_length=200,
        description="The refresh token as the HttpOnly cookie that every token answer (POST /auth/login, "
        "/auth/token, /auth/refresh, /auth/password) sets, path /api/v1/auth, SameSite=Strict: browsers "
        "send it by themselves. Other clients may send the token in the body instead; when both are "
        "present the body's token is used.",
    ),
]


async def _throttle(request: Request) -> service.LoginThrottle:
    return service.LoginThrottle(request.app.state.counters, request.app.state.settings)


Throttle = Annotated[service.LoginThrottle, Depends(_throttle)]


def _token_response(
    response: Response, settings: Settings, issued: service.IssuedTokens, *, refresh_in_body: bool = True
) -> TokenResponse:
    """Tokens as JSON, the refresh token also as an HttpOnly cookie. The web client's
    routes pass ``refresh_in_body=False``: a refresh token script can read is one an XSS
    can steal, and the browser sends the cookie anyway."""
    response.headers["Cache-Control"] = "no-store"
    if issued.refresh_token:
        response.set_cookie(
            REFRESH_COOKIE,
            issued.refresh_token,
            max_age=issued.refresh_expires_in,
            path=COOKIE_PATH,
            httponly=True,
            secure=settings.cookie_secure,
            samesite="strict",
        )
    return TokenResponse(
        access_token=issued.access_token,
        expires_in=issued.expires_in,
        refresh_token=issued.refresh_token if refresh_in_body else None,
        refresh_expires_in=issued.refresh_expires_in,
    )


def _basic_credentials(request: Request) -> tuple[str, str] | None:
    header = request.headers.get("Authorization", "")
    if not header.lower().startswith("basic "):
        return None
    try:
        raw = base64.b64decode(header[6:], validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        return None
    client_id, sep, secret = raw.partition(":")
    return (client_id, secret) if sep else None


@router.post(
    "/token",
    response_model=TokenResponse,
    summary="OAuth2 token endpoint (password, refresh_token, client_credentials)",
    responses=error_responses(401, 422, 429),
    dependencies=[Depends(public("the sign-in endpoint"))],
)
async def token(
    request: Request,
    response: Response,
    session: Session,
    settings: AppSettings,
    throttle: Throttle,
    grant_type: Annotated[
        GrantType,
        Form(description="The OAuth2 grant"),
    ],
    username: Annotated[
        CleanText | None, Form(max_length=320, description="password grant: the e-mail")
    ] = None,
    password: Annotated[
        CleanText | None, Form(max_length=256, description="password grant: the password")
    ] = None,
    refresh_token: Annotated[
        CleanText | None, Form(max_length=200, description="refresh_token grant")
    ] = None,
    client_id: Annotated[
        CleanText | None, Form(max_length=64, description="client_credentials grant")
    ] = None,
    client_secret: Annotated[CleanText | None, Form(max_length=256, description="client_credentials")] = None,
    scope: Annotated[CleanText, Form(max_length=500, description="Space-separated scopes to narrow to")] = "",
) -> TokenResponse:
    """The OAuth2 token endpoint (form-encoded, so Swagger's Authorize works). `grant_type=password`
    with `username` (e-mail) and `password`; `refresh_token` with `refresh_token` (rotated: the old
    one is spent, and reusing a spent one revokes the whole session); `client_credentials` with
    `client_id`, `client_secret` and optionally `scope` for service accounts (no refresh token). No
    sign-in needed. 401 on wrong credentials or an inactive account, 429 with Retry-After after
    repeated failures."""
    if grant_type == "password":
        if not username or not password:
            raise InvalidInput("The password grant needs username and password.")
        user = await service.authenticate(session, throttle, username, password, client_address(request))
        issued = await service.issue_tokens(session, settings, user)
    elif grant_type == "refresh_token":
        if not refresh_token:
            raise InvalidInput("The refresh_token grant needs refresh_token.")
        issued = await service.rotate_refresh_token(session, settings, refresh_token)
    else:
        creds = (client_id, client_secret) if client_id and client_secret else _basic_credentials(request)
        if not creds:
            raise NotAuthenticated("The client_credentials grant needs client_id and client_secret.")
        issued = await service.client_credentials(
            session, settings, throttle, creds[0], creds[1], scope.split(), client_address(request)
        )
    return _token_response(response, settings, issued)


@router.post(
    "/login",
    response_model=TokenResponse,
    summary="Sign in with e-mail and password (JSON)",
    responses=error_responses(401, 422, 429),
    dependencies=[Depends(public("the sign-in endpoint"))],
)
async def login(
    body: LoginRequest,
    request: Request,
    response: Response,
    session: Session,
    settings: AppSettings,
    throttle: Throttle,
) -> TokenResponse:
    """Sign in with e-mail and password (JSON) for the web client: the answer carries the access token;
    the refresh token is also set as an HttpOnly, SameSite=Strict cookie scoped to /api/v1/auth. No
    sign-in needed. 401 on wrong credentials or an inactive account, 429 with Retry-After after
    repeated failures."""
    user = await service.authenticate(session, throttle, body.email, body.password, client_address(request))
    issued = await service.issue_tokens(session, settings, user)
    return _token_response(response, settings, issued, refresh_in_body=False)


@router.post(
    "/refresh",
    response_model=TokenResponse,
    summary="Exchange a refresh token (body or HttpOnly cookie) for new tokens",
    responses=error_responses(401, 422),
    dependencies=[Depends(public("authenticated by the refresh token itself"))],
)
async def refresh(
    response: Response,
    session: Session,
    settings: AppSettings,
    body: Annotated[RefreshRequest | None, Body()] = None,
    cookie: RefreshCookie = None,
) -> TokenResponse:
    """Exchange a refresh token, from the body or the HttpOnly cookie, for a new access token and a new
    refresh token (rotation). Reusing a spent refresh token revokes its whole session family (401).
    No bearer token needed."""
    from_body = body.refresh_token if body else None
    presented = from_body or cookie
    if not presented:
        raise NotAuthenticated("No refresh token: send it in the body or the refresh cookie.")
    issued = await service.rotate_refresh_token(session, settings, presented)
    # Answered the way it was asked: a cookie caller (the browser) gets the cookie only.
    return _token_response(response, settings, issued, refresh_in_body=from_body is not None)


@router.post(
    "/logout",
    status_code=204,
    summary="Revoke the refresh token's session and clear the cookie",
    responses=error_responses(422),
    dependencies=[Depends(public("authenticated by the refresh token itself"))],
)
async def logout(
    session: Session,
    settings: AppSettings,
    body: Annotated[LogoutRequest | None, Body()] = None,
    cookie: RefreshCookie = None,
) -> Response:
    """Revoke the session of the refresh token (body or cookie) and clear the cookie (204). Access
    tokens already issued expire on their own within 15 minutes. No bearer token needed."""
    await service.logout(session, (body.refresh_token if body else None) or cookie)
    response = Response(status_code=204)
    response.delete_cookie(
        REFRESH_COOKIE, path=COOKIE_PATH, httponly=True, secure=settings.cookie_secure, samesite="strict"
    )
    return response


@router.get(
    "/me",
    response_model=Me,
    summary="The signed-in user or service account",
    responses=error_responses(401),
)
async def me(session: Session, principal: Annotated[Principal, Depends(current_principal)]) -> Me:
    """Who the caller is: id, role or `service`, unit, scopes and every permission held; the web client
    shapes its menus by it. Who may call: any signed-in user or service account."""
    perms = sorted(p.value for p in principal.permissions)
    if principal.is_service:
        sa = await service.get_service_account(session, principal.id)
        return Me(
            id=sa.id,
            kind="service_account",
            email=None,
            full_name=sa.name,
            role=principal.role,
            unit_id=None,
            unit_name=None,
            scopes=sorted(principal.scopes),
            permissions=perms,  # type: ignore[arg-type]
        )
    row = (
        await session.execute(
            select(User.full_name, User.email, Unit.name)
            .outerjoin(Unit, Unit.id == User.unit_id)
            .where(User.id == principal.id)
        )
    ).one()
    return Me(
        id=principal.id,
        kind="user",
        email=row.email,
        full_name=row.full_name,
        role=principal.role,
        unit_id=principal.unit_id,
        unit_name=row.name,
        scopes=[],
        permissions=perms,
    )


@router.post(
    "/password",
    response_model=TokenResponse,
    summary="Change my password (signs out my other sessions)",
    responses=error_responses(401, 403, 422),
)
async def change_password(
    body: PasswordChange,
    response: Response,
    session: Session,
    settings: AppSettings,
    principal: Annotated[Principal, Depends(current_principal)],
) -> TokenResponse:
    """Change the caller's own password, giving the current one; the caller's other sessions (refresh
    tokens) are revoked and a new token pair is returned. Who may call: any signed-in user (not
    service accounts). 401 when the current password is wrong."""
    if principal.is_service:
        raise InvalidInput("Service accounts have no password; rotate the client secret instead.")
    issued = await service.change_password(
        session, settings, principal, body.current_password, body.new_password
    )
    return _token_response(response, settings, issued, refresh_in_body=False)


def _sa_out(sa: object) -> ServiceAccountOut:
    return ServiceAccountOut.model_validate(sa, from_attributes=True)


@admin_router.get(
    "",
    response_model=Page[ServiceAccountOut],
    summary="List service accounts",
    responses=error_responses(401, 403),
)
async def list_service_accounts(
    session: Session,
    _: Annotated[Principal, Depends(requires(Permission.service_accounts_write))],
    page: Annotated[PageParams, Depends(page_params)],
) -> Page[ServiceAccountOut]:
    """The service accounts (client-credentials integrations), with their scopes; secrets are never
    shown again. Who may call: admin."""
    items, cursor = page_in_memory(await service.list_service_accounts(session), page, lambda sa: sa.id)
    return Page(items=[_sa_out(sa) for sa in items], next_cursor=cursor)


@admin_router.post(
    "",
    response_model=ServiceAccountWithSecret,
    status_code=201,
    summary="Create a service account (its secret is shown once)",
    responses=error_responses(401, 403, 422),
)
async def create_service_account(
    body: ServiceAccountCreate,
    session: Session,
    actor: Annotated[Principal, Depends(requires(Permission.service_accounts_write))],
) -> ServiceAccountWithSecret:
    """Create a service account with its scopes (201). The answer carries the `client_secret`, shown
    only this once (stored hashed). Who may call: admin."""
    sa, secret = await service.create_service_account(
        session, actor, body.name, [s.value for s in body.scopes]
    )
    return ServiceAccountWithSecret(**_sa_out(sa).model_dump(), client_secret=secret)


@admin_router.patch(
    "/{service_account_id}",
    response_model=ServiceAccountOut,
    summary="Change a service account's name, scopes or active flag",
    responses=error_responses(401, 403, 404, 412, 422, 428),
)
async def update_service_account(
    service_account_id: uuid.UUID,
    body: ServiceAccountUpdate,
    response: Response,
    session: Session,
    actor: Annotated[Principal, Depends(requires(Permission.service_accounts_write))],
    if_match: Annotated[str, Depends(if_match_header)],
) -> ServiceAccountOut:
    """Change a service account's name, scopes or active flag; deactivating cuts it off at once. Send
    the ETag you read as If-Match: 428 without it, 412 (with the current version) when it changed
    since. Who may call: admin."""
    sa = await service.get_service_account(session, service_account_id)
    check_if_match(if_match, sa.id, sa.version)
    changes = body.model_dump(exclude_unset=True)
    if "scopes" in changes and changes["scopes"] is not None:
        changes["scopes"] = [s.value if hasattr(s, "value") else s for s in changes["scopes"]]
    changes = {k: v for k, v in changes.items() if v is not None}
    sa = await service.update_service_account(session, actor, sa, changes)
    set_etag(response, sa.id, sa.version)
    return _sa_out(sa)


@admin_router.get(
    "/{service_account_id}",
    response_model=ServiceAccountOut,
    summary="Read a service account",
    responses=error_responses(401, 403, 404),
)
async def get_service_account(
    service_account_id: uuid.UUID,
    response: Response,
    session: Session,
    _: Annotated[Principal, Depends(requires(Permission.service_accounts_write))],
) -> ServiceAccountOut:
    """One service account (without its secret); the answer carries its ETag. Who may call: admin."""
    sa = await service.get_service_account(session, service_account_id)
    set_etag(response, sa.id, sa.version)
    return _sa_out(sa)


@admin_router.post(
    "/{service_account_id}/rotate-secret",
    response_model=ServiceAccountWithSecret,
    summary="Issue a new client secret (the old one stops working)",
    responses=error_responses(401, 403, 404),
)
async def rotate_secret(
    service_account_id: uuid.UUID,
    session: Session,
    actor: Annotated[Principal, Depends(requires(Permission.service_accounts_write))],
) -> ServiceAccountWithSecret:
    """Issue a new client secret for the service account, shown only in this answer; the old secret
    stops working at once. Who may call: admin."""
    sa = await service.get_service_account(session, service_account_id)
    sa, secret = await service.rotate_service_account_secret(session, actor, sa)
    return ServiceAccountWithSecret(**_sa_out(sa).model_dump(), client_secret=secret)
