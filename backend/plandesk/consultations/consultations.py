"""Consultations: a document version put before the public within a window.

Feedback is accepted while the consultation's status is ``open`` and the
current time lies in ``[opens_at, closes_at)``. The document version is fixed
when the consultation is created, so quotes always refer to the text people read.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.consultations.documents import documents
from plandesk.consultations.models import (
    Consultation,
    DocumentVersion,
    DraftDocument,
    FeedbackSubmission,
)
from plandesk.core import audit
from plandesk.core.db import utcnow
from plandesk.core.errors import Conflict, InvalidInput, NotFound, TransitionRefused
from plandesk.core.events import Subject, emit
from plandesk.core.pagination import PageParams, SortKey, keyset, split_page
from plandesk.core.policy import Principal
from plandesk.core.text import fold, like_pattern, nfc
from plandesk.units.service import require_units_exist

CONSULTATION_FIELDS = (
    "title",
    "description",
    "audiences",
    "opens_at",
    "closes_at",
    "lead_unit_id",
    "synthesis_due",
    "status",
)
# Which status may follow which; "archived" is final.
STATUS_TRANSITIONS = {
    "draft": {"open", "archived"},
    "open": {"closed", "draft"},
    "closed": {"open", "archived"},
    "archived": set(),
}


@dataclass(frozen=True)
class ConsultationView:
    """A consultation with what its pages show of the document."""

    consultation: Consultation
    document_title: str
    document_version: int

    def accepting_feedback(self, now: dt.datetime | None = None) -> bool:
        return is_accepting(self.consultation, now or utcnow())


def is_accepting(c: Consultation, now: dt.datetime) -> bool:
    return c.status == "open" and c.opens_at <= now < c.closes_at


def describe_window(opens_at: dt.datetime, closes_at: dt.datetime) -> str:
    return f"{opens_at.isoformat()} – {closes_at.isoformat()} (UTC)"


def _check_window(opens_at: dt.datetime, closes_at: dt.datetime) -> None:
    if closes_at <= opens_at:
        raise InvalidInput(
            "closes_at must be after opens_at.",
            errors=[{"loc": ["body", "closes_at"], "msg": "must be after opens_at"}],
        )


async def get_consultation(session: AsyncSession, consultation_id: uuid.UUID) -> Consultation:
    consultation = await session.get(Consultation, consultation_id)
    if consultation is None:
        raise NotFound("consultation", consultation_id)
    return consultation


async def get_view(session: AsyncSession, consultation_id: uuid.UUID) -> ConsultationView:
    row = (
        await session.execute(
            select(Consultation, DraftDocument.title, DocumentVersion.number)
            .join(DraftDocument, DraftDocument.id == Consultation.document_id)
            .join(DocumentVersion, DocumentVersion.id == Consultation.document_version_id)
            .where(Consultation.id == consultation_id)
        )
    ).one_or_none()
    if row is None:
        raise NotFound("consultation", consultation_id)
    return ConsultationView(row[0], row[1], row[2])


async def get_public_view(session: AsyncSession, consultation_id: uuid.UUID) -> ConsultationView:
    """A consultation the public may read (status open); others are not found."""
    view = await get_view(session, consultation_id)
    if view.consultation.status != "open":
        raise NotFound("consultation", consultation_id)
    return view


async def create_consultation(
    session: AsyncSession, actor: Principal | None, data: dict[str, Any]
) -> Consultation:
    """Create a consultation on a version of a document (its current one by default); commits."""
    document = await session.get(DraftDocument, data["document_id"])
    if document is None:
        raise InvalidInput(
            f"Unknown document {data['document_id']}.",
            errors=[{"loc": ["body", "document_id"], "msg": "unknown document"}],
        )
    number = data.pop("document_version", None) or document.current_version
    version_id = (
        await session.execute(
            select(DocumentVersion.id).where(
                DocumentVersion.document_id == document.id, DocumentVersion.number == number
            )
        )
    ).scalar_one_or_none()
    if version_id is None:
        raise InvalidInput(
            f"The document has no version {number}.",
            errors=[{"loc": ["body", "document_version"], "msg": "unknown version"}],
        )
    _check_window(data["opens_at"], data["closes_at"])
    if data.get("lead_unit_id"):
        await require_units_exist(session, [data["lead_unit_id"]], "lead_unit_id")
    title = nfc(data["title"]).strip()
    consultation = Consultation(
        id=uuid.uuid4(),
        document_id=document.id,
        document_version_id=version_id,
        title=title,
        title_folded=fold(title),
        description=nfc(data["description"]).strip() if data.get("description") else None,
        audiences=list(dict.fromkeys(data.get("audiences") or [])),
        opens_at=data["opens_at"],
        closes_at=data["closes_at"],
        lead_unit_id=data.get("lead_unit_id"),
        synthesis_due=data.get("synthesis_due"),
        status=data.get("status", "draft"),
    )
    session.add(consultation)
    await session.flush()
    audit.record(
        session,
        actor,
        "consultation.created",
        "consultation",
        consultation.id,
        {
            **audit.diff({}, audit.snapshot(consultation, CONSULTATION_FIELDS)),
            "document_version": {"before": None, "after": number},
        },
    )
    _emit_status(session, consultation, None)
    await session.commit()
    return consultation


async def update_consultation(
    session: AsyncSession, actor: Principal, consultation: Consultation, changes: dict[str, Any]
) -> Consultation:
    if "status" in changes and changes["status"] != consultation.status:
        allowed = STATUS_TRANSITIONS[consultation.status]
        if changes["status"] not in allowed:
            raise TransitionRefused("consultation", consultation.status, changes["status"], allowed)
    _check_window(
        changes.get("opens_at", consultation.opens_at), changes.get("closes_at", consultation.closes_at)
    )
    if changes.get("lead_unit_id"):
        await require_units_exist(session, [changes["lead_unit_id"]], "lead_unit_id")
    if "title" in changes:
        changes["title"] = nfc(changes["title"]).strip()
    if changes.get("description"):
        changes["description"] = nfc(changes["description"]).strip()
    if "audiences" in changes:
        changes["audiences"] = list(dict.fromkeys(changes["audiences"]))
    before = audit.snapshot(consultation, changes.keys())
    for key, value in changes.items():
        setattr(consultation, key, value)
    if "title" in changes:
        consultation.title_folded = fold(consultation.title)
    audit.record(
        session, actor, "consultation.updated", "consultation", consultation.id, audit.diff(before, changes)
    )
    _emit_status(session, consultation, before.get("status"))
    await session.commit()
    return consultation


def _emit_status(session: AsyncSession, consultation: Consultation, before: str | None) -> None:
    """``consultation.opened`` / ``consultation.closed`` when its status becomes open / closed."""
    if consultation.status == before or consultation.status not in ("open", "closed"):
        return
    emit(
        session,
        f"consultation.{'opened' if consultation.status == 'open' else 'closed'}",
        Subject("consultation", consultation.id),
        {
            "title": consultation.title,
            "document_id": consultation.document_id,
            "opens_at": consultation.opens_at,
            "closes_at": consultation.closes_at,
        },
    )


async def delete_consultation(session: AsyncSession, actor: Principal, consultation: Consultation) -> None:
    """Delete a consultation that has received no feedback (409 otherwise)."""
    has_feedback = (
        await session.execute(
            select(FeedbackSubmission.id)
            .where(FeedbackSubmission.consultation_id == consultation.id)
            .limit(1)
        )
    ).first()
    if has_feedback:
        raise Conflict("This consultation has feedback: close or archive it instead.")
    audit.record(
        session,
        actor,
        "consultation.deleted",
        "consultation",
        consultation.id,
        audit.diff(audit.snapshot(consultation, CONSULTATION_FIELDS), {}),
    )
    await session.delete(consultation)
    await session.commit()


async def list_consultations(
    session: AsyncSession,
    params: PageParams,
    *,
    q: str | None = None,
    status: str | None = None,
    statuses: tuple[str, ...] | None = None,
    document_id: uuid.UUID | None = None,
) -> tuple[list[ConsultationView], str | None]:
    stmt = (
        select(Consultation, DraftDocument.title, DocumentVersion.number)
        .join(DraftDocument, DraftDocument.id == Consultation.document_id)
        .join(DocumentVersion, DocumentVersion.id == Consultation.document_version_id)
    )
    if q:
        stmt = stmt.where(Consultation.title_folded.like(like_pattern(q), escape="\\"))
    if status:
        stmt = stmt.where(Consultation.status == status)
    if statuses:
        stmt = stmt.where(Consultation.status.in_(statuses))
    if document_id:
        stmt = stmt.where(Consultation.document_id == document_id)
    keys = [SortKey(Consultation.opens_at, descending=True), SortKey(Consultation.id, descending=True)]
    result: Any = await session.execute(keyset(stmt, keys, params))  # type: ignore[arg-type]
    rows = [ConsultationView(c, title, number) for c, title, number in result]
    return split_page(rows, params, lambda v: (v.consultation.opens_at, v.consultation.id))


async def sections_of(session: AsyncSession, consultation: Consultation) -> list[documents.Section]:
    return await documents.version_sections(session, consultation.document_version_id)


async def feedback_count(session: AsyncSession, consultation_id: uuid.UUID) -> int:
    return int(
        (
            await session.execute(
                select(func.count())
                .select_from(FeedbackSubmission)
                .where(FeedbackSubmission.consultation_id == consultation_id)
            )
        ).scalar_one()
    )
