"""Bulk actions stay reversible: which submissions an action changed, and undo for one.

A moderator answering a cluster at once answers every ticked member. Each action is
recorded (``feedback_bulk_actions``) with, for every submission it changed, what that
submission was before (``feedback_bulk_recipients``: status, answer, assignee, the tags
the action added or removed). Undoing the action for one submission puts those back —
unless the submission changed since (another moderator answered it), which would be
silently overwritten: that is refused (409) and the moderator edits it by hand.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import ColumnElement, Table, delete, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.consultations.models import BulkAction, BulkRecipient, FeedbackSubmission, FeedbackTag
from plandesk.core import audit
from plandesk.core.db import utcnow
from plandesk.core.errors import Conflict, NotFound
from plandesk.core.policy import Principal

F: Table = FeedbackSubmission.__table__  # type: ignore[assignment]
T: Table = FeedbackTag.__table__  # type: ignore[assignment]
BA: Table = BulkAction.__table__  # type: ignore[assignment]
BR: Table = BulkRecipient.__table__  # type: ignore[assignment]


async def record(
    session: AsyncSession,
    actor: Principal,
    consultation_id: uuid.UUID,
    target: ColumnElement[bool],
    selection: dict[str, Any],
    action: dict[str, Any],
    add_tags: list[str],
    remove_tags: list[str],
) -> uuid.UUID:
    """Record, before it runs, what a bulk action will change (call inside its transaction)."""
    rows = (
        await session.execute(
            select(
                F.c.id,
                F.c.status,
                F.c.response,
                F.c.responded_at,
                F.c.responded_by,
                F.c.assigned_to,
                F.c.version,
            ).where(target)
        )
    ).all()
    had: dict[uuid.UUID, set[str]] = {r.id: set() for r in rows}
    if rows and (add_tags or remove_tags):
        ids = list(had)
        for start in range(0, len(ids), 5000):
            found = await session.execute(
                select(T.c.submission_id, T.c.tag).where(
                    T.c.submission_id.in_(ids[start : start + 5000]), T.c.tag.in_(add_tags + remove_tags)
                )
            )
            for sid, tag in found:
                had[sid].add(tag)
    bulk_id = uuid.uuid4()
    await session.execute(
        insert(BA).values(
            id=bulk_id,
            consultation_id=consultation_id,
            actor=actor.audit_actor,
            selection=selection,
            action=action,
            created_at=utcnow(),
        )
    )
    if rows:
        await session.execute(
            insert(BR),
            [
                {
                    "bulk_action_id": bulk_id,
                    "submission_id": r.id,
                    "before_status": r.status,
                    "before_response": r.response,
                    "before_responded_at": r.responded_at,
                    "before_responded_by": r.responded_by,
                    "before_assigned_to": r.assigned_to,
                    "added_tags": [t for t in add_tags if t not in had[r.id]],
                    "removed_tags": [t for t in remove_tags if t in had[r.id]],
                    "after_version": r.version + 1,
                    "undone_at": None,
                    "undone_by": None,
                }
                for r in rows
            ],
        )
    return bulk_id


async def undo(
    session: AsyncSession,
    actor: Principal,
    consultation_id: uuid.UUID,
    bulk_action_id: uuid.UUID,
    feedback_id: uuid.UUID,
) -> dict[str, Any]:
    """Put one submission back as it was before a bulk action; commits."""
    row = (
        await session.execute(
            select(BR, F.c.status, F.c.response, F.c.assigned_to, F.c.version, F.c.consultation_id)
            .join(F, F.c.id == BR.c.submission_id)
            .where(BR.c.bulk_action_id == bulk_action_id, BR.c.submission_id == feedback_id)
        )
    ).one_or_none()
    if row is None or row.consultation_id != consultation_id:
        raise NotFound("bulk action recipient", feedback_id)
    if row.undone_at is not None:
        raise Conflict("This action was already undone for this submission.")
    if row.version != row.after_version:
        raise Conflict(
            "The submission has changed since the bulk action (another answer or status): "
            "undoing would overwrite that; change it by hand instead."
        )
    now = utcnow()
    await session.execute(
        update(F)
        .where(F.c.id == feedback_id, F.c.version == row.version)
        .values(
            status=row.before_status,
            response=row.before_response,
            responded_at=row.before_responded_at,
            responded_by=row.before_responded_by,
            assigned_to=row.before_assigned_to,
            version=F.c.version + 1,
            updated_at=now,
        )
    )
    if row.added_tags:
        await session.execute(delete(T).where(T.c.submission_id == feedback_id, T.c.tag.in_(row.added_tags)))
    if row.removed_tags:
        await session.execute(
            insert(T),
            [
                {"submission_id": feedback_id, "tag": t, "consultation_id": consultation_id}
                for t in row.removed_tags
            ],
        )
    await session.execute(
        update(BR)
        .where(BR.c.bulk_action_id == bulk_action_id, BR.c.submission_id == feedback_id)
        .values(undone_at=now, undone_by=actor.audit_actor)
    )
    before = {"status": row.status, "response": row.response, "assigned_to": row.assigned_to}
    after = {
        "status": row.before_status,
        "response": row.before_response,
        "assigned_to": row.before_assigned_to,
    }
    changes: dict[str, Any] = dict(audit.diff(before, after))
    if row.added_tags or row.removed_tags:
        changes["tags"] = {"removed": row.added_tags, "added": row.removed_tags}
    changes["bulk_action_id"] = str(bulk_action_id)
    audit.record(session, actor, "feedback.bulk_undone", "feedback", feedback_id, changes)
    await session.commit()
    return {
        "feedback_id": feedback_id,
        "bulk_action_id": bulk_action_id,
        "status": row.before_status,
        "response": row.before_response,
    }
