"""Routes for who coordinates a plan (``/plans/{plan_id}/coordinators``)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Response
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select

from plandesk.auth.deps import Session, requires
from plandesk.core.concurrency import check_if_match, if_match_header, set_etag
from plandesk.core.errors import error_responses
from plandesk.core.pagination import Page, PageParams, page_in_memory, page_params
from plandesk.core.policy import Permission, Principal
from plandesk.plans import coordinators
from plandesk.plans import crud as plan_crud
from plandesk.users.models import User

coordinators_router = APIRouter(tags=["plans"])

Reader = Annotated[Principal, Depends(requires(Permission.plans_read))]
Writer = Annotated[Principal, Depends(requires(Permission.plans_write))]
IfMatch = Annotated[str, Depends(if_match_header)]


class PlanCoordinatorOut(BaseModel):
    user_id: uuid.UUID = Field(description="The coordinator's user id.")
    full_name: str = Field(description="The coordinator's name, as shown to colleagues.")
    active: bool = Field(description="False once the account is deactivated (it then receives nothing).")


class PlanCoordinatorsPut(BaseModel):
    model_config = ConfigDict(extra="forbid")
    user_ids: list[uuid.UUID] = Field(
        max_length=100,
        description="Every coordinator of the plan after the change (active coordinator users).",
    )


async def _page(session: Session, plan_id: uuid.UUID) -> Page[PlanCoordinatorOut]:
    ids = await coordinators.coordinator_ids(session, plan_id)
    items: list[PlanCoordinatorOut] = []
    if ids:
        stmt = select(User.id, User.full_name, User.active).where(User.id.in_(ids))
        for r in await session.execute(stmt.order_by(User.full_name, User.id)):
            items.append(PlanCoordinatorOut(user_id=r.id, full_name=r.full_name, active=r.active))
    return Page(items=items, next_cursor=None)


@coordinators_router.get(
    "/plans/{plan_id}/coordinators",
    response_model=Page[PlanCoordinatorOut],
    summary="List who coordinates a plan",
    description="The coordinators who run the plan: they manage its webhooks and receive its escalations. "
    "The list is short (at most 100). The response's ETag is the plan's.",
    responses=error_responses(401, 403, 404),
)
async def list_plan_coordinators(
    plan_id: uuid.UUID,
    response: Response,
    session: Session,
    _: Reader,
    page: Annotated[PageParams, Depends(page_params)],
) -> Page[PlanCoordinatorOut]:
    plan = await plan_crud.get_plan(session, plan_id)
    set_etag(response, plan.id, plan.version)
    everyone = await _page(session, plan_id)
    items, cursor = page_in_memory(everyone.items, page, lambda c: c.user_id)
    return Page(items=items, next_cursor=cursor)


@coordinators_router.put(
    "/plans/{plan_id}/coordinators",
    response_model=Page[PlanCoordinatorOut],
    summary="Set who coordinates a plan",
    description="Replaces the plan's coordinator list. Admins, or one of the plan's coordinators, may "
    "(any coordinator while the plan has none). Send the plan's ETag in If-Match; the plan's "
    "version moves on, so its ETag changes.",
    responses=error_responses(401, 403, 404, 412, 422, 428),
)
async def set_plan_coordinators(
    plan_id: uuid.UUID,
    body: PlanCoordinatorsPut,
    response: Response,
    session: Session,
    actor: Writer,
    if_match: IfMatch,
) -> Page[PlanCoordinatorOut]:
    plan = await plan_crud.get_plan(session, plan_id)
    check_if_match(if_match, plan.id, plan.version)
    await coordinators.set_coordinators(session, actor, plan, body.user_ids)
    plan = await plan_crud.get_plan(session, plan_id)
    set_etag(response, plan.id, plan.version)
    return await _page(session, plan_id)
