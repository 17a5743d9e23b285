"""HTTP routes of the consultation domain: thin — parse, authorise, call one service, shape."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Depends, File, Form, Header, Path, Query, Request, Response, UploadFile
from fastapi.responses import StreamingResponse

from plandesk.auth.deps import Session, client_address, public, public_or, requires
from plandesk.consultations import consultations, documents, exports, moderation, submissions, synthesis
from plandesk.consultations.models import DocumentVersion, DraftDocument
from plandesk.consultations.schemas import (
    BulkRequest,
    BulkResult,
    Channel,
    ClusterOut,
    ConsultationCreate,
    ConsultationOut,
    ConsultationStatus,
    ConsultationUpdate,
    ContributorGroup,
    DocumentCreate,
    DocumentOut,
    DocumentStatus,
    DocumentSummaryOut,
    DocumentUpdate,
    FeedbackCreate,
    FeedbackOut,
    FeedbackReceipt,
    FeedbackStatus,
    FeedbackStatusCounts,
    FeedbackUpdate,
    MeetingBatchCreate,
    MeetingBatchOut,
    PublicConsultationDetail,
    PublicConsultationOut,
    PublicDocumentRef,
    PublicFeedbackStatus,
    SectionOut,
    SynthesisOut,
    TemplateCreate,
    TemplateOut,
    TemplateUpdate,
    VersionCreate,
    VersionOut,
    VersionSummaryOut,
)
from plandesk.core import sandbox
from plandesk.core.bounds import SafeDatetime
from plandesk.core.concurrency import check_if_match, if_match_header, set_etag
from plandesk.core.errors import PayloadTooLarge, PermissionDenied, error_responses
from plandesk.core.idempotency import IdempotencyKey, Outcome
from plandesk.core.pagination import Page, PageParams, page_params
from plandesk.core.policy import Permission, Principal
from plandesk.core.text import CleanText
from plandesk.core.uploads import check_text_content, checked_filename

documents_router = APIRouter(prefix="/documents", tags=["documents"])
consultations_router = APIRouter(prefix="/consultations", tags=["consultations"])
feedback_router = APIRouter(tags=["feedback"])
public_router = APIRouter(prefix="/public", tags=["public"])
templates_router = APIRouter(prefix="/answer-templates", tags=["feedback"])

DocReader = Annotated[Principal, Depends(requires(Permission.documents_read))]
DocWriter = Annotated[Principal, Depends(requires(Permission.documents_write))]
FeedbackReader = Annotated[Principal, Depends(requires(Permission.feedback_read))]
Moderator = Annotated[Principal, Depends(requires(Permission.feedback_moderate))]
IfMatch = Annotated[str, Depends(if_match_header)]
Pages = Annotated[PageParams, Depends(page_params)]
Search = Annotated[
    CleanText | None, Query(max_length=200, description="Diacritic- and case-insensitive search")
]


def _created(outcome: Outcome) -> Response:
    headers = {"Idempotent-Replayed": "true"} if outcome.replayed else None
    return Response(
        orjson.dumps(outcome.body),
        status_code=outcome.status_code,
        media_type="application/json",
        headers=headers,
    )


# --- documents ------------------------------------------------------------------


def _document_out(document: DraftDocument, sections: list[documents.Section]) -> DocumentOut:
    return DocumentOut(
        id=document.id,
        title=document.title,
        description=document.description,
        status=document.status,  # type: ignore[arg-type]
        current_version=document.current_version,
        created_at=document.created_at,
        updated_at=document.updated_at,
        sections=[SectionOut(**s.__dict__) for s in sections],
    )


async def _current_document(session: Session, document_id: uuid.UUID) -> DocumentOut:
    document = await documents.get_document(session, document_id)
    version = await documents.get_version(session, document.id, document.current_version)
    return _document_out(document, await documents.version_sections(session, version.id))


async def _version_out(session: Session, version: DocumentVersion) -> VersionOut:
    sections = await documents.version_sections(session, version.id)
    added = set(version.changes.get("added", []))
    changed = set(version.changes.get("changed", []))
    return VersionOut(
        document_id=version.document_id,
        number=version.number,
        note=version.note,
        source_filename=version.source_filename,
        created_at=version.created_at,
        section_count=len(sections),
        changes=version.changes,  # type: ignore[arg-type]
        sections=[
            {  # type: ignore[misc]
                **s.__dict__,
                "change": "added"
                if str(s.id) in added
                else "changed"
                if str(s.id) in changed
                else "unchanged",
            }
            for s in sections
        ],
    )


async def _read_upload(request: Request, file: UploadFile) -> bytes:
    limit: int = request.app.state.settings.max_upload_bytes
    data = await file.read(limit + 1)
    if len(data) > limit:
        raise PayloadTooLarge(f"The file is larger than the {limit} bytes allowed.")
    check_text_content(checked_filename(file.filename), data)
    return data


@documents_router.get(
    "",
    response_model=Page[DocumentSummaryOut],
    summary="List draft documents",
    responses=error_responses(401, 403, 422),
)
async def list_documents(
    session: Session, _: DocReader, page: Pages, q: Search = None, status: DocumentStatus | None = None
) -> Page[DocumentSummaryOut]:
    items, cursor = await documents.list_documents(session, page, q=q, status=status)
    return Page(
        items=[DocumentSummaryOut.model_validate(d, from_attributes=True) for d in items], next_cursor=cursor
    )


@documents_router.post(
    "",
    response_model=DocumentOut,
    status_code=201,
    summary="Create a draft document from JSON sections (version 1)",
    responses=error_responses(401, 403, 422),
)
async def create_document(
    body: DocumentCreate, response: Response, session: Session, actor: DocWriter
) -> DocumentOut:
    document = await documents.create_document(
        session,
        actor,
        title=body.title,
        description=body.description,
        status=body.status,
        note=body.note,
        sections=[documents.SectionDraft(s.number, s.heading, s.text, s.id) for s in body.sections],
    )
    set_etag(response, document.id, document.version)
    return await _current_document(session, document.id)


@documents_router.post(
    "/upload",
    response_model=DocumentOut,
    status_code=201,
    summary="Create a draft document from a .txt, .md or .docx file split by its headings",
    responses=error_responses(401, 403, 413, 415, 422),
)
async def upload_document(
    request: Request,
    response: Response,
    session: Session,
    actor: DocWriter,
    file: Annotated[UploadFile, File(description=".txt, .md or .docx")],
    title: Annotated[CleanText | None, Form(min_length=1, max_length=500)] = None,
    description: Annotated[CleanText | None, Form(max_length=10_000)] = None,
    status: Annotated[DocumentStatus, Form()] = "draft",
    note: Annotated[CleanText | None, Form(max_length=2000)] = None,
) -> DocumentOut:
    filename = checked_filename(file.filename)
    sections = await documents.sections_from_file(
        filename, await _read_upload(request, file), sandbox.limits_for(request.app.state.settings)
    )
    default_title = filename.rsplit(".", 1)[0] or "Dự thảo"
    document = await documents.create_document(
        session,
        actor,
        title=title or default_title[:500],
        description=description,
        status=status,
        note=note,
        sections=sections,
        source_filename=filename[:300] or None,
    )
    set_etag(response, document.id, document.version)
    return await _current_document(session, document.id)


@documents_router.get(
    "/{document_id}",
    response_model=DocumentOut,
    summary="Read a draft document with the sections of its current version",
    responses=error_responses(401, 403, 404),
)
async def get_document(
    document_id: uuid.UUID, response: Response, session: Session, _: DocReader
) -> DocumentOut:
    out = await _current_document(session, document_id)
    document = await documents.get_document(session, document_id)
    set_etag(response, document.id, document.version)
    return out


@documents_router.patch(
    "/{document_id}",
    response_model=DocumentOut,
    summary="Change a document's title, description or status",
    responses=error_responses(401, 403, 404, 412, 422, 428),
)
async def update_document(
    document_id: uuid.UUID,
    body: DocumentUpdate,
    response: Response,
    session: Session,
    actor: DocWriter,
    if_match: IfMatch,
) -> DocumentOut:
    document = await documents.get_document(session, document_id)
    check_if_match(if_match, document.id, document.version)
    changes = {
        k: v for k, v in body.model_dump(exclude_unset=True).items() if v is not None or k == "description"
    }
    document = await documents.update_document(session, actor, document, changes)
    set_etag(response, document.id, document.version)
    return await _current_document(session, document.id)


@documents_router.delete(
    "/{document_id}",
    status_code=204,
    summary="Delete a document no consultation uses",
    responses=error_responses(401, 403, 404, 409, 412, 428),
)
async def delete_document(
    document_id: uuid.UUID, session: Session, actor: DocWriter, if_match: IfMatch
) -> Response:
    document = await documents.get_document(session, document_id)
    check_if_match(if_match, document.id, document.version)
    await documents.delete_document(session, actor, document)
    return Response(status_code=204)


@documents_router.get(
    "/{document_id}/versions",
    response_model=list[VersionSummaryOut],
    summary="A document's versions and what each changed",
    responses=error_responses(401, 403, 404),
)
async def list_versions(document_id: uuid.UUID, session: Session, _: DocReader) -> list[VersionSummaryOut]:
    await documents.get_document(session, document_id)
    return [
        VersionSummaryOut(
            number=v.number,
            note=v.note,
            source_filename=v.source_filename,
            created_at=v.created_at,
            section_count=n,
            changes=v.changes,  # type: ignore[arg-type]
        )
        for v, n in await documents.list_versions(session, document_id)
    ]


async def _new_version(
    session: Session,
    actor: Principal,
    document_id: uuid.UUID,
    if_match: str | None,
    sections: list[documents.SectionDraft],
    note: str | None,
    filename: str | None,
    response: Response,
) -> VersionOut:
    document = await documents.get_document(session, document_id)
    if if_match:
        check_if_match(if_match.strip(), document.id, document.version)
    version = await documents.add_version(session, actor, document, sections, note, filename)
    set_etag(response, document.id, document.version)
    return await _version_out(session, version)


OptionalIfMatch = Annotated[
    CleanText | None,
    Header(alias="If-Match", max_length=1000, description="Optional: refuse (412) if the document changed"),
]


@documents_router.post(
    "/{document_id}/versions",
    response_model=VersionOut,
    status_code=201,
    summary="Add a new version (sections keep their ids when their number is unchanged)",
    responses=error_responses(401, 403, 404, 409, 412, 422),
)
async def add_version(
    document_id: uuid.UUID,
    body: VersionCreate,
    response: Response,
    session: Session,
    actor: DocWriter,
    if_match: OptionalIfMatch = None,
) -> VersionOut:
    sections = [documents.SectionDraft(s.number, s.heading, s.text, s.id) for s in body.sections]
    return await _new_version(session, actor, document_id, if_match, sections, body.note, None, response)


@documents_router.post(
    "/{document_id}/versions/upload",
    response_model=VersionOut,
    status_code=201,
    summary="Add a new version from a .txt, .md or .docx file",
    responses=error_responses(401, 403, 404, 409, 412, 413, 415, 422),
)
async def upload_version(
    document_id: uuid.UUID,
    request: Request,
    response: Response,
    session: Session,
    actor: DocWriter,
    file: Annotated[UploadFile, File(description=".txt, .md or .docx")],
    note: Annotated[CleanText | None, Form(max_length=2000)] = None,
    if_match: OptionalIfMatch = None,
) -> VersionOut:
    await documents.get_document(session, document_id)
    filename = checked_filename(file.filename)
    sections = await documents.sections_from_file(
        filename, await _read_upload(request, file), sandbox.limits_for(request.app.state.settings)
    )
    return await _new_version(
        session, actor, document_id, if_match, sections, note, filename[:300] or None, response
    )


@documents_router.get(
    "/{document_id}/versions/{number}",
    response_model=VersionOut,
    summary="One version with its sections, each marked added, changed or unchanged",
    responses=error_responses(401, 403, 404, 422),
)
async def get_version(
    document_id: uuid.UUID, number: Annotated[int, Path(ge=1, le=1_000_000)], session: Session, _: DocReader
) -> VersionOut:
    return await _version_out(session, await documents.get_version(session, document_id, number))


# --- consultations ------------------------------------------------------------------


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
        created_at=c.created_at,
        updated_at=c.updated_at,
    )


@consultations_router.get(
    "",
    response_model=Page[ConsultationOut],
    summary="List consultations",
    responses=error_responses(401, 403, 422),
)
async def list_consultations(
    session: Session,
    _: DocReader,
    page: Pages,
    q: Search = None,
    status: ConsultationStatus | None = None,
    document_id: uuid.UUID | None = None,
) -> Page[ConsultationOut]:
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
    consultation = await consultations.get_consultation(session, consultation_id)
    check_if_match(if_match, consultation.id, consultation.version)
    await consultations.delete_consultation(session, actor, consultation)
    return Response(status_code=204)


# --- public pages ---------------------------------------------------------------------


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
    responses=error_responses(422),
    dependencies=[Depends(public("the public reads open consultations"))],
)
async def public_consultations(
    session: Session, page: Pages, q: Search = None
) -> Page[PublicConsultationOut]:
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
    view = await consultations.get_public_view(session, consultation_id)
    sections = await consultations.sections_of(session, view.consultation)
    return PublicConsultationDetail(
        **_public_out(view), sections=[SectionOut(**s.__dict__) for s in sections]
    )


@public_router.get(
    "/feedback/{receipt}",
    response_model=PublicFeedbackStatus,
    summary="Follow a submission by its receipt code: status and official answer",
    responses=error_responses(404, 422),
    dependencies=[Depends(public("the receipt code is the contributor's own key"))],
)
async def public_feedback(
    receipt: Annotated[CleanText, Path(min_length=16, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")],
    session: Session,
) -> PublicFeedbackStatus:
    view = await submissions.by_receipt(session, receipt)
    return PublicFeedbackStatus.model_validate(view.__dict__)


# --- submitting feedback ----------------------------------------------------------------


async def _writer(request: Request) -> submissions.FeedbackWriter | None:
    """The process's group-commit writer on PostgreSQL (none on SQLite)."""
    state = request.app.state
    writer: submissions.FeedbackWriter | None = getattr(state, "feedback_writer", None)
    if writer is None and state.engine.dialect.name == "postgresql":
        writer = state.feedback_writer = submissions.writer_for(state.engine)
    return writer


