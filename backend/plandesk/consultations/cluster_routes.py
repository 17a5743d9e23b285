"""HTTP routes for reviewing a near-duplicate cluster and undoing a bulk action for one member."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query

from plandesk.auth.deps import Session, requires
from plandesk.consultations import bulk_undo, cluster_review
from plandesk.consultations.schemas import ClusterDetailOut, MoveOutResult, UndoResult
from plandesk.core.errors import error_responses
from plandesk.core.policy import Permission, Principal

router = APIRouter(tags=["feedback"])

FeedbackReader = Annotated[Principal, Depends(requires(Permission.feedback_read))]
Moderator = Annotated[Principal, Depends(requires(Permission.feedback_moderate))]


@router.get(
    "/consultations/{consultation_id}/clusters/{cluster_id}",
    response_model=ClusterDetailOut,
    summary="A cluster's members, each compared word by word with its first text; flagged first",
    responses=error_responses(401, 403, 404, 422),
)
async def get_cluster(
    consultation_id: uuid.UUID,
    cluster_id: uuid.UUID,
    session: Session,
    _: FeedbackReader,
    limit: Annotated[int, Query(ge=1, le=500)] = 200,
) -> ClusterDetailOut:
    return ClusterDetailOut.model_validate(
        await cluster_review.get_cluster(session, consultation_id, cluster_id, limit)
    )


@router.post(
    "/consultations/{consultation_id}/clusters/{cluster_id}/members/{feedback_id}/move-out",
    response_model=MoveOutResult,
    summary="Move a member out of its cluster for good (audited; clustering never puts it back)",
    responses=error_responses(401, 403, 404, 409),
)
async def move_out(
    consultation_id: uuid.UUID,
    cluster_id: uuid.UUID,
    feedback_id: uuid.UUID,
    session: Session,
    actor: Moderator,
) -> MoveOutResult:
    return MoveOutResult.model_validate(
        await cluster_review.move_out(session, actor, consultation_id, cluster_id, feedback_id)
    )


@router.post(
    "/consultations/{consultation_id}/bulk-actions/{bulk_action_id}/recipients/{feedback_id}/undo",
    response_model=UndoResult,
    summary="Undo a bulk action for one submission: its earlier status, answer, assignee and tags",
    responses=error_responses(401, 403, 404, 409),
)
async def undo_bulk_action(
    consultation_id: uuid.UUID,
    bulk_action_id: uuid.UUID,
    feedback_id: uuid.UUID,
    session: Session,
    actor: Moderator,
) -> UndoResult:
    return UndoResult.model_validate(
        await bulk_undo.undo(session, actor, consultation_id, bulk_action_id, feedback_id)
    )
