from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response

from plandesk.auth.deps import Session, requires
from plandesk.core.concurrency import check_if_match, if_match_header, set_etag
from plandesk.core.errors import error_responses
from plandesk.core.pagination import Page, PageParams, page_params
from plandesk.core.policy import Permission, Principal, Role
from plandesk.core.text import CleanText
from plandesk.users import service
from plandesk.users.schemas import UserCreate, UserOut, UserUpdate

router = APIRouter(prefix="/users", tags=["users"])

Reader = Annotated[Principal, Depends(requires(Permission.users_read))]
Writer = Annotated[Principal, Depends(requires(Permission.users_write))]


@router.get("", response_model=Page[UserOut], summary="List users", responses=error_responses(401, 403, 422))
async def list_users(
    session: Session,
    _: Reader,
    page: Annotated[PageParams, Depends(page_params)],
    q: Annotated[CleanText | None, Query(max_length=200, description="Search e-mail")] = None,
    role: Annotated[
        Role | None,
        Query(
            description="Only accounts with this role (one value): `admin`, `coordinator`, `unit_officer`, "
            "`moderator` or `viewer`. None (the default): every role."
        ),
    ] = None,
    unit_id: Annotated[
        uuid.UUID | None,
        Query(
            description="Only accounts that work for this unit (exactly this unit, not its sub-units). None "
            "(the default): every account, with or without a unit."
        ),
    ] = None,
    active: Annotated[
        bool | None,
        Query(
            description="true: only active accounts (they can sign in); false: only deactivated ones. None "
            "(the default): both."
        ),
    ] = None,
) -> Page[UserOut]:
    """The user accounts, ordered by e-mail address; filter by `role`, `unit_id`, `active` and `q`
    (a part of the e-mail address). Password hashes are never returned. Who may call: admin and
    coordinator."""
    items, cursor = await service.list_users(session, page, q=q, role=role, unit_id=unit_id, active=active)
    return Page(items=[UserOut.model_validate(u) for u in items], next_cursor=cursor)


@router.post(
    "",
    response_model=UserOut,
    status_code=201,
    summary="Create a user",
    responses=error_responses(401, 403, 409, 422),
)
async def create_user(body: UserCreate, response: Response, session: Session, actor: Writer) -> UserOut:
    """Create a user with a role, a unit (required for `unit_officer`) and an initial password (201).
    Who may call: admin. 409 when the e-mail is taken."""
    user = await service.create_user(session, actor, **body.model_dump())
    set_etag(response, user.id, user.version)
    return UserOut.model_validate(user)


@router.get(
    "/{user_id}", response_model=UserOut, summary="Read a user", responses=error_responses(401, 403, 404)
)
async def get_user(user_id: uuid.UUID, response: Response, session: Session, _: Reader) -> UserOut:
    """One user account; the answer carries its ETag. Who may call: admin and coordinator."""
    user = await service.get_user(session, user_id)
    set_etag(response, user.id, user.version)
    return UserOut.model_validate(user)


@router.patch(
    "/{user_id}",
    response_model=UserOut,
    summary="Change a user's name, role, unit, password or active flag",
    responses=error_responses(401, 403, 404, 412, 422, 428),
)
async def update_user(
    user_id: uuid.UUID,
    body: UserUpdate,
    response: Response,
    session: Session,
    actor: Writer,
    if_match: Annotated[str, Depends(if_match_header)],
) -> UserOut:
    """Change a user's name, role, unit, unit-head flag, password or active flag. Deactivating cuts
    access at once (their tokens stop working on the next request); a new password revokes their
    refresh tokens. Every change is audited. Send the ETag you read as If-Match: 428 without it, 412
    (with the current version) when it changed since. Who may call: admin."""
    user = await service.get_user(session, user_id)
    check_if_match(if_match, user.id, user.version)
    changes = body.model_dump(exclude_unset=True)
    changes = {k: v for k, v in changes.items() if v is not None or k == "unit_id"}
    user = await service.update_user(session, actor, user, changes)
    set_etag(response, user.id, user.version)
    return UserOut.model_validate(user)