async def _throttle(request: Request) -> submissions.FeedbackThrottle:
    throttle: submissions.FeedbackThrottle | None = getattr(request.app.state, "feedback_throttle", None)
    if throttle is None:
        throttle = submissions.FeedbackThrottle(request.app.state.counters, request.app.state.settings)
        request.app.state.feedback_throttle = throttle
    return throttle


@feedback_router.post(
    "/consultations/{consultation_id}/feedback",
    response_model=FeedbackReceipt,
    status_code=201,
    summary="Submit feedback on an open consultation (sign-in optional)",
    description="Anonymous submissions are rate limited per address and consultation. Send an "
    "`Idempotency-Key` to make retries safe: the same key and body return the first receipt.",
    responses=error_responses(403, 404, 409, 422, 429),
)
async def submit_feedback(
    consultation_id: uuid.UUID,
    body: FeedbackCreate,
    request: Request,
    principal: Annotated[Principal | None, Depends(public_or(Permission.feedback_submit))],
    throttle: Annotated[submissions.FeedbackThrottle, Depends(_throttle)],
    writer: Annotated[submissions.FeedbackWriter | None, Depends(_writer)],
    idempotency_key: IdempotencyKey = None,
) -> Response:
    # No Session dependency: the PostgreSQL path needs no ORM session at all, and
    # this route is the hottest there is (a session opens only when one is used).
    async with request.app.state.sessionmaker() as session:
        outcome = await submissions.submit(
            session,
            throttle,
            consultation_id,
            body.model_dump(),
            principal=principal,
            address=client_address(request),
            idempotency_key=idempotency_key,
            writer=writer,
        )
    return _created(outcome)


