"""HTTP routes for consultations: opening one on a document version, listing, reading, editing, deleting."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response

from plandesk.auth.deps import Session
from plandesk.consultations import consultations
from plandesk.consultations.route_deps import DocReader, DocWriter, IfMatch, Pages, Search
from plandesk.consultations.schemas import (
    ConsultationCreate,
    ConsultationOut,
    ConsultationStatus,
    ConsultationUpdate,
)
from plandesk.consultations.schemas import examples as ex
from plandesk.consultations.synthesis import publication
from plandesk.core.concurrency import check_if_match, etag_for, set_etag
from plandesk.core.errors import error_responses
from plandesk.core.pagination import Page

consultations_router = APIRouter(prefix="/consultations", tags=["consultations"])


def _consultation_out(view: consultations.ConsultationView) -> ConsultationOut:
    c = view.consultation
    return ConsultationOut(
        id=c.id,
        document_id=c.document_id,
        document_title=view.document_title,
        document_version=view.document_version,
        title=c.title,
        description=c.description,
        audiences=c.audiences,  # type: ignore[arg-type]
        opens_at=c.opens_at,
        closes_at=c.closes_at,
        lead_unit_id=c.lead_unit_id,
        synthesis_due=c.synthesis_due,
        status=c.status,  # type: ignore[arg-type]
        accepting_feedback=view.accepting_feedback(),
        synthesis_published_at=c.synthesis_published_at,
        created_at=c.created_at,
        updated_at=c.updated_at,
        etag=etag_for(c.id, c.version),
    )


@consultations_router.get(
    "",
    response_model=Page[ConsultationOut],
    summary="List consultations",
    responses=ex.page_of(ConsultationOut) | error_responses(401, 403, 422),
)
async def list_consultations(
    session: Session,
    _: DocReader,
    page: Pages,
    q: Search = None,
    status: Annotated[
        ConsultationStatus | None,
        Query(
            description="Only consultations in this status (one value): `draft` (being prepared), `open` (on "
            "the public page), `closed` (no more feedback) or `archived` (final). None (the default): every "
            "status. `open` does not by itself mean feedback is accepted now: see `accepting_feedback`."
        ),
    ] = None,
    document_id: Annotated[
        uuid.UUID | None,
        Query(
            description="Only the consultations on this draft document, whichever of its versions each uses."
        ),
    ] = None,
) -> Page[ConsultationOut]:
    """Consultations, latest opening first (`opens_at`), one page at a time.

    Any signed-in role (and service accounts with `plans:read` or `feedback:read`). Filter by
    `status` (draft, open, closed, archived) or `document_id`; `q` searches titles without
    regard to diacritics or case. `accepting_feedback` says whether a submission would be
    accepted now."""
    items, cursor = await consultations.list_consultations(
        session, page, q=q, status=status, document_id=document_id
    )
    return Page(items=[_consultation_out(v) for v in items], next_cursor=cursor)


@consultations_router.post(
    "",
    response_model=ConsultationOut,
    status_code=201,
    summary="Open a consultation on a document version",
    responses=error_responses(401, 403, 422),
)
async def create_consultation(
    body: ConsultationCreate, response: Response, session: Session, actor: DocWriter
) -> ConsultationOut:
    """Open a consultation on one version of a draft document (its current version by default).

    Admins and coordinators only. The version is fixed for the consultation's life, so quotes
    in feedback always refer to the text people read. With `status: open` it appears on the
    public page at once and accepts feedback while now lies in `[opens_at, closes_at)`. 422 for
    an unknown document or version, an unknown lead unit, or `closes_at` not after `opens_at`."""
    consultation = await consultations.create_consultation(session, actor, body.model_dump())
    set_etag(response, consultation.id, consultation.version)
    return _consultation_out(await consultations.get_view(session, consultation.id))


@consultations_router.get(
    "/{consultation_id}",
    response_model=ConsultationOut,
    summary="Read a consultation",
    responses=error_responses(401, 403, 404),
)
async def get_consultation(
    consultation_id: uuid.UUID, response: Response, session: Session, _: DocReader
) -> ConsultationOut:
    """One consultation as staff see it, with its `ETag`.

    Any signed-in role. 404 when there is no such consultation."""
    view = await consultations.get_view(session, consultation_id)
    set_etag(response, view.consultation.id, view.consultation.version)
    return _consultation_out(view)


@consultations_router.patch(
    "/{consultation_id}",
    response_model=ConsultationOut,
    summary="Change a consultation's window, status, audiences or lead unit",
    responses=error_responses(401, 403, 404, 409, 412, 422, 428),
)
async def update_consultation(
    consultation_id: uuid.UUID,
    body: ConsultationUpdate,
    response: Response,
    session: Session,
    actor: DocWriter,
    if_match: IfMatch,
) -> ConsultationOut:
    """Change a consultation's window, status, audiences, lead unit or synthesis date.

    Admins and coordinators only; needs `If-Match` (428 without it, 412 when stale).
    Status moves: draft → open | archived; open → closed | draft; closed → open | archived;
    archived is final. A refused move is 409 and the problem lists `allowed` (the states the
    consultation may move to) and `current`. Opening or closing emits `consultation.opened` /
    `consultation.closed` to webhooks. 422 when `closes_at` would not be after `opens_at`."""
    consultation = await consultations.get_consultation(session, consultation_id)
    check_if_match(if_match, consultation.id, consultation.version)
    nullable = {"description", "lead_unit_id", "synthesis_due"}
    changes = {k: v for k, v in body.model_dump(exclude_unset=True).items() if v is not None or k in nullable}
    consultation = await consultations.update_consultation(session, actor, consultation, changes)
    set_etag(response, consultation.id, consultation.version)
    return _consultation_out(await consultations.get_view(session, consultation.id))


@consultations_router.delete(
    "/{consultation_id}",
    status_code=204,
    summary="Delete a consultation that has no feedback",
    responses=error_responses(401, 403, 404, 409, 412, 428),
)
async def delete_consultation(
    consultation_id: uuid.UUID, session: Session, actor: DocWriter, if_match: IfMatch
) -> Response:
    """Delete a consultation that has received no feedback.

    Admins and coordinators only; needs `If-Match` (428 without, 412 when stale). 409 once it
    has feedback: close or archive it instead, so the opinions and their answers stay on record."""
    consultation = await consultations.get_consultation(session, consultation_id)
    check_if_match(if_match, consultation.id, consultation.version)
    await consultations.delete_consultation(session, actor, consultation)
    return Response(status_code=204)


@consultations_router.post(
    "/{consultation_id}/synthesis/publication",
    response_model=ConsultationOut,
    summary="Publish the synthesis (counts only) on the public page; the consultation must be closed",
    responses=error_responses(401, 403, 404, 409),
)
async def publish_synthesis(
    consultation_id: uuid.UUID, response: Response, session: Session, actor: DocWriter
) -> ConsultationOut:
    """Publish the consultation's synthesis on the public page: counts only (per status, section,
    contributor group and channel), never an opinion's text or its sender.

    Admins and coordinators only. The consultation must be closed (409 otherwise). Publishing
    again changes nothing; the public reads it at `GET /public/consultations/{id}/synthesis`."""
    consultation = await consultations.get_consultation(session, consultation_id)
    consultation = await publication.set_published(session, actor, consultation, True)
    set_etag(response, consultation.id, consultation.version)
    return _consultation_out(await consultations.get_view(session, consultation.id))


@consultations_router.delete(
    "/{consultation_id}/synthesis/publication",
    response_model=ConsultationOut,
    summary="Withdraw the published synthesis from the public page",
    responses=error_responses(401, 403, 404),
)
async def withdraw_synthesis(
    consultation_id: uuid.UUID, response: Response, session: Session, actor: DocWriter
) -> ConsultationOut:
    """Withdraw the published synthesis: the public page answers 404 for it again.

    Admins and coordinators only. Withdrawing one that is not published changes nothing."""
    consultation = await consultations.get_consultation(session, consultation_id)
    consultation = await publication.set_published(session, actor, consultation, False)
    set_etag(response, consultation.id, consultation.version)
    return _consultation_out(await consultations.get_view(session, consultation.id))
