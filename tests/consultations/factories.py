"""Consultation factories: documents, consultations and submissions, built through the services."""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from typing import Any

from plandesk.consultations import consultations
from plandesk.consultations.documents import documents
from plandesk.consultations.models import Consultation, DraftDocument
from plandesk.core.db import utcnow

_seq = itertools.count(1)

SECTIONS = [
    documents.SectionDraft(
        "I", "Đánh giá tình hình", "Kinh tế của tỉnh tăng trưởng khá, đời sống Nhân dân cải thiện."
    ),
    documents.SectionDraft(
        "II", "Phương hướng, nhiệm vụ", "Phát triển nông nghiệp công nghệ cao gắn với chế biến sâu."
    ),
    documents.SectionDraft("III", "Giải pháp", "Đẩy mạnh cải cách hành chính và chuyển đổi số."),
]


class ConsultationFactory:
    def __init__(self, sessionmaker: Any) -> None:
        self.sessionmaker = sessionmaker

    async def document(
        self, title: str | None = None, sections: list[documents.SectionDraft] | None = None
    ) -> DraftDocument:
        async with self.sessionmaker() as s:
            return await documents.create_document(
                s,
                None,
                title=title or f"Dự thảo Báo cáo chính trị {next(_seq)}",
                description=None,
                status="published",
                sections=sections or SECTIONS,
            )

    async def consultation(
        self,
        *,
        document: DraftDocument | None = None,
        status: str = "open",
        opens_at: dt.datetime | None = None,
        closes_at: dt.datetime | None = None,
        lead_unit_id: uuid.UUID | None = None,
        title: str | None = None,
    ) -> Consultation:
        document = document or await self.document()
        now = utcnow()
        async with self.sessionmaker() as s:
            return await consultations.create_consultation(
                s,
                None,
                {
                    "document_id": document.id,
                    "title": title or f"Lấy ý kiến Nhân dân {next(_seq)}",
                    "opens_at": opens_at or now - dt.timedelta(days=1),
                    "closes_at": closes_at or now + dt.timedelta(days=30),
                    "lead_unit_id": lead_unit_id,
                    "audiences": ["citizen", "expert"],
                    "status": status,
                },
            )

    async def section_ids(self, consultation: Consultation) -> list[uuid.UUID]:
        async with self.sessionmaker() as s:
            return [sec.id for sec in await consultations.sections_of(s, consultation)]


async def submit(
    client: Any, consultation_id: Any, headers: dict[str, str] | None = None, **body: Any
) -> Any:
    """POST a submission and return the response (body defaults to a short opinion)."""
    body.setdefault("body", f"Ý kiến số {next(_seq)}: đề nghị bổ sung nội dung về giáo dục.")
    return await client.post(
        f"/api/v1/consultations/{consultation_id}/feedback", json=body, headers=headers or {}
    )
