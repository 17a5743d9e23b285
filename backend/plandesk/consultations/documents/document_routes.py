"""HTTP routes for draft documents and their versions, typed or uploaded: thin, one service call each."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, File, Form, Header, Path, Query, Request, Response, UploadFile

from plandesk.auth.deps import Session
from plandesk.consultations.documents import documents
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
from plandesk.consultations.schemas import examples as ex
from plandesk.consultations.schemas.common import DOCUMENT_STATUS_DOC
from plandesk.core import sandbox
from plandesk.core.concurrency import check_if_match, etag_for, set_etag
from plandesk.core.errors import PayloadTooLarge, error_responses
from plandesk.core.pagination import Page, page_in_memory
from plandesk.core.policy import Principal
from plandesk.core.text import CleanText
from plandesk.core.uploads import check_text_content, checked_filename

documents_router = APIRouter(prefix="/documents", tags=["documents"])

_TITLE_DOC = "The document's title; default: the file's name without its extension."
_DESCRIPTION_DOC = "What the document is and who drafted it; optional."
_FILE_DOC = (
    "The draft as a .txt, .md or .docx file (UTF-8 text for .txt and .md), within the upload limit. It is "
    "split into sections at its headings: Markdown # lines, Word Heading/Title paragraphs, or the numbering "
    'Vietnamese drafts use ("Phần I", "Chương II", "Điều 5", "IV- …", "2.3. …").'
)
_NOTE_DOC = 'What this version is, e.g. "Dự thảo lần 2"; optional.'


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
    responses=ex.page_of(DocumentSummaryOut) | error_responses(401, 403, 422),
)
async def list_documents(
    session: Session,
    _: DocReader,
    page: Pages,
    q: Search = None,
    status: Annotated[
        DocumentStatus | None,
        Query(
            description="Only documents in this status (one value): `draft` (being written), `published` "
            "(released for consultation) or `archived` (kept for the record). None (the default): every "
            "status."
        ),
    ] = None,
) -> Page[DocumentSummaryOut]:
    """Draft documents, newest first, one page at a time.

    Any signed-in role (and service accounts with `plans:read` or `feedback:read`) may list them.
    `q` searches titles without regard to diacritics or case ("bao cao chinh tri" finds "Báo cáo
    chính trị"); `status` keeps one status. Items carry no sections: read one document for those.
    422 for a bad filter, limit or cursor."""
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
    """Create a draft document from sections typed in as JSON; they become version 1.

    Admins and coordinators only (403 for other roles). Section numbers must be unique within
    the version (422 names the duplicate). The answer carries the document's `ETag`: send it as
    `If-Match` to change the document later."""
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
    openapi_extra=ex.upload_example(
        file="du-thao-bao-cao-chinh-tri.docx",
        title=ex.DOCUMENT_TITLE,
        status="draft",
        note="Dự thảo lần 1",
    ),
)
async def upload_document(
    request: Request,
    response: Response,
    session: Session,
    actor: DocWriter,
    file: Annotated[UploadFile, File(description=_FILE_DOC)],
    title: Annotated[CleanText | None, Form(min_length=1, max_length=500, description=_TITLE_DOC)] = None,
    description: Annotated[CleanText | None, Form(max_length=10_000, description=_DESCRIPTION_DOC)] = None,
    status: Annotated[DocumentStatus, Form(description=DOCUMENT_STATUS_DOC)] = "draft",
    note: Annotated[CleanText | None, Form(max_length=2000, description=_NOTE_DOC)] = None,
) -> DocumentOut:
    """Create a draft document from a file: `.txt`, `.md` or `.docx`, split into sections at its headings.

    Admins and coordinators only. The file is read in a sandbox with time and memory limits;
    without `title` the file name (less its extension) is the title. 413 when the file is larger
    than the upload limit, 415 when it is not a .txt, .md or .docx file, 422 when it is not UTF-8
    text or a readable .docx, has no text, or splits into over 2,000 sections."""
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
    """A draft document with the sections of its current version, in reading order.

    Any signed-in role. The `ETag` header (also `etag` in the body) is what `PATCH` and `DELETE`
    need as `If-Match`. 404 when there is no such document."""
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
    """Change a document's title, description or status; the sections change only through a new version.

    Admins and coordinators only. Needs `If-Match` with the document's ETag: 428 without it,
    412 when someone changed the document since it was read (reload, apply again). Omitted
    fields stay as they are; `description: null` removes the description."""
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
    """Delete a draft document with all its versions.

    Admins and coordinators only. Needs `If-Match` (428 without, 412 when stale). 409 when a
    consultation uses the document: archive it instead (`status: archived`), so the
    consultation keeps the text people commented on."""
    document = await documents.get_document(session, document_id)
    check_if_match(if_match, document.id, document.version)
    await documents.delete_document(session, actor, document)
    return Response(status_code=204)


@documents_router.get(
    "/{document_id}/versions",
    response_model=Page[VersionSummaryOut],
    summary="A document's versions and what each changed",
    responses=ex.page_of(VersionSummaryOut) | error_responses(401, 403, 404),
)
async def list_versions(
    document_id: uuid.UUID, session: Session, _: DocReader, page: Pages
) -> Page[VersionSummaryOut]:
    """A document's versions, oldest first, each with what it added, changed and removed.

    Any signed-in role. Sections keep a stable id across versions, so `changes` lists ids;
    read one version to see its sections marked. 404 when there is no such document."""
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
    """Add a new version of a document from sections typed in as JSON; it becomes the current version.

    Admins and coordinators only. A section keeps its stable id when its number is unchanged,
    or when `id` names a section of an earlier version, so feedback on the old text still points
    to the right section. `If-Match` is optional here: when given and stale, 412. 409 when
    another version was added at the same moment. Consultations already opened keep the
    version they were opened on."""
    sections = [documents.SectionDraft(s.number, s.heading, s.text, s.id) for s in body.sections]
    return await _new_version(session, actor, document_id, if_match, sections, body.note, None, response)


@documents_router.post(
    "/{document_id}/versions/upload",
    response_model=VersionOut,
    status_code=201,
    summary="Add a new version from a .txt, .md or .docx file",
    responses=error_responses(401, 403, 404, 409, 412, 413, 415, 422),
    openapi_extra=ex.upload_example(
        file="du-thao-bao-cao-chinh-tri-lan-2.docx", note="Dự thảo lần 2, tiếp thu ý kiến Nhân dân"
    ),
)
async def upload_version(
    document_id: uuid.UUID,
    request: Request,
    response: Response,
    session: Session,
    actor: DocWriter,
    file: Annotated[UploadFile, File(description=_FILE_DOC)],
    note: Annotated[CleanText | None, Form(max_length=2000, description=_NOTE_DOC)] = None,
    if_match: OptionalIfMatch = None,
) -> VersionOut:
    """Add a new version of a document from a `.txt`, `.md` or `.docx` file, split at its headings.

    Admins and coordinators only. As for a typed version, sections keep their ids by number;
    `If-Match` is optional (412 when given and stale). 413 for a file over the upload limit,
    415 for another format, 422 for a file that cannot be read or split (as for an upload of a
    new document)."""
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
    document_id: uuid.UUID,
    number: Annotated[
        int,
        Path(
            ge=1,
            le=1_000_000,
            description="The version's number within the document: 1 for the first upload, then 2, 3, … "
            "(GET /documents/{document_id}/versions lists them). 404 when the document has no such version.",
        ),
    ],
    session: Session,
    _: DocReader,
) -> VersionOut:
    """One version of a document with all its sections, each marked `added`, `changed` or `unchanged`
    against the previous version.

    Any signed-in role. 404 when the document or the version number does not exist."""
    return await _version_out(session, await documents.get_version(session, document_id, number))
