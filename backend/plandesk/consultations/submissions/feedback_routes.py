"""HTTP routes for submitting feedback: the public form and meeting minutes typed in by staff."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Body, Depends, Request, Response

from plandesk.auth.deps import Session, client_address, public_or, requires
from plandesk.consultations.schemas import (
    FeedbackCreate,
    FeedbackReceipt,
    MeetingBatchCreate,
    MeetingBatchOut,
)
from plandesk.consultations.submissions import submissions
from plandesk.consultations.submissions.lean_route import (
    NO_BODY,
    LeanRoute,
    declare,
    served_by,
    solve_declared,
)
from plandesk.core.db import LazySession
from plandesk.core.errors import error_responses
from plandesk.core.idempotency import IdempotencyKey, Outcome
from plandesk.core.policy import Permission, Principal

feedback_router = APIRouter(tags=["feedback"])


def _created(outcome: Outcome) -> Response:
    headers = {"Idempotent-Replayed": "true"} if outcome.replayed else None
    return Response(
        orjson.dumps(outcome.body),
        status_code=outcome.status_code,
        media_type="application/json",
        headers=headers,
    )


def _writer(request: Request) -> submissions.FeedbackWriter | None:
    """The process's group-commit writer (PostgreSQL, or SQLite: one transaction and one
    WAL sync per group)."""
    state = request.app.state
    writer: submissions.FeedbackWriter | None = getattr(state, "feedback_writer", None)
    if writer is None:
        writer = state.feedback_writer = submissions.writer_for(state.engine)
    return writer


def _throttle(request: Request) -> submissions.FeedbackThrottle:
    throttle: submissions.FeedbackThrottle | None = getattr(request.app.state, "feedback_throttle", None)
    if throttle is None:
        throttle = submissions.FeedbackThrottle(request.app.state.counters, request.app.state.settings)
        request.app.state.feedback_throttle = throttle
    return throttle


SUBMIT_PATH = "/consultations/{consultation_id}/feedback"
_may_submit = public_or(Permission.feedback_submit)


async def _submit_lean(request: Request, body: Annotated[Any, Body()] = NO_BODY) -> Response:
    """What answers a submission (``LeanRoute``): the caller, the ``Idempotency-Key`` and the
    body resolved as FastAPI would for :func:`submit_feedback`, without its dependency solving."""
    return await submit_feedback(**await solve_declared(_SUBMIT, request, body))


async def submit_feedback(
    consultation_id: uuid.UUID,
    body: FeedbackCreate,
    request: Request,
    principal: Annotated[Principal | None, Depends(_may_submit)],
    idempotency_key: IdempotencyKey = None,
) -> Response:
    # Declared for the document and the route policy; served by _submit_lean (same arguments).
    # No Session dependency: the PostgreSQL path needs no ORM session at all, and
    # this route is the hottest there is (a session opens only when one is used).
    # The throttle and the writer are the process's own, looked up here rather than as
    # dependencies: each dependency costs FastAPI more than the lookup.
    session = LazySession(request.app.state.sessionmaker)
    try:
        outcome = await submissions.submit(
            session,  # type: ignore[arg-type]
            _throttle(request),
            consultation_id,
            body.model_dump(),
            principal=principal,
            address=client_address(request),
            idempotency_key=idempotency_key,
            writer=_writer(request),
        )
    finally:
        await session.close()
    return _created(outcome)


served_by(_submit_lean)(submit_feedback)
_SUBMIT = declare(SUBMIT_PATH, submit_feedback)
feedback_router.add_api_route(
    SUBMIT_PATH,
    submit_feedback,
    methods=["POST"],
    route_class_override=LeanRoute,
    response_model=FeedbackReceipt,
    status_code=201,
    summary="Submit feedback on an open consultation (sign-in optional)",
    description="Anonymous submissions are rate limited per address and consultation. Send an "
    "`Idempotency-Key` to make retries safe: the same key and body return the first receipt.",
    responses=error_responses(403, 404, 409, 422, 429),
)


@feedback_router.post(
    "/consultations/{consultation_id}/feedback/meetings",
    response_model=MeetingBatchOut,
    status_code=201,
    summary="Record the opinions gathered at a meeting, all or nothing",
    responses=error_responses(401, 403, 404, 409, 422),
)
async def record_meeting(
    consultation_id: uuid.UUID,
    body: MeetingBatchCreate,
    session: Session,
    actor: Annotated[Principal, Depends(requires(Permission.feedback_submit_batch))],
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """Record the opinions gathered at a meeting (hội nghị lấy ý kiến), typed in from its minutes:
    all are stored, or none.

    Admins, coordinators and unit officers, and service accounts with `feedback:write`. A unit
    officer records meetings of their own unit (403 for another unit's); the others name the
    unit in `unit_id` (default: their own unit; 422 when they have none). Each opinion becomes
    a submission with channel `meeting` and its own receipt code. 409 when the consultation is
    not open or now is outside its window; 422 for a quote not found in its section or offsets
    that do not match it. Send an `Idempotency-Key` to make retries safe."""
    outcome = await submissions.record_meeting(
        session, actor, consultation_id, body.model_dump(), idempotency_key=idempotency_key
    )
    return _created(outcome)
