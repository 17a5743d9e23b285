"""Routes: reviews of the plan (interim and final), their issues and their documents."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Response

from plandesk.auth.deps import Session, requires
from plandesk.core.bounds import VersionNumber
from plandesk.core.concurrency import check_if_match, if_match_header, set_etag
from plandesk.core.errors import Conflict, error_responses
from plandesk.core.pagination import Page, PageParams, page_in_memory, page_params
from plandesk.core.policy import Permission, Principal
from plandesk.reports import renders, reviews
from plandesk.reports.rendering import run as rendering
from plandesk.reports.review_schemas import (
    ReviewCreate,
    ReviewIssueIn,
    ReviewIssueOut,
    ReviewOut,
    ReviewUpdate,
)

router = APIRouter(tags=["reports"])

Reader = Annotated[Principal, Depends(requires(Permission.reports_read))]
ReviewWriter = Annotated[Principal, Depends(requires(Permission.reviews_write))]
IfMatch = Annotated[str, Depends(if_match_header)]
Pages = Annotated[PageParams, Depends(page_params)]

READ_ERRORS = error_responses(401, 403, 404)
WRITE_ERRORS = error_responses(401, 403, 404, 409, 422)
PATCH_ERRORS = error_responses(401, 403, 404, 409, 412, 422, 428)
_TOO_LARGE = (
    "This document is large: ask for it with POST /api/v1/{path}/renders (it is rendered in the "
    "background) and download it when the render is done."
)


async def _review_out(session: Any, review: Any, response: Response) -> ReviewOut:
    set_etag(response, review.id, review.version)
    return ReviewOut.model_validate(await reviews.review_view(session, review))


@router.get(
    "/plans/{plan_id}/reviews",
    response_model=Page[ReviewOut],
    summary="The plan's reviews",
    responses=READ_ERRORS,
)
async def list_reviews(plan_id: uuid.UUID, session: Session, _: Reader, page: Pages) -> Page[ReviewOut]:
    rows = await reviews.list_reviews(session, plan_id)
    items, cursor = page_in_memory(rows, page, lambda r: r.id)
    return Page(
        items=[ReviewOut.model_validate(await reviews.review_view(session, r)) for r in items],
        next_cursor=cursor,
    )


@router.post(
    "/plans/{plan_id}/reviews",
    response_model=ReviewOut,
    status_code=201,
    summary="Start an interim review (at a date or a phase's end) or the final review",
    responses=WRITE_ERRORS,
)
async def create_review(
    plan_id: uuid.UUID, body: ReviewCreate, response: Response, session: Session, actor: ReviewWriter
) -> ReviewOut:
    return await _review_out(session, await reviews.create_review(session, actor, plan_id, body), response)


@router.get("/reviews/{review_id}", response_model=ReviewOut, summary="Read a review", responses=READ_ERRORS)
async def get_review(review_id: uuid.UUID, response: Response, session: Session, _: Reader) -> ReviewOut:
    return await _review_out(session, await reviews.get_review(session, review_id), response)


@router.patch(
    "/reviews/{review_id}",
    response_model=ReviewOut,
    summary="Edit the review's texts, header or span (an issued review becomes the draft of its next issue)",
    responses=PATCH_ERRORS,
)
async def update_review(
    review_id: uuid.UUID,
    body: ReviewUpdate,
    response: Response,
    session: Session,
    actor: ReviewWriter,
    if_match: IfMatch,
) -> ReviewOut:
    review = await reviews.get_review(session, review_id)
    check_if_match(if_match, review.id, review.version)
    return await _review_out(session, await reviews.update_review(session, actor, review, body), response)


@router.get(
    "/reviews/{review_id}/assembled",
    response_model=dict[str, Any],
    summary="The review's figures and texts as they would be issued now (the preview's data)",
    responses=READ_ERRORS,
)
async def assembled(review_id: uuid.UUID, session: Session, _: Reader) -> dict[str, Any]:
    return await reviews.document_content(session, review_id, None)


@router.post(
    "/reviews/{review_id}/issues",
    response_model=ReviewIssueOut,
    status_code=201,
    summary="Issue the review: a numbered, dated version that never changes",
    responses=WRITE_ERRORS,
)
async def issue_review(
    review_id: uuid.UUID, body: ReviewIssueIn, session: Session, actor: ReviewWriter
) -> ReviewIssueOut:
    review = await reviews.get_review(session, review_id)
    issue = await reviews.issue_review(session, actor, review, body.issued_on)
    return _issue_out(issue)


def _issue_out(issue: Any) -> ReviewIssueOut:
    return ReviewIssueOut(
        id=issue.id,
        review_id=issue.review_id,
        number=issue.number,
        issued_on=issue.issued_on,
        issued_by=issue.issued_by,
        issued_at=issue.issued_at,
        content=issue.content,
    )


@router.get(
    "/reviews/{review_id}/issues/{number}",
    response_model=ReviewIssueOut,
    summary="An issued version of the review",
    responses=READ_ERRORS,
)
async def get_issue(
    review_id: uuid.UUID, number: VersionNumber, session: Session, _: Reader
) -> ReviewIssueOut:
    return _issue_out(await reviews.get_issue(session, review_id, number))


@router.get(
    "/reviews/{review_id}/document.{fmt}",
    response_class=Response,
    summary="The review as DOCX (Decree 30) or PDF, issued or draft (small plans; large: POST …/renders)",
    responses={
        200: {
            "content": {rendering.MEDIA_TYPES["docx"]: {}, rendering.MEDIA_TYPES["pdf"]: {}},
            "description": "The document",
        },
        **error_responses(401, 403, 404, 409, 422),
    },
)
async def review_document(
    review_id: uuid.UUID,
    fmt: rendering.Format,
    session: Session,
    _: Reader,
    issue: Annotated[
        int | None,
        Query(ge=1, le=2_147_483_647, description="The issued version (default: the current draft)"),
    ] = None,
) -> Response:
    review = await reviews.get_review(session, review_id)
    if await renders.plan_task_count(session, review.plan_id) > renders.INLINE_MAX_TASKS:
        raise Conflict(_TOO_LARGE.format(path=f"reviews/{review_id}"))
    content = await reviews.document_content(session, review_id, issue)
    await session.close()  # rendering takes a while: give the connection back first
    data = await rendering.render_review_off_loop(content, fmt)
    name = renders.filename(content["review"]["title"], f"-ban-{issue}" if issue else "-du-thao", fmt)
    return Response(
        data,
        media_type=rendering.MEDIA_TYPES[fmt],
        headers={
            "Content-Disposition": f'attachment; filename="{name}"',
            "Cache-Control": "private, no-store",
        },
    )
