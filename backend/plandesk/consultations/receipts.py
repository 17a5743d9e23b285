"""Receipt codes: what a contributor gets back for a submission, and what it lets them follow.

The receipt code is 192 random bits (32 URL-safe characters); only its SHA-256
digest is stored with the submission.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.consultations.models import (
    Consultation,
    DocumentSection,
    FeedbackSubmission,
)
from plandesk.core.errors import NotFound

F: Table = FeedbackSubmission.__table__  # type: ignore[assignment]
C: Table = Consultation.__table__  # type: ignore[assignment]
S: Table = DocumentSection.__table__  # type: ignore[assignment]

RECEIPT_BYTES = 24  # 192 bits


def new_receipt() -> tuple[str, str]:
    """A fresh receipt code and the digest stored in its place."""
    code = secrets.token_urlsafe(RECEIPT_BYTES)
    return code, receipt_digest(code)


def receipt_digest(code: str) -> str:
    return hashlib.sha256(code.encode()).hexdigest()


@dataclass(frozen=True)
class ReceiptView:
    consultation_id: uuid.UUID
    consultation_title: str
    section: dict[str, Any] | None
    quote: str | None
    body: str
    status: str
    submitted_at: dt.datetime
    response: str | None
    responded_at: dt.datetime | None


async def by_receipt(session: AsyncSession, code: str) -> ReceiptView:
    """What the holder of a receipt code may see: never contact details."""
    row = (
        await session.execute(
            select(
                F.c.consultation_id,
                C.c.title,
                C.c.document_version_id,
                F.c.section_id,
                F.c.quote,
                F.c.body,
                F.c.status,
                F.c.submitted_at,
                F.c.response,
                F.c.responded_at,
            )
            .join(C, C.c.id == F.c.consultation_id)
            .where(F.c.receipt_hash == receipt_digest(code))
        )
    ).one_or_none()
    if row is None:
        raise NotFound("submission with this receipt code")
    section = None
    if row.section_id is not None:
        s = (
            await session.execute(
                select(S.c.number, S.c.heading).where(
                    S.c.version_id == row.document_version_id, S.c.section_id == row.section_id
                )
            )
        ).one_or_none()
        if s is not None:
            section = {"id": row.section_id, "number": s.number, "heading": s.heading}
    return ReceiptView(
        row.consultation_id,
        row.title,
        section,
        row.quote,
        row.body,
        row.status,
        row.submitted_at,
        row.response,
        row.responded_at,
    )
