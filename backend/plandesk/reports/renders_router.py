"""Routes: ask for a review or unit report as DOCX/PDF, follow the render, download the file.

``POST …/renders`` answers ``201`` with a finished render when the document is small
(rendered during the request, in a worker thread) and ``202`` with a queued one when
it is large (rendered by the ``reports.render`` job); ``Location`` names the render
either way. Poll ``GET /report-renders/{id}`` until ``state`` is ``done``, then fetch
``download_url``.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request, Response
from fastapi.responses import JSONResponse

from plandesk.auth.deps import Session, requires
from plandesk.core.errors import error_responses
from plandesk.core.idempotency import IdempotencyKey, run_once
from plandesk.core.policy import Permission, Principal
from plandesk.reports import renders
from plandesk.reports.rendering import run as rendering
from plandesk.reports.review_schemas import RenderOut, ReportRenderIn, ReviewRenderIn

router = APIRouter(tags=["reports"])

Reader = Annotated[Principal, Depends(requires(Permission.reports_read))]

API = "/api/v1"
CREATE_RESPONSES: dict[int | str, dict[str, Any]] = {
    202: {"model": RenderOut, "description": "Large: queued; poll the render (Location) until it is done"},
    **error_responses(401, 403, 404, 422),
}


def _out(render: dict[str, Any]) -> RenderOut:
    done = render["state"] == "done"
    return RenderOut(**render, download_url=f"{API}/report-renders/{render['id']}/file" if done else None)


async def _create(
    request: Request,
    session: Any,
    actor: Principal,
    subject_type: str,
    subject_id: uuid.UUID,
    fmt: rendering.Format,
    issue: int | None,
    idempotency_key: str | None,
) -> Response:
    async def work() -> tuple[int, Any]:
        render, large, created = await renders.request_render(
            session, actor, subject_type, subject_id, fmt, issue
        )
        if created and large:
            try:
                await request.app.state.jobs.defer(
                    renders.JOB, render_id=str(render["id"]), **renders.job_locks(render["id"])
                )
            except Exception:  # the queue is unreachable: say so on the render, not only in a 500
                await renders.mark_failed(
                    request.app.state.sessionmaker, render["id"], "The render could not be queued."
                )
                raise
        elif created:
            await session.close()  # the render opens its own short sessions
            await renders.run_render(request.app.state.sessionmaker, render["id"])
            render = await renders.get_render(session, render["id"], actor)
        status = 201 if render["state"] == "done" else 202
        return status, _out(render).model_dump(mode="json")

    outcome = await run_once(
        session,
        scope=f"render:{actor.audit_actor}:{subject_type}:{subject_id}",
        key=idempotency_key,
        payload={"format": fmt, "issue": issue},
        work=work,
    )
    headers = {"Location": f"{API}/report-renders/{outcome.body['id']}"}
    if outcome.replayed:
        headers["Idempotent-Replayed"] = "true"
    return JSONResponse(outcome.body, status_code=outcome.status_code, headers=headers)


@router.post(
    "/reviews/{review_id}/renders",
    response_model=RenderOut,
    status_code=201,
    summary=(
        f"Render the review as DOCX or PDF: done at once (201) when its plan has up to "
        f"{renders.INLINE_MAX_TASKS} tasks, else queued as a job (202); honours Idempotency-Key"
    ),
    responses=CREATE_RESPONSES,
)
async def render_review(
    review_id: uuid.UUID,
    body: ReviewRenderIn,
    request: Request,
    session: Session,
    actor: Reader,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """Ask for the review (an issued version, or the draft) as DOCX or PDF. When its plan has up to
    300 tasks the document is made during the request: 201 with a done render. Otherwise the render is
    queued for the `reports.render` job: 202, then poll GET /api/v1/report-renders/{id} (the Location
    header) until `state` is done and fetch `download_url`. With an Idempotency-Key header a repeated
    request answers the first one's render (header Idempotent-Replayed). Who may call: every signed-in
    role, and service accounts with the `plans:read` scope. 404 when the review or the issue does not
    exist."""
    return await _create(
        request, session, actor, "review", review_id, body.format, body.issue, idempotency_key
    )


@router.post(
    "/unit-reports/{report_id}/renders",
    response_model=RenderOut,
    status_code=201,
    summary=(
        f"Render the unit report as DOCX or PDF: done at once (201) up to {renders.INLINE_MAX_LINES} "
        "task lines, else queued as a job (202); honours Idempotency-Key"
    ),
    responses=CREATE_RESPONSES,
)
async def render_unit_report(
    report_id: uuid.UUID,
    body: ReportRenderIn,
    request: Request,
    session: Session,
    actor: Reader,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """Ask for the unit report as DOCX or PDF. Up to 150 task lines the document is made during the
    request: 201 with a done render; otherwise the render is queued for the `reports.render` job: 202,
    then poll GET /api/v1/report-renders/{id} (the Location header) until `state` is done and fetch
    `download_url`. With an Idempotency-Key header a repeated request answers the first one's render
    (header Idempotent-Replayed). A report's renders are dropped whenever it changes. Who may call:
    every signed-in role, and service accounts with the `plans:read` scope, once the report is
    submitted; while it is a draft or returned, only its unit's officers, coordinators and admins
    (403 for the others). 404 when the report does not exist."""
    return await _create(
        request, session, actor, "unit_report", report_id, body.format, None, idempotency_key
    )


@router.get(
    "/report-renders/{render_id}",
    response_model=RenderOut,
    summary="A render's state and progress (poll until done, then download)",
    responses=error_responses(401, 403, 404),
)
async def get_render(render_id: uuid.UUID, session: Session, actor: Reader) -> RenderOut:
    """A render's state, stage and progress; `download_url` once it is done, `error` if it failed.
    Who may call: every signed-in role, and service accounts with the `plans:read` scope; a render of
    a unit report still with its unit (a draft, or returned), only its unit's officers, coordinators
    and admins (403 for the others). 404 when the render does not exist."""
    return _out(await renders.get_render(session, render_id, actor))


@router.get(
    "/report-renders/{render_id}/file",
    response_class=Response,
    summary="Download a finished render (409 while it is queued or running)",
    responses={
        200: {
            "content": {rendering.MEDIA_TYPES["docx"]: {}, rendering.MEDIA_TYPES["pdf"]: {}},
            "description": "The document",
        },
        **error_responses(401, 403, 404, 409),
    },
)
async def download_render(render_id: uuid.UUID, session: Session, actor: Reader) -> Response:
    """The finished document, sent as an attachment with its file name. Who may call: every signed-in
    role, and service accounts with the `plans:read` scope; a render of a unit report still with its
    unit (a draft, or returned), only its unit's officers, coordinators and admins (403 for the
    others). 404 when the render does not exist; 409 while it is queued or running, or when it
    failed."""
    data, media_type, name = await renders.render_file(session, render_id, actor)
    return Response(
        data,
        media_type=media_type,
        headers={
            "Content-Disposition": f'attachment; filename="{name}"',
            "Cache-Control": "private, no-store",
        },
    )
