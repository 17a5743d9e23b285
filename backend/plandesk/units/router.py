from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response
from sqlalchemy import select

from plandesk.auth.deps import Session, requires
from plandesk.core.concurrency import check_if_match, etag_for, if_match_header, set_etag
from plandesk.core.errors import error_responses
from plandesk.core.pagination import Page, PageParams, page_in_memory, page_params
from plandesk.core.policy import Permission, Principal
from plandesk.core.text import CleanText
from plandesk.tasks import groups as task_groups
from plandesk.tasks.models import Task, TaskGroup
from plandesk.units import service
from plandesk.units.models import UnitGroup
from plandesk.units.schemas import (
    UnitCreate,
    UnitGroupCreate,
    UnitGroupOut,
    UnitGroupUpdate,
    UnitKind,
    UnitOut,
    UnitUpdate,
)

router = APIRouter(prefix="/units", tags=["units"])
groups_router = APIRouter(prefix="/unit-groups", tags=["units"])

Reader = Annotated[Principal, Depends(requires(Permission.units_read))]
Writer = Annotated[Principal, Depends(requires(Permission.units_write))]
GroupWriter = Annotated[Principal, Depends(requires(Permission.unit_groups_write))]
IfMatch = Annotated[str, Depends(if_match_header)]


@router.get("", response_model=Page[UnitOut], summary="List units", responses=error_responses(401, 403, 422))
async def list_units(
    session: Session,
    _: Reader,
    page: Annotated[PageParams, Depends(page_params)],
    q: Annotated[
        CleanText | None, Query(max_length=200, description="Diacritic-insensitive name search")
    ] = None,
    kind: Annotated[
        UnitKind | None,
        Query(
            description="Only units of this kind (one value): `party_committee`, `department`, `mass_org`, "
            "`media`, `district` or `other`. None (the default): every kind."
        ),
    ] = None,
    parent_id: Annotated[
        uuid.UUID | None,
        Query(
            description="Only the units directly under this one in the hierarchy (its children, not their "
            "own sub-units). None (the default): units at every level, top-level ones included."
        ),
    ] = None,
    active: Annotated[
        bool | None,
        Query(
            description="true: only active units (they can receive new assignments); false: only deactivated "
            "ones, kept for their history. None (the default): both."
        ),
    ] = None,
) -> Page[UnitOut]:
    """The organisational units, sorted by Vietnamese name; filter by `kind`, `parent_id`, `active` and
    `q` (name or short name, diacritic-insensitive: "tuyen giao" finds "Ban Tuyên giáo Tỉnh ủy"). Who
    may call: every signed-in role, and service accounts with any of `plans:read`, `tasks:read`,
    `tasks:write`, `notifications:read`."""
    items, cursor = await service.list_units(
        session, page, q=q, kind=kind, parent_id=parent_id, active=active
    )
    return Page(items=[UnitOut.model_validate(u) for u in items], next_cursor=cursor)


@router.post(
    "",
    response_model=UnitOut,
    status_code=201,
    summary="Create a unit",
    responses=error_responses(401, 403, 409, 422),
)
async def create_unit(body: UnitCreate, response: Response, session: Session, actor: Writer) -> UnitOut:
    """Create a unit (201). Who may call: admin. 409 when an active unit already has the name under the
    same parent; 422 when the parent does not exist."""
    unit = await service.create_unit(session, actor, body.model_dump())
    set_etag(response, unit.id, unit.version)
    return UnitOut.model_validate(unit)


@router.get(
    "/{unit_id}", response_model=UnitOut, summary="Read a unit", responses=error_responses(401, 403, 404)
)
async def get_unit(unit_id: uuid.UUID, response: Response, session: Session, _: Reader) -> UnitOut:
    """One unit; the answer carries its ETag. Who may call: every signed-in role, and service accounts
    with any of `plans:read`, `tasks:read`, `tasks:write`, `notifications:read`."""
    unit = await service.get_unit(session, unit_id)
    set_etag(response, unit.id, unit.version)
    return UnitOut.model_validate(unit)


@router.patch(
    "/{unit_id}",
    response_model=UnitOut,
    summary="Change a unit",
    responses=error_responses(401, 403, 404, 409, 412, 422, 428),
)
async def update_unit(
    unit_id: uuid.UUID,
    body: UnitUpdate,
    response: Response,
    session: Session,
    actor: Writer,
    if_match: IfMatch,
) -> UnitOut:
    """Change a unit's name, short name, kind, parent or active flag. Deactivating keeps its assignments
    and history but gives it no new work. Send the ETag you read as If-Match: 428 without it, 412
    (with the current version) when it changed since. Who may call: admin. 409 on a name clash or a
    parent that would make a cycle."""
    unit = await service.get_unit(session, unit_id)
    check_if_match(if_match, unit.id, unit.version)
    changes = body.model_dump(exclude_unset=True)
    for required in ("name", "kind", "active"):
        if required in changes and changes[required] is None:
            del changes[required]
    unit = await service.update_unit(session, actor, unit, changes)
    set_etag(response, unit.id, unit.version)
    return UnitOut.model_validate(unit)