@feedback_router.post(
    "/consultations/{consultation_id}/feedback/meetings",
    response_model=MeetingBatchOut,
    status_code=201,
    summary="Record the opinions gathered at a meeting, all or nothing",
    responses=error_responses(401, 403, 404, 409, 422),
)
async def record_meeting(
    consultation_id: uuid.UUID,
    body: MeetingBatchCreate,
    session: Session,
    actor: Annotated[Principal, Depends(requires(Permission.feedback_submit_batch))],
    idempotency_key: IdempotencyKey = None,
) -> Response:
    outcome = await submissions.record_meeting(
        session, actor, consultation_id, body.model_dump(), idempotency_key=idempotency_key
    )
    return _created(outcome)


# --- moderation -----------------------------------------------------------------------------


def _utc(moment: dt.datetime | None) -> dt.datetime | None:
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=dt.UTC)


def _queue_filters(
    status: Annotated[
        list[FeedbackStatus] | None,
        Query(description="One status, or several (repeat the parameter): any of them matches"),
    ] = None,
    section_id: uuid.UUID | None = None,
    contributor_group: ContributorGroup | None = None,
    channel: Channel | None = None,
    tag: Annotated[CleanText | None, Query(min_length=1, max_length=64)] = None,
    cluster_id: uuid.UUID | None = None,
    assigned_to: uuid.UUID | None = None,
    meeting_id: uuid.UUID | None = None,
    submitted_from: Annotated[SafeDatetime | None, Query(description="Inclusive (UTC if no offset)")] = None,
    submitted_to: Annotated[SafeDatetime | None, Query(description="Exclusive (UTC if no offset)")] = None,
    q: Search = None,
) -> moderation.QueueFilters:
    return moderation.QueueFilters(
        status=tuple(dict.fromkeys(status)) if status else None,
        section_id=section_id,
        contributor_group=contributor_group,
        channel=channel,
        tag=tag,
        cluster_id=cluster_id,
        assigned_to=assigned_to,
        meeting_id=meeting_id,
        submitted_from=_utc(submitted_from),
        submitted_to=_utc(submitted_to),
        q=q,
    )


