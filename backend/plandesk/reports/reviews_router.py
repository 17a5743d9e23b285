"""Routes: reviews of the plan (interim and final), their issues and their documents."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Response

from plandesk.auth.deps import Session, requires
from plandesk.core.bounds import INT32_MAX
from plandesk.core.concurrency import check_if_match, if_match_header, set_etag
from plandesk.core.errors import Conflict, error_responses
from plandesk.core.pagination import Page, PageParams, page_in_memory, page_params
from plandesk.core.policy import Permission, Principal
from plandesk.reports import examples as ex
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
IssueNumber = Annotated[
    int, Path(ge=1, le=INT32_MAX, description="The issue's number in the review: 1, 2, …")
]
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
    """The plan's reviews (interim and final), each with its issued versions. Who may call: every
    signed-in role, and service accounts with the `plans:read` scope. 404 when the plan does not
    exist."""
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
    """Start a review as a draft: interim (sơ kết) as of a date, or of a phase (as of its end, over
    its window), or final (tổng kết). The title and header default to the plan's (its issuing body,
    place, signer and recipients); the figures are assembled from the plan when read or issued. Who may
    call: coordinators and admins (`reviews:write`). 404 when the plan does not exist; 422 when the
    phase is not the plan's or the consultation does not exist. The answer's ETag header (also
    `etag`) is what PATCH needs in If-Match."""
    return await _review_out(session, await reviews.create_review(session, actor, plan_id, body), response)


@router.get("/reviews/{review_id}", response_model=ReviewOut, summary="Read a review", responses=READ_ERRORS)
async def get_review(review_id: uuid.UUID, response: Response, session: Session, _: Reader) -> ReviewOut:
    """A review with its header, texts and issued versions; the ETag header (also `etag`) is what
    PATCH needs in If-Match. Who may call: every signed-in role, and service accounts with the
    `plans:read` scope. 404 when the review does not exist."""
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
    """Edit the review's title, span (`as_of`, `period_start`), consultation, header or texts; omitted
    fields are kept, and `header` and `texts` replace the whole part. An issued review becomes a
    draft again: its issues stay as issued, and the next issue takes the changes. Requires If-Match
    with the review's ETag: 428 without it, 412 when the review changed since it was read. Who may
    call: coordinators and admins (`reviews:write`). 404 when the review does not exist; 422 when the
    consultation does not exist."""
    review = await reviews.get_review(session, review_id)
    check_if_match(if_match, review.id, review.version)
    return await _review_out(session, await reviews.update_review(session, actor, review, body), response)


@router.get(
    "/reviews/{review_id}/assembled",
    response_model=dict[str, Any],
    summary="The review's figures and texts as they would be issued now (the preview's data)",
    responses={200: {"content": {"application/json": {"example": ex.ASSEMBLED}}}, **READ_ERRORS},
)
async def assembled(review_id: uuid.UUID, session: Session, _: Reader) -> dict[str, Any]:
    """Everything the review document would say if issued now, as JSON: the plan, the review's
    span and texts, task completion, monthly progress, figures summed from unit reports of periods
    ending in the span, overdue tasks, changes since the baseline and the consultation's feedback.
    The preview screen draws it. Who may call: every signed-in role, and service accounts with the
    `plans:read` scope. 404 when the review does not exist."""
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
    """Issue the review: freeze it as it reads now under the next number, dated `issued_on` (default:
    today in the plan's time zone). An issue never changes; later edits go to the next one. A
    `review.issued` event is emitted (webhooks). Who may call: coordinators and admins (`reviews:write`).
    404 when the review does not exist."""
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
async def get_issue(review_id: uuid.UUID, number: IssueNumber, session: Session, _: Reader) -> ReviewIssueOut:
    """An issued version of the review, by number, with its frozen content. Who may call: every
    signed-in role, and service accounts with the `plans:read` scope. 404 when the review or that
    issue does not exist."""
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
    fmt: Annotated[rendering.Format, Path(description="docx (Word, Decree 30 layout) or pdf")],
    session: Session,
    _: Reader,
    issue: Annotated[
        int | None,
        Query(ge=1, le=2_147_483_647, description="The issued version (default: the current draft)"),
    ] = None,
) -> Response:
    """The review as a document, `fmt` docx (Word, Decree 30/2020/NĐ-CP layout) or pdf: the issued
    version `issue`, or the current draft; made during the request and sent as an attachment. Only
    for plans of up to 300 tasks: a larger one answers 409, ask for it with
    POST /api/v1/reviews/{review_id}/renders instead. Who may call: every signed-in role, and service
    accounts with the `plans:read` scope. 404 when the review or that issue does not exist."""
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
