"""HTTP routes for answer templates: the moderators' reusable replies."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response

from plandesk.auth.deps import Session
from plandesk.consultations.moderation import answer_templates
from plandesk.consultations.route_deps import IfMatch, Moderator, Pages
from plandesk.consultations.schemas import (
    TemplateCreate,
    TemplateOut,
    TemplateUpdate,
)
from plandesk.consultations.schemas import examples as ex
from plandesk.core.concurrency import check_if_match, set_etag
from plandesk.core.errors import error_responses
from plandesk.core.pagination import Page, page_in_memory

templates_router = APIRouter(prefix="/answer-templates", tags=["feedback"])


def _template_out(t: Any) -> TemplateOut:
    return TemplateOut.model_validate(t, from_attributes=True)


@templates_router.get(
    "",
    response_model=Page[TemplateOut],
    summary="Saved answers (all, or those usable in one consultation)",
    responses=ex.page_of(TemplateOut) | error_responses(401, 403, 422),
)
async def list_templates(
    session: Session,
    _: Moderator,
    page: Pages,
    consultation_id: Annotated[
        uuid.UUID | None, Query(description="Only the templates usable in this consultation")
    ] = None,
) -> Page[TemplateOut]:
    """Saved answer templates, for picking an official response quickly.

    Admins and moderators only. With `consultation_id`: the templates usable there (that
    consultation's and the global ones)."""
    rows = await answer_templates.list_templates(session, consultation_id)
    items, cursor = page_in_memory(rows, page, lambda t: t.id)
    return Page(items=[_template_out(t) for t in items], next_cursor=cursor)


@templates_router.post(
    "",
    response_model=TemplateOut,
    status_code=201,
    summary="Save an answer template",
    responses=error_responses(401, 403, 422),
)
async def create_template(
    body: TemplateCreate, response: Response, session: Session, actor: Moderator
) -> TemplateOut:
    """Save an answer template, for one consultation or (with `consultation_id` null) for all.

    Admins and moderators only. 422 for a blank title or body or an unknown consultation."""
    template = await answer_templates.create_template(session, actor, body.model_dump())
    set_etag(response, template.id, template.version)
    return _template_out(template)


@templates_router.get(
    "/{template_id}",
    response_model=TemplateOut,
    summary="Read an answer template",
    responses=error_responses(401, 403, 404),
)
async def get_template(
    template_id: uuid.UUID, response: Response, session: Session, _: Moderator
) -> TemplateOut:
    """One answer template with its `ETag`.

    Admins and moderators only. 404 when there is no such template."""
    template = await answer_templates.get_template(session, template_id)
    set_etag(response, template.id, template.version)
    return _template_out(template)


@templates_router.patch(
    "/{template_id}",
    response_model=TemplateOut,
    summary="Change an answer template",
    responses=error_responses(401, 403, 404, 412, 422, 428),
)
async def update_template(
    template_id: uuid.UUID,
    body: TemplateUpdate,
    response: Response,
    session: Session,
    actor: Moderator,
    if_match: IfMatch,
) -> TemplateOut:
    """Change an answer template's title or text. Answers already given keep the text they were given.

    Admins and moderators only; needs `If-Match` (428 without, 412 when stale). 422 for a blank
    title or body."""
    template = await answer_templates.get_template(session, template_id)
    check_if_match(if_match, template.id, template.version)
    template = await answer_templates.update_template(
        session, actor, template, body.model_dump(exclude_unset=True)
    )
    set_etag(response, template.id, template.version)
    return _template_out(template)


@templates_router.delete(
    "/{template_id}",
    status_code=204,
    summary="Delete an answer template",
    responses=error_responses(401, 403, 404, 412, 428),
)
async def delete_template(
    template_id: uuid.UUID, session: Session, actor: Moderator, if_match: IfMatch
) -> Response:
    """Delete an answer template. Answers already given with it keep their text.

    Admins and moderators only; needs `If-Match` (428 without, 412 when stale)."""
    template = await answer_templates.get_template(session, template_id)
    check_if_match(if_match, template.id, template.version)
    await answer_templates.delete_template(session, actor, template)
    return Response(status_code=204)
