"""Receipt codes: what a contributor gets back for a submission, and what it lets them follow.

The receipt code is 80 random bits in grouped Crockford base32, read forgivingly
(:mod:`plandesk.consultations.submissions.receipt_codes`); only its SHA-256 digest is stored
with the submission, and codes of the older 32-character form still look up.
"""

from __future__ import annotations

import datetime as dt
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
from plandesk.consultations.submissions import receipt_codes
from plandesk.core.errors import NotFound

F: Table = FeedbackSubmission.__table__  # type: ignore[assignment]
C: Table = Consultation.__table__  # type: ignore[assignment]
S: Table = DocumentSection.__table__  # type: ignore[assignment]


def new_receipt() -> tuple[str, str]:
    """A fresh receipt code (``K7QM-4XDP-9TZR-2WHB``) and the digest stored in its place."""
    return receipt_codes.new_code()


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
    """What the holder of a receipt code may see: never contact details.

    The code may be typed in any case, with or without dashes, in the new grouped
    form or the older 32-character one.
    """
    digests = receipt_codes.lookup_digests(code)
    if not digests:
        raise NotFound("submission with this receipt code")
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
            .where(F.c.receipt_hash.in_(digests))
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
