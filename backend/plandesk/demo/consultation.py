"""The demo consultation: a draft political report open for comments, with a dozen opinions.

Everything goes through the consultation services, as in real use: the
coordinator publishes the draft and opens the consultation (open now, for
about a month); opinions arrive from the web, phones, a letter and a meeting
the unit officer records; a moderator takes some into review, answers
others, marks a duplicate and a spam; near-duplicate clustering groups the
campaign pair.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.consultations import consultations
from plandesk.consultations.clustering import dedup
from plandesk.consultations.documents import documents
from plandesk.consultations.moderation import moderation
from plandesk.consultations.submissions import submissions
from plandesk.core.config import Settings
from plandesk.core.db import utcnow
from plandesk.core.policy import Principal
from plandesk.core.ratelimit import MemoryCounterStore
from plandesk.demo.consultation_data import (
    AUDIENCES,
    CONSULTATION_DESCRIPTION,
    CONSULTATION_TITLE,
    DOCUMENT_DESCRIPTION,
    DOCUMENT_TITLE,
    OPINIONS,
    SECTIONS,
    SampleOpinion,
)

# Statuses a moderator reaches through "in review" first (the answered ones).
_REVIEWED_FIRST = frozenset({"accepted", "partially_accepted", "not_accepted"})


@dataclass(frozen=True)
class DemoConsultation:
    consultation_id: uuid.UUID
    document_id: uuid.UUID
    title: str
    sections: int
    by_status: dict[str, int]


async def load_consultation(
    session: AsyncSession,
    settings: Settings,
    *,
    coordinator: Principal,
    moderator: Principal,
    officer: Principal,
    lead_unit_id: uuid.UUID,
) -> DemoConsultation:
    """Publish the draft report, open the consultation and bring in the sample opinions."""
    document = await documents.create_document(
        session,
        coordinator,
        title=DOCUMENT_TITLE,
        description=DOCUMENT_DESCRIPTION,
        status="published",
        sections=[documents.SectionDraft(number, heading, text) for number, heading, text in SECTIONS],
    )
    document_id = document.id
    version = await documents.get_version(session, document_id, 1)
    section_ids = {s.number: s.id for s in await documents.version_sections(session, version.id)}
    now = utcnow()
    consultation = await consultations.create_consultation(
        session,
        coordinator,
        {
            "document_id": document_id,
            "title": CONSULTATION_TITLE,
            "description": CONSULTATION_DESCRIPTION,
            "audiences": AUDIENCES,
            "opens_at": now - dt.timedelta(days=5),
            "closes_at": now + dt.timedelta(days=25),
            "lead_unit_id": lead_unit_id,
            "synthesis_due": (now + dt.timedelta(days=35)).date(),
            "status": "open",
        },
    )
    consultation_id = consultation.id
    throttle = submissions.FeedbackThrottle(MemoryCounterStore(), settings)

    ids: list[uuid.UUID] = []
    for i, opinion in enumerate(OPINIONS):
        fields = _opinion_fields(opinion, section_ids)
        if opinion.channel == "meeting":
            # Gathered at a meeting Ban Tuyên giáo held: the unit officer records it.
            outcome = await submissions.record_meeting(
                session,
                officer,
                consultation_id,
                {
                    "meeting": {
                        "title": "Hội nghị lấy ý kiến hội viên nông dân xã Ea Tu",
                        "held_on": (now - dt.timedelta(days=2)).date(),
                        "location": "Hội trường Ủy ban nhân dân xã Ea Tu",
                    },
                    "submissions": [fields],
                },
                idempotency_key=None,
            )
            ids.append(uuid.UUID(outcome.body["receipts"][0]["id"]))
        else:
            outcome = await submissions.submit(
                session,
                throttle,
                consultation_id,
                {**fields, "channel": opinion.channel},
                principal=None,  # the public, without an account
                address=f"192.0.2.{i + 1}",  # documentation addresses: one per contributor
                idempotency_key=None,
            )
            ids.append(uuid.UUID(outcome.body["id"]))
    await dedup.cluster_all(session)

    for feedback_id, opinion in zip(ids, OPINIONS, strict=True):
        await _moderate(session, moderator, feedback_id, opinion)
    return DemoConsultation(
        consultation_id=consultation_id,
        document_id=document_id,
        title=CONSULTATION_TITLE,
        sections=len(SECTIONS),
        by_status=dict(Counter(o.status for o in OPINIONS)),
    )


def _opinion_fields(opinion: SampleOpinion, section_ids: dict[str, uuid.UUID]) -> dict[str, Any]:
    fields: dict[str, Any] = {"body": opinion.body, "contributor_group": opinion.contributor_group}
    if opinion.section:
        fields["section_id"] = section_ids[opinion.section]
    if opinion.quote:
        fields["quote"] = opinion.quote  # located in the section by the service
    for key in ("name", "organisation", "contact"):
        if getattr(opinion, key):
            fields[key] = getattr(opinion, key)
    return fields


async def _moderate(
    session: AsyncSession, moderator: Principal, feedback_id: uuid.UUID, opinion: SampleOpinion
) -> None:
    steps: list[dict[str, Any]] = []
    if opinion.tags:
        steps.append({"tags": list(opinion.tags)})
    if opinion.status == "in_review":
        steps.append({"status": "in_review", "assigned_to": moderator.id})
    elif opinion.status in _REVIEWED_FIRST:
        steps.append({"status": "in_review", "assigned_to": moderator.id})
        steps.append({"status": opinion.status, "response": opinion.answer})
    elif opinion.status in ("duplicate", "spam"):
        steps.append({"status": opinion.status})
    for changes in steps:
        _, version = await moderation.get_feedback(session, feedback_id, with_contacts=False)
        await moderation.update_feedback(session, moderator, feedback_id, version, changes)