@router.delete(
    "/{unit_id}",
    status_code=204,
    summary="Delete a unit nothing refers to",
    responses=error_responses(401, 403, 404, 409, 412, 428),
)
async def delete_unit(unit_id: uuid.UUID, session: Session, actor: Writer, if_match: IfMatch) -> Response:
    """Delete a unit that no user, assignment, group or report refers to (204); otherwise 409:
    deactivate it instead. Send the ETag you read as If-Match: 428 without it, 412 (with the current
    version) when it changed since. Who may call: admin."""
    unit = await service.get_unit(session, unit_id)
    check_if_match(if_match, unit.id, unit.version)
    await service.delete_unit(session, actor, unit)
    return Response(status_code=204)


async def _group_out(session: Session, group_id: uuid.UUID) -> UnitGroupOut:
    group = await service.get_group(session, group_id)
    members = await service.group_members(session, [group.id])
    return _out(group, members[group.id])


def _out(group: UnitGroup, unit_ids: list[uuid.UUID]) -> UnitGroupOut:
    return UnitGroupOut(
        id=group.id,
        name=group.name,
        description=group.description,
        unit_ids=unit_ids,
        awaiting_members=not unit_ids,
        etag=etag_for(group.id, group.version),
    )


@groups_router.get(
    "",
    response_model=Page[UnitGroupOut],
    summary="List unit groups",
    responses=error_responses(401, 403, 422),
)
async def list_groups(
    session: Session,
    _: Reader,
    page: Annotated[PageParams, Depends(page_params)],
    q: Annotated[CleanText | None, Query(max_length=200, description="Part of the group's name")] = None,
    plan_id: Annotated[
        uuid.UUID | None, Query(description="Only the groups tasks of this plan are addressed to")
    ] = None,
) -> Page[UnitGroupOut]:
    """The unit groups (named sets of units a task can be addressed to), with their member ids. Who may
    call: every signed-in role, and service accounts with any of `plans:read`, `tasks:read`,
    `tasks:write`, `notifications:read`."""
    addressed = None
    if plan_id is not None:
        addressed = (
            select(TaskGroup.group_id).join(Task, Task.id == TaskGroup.task_id).where(Task.plan_id == plan_id)
        )
    groups, cursor = page_in_memory(await service.list_groups(session, q, addressed), page, lambda g: g.id)
    members = await service.group_members(session, [g.id for g in groups])
    return Page(items=[_out(g, members[g.id]) for g in groups], next_cursor=cursor)


@groups_router.post(
    "",
    response_model=UnitGroupOut,
    status_code=201,
    summary="Create a unit group",
    responses=error_responses(401, 403, 422),
)
async def create_group(
    body: UnitGroupCreate, response: Response, session: Session, actor: GroupWriter
) -> UnitGroupOut:
    """Create a unit group with its members (201). Who may call: admin and coordinator. 422 when a
    member unit does not exist."""
    group = await service.create_group(session, actor, body.name, body.description, body.unit_ids)
    set_etag(response, group.id, group.version)
    return await _group_out(session, group.id)


@groups_router.get(
    "/{group_id}",
    response_model=UnitGroupOut,
    summary="Read a unit group",
    responses=error_responses(401, 403, 404),
)
async def get_group(group_id: uuid.UUID, response: Response, session: Session, _: Reader) -> UnitGroupOut:
    """One unit group with its members; the answer carries its ETag. Who may call: every signed-in role,
    and service accounts with any of `plans:read`, `tasks:read`, `tasks:write`, `notifications:read`."""
    group = await service.get_group(session, group_id)
    set_etag(response, group.id, group.version)
    return await _group_out(session, group_id)


@groups_router.patch(
    "/{group_id}",
    response_model=UnitGroupOut,
    summary="Change a unit group's name or members",
    description="Units added to the group get their assignment (role `member`, or `support` where "
    "the group supports) on every open task addressed to the group, once; units removed keep "
    "the assignments they have.",
    responses=error_responses(401, 403, 404, 412, 422, 428),
)
async def update_group(
    group_id: uuid.UUID,
    body: UnitGroupUpdate,
    response: Response,
    session: Session,
    actor: GroupWriter,
    if_match: IfMatch,
) -> UnitGroupOut:
    group = await service.get_group(session, group_id)
    check_if_match(if_match, group.id, group.version)
    changes = {
        # null for the name or the members means "leave as is" (a group always has both)
        k: v
        for k, v in body.model_dump(exclude_unset=True).items()
        if not (k in ("name", "unit_ids") and v is None)
    }
    group = await service.update_group(session, actor, group, changes, commit=False)
    if "unit_ids" in changes:
        await task_groups.sync_group_assignments(session, actor, group.id)
    await session.commit()
    await session.refresh(group)
    set_etag(response, group.id, group.version)
    return await _group_out(session, group_id)


@groups_router.delete(
    "/{group_id}",
    status_code=204,
    summary="Delete a unit group (its units stay)",
    responses=error_responses(401, 403, 404, 409, 412, 428),
)
async def delete_group(
    group_id: uuid.UUID, session: Session, actor: GroupWriter, if_match: IfMatch
) -> Response:
    """Delete a unit group; its units stay (204). 409 while a task is addressed to the group. Send the
    ETag you read as If-Match: 428 without it, 412 (with the current version) when it changed since.
    Who may call: admin and coordinator."""
    group = await service.get_group(session, group_id)
    check_if_match(if_match, group.id, group.version)
    await service.delete_group(session, actor, group)
    return Response(status_code=204)
