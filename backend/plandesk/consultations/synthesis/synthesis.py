"""Synthesis ("tổng hợp ý kiến"): what a consultation received, counted every way.

Counts come from aggregate queries over one covering index
(``ix_feedback_submissions_synthesis``: consultation, section, status, group,
channel, day), so PostgreSQL answers them from the index alone. On PostgreSQL
the four breakdowns are one ``GROUPING SETS`` pass over that index.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, func, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.consultations import consultations
from plandesk.consultations.documents import documents
from plandesk.consultations.models import (
    ClusteringQueue,
    FeedbackCluster,
    FeedbackClusterMember,
    FeedbackSubmission,
    FeedbackTag,
)
from plandesk.core.db import utcnow

F: Table = FeedbackSubmission.__table__  # type: ignore[assignment]
CL: Table = FeedbackCluster.__table__  # type: ignore[assignment]
T: Table = FeedbackTag.__table__  # type: ignore[assignment]
Q: Table = ClusteringQueue.__table__  # type: ignore[assignment]
M: Table = FeedbackClusterMember.__table__  # type: ignore[assignment]
EXCERPT = 1000


@dataclass
class Breakdown:
    by_section_status: dict[tuple[uuid.UUID | None, str], int]
    by_group: dict[str, int]
    by_channel: dict[str, int]
    by_day: dict[dt.date, int]


async def _breakdown_grouping_sets(session: AsyncSession, consultation_id: uuid.UUID) -> Breakdown:
    g = func.grouping(F.c.section_id, F.c.status, F.c.contributor_group, F.c.channel, F.c.submitted_on)
    stmt = (
        select(
            g.label("g"),
            F.c.section_id,
            F.c.status,
            F.c.contributor_group,
            F.c.channel,
            F.c.submitted_on,
            func.count().label("n"),
        )
        .where(F.c.consultation_id == consultation_id)
        .group_by(
            func.grouping_sets(
                tuple_(F.c.section_id, F.c.status),
                tuple_(F.c.contributor_group),
                tuple_(F.c.channel),
                tuple_(F.c.submitted_on),
            )
        )
    )
    out = Breakdown({}, {}, {}, {})
    # GROUPING() sets a bit for each argument *not* grouped by, the first argument highest.
    for row in await session.execute(stmt):
        if row.g == 0b00111:
            out.by_section_status[(row.section_id, row.status)] = row.n
        elif row.g == 0b11011:
            out.by_group[row.contributor_group] = row.n
        elif row.g == 0b11101:
            out.by_channel[row.channel] = row.n
        elif row.g == 0b11110:
            out.by_day[row.submitted_on] = row.n
    return out


async def _breakdown_separately(session: AsyncSession, consultation_id: uuid.UUID) -> Breakdown:
    mine = F.c.consultation_id == consultation_id

    async def counts(*cols: Any) -> list[Any]:
        return list(await session.execute(select(*cols, func.count()).where(mine).group_by(*cols)))

    return Breakdown(
        {(s, st): n for s, st, n in await counts(F.c.section_id, F.c.status)},
        {k: n for k, n in await counts(F.c.contributor_group)},
        {k: n for k, n in await counts(F.c.channel)},
        {k: n for k, n in await counts(F.c.submitted_on)},
    )


async def largest_clusters(
    session: AsyncSession, consultation_id: uuid.UUID, limit: int = 10, offset_size: int | None = None
) -> list[dict[str, Any]]:
    stmt = (
        select(
            CL.c.id,
            CL.c.size,
            CL.c.representative_id,
            func.substr(F.c.body, 1, EXCERPT).label("text"),
            select(func.count())
            .where(M.c.cluster_id == CL.c.id, M.c.differs_in_content)
            .scalar_subquery()
            .label("flagged"),
        )
        .join(F, F.c.id == CL.c.representative_id)
        .where(CL.c.consultation_id == consultation_id)
        .order_by(CL.c.size.desc(), CL.c.id)
        .limit(limit)
    )
    return [
        {
            "cluster_id": r.id,
            "size": r.size,
            "representative_id": r.representative_id,
            "representative_text": r.text,
            "flagged": r.flagged,
        }
        for r in await session.execute(stmt)
    ]


async def synthesis(session: AsyncSession, consultation_id: uuid.UUID) -> dict[str, Any]:
    """Counts by section × status, group, channel and day; top tags; largest clusters."""
    view = await consultations.get_view(session, consultation_id)
    sections = await documents.version_sections(session, view.consultation.document_version_id)
    dialect = (await session.connection()).dialect.name
    breakdown = await (
        _breakdown_grouping_sets(session, consultation_id)
        if dialect == "postgresql"
        else _breakdown_separately(session, consultation_id)
    )
    per_section: dict[uuid.UUID | None, dict[str, int]] = defaultdict(dict)
    by_status: dict[str, int] = defaultdict(int)
    for (section_id, status), n in breakdown.by_section_status.items():
        per_section[section_id][status] = n
        by_status[status] += n
    by_section = [
        {
            "section_id": s.id,
            "number": s.number,
            "heading": s.heading,
            "total": sum(per_section.get(s.id, {}).values()),
            "by_status": per_section.get(s.id, {}),
        }
        for s in sections
    ]
    known = {s.id for s in sections}
    general = per_section.get(None, {})
    if general:
        by_section.append(
            {
                "section_id": None,
                "number": None,
                "heading": None,
                "total": sum(general.values()),
                "by_status": general,
            }
        )
    orphans = [sid for sid in per_section if sid is not None and sid not in known]
    for sid in orphans:  # cannot happen through the API; counted rather than lost
        by_section.append(
            {
                "section_id": sid,
                "number": None,
                "heading": None,
                "total": sum(per_section[sid].values()),
                "by_status": per_section[sid],
            }
        )
    tags = await session.execute(
        select(T.c.tag, func.count().label("n"))
        .where(T.c.consultation_id == consultation_id)
        .group_by(T.c.tag)
        .order_by(func.count().desc(), T.c.tag)
        .limit(20)
    )
    awaiting = (
        await session.execute(select(func.count()).where(Q.c.consultation_id == consultation_id))
    ).scalar_one()
    return {
        "consultation_id": consultation_id,
        "total": sum(by_status.values()),
        "by_status": dict(by_status),
        "by_section": by_section,
        "by_group": breakdown.by_group,
        "by_channel": breakdown.by_channel,
        "by_day": [{"date": d, "count": n} for d, n in sorted(breakdown.by_day.items())],
        "top_tags": [{"tag": t, "count": n} for t, n in tags],
        "largest_clusters": await largest_clusters(session, consultation_id),
        "awaiting_clustering": int(awaiting),
        "generated_at": utcnow(),
    }