QueueQuery = Annotated[moderation.QueueFilters, Depends(_queue_filters)]


@feedback_router.get(
    "/consultations/{consultation_id}/feedback/counts",
    response_model=FeedbackStatusCounts,
    summary="How many submissions match the queue's filters, per status (the status filter ignored)",
    responses=error_responses(401, 403, 404, 422),
)
async def feedback_counts(
    consultation_id: uuid.UUID, session: Session, _: FeedbackReader, filters: QueueQuery
) -> FeedbackStatusCounts:
    counts = await moderation.count_by_status(session, consultation_id, filters)
    return FeedbackStatusCounts(total=sum(counts.values()), by_status=counts)  # type: ignore[arg-type]


@feedback_router.get(
    "/consultations/{consultation_id}/feedback",
    response_model=Page[FeedbackOut],
    summary="The moderation queue: a consultation's feedback, filtered",
    description="Contact details are included for moderators and admins only.",
    responses=error_responses(401, 403, 404, 422),
)
async def feedback_queue(
    consultation_id: uuid.UUID,
    session: Session,
    reader: FeedbackReader,
    page: Pages,
    filters: QueueQuery,
    sort: Annotated[CleanText, Query(pattern="^-?submitted_at$")] = "-submitted_at",
) -> Page[FeedbackOut]:
    items, cursor = await moderation.list_queue(
        session,
        consultation_id,
        page,
        filters,
        with_contacts=reader.can(Permission.feedback_contacts),
        oldest_first=sort == "submitted_at",
    )
    return Page(items=[FeedbackOut.model_validate(i) for i in items], next_cursor=cursor)


