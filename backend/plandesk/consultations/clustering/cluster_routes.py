"""HTTP routes for reviewing a near-duplicate cluster and undoing a bulk action for one member."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query

from plandesk.auth.deps import Session, requires
from plandesk.consultations.clustering import cluster_review
from plandesk.consultations.moderation import bulk_undo
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
    limit: Annotated[
        int,
        Query(
            ge=1,
            le=500,
            description="At most this many members in `members` (and in `moved_out`), 1–500, default 200: "
            "the first text, then the flagged members, then the rest by submission time. No further pages: "
            "`size` and `members_shown` tell whether some were left out.",
        ),
    ] = 200,
) -> ClusterDetailOut:
    """A near-duplicate cluster under review: each member's text compared word by word with the
    cluster's first text, members that differ in content (flagged) first, then by submission time.

    Admins, coordinators, moderators and viewers. `limit` caps the members listed (1–500);
    `moved_out` lists those moderators took out. 404 when the cluster is not one of this
    consultation's."""
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
    """Move a submission out of its near-duplicate cluster for good: it differs in substance and
    deserves its own answer. Clustering never puts it back; the move is audited.

    Admins and moderators only. 404 for an unknown consultation, cluster or submission; 409 when
    the submission is not a member of this cluster."""
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
    """Undo a bulk action for one submission: its status, response, assignee and tags return to what
    they were before the action.

    Admins and moderators only. 404 when the submission was not changed by that action; 409 when
    the action was already undone for it, or the submission changed since (undoing would lose
    that later change)."""
    return UndoResult.model_validate(
        await bulk_undo.undo(session, actor, consultation_id, bulk_action_id, feedback_id)
    )
