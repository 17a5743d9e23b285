"""HTTP routes for draft documents and their versions, typed or uploaded: thin, one service call each."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, File, Form, Header, Path, Request, Response, UploadFile

from plandesk.auth.deps import Session
from plandesk.consultations import documents
from plandesk.consultations.models import DocumentVersion, DraftDocument
from plandesk.consultations.route_deps import DocReader, DocWriter, IfMatch, Pages, Search
from plandesk.consultations.schemas import (
    DocumentCreate,
    DocumentOut,
    DocumentStatus,
    DocumentSummaryOut,
    DocumentUpdate,
    SectionOut,
    VersionCreate,
    VersionOut,
    VersionSummaryOut,
)
from plandesk.core import sandbox
from plandesk.core.concurrency import check_if_match, etag_for, set_etag
from plandesk.core.errors import PayloadTooLarge, error_responses
from plandesk.core.pagination import Page, page_in_memory
from plandesk.core.policy import Principal
from plandesk.core.text import CleanText
from plandesk.core.uploads import check_text_content, checked_filename

documents_router = APIRouter(prefix="/documents", tags=["documents"])


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
        etag=etag_for(document.id, document.version),
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
    response_model=Page[VersionSummaryOut],
    summary="A document's versions and what each changed",
    responses=error_responses(401, 403, 404),
)
async def list_versions(
    document_id: uuid.UUID, session: Session, _: DocReader, page: Pages
) -> Page[VersionSummaryOut]:
    await documents.get_document(session, document_id)
    rows, cursor = page_in_memory(
        await documents.list_versions(session, document_id), page, lambda r: r[0].number
    )
    items = [
        VersionSummaryOut(
            number=v.number,
            note=v.note,
            source_filename=v.source_filename,
            created_at=v.created_at,
            section_count=n,
            changes=v.changes,  # type: ignore[arg-type]
        )
        for v, n in rows
    ]
    return Page(items=items, next_cursor=cursor)


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