@feedback_router.post(
    "/consultations/{consultation_id}/feedback/bulk",
    response_model=BulkResult,
    summary="Apply one moderation action to a selection or a whole duplicate cluster",
    responses=error_responses(401, 403, 404, 409, 422),
)
async def bulk_moderate(
    consultation_id: uuid.UUID, body: BulkRequest, session: Session, actor: Moderator
) -> BulkResult:
    outcome = await moderation.bulk_update(
        session,
        actor,
        consultation_id,
        body.selection.model_dump(),
        body.action.model_dump(),
        skip_ineligible=body.skip_ineligible,
    )
    return BulkResult(**outcome.__dict__)


@feedback_router.get(
    "/feedback/{feedback_id}",
    response_model=FeedbackOut,
    summary="Read one submission",
    responses=error_responses(401, 403, 404),
)
async def get_feedback(
    feedback_id: uuid.UUID, response: Response, session: Session, reader: FeedbackReader
) -> FeedbackOut:
    item, version = await moderation.get_feedback(
        session, feedback_id, with_contacts=reader.can(Permission.feedback_contacts)
    )
    set_etag(response, feedback_id, version)
    return FeedbackOut.model_validate(item)


@feedback_router.patch(
    "/feedback/{feedback_id}",
    response_model=FeedbackOut,
    summary="Moderate a submission: status, official answer, tags, assignment",
    responses=error_responses(401, 403, 404, 409, 412, 422, 428),
)
async def moderate_feedback(
    feedback_id: uuid.UUID,
    body: FeedbackUpdate,
    response: Response,
    session: Session,
    actor: Moderator,
    if_match: IfMatch,
) -> FeedbackOut:
    _, version = await moderation.get_feedback(session, feedback_id, with_contacts=False)
    check_if_match(if_match, feedback_id, version)
    changes = body.model_dump(exclude_unset=True)
    if "assigned_to" not in body.model_fields_set:
        changes.pop("assigned_to", None)
    await moderation.update_feedback(session, actor, feedback_id, version, changes)
    item, version = await moderation.get_feedback(
        session, feedback_id, with_contacts=actor.can(Permission.feedback_contacts)
    )
    set_etag(response, feedback_id, version)
    return FeedbackOut.model_validate(item)


