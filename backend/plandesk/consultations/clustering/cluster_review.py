"""A cluster as a moderator reviews it: what each member says differently, moving one out.

Before answering a cluster at once, a moderator sees every member against the cluster's
first text, word by word (``text_compare.word_diff``), members that differ in content
first and flagged. One that does not belong is *moved out*: it leaves the cluster, the
move is audited and recorded (``feedback_cluster_exclusions``), and clustering never
puts it in a cluster again.
"""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import numpy as np
from sqlalchemy import Table, delete, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.consultations.clustering import dedup, text_compare
from plandesk.consultations.models import (
    BulkAction,
    BulkRecipient,
    ClusterExclusion,
    FeedbackCluster,
    FeedbackClusterMember,
    FeedbackSignature,
    FeedbackSubmission,
    LshBucket,
)
from plandesk.core import audit
from plandesk.core.db import utcnow
from plandesk.core.errors import Conflict, NotFound
from plandesk.core.policy import Principal

F: Table = FeedbackSubmission.__table__  # type: ignore[assignment]
M: Table = FeedbackClusterMember.__table__  # type: ignore[assignment]
CL: Table = FeedbackCluster.__table__  # type: ignore[assignment]
EX: Table = ClusterExclusion.__table__  # type: ignore[assignment]
BA: Table = BulkAction.__table__  # type: ignore[assignment]
BR: Table = BulkRecipient.__table__  # type: ignore[assignment]
SG: Table = FeedbackSignature.__table__  # type: ignore[assignment]
BK: Table = LshBucket.__table__  # type: ignore[assignment]

# Flags are recomputed against a new first text only up to this size (larger: kept as they were).
REFLAG_LIMIT = 5000


async def _cluster(session: AsyncSession, consultation_id: uuid.UUID, cluster_id: uuid.UUID) -> Any:
    row = (
        await session.execute(
            select(CL.c.id, CL.c.size, CL.c.representative_id, CL.c.consultation_id).where(
                CL.c.id == cluster_id
            )
        )
    ).one_or_none()
    if row is None or row.consultation_id != consultation_id:
        raise NotFound("cluster", cluster_id)
    return row


def _diffs(base: str, bodies: list[str]) -> list[tuple[list[dict[str, object]], bool]]:
    out = []
    base_words = text_compare.words(base)
    for body in bodies:
        verdict = text_compare.compare_words(base_words, text_compare.words(body)).verdict
        out.append((text_compare.word_diff(base, body), verdict != text_compare.Verdict.SAME))
    return out


async def get_cluster(
    session: AsyncSession, consultation_id: uuid.UUID, cluster_id: uuid.UUID, limit: int = 200
) -> dict[str, Any]:
    """The cluster with its members (flagged first) compared with its first text."""
    cluster = await _cluster(session, consultation_id, cluster_id)
    flagged = int(
        (
            await session.execute(
                select(func.count()).where(M.c.cluster_id == cluster_id, M.c.differs_in_content)
            )
        ).scalar_one()
    )
    rows = (
        await session.execute(
            select(F.c.id, F.c.body, F.c.submitted_at, F.c.status, F.c.response, M.c.differs_in_content)
            .join(M, M.c.submission_id == F.c.id)
            .where(M.c.cluster_id == cluster_id)
            .order_by(
                (F.c.id == cluster.representative_id).desc(),
                M.c.differs_in_content.desc(),
                F.c.submitted_at,
                F.c.id,
            )
            .limit(limit)
        )
    ).all()
    base = next((r.body for r in rows if r.id == cluster.representative_id), None)
    if base is None:
        base = (
            await session.execute(select(F.c.body).where(F.c.id == cluster.representative_id))
        ).scalar_one()
    diffs = await asyncio.to_thread(_diffs, base, [r.body for r in rows])
    last = await _last_bulk_actions(session, [r.id for r in rows])
    versions = dict(
        (await session.execute(select(F.c.id, F.c.version).where(F.c.id.in_([r.id for r in rows]))))
        .tuples()
        .all()
    )
    members = []
    for r, (diff, differs) in zip(rows, diffs, strict=True):
        bulk = last.get(r.id)
        members.append(
            {
                "id": r.id,
                "body": r.body,
                "submitted_at": r.submitted_at,
                "status": r.status,
                "response": r.response,
                "representative": r.id == cluster.representative_id,
                # Stored at clustering time, or seen now: either way the moderator is told.
                "differs_in_content": r.id != cluster.representative_id and (r.differs_in_content or differs),
                "diff": diff,
                "last_bulk_action": None
                if bulk is None
                else {
                    "bulk_action_id": bulk.bulk_action_id,
                    "at": bulk.created_at,
                    "by": bulk.actor,
                    "undone_at": bulk.undone_at,
                    "undoable": bulk.undone_at is None and versions.get(r.id) == bulk.after_version,
                },
            }
        )
    moved = (
        await session.execute(
            select(F.c.id, F.c.body, F.c.status, EX.c.moved_by, EX.c.moved_at)
            .join(EX, EX.c.submission_id == F.c.id)
            .where(EX.c.cluster_id == cluster_id)
            .order_by(EX.c.moved_at)
            .limit(limit)
        )
    ).all()
    return {
        "cluster_id": cluster.id,
        "consultation_id": consultation_id,
        "size": cluster.size,
        "flagged": max(flagged, sum(m["differs_in_content"] for m in members)),
        "representative_id": cluster.representative_id,
        "members": members,
        "members_shown": len(members),
        "moved_out": [dict(r._mapping) for r in moved],
    }


