"""Public HTTP routes (no sign-in): open consultations, their documents, and a submission's status."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path
from pydantic import AfterValidator, StringConstraints

from plandesk.auth.deps import Session, public
from plandesk.consultations import consultations
from plandesk.consultations.route_deps import Pages, Search
from plandesk.consultations.schemas import (
    PublicConsultationDetail,
    PublicConsultationOut,
    PublicDocumentRef,
    PublicFeedbackStatus,
    PublicSynthesisOut,
    SectionOut,
)
from plandesk.consultations.schemas import examples as ex
from plandesk.consultations.submissions import receipts
from plandesk.consultations.synthesis import publication
from plandesk.core.errors import error_responses
from plandesk.core.pagination import Page
from plandesk.core.text import TEXT_MARK, clean_text

Receipt = Annotated[
    str, StringConstraints(pattern=r"^[A-Za-z0-9_-]+$"), AfterValidator(clean_text), TEXT_MARK
]
public_router = APIRouter(prefix="/public", tags=["public"])


def _public_out(view: consultations.ConsultationView) -> dict[str, Any]:
    c = view.consultation
    return {
        "id": c.id,
        "title": c.title,
        "description": c.description,
        "audiences": c.audiences,
        "opens_at": c.opens_at,
        "closes_at": c.closes_at,
        "synthesis_due": c.synthesis_due,
        "accepting_feedback": view.accepting_feedback(),
        "document": PublicDocumentRef(
            id=c.document_id, title=view.document_title, version=view.document_version
        ),
    }


@public_router.get(
    "/consultations",
    response_model=Page[PublicConsultationOut],
    summary="Open consultations (no sign-in needed)",
    responses=ex.page_of(PublicConsultationOut) | error_responses(422),
    dependencies=[Depends(public("the public reads open consultations"))],
)
async def public_consultations(
    session: Session, page: Pages, q: Search = None
) -> Page[PublicConsultationOut]:
    """Consultations with status `open`, for anyone, without signing in: what the public page lists.

    Draft, closed and archived ones never appear; `accepting_feedback` says whether now lies in the
    window. `q` searches titles without regard to diacritics or case. No internal fields (lead
    unit, status history) are shown."""
    items, cursor = await consultations.list_consultations(session, page, q=q, statuses=("open",))
    return Page(items=[PublicConsultationOut(**_public_out(v)) for v in items], next_cursor=cursor)


@public_router.get(
    "/consultations/{consultation_id}",
    response_model=PublicConsultationDetail,
    summary="An open consultation with its document's sections (no sign-in needed)",
    responses=error_responses(404, 422),
    dependencies=[Depends(public("the public reads the draft it comments on"))],
)
async def public_consultation(consultation_id: uuid.UUID, session: Session) -> PublicConsultationDetail:
    """An open consultation with the sections of the document version people comment on, for anyone,
    without signing in. Feedback names a section by its `id` and may quote its text by offsets.

    404 when there is no such consultation or it is not open."""
    view = await consultations.get_public_view(session, consultation_id)
    sections = await consultations.sections_of(session, view.consultation)
    return PublicConsultationDetail(
        **_public_out(view), sections=[SectionOut(**s.__dict__) for s in sections]
    )


@public_router.get(
    "/consultations/{consultation_id}/synthesis",
    response_model=PublicSynthesisOut,
    summary="A consultation's published synthesis: counts only (404 until published)",
    responses=error_responses(404, 422),
    dependencies=[Depends(public("the coordinator published these counts for everyone"))],
)
async def public_synthesis(consultation_id: uuid.UUID, session: Session) -> PublicSynthesisOut:
    """A consultation's published synthesis, for anyone, without signing in: counts per status,
    section, contributor group and channel; never an opinion's text or its sender.

    404 until a coordinator publishes it, and again after it is withdrawn."""
    return PublicSynthesisOut.model_validate(await publication.public_synthesis(session, consultation_id))


@public_router.get(
    "/feedback/{receipt}",
    response_model=PublicFeedbackStatus,
    summary="Follow a submission by its receipt code: status and official answer",
    responses=error_responses(404, 422),
    dependencies=[Depends(public("the receipt code is the contributor's own key"))],
)
async def public_feedback(
    receipt: Annotated[
        Receipt,
        Path(
            min_length=16,
            max_length=64,
            description="The receipt code given when the opinion was submitted, e.g. `K7QM-4XDP-9TZR-2WHB`: "
            "16 symbols, case-insensitive, dashes optional, I and L read as 1 and O as 0. Codes of the "
            "older 32-character form are still accepted as given. 16–64 characters of letters, digits, "
            "`-` and `_`.",
        ),
    ],
    session: Session,
) -> PublicFeedbackStatus:
    """Follow a submission by its receipt code, without signing in: its text, status and the official
    response once given. Contact details are never shown.

    The code is read forgivingly (case, dashes and spaces do not matter; I and L read as 1, O as
    0). 404 when no submission has this code; 422 when the code is not of the right shape."""
    view = await receipts.by_receipt(session, receipt)
    return PublicFeedbackStatus.model_validate(view.__dict__)