@feedback_router.get(
    "/consultations/{consultation_id}/clusters",
    response_model=list[ClusterOut],
    summary="The largest near-duplicate clusters of a consultation",
    responses=error_responses(401, 403, 404, 422),
)
async def list_clusters(
    consultation_id: uuid.UUID,
    session: Session,
    _: FeedbackReader,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> list[ClusterOut]:
    await moderation.require_consultation(session, consultation_id)
    return [ClusterOut(**c) for c in await synthesis.largest_clusters(session, consultation_id, limit)]


@feedback_router.get(
    "/consultations/{consultation_id}/synthesis",
    response_model=SynthesisOut,
    summary="Synthesis: counts by section × status, group, channel, day; top tags; largest clusters",
    responses=error_responses(401, 403, 404),
)
async def get_synthesis(consultation_id: uuid.UUID, session: Session, _: FeedbackReader) -> SynthesisOut:
    return SynthesisOut.model_validate(await synthesis.synthesis(session, consultation_id))


# --- exports ------------------------------------------------------------------------------

IncludeContacts = Annotated[
    bool, Query(description="Include name, organisation and contact (moderators and admins; audited)")
]


def _check_contacts(reader: Principal, include_contacts: bool) -> None:
    if include_contacts and not reader.can(Permission.feedback_contacts):
        raise PermissionDenied("Only moderators and admins may export contact details.")


def _file_responses(media_type: str, description: str, *errors: int) -> dict[int | str, dict[str, Any]]:
    return {200: {"content": {media_type: {}}, "description": description}, **error_responses(*errors)}


def _attachment(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"}


@feedback_router.get(
    "/consultations/{consultation_id}/exports/feedback.csv",
    response_class=StreamingResponse,
    summary="Export the feedback as CSV (streamed)",
    responses=_file_responses("text/csv", "CSV, UTF-8 with a BOM", 401, 403, 404, 422),
)
async def export_csv(
    consultation_id: uuid.UUID,
    request: Request,
    session: Session,
    reader: FeedbackReader,
    include_contacts: IncludeContacts = False,
    status: FeedbackStatus | None = None,
) -> StreamingResponse:
    _check_contacts(reader, include_contacts)
    await exports.record_export(
        session, reader, consultation_id, "csv", include_contacts=include_contacts, status=status
    )
    stream = exports.csv_stream(
        request.app.state.sessionmaker, consultation_id, include_contacts=include_contacts, status=status
    )
    return StreamingResponse(
        stream, media_type="text/csv; charset=utf-8", headers=_attachment(f"feedback-{consultation_id}.csv")
    )


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@feedback_router.get(
    "/consultations/{consultation_id}/exports/feedback.xlsx",
    response_class=StreamingResponse,
    summary="Export the feedback as XLSX (written row by row, streamed)",
    responses=_file_responses(XLSX, "XLSX workbook", 401, 403, 404, 422),
)
async def export_xlsx(
    consultation_id: uuid.UUID,
    request: Request,
    session: Session,
    reader: FeedbackReader,
    include_contacts: IncludeContacts = False,
    status: FeedbackStatus | None = None,
) -> StreamingResponse:
    _check_contacts(reader, include_contacts)
    await exports.record_export(
        session, reader, consultation_id, "xlsx", include_contacts=include_contacts, status=status
    )
    stream = exports.xlsx_stream(
        request.app.state.sessionmaker, consultation_id, include_contacts=include_contacts, status=status
    )
    return StreamingResponse(stream, media_type=XLSX, headers=_attachment(f"feedback-{consultation_id}.xlsx"))


@feedback_router.get(
    "/consultations/{consultation_id}/exports/synthesis.docx",
    response_class=StreamingResponse,
    summary="The synthesis report (báo cáo tổng hợp ý kiến) as DOCX, by section",
    responses=_file_responses(DOCX, "DOCX report", 401, 403, 404),
)
async def export_docx(
    consultation_id: uuid.UUID, session: Session, reader: FeedbackReader
) -> StreamingResponse:
    await exports.record_export(session, reader, consultation_id, "docx", include_contacts=False)
    stream = await exports.docx_stream(session, consultation_id)
    return StreamingResponse(
        stream(), media_type=DOCX, headers=_attachment(f"synthesis-{consultation_id}.docx")
    )


# --- answer templates --------------------------------------------------------------------


def _template_out(t: Any) -> TemplateOut:
    return TemplateOut.model_validate(t, from_attributes=True)


@templates_router.get(
    "",
    response_model=list[TemplateOut],
    summary="Saved answers (all, or those usable in one consultation)",
    responses=error_responses(401, 403, 422),
)
async def list_templates(
    session: Session, _: Moderator, consultation_id: uuid.UUID | None = None
) -> list[TemplateOut]:
    return [_template_out(t) for t in await moderation.list_templates(session, consultation_id)]


@templates_router.post(
    "",
    response_model=TemplateOut,
    status_code=201,
    summary="Save an answer template",
    responses=error_responses(401, 403, 422),
)
async def create_template(
    body: TemplateCreate, response: Response, session: Session, actor: Moderator
) -> TemplateOut:
    template = await moderation.create_template(session, actor, body.model_dump())
    set_etag(response, template.id, template.version)
    return _template_out(template)


@templates_router.get(
    "/{template_id}",
    response_model=TemplateOut,
    summary="Read an answer template",
    responses=error_responses(401, 403, 404),
)
async def get_template(
    template_id: uuid.UUID, response: Response, session: Session, _: Moderator
) -> TemplateOut:
    template = await moderation.get_template(session, template_id)
    set_etag(response, template.id, template.version)
    return _template_out(template)


@templates_router.patch(
    "/{template_id}",
    response_model=TemplateOut,
    summary="Change an answer template",
    responses=error_responses(401, 403, 404, 412, 422, 428),
)
async def update_template(
    template_id: uuid.UUID,
    body: TemplateUpdate,
    response: Response,
    session: Session,
    actor: Moderator,
    if_match: IfMatch,
) -> TemplateOut:
    template = await moderation.get_template(session, template_id)
    check_if_match(if_match, template.id, template.version)
    template = await moderation.update_template(session, actor, template, body.model_dump(exclude_unset=True))
    set_etag(response, template.id, template.version)
    return _template_out(template)


@templates_router.delete(
    "/{template_id}",
    status_code=204,
    summary="Delete an answer template",
    responses=error_responses(401, 403, 404, 412, 428),
)
async def delete_template(
    template_id: uuid.UUID, session: Session, actor: Moderator, if_match: IfMatch
) -> Response:
    template = await moderation.get_template(session, template_id)
    check_if_match(if_match, template.id, template.version)
    await moderation.delete_template(session, actor, template)
    return Response(status_code=204)


ROUTERS = [documents_router, consultations_router, feedback_router, public_router, templates_router]