async def _last_bulk_actions(session: AsyncSession, ids: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
    """The latest bulk action that changed each submission."""
    if not ids:
        return {}
    rows = await session.execute(
        select(
            BR.c.submission_id,
            BR.c.bulk_action_id,
            BR.c.after_version,
            BR.c.undone_at,
            BA.c.created_at,
            BA.c.actor,
        )
        .join(BA, BA.c.id == BR.c.bulk_action_id)
        .where(BR.c.submission_id.in_(ids))
        .order_by(BA.c.created_at)
    )
    return {r.submission_id: r for r in rows}  # later rows win


async def move_out(
    session: AsyncSession,
    actor: Principal,
    consultation_id: uuid.UUID,
    cluster_id: uuid.UUID,
    feedback_id: uuid.UUID,
) -> dict[str, Any]:
    """Move a member out of its cluster for good; commits. Returns the cluster's new size."""
    cluster = await _cluster(session, consultation_id, cluster_id)
    member = (
        await session.execute(select(M.c.cluster_id).where(M.c.submission_id == feedback_id))
    ).scalar_one_or_none()
    if member != cluster_id:
        raise Conflict("This submission is not a member of this cluster.")
    now = utcnow()
    await session.execute(delete(M).where(M.c.submission_id == feedback_id))
    await session.execute(
        insert(EX).values(
            submission_id=feedback_id, cluster_id=cluster_id, moved_by=actor.audit_actor, moved_at=now
        )
    )
    # It no longer anchors buckets: later texts must not reach the cluster through it.
    await session.execute(delete(BK).where(BK.c.anchor_id == feedback_id))
    await session.execute(delete(SG).where(SG.c.submission_id == feedback_id))
    size = cluster.size - 1
    representative = cluster.representative_id
    if feedback_id == representative:
        representative = (
            await session.execute(
                select(F.c.id)
                .join(M, M.c.submission_id == F.c.id)
                .where(M.c.cluster_id == cluster_id)
                .order_by(F.c.submitted_at, F.c.id)
                .limit(1)
            )
        ).scalar_one_or_none()
        if representative is not None:
            await _new_first_text(session, consultation_id, cluster_id, representative, size)
    if size <= 1 or representative is None:
        await session.execute(delete(CL).where(CL.c.id == cluster_id))  # its last member leaves with it
        size = 0
    else:
        await session.execute(
            update(CL)
            .where(CL.c.id == cluster_id)
            .values(size=size, representative_id=representative, updated_at=now)
        )
    audit.record(
        session,
        actor,
        "feedback.moved_out_of_cluster",
        "feedback",
        feedback_id,
        {"cluster_id": {"before": str(cluster_id), "after": None}},
    )
    await session.commit()
    return {"feedback_id": feedback_id, "cluster_id": cluster_id, "cluster_size": size}


async def _new_first_text(
    session: AsyncSession, consultation_id: uuid.UUID, cluster_id: uuid.UUID, first: uuid.UUID, size: int
) -> None:
    """The cluster's first text was moved out: the next one takes its place — it anchors the
    cluster's buckets, and the other members' flags are judged against it."""
    body = (await session.execute(select(F.c.body, F.c.body_folded).where(F.c.id == first))).one()
    has_signature = (
        await session.execute(select(SG.c.submission_id).where(SG.c.submission_id == first))
    ).first()
    if has_signature is None:
        sig = await asyncio.to_thread(dedup.signature, body.body_folded)
        await session.execute(insert(SG).values(submission_id=first, signature=np.asarray(sig).tobytes()))
        await session.execute(
            insert(BK),
            [
                {"consultation_id": consultation_id, "band_key": k, "anchor_id": first}
                for k in dedup.band_keys(consultation_id, sig)
            ],
        )
    if size > REFLAG_LIMIT:
        return
    members = (
        await session.execute(
            select(F.c.id, F.c.body).join(M, M.c.submission_id == F.c.id).where(M.c.cluster_id == cluster_id)
        )
    ).all()
    flags = await asyncio.to_thread(_flags, body.body, [(m.id, m.body) for m in members], first)
    for flagged in (True, False):
        ids = [sid for sid, f in flags.items() if f is flagged]
        if ids:
            await session.execute(
                update(M).where(M.c.submission_id.in_(ids)).values(differs_in_content=flagged)
            )


def _flags(base: str, members: list[tuple[uuid.UUID, str]], first: uuid.UUID) -> dict[uuid.UUID, bool]:
    base_words = text_compare.words(base)
    return {
        sid: sid != first
        and text_compare.compare_words(base_words, text_compare.words(body)).verdict
        != text_compare.Verdict.SAME
        for sid, body in members
    }
