"""HTTP routes exporting a consultation's feedback as CSV, XLSX or DOCX, contacts only on request."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import StreamingResponse

from plandesk.auth.deps import Session
from plandesk.consultations.route_deps import FeedbackReader
from plandesk.consultations.schemas import (
    FeedbackStatus,
)
from plandesk.consultations.synthesis import export_labels, exports
from plandesk.consultations.synthesis.export_labels import Lang
from plandesk.core.errors import PermissionDenied, error_responses
from plandesk.core.policy import Permission, Principal

exports_router = APIRouter(tags=["feedback"])


IncludeContacts = Annotated[
    bool, Query(description="Include name, organisation and contact (moderators and admins; audited)")
]


def _check_contacts(reader: Principal, include_contacts: bool) -> None:
    if include_contacts and not reader.can(Permission.feedback_contacts):
        raise PermissionDenied("Only moderators and admins may export contact details.")


def _file_responses(media_type: str, description: str, *errors: int) -> dict[int | str, dict[str, Any]]:
    return {200: {"content": {media_type: {}}, "description": description}, **error_responses(*errors)}


def _attachment(name: str) -> dict[str, str]:
    return {"Content-Disposition": export_labels.content_disposition(name), "Cache-Control": "no-store"}


ExportStatus = Annotated[
    FeedbackStatus | None,
    Query(
        description="Only the submissions in this moderation status (one value, not repeatable): received, "
        "in_review, accepted, partially_accepted, not_accepted, duplicate or spam. None (the default): "
        "every submission, whatever its status. Rows are always oldest submission first."
    ),
]
ExportLang = Annotated[
    Lang, Query(description="Column headers and coded values (status, group, channel): Vietnamese or English")
]


@exports_router.get(
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
    status: ExportStatus = None,
    lang: ExportLang = "vi",
) -> StreamingResponse:
    """The consultation's feedback as CSV (UTF-8 with a BOM, so spreadsheet programs read the
    Vietnamese correctly), streamed row by row; one row per submission.

    Admins, coordinators, moderators and viewers. `include_contacts=true` adds name,
    organisation and contact: moderators and admins only (403 for others). Every export is
    audited, one with contacts as such. `status` keeps one status; `lang` chooses Vietnamese
    or English headers and coded values. 404 when there is no such consultation."""
    _check_contacts(reader, include_contacts)
    await exports.record_export(
        session, reader, consultation_id, "csv", include_contacts=include_contacts, status=status
    )
    name = await exports.export_file_name(session, consultation_id, "gop-y", "csv")
    stream = exports.csv_stream(
        request.app.state.sessionmaker,
        consultation_id,
        include_contacts=include_contacts,
        status=status,
        lang=lang,
    )
    return StreamingResponse(stream, media_type="text/csv; charset=utf-8", headers=_attachment(name))


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@exports_router.get(
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
    status: ExportStatus = None,
    lang: ExportLang = "vi",
) -> StreamingResponse:
    """The consultation's feedback as an XLSX workbook, written row by row and streamed; one row per
    submission.

    Admins, coordinators, moderators and viewers. `include_contacts=true` adds name,
    organisation and contact: moderators and admins only (403 for others). Every export is
    audited, one with contacts as such. `status` keeps one status; `lang` chooses Vietnamese
    or English. 404 when there is no such consultation."""
    _check_contacts(reader, include_contacts)
    await exports.record_export(
        session, reader, consultation_id, "xlsx", include_contacts=include_contacts, status=status
    )
    name = await exports.export_file_name(session, consultation_id, "gop-y", "xlsx")
    stream = exports.xlsx_stream(
        request.app.state.sessionmaker,
        consultation_id,
        include_contacts=include_contacts,
        status=status,
        lang=lang,
    )
    return StreamingResponse(stream, media_type=XLSX, headers=_attachment(name))


@exports_router.get(
    "/consultations/{consultation_id}/exports/synthesis.docx",
    response_class=StreamingResponse,
    summary="The synthesis report (báo cáo tổng hợp ý kiến) as DOCX, by section",
    responses=_file_responses(DOCX, "DOCX report", 401, 403, 404),
)
async def export_docx(
    consultation_id: uuid.UUID, session: Session, reader: FeedbackReader
) -> StreamingResponse:
    """The synthesis report (báo cáo tổng hợp ý kiến) as a DOCX document: the consultation's window,
    then per section of the draft the counts by status, the main opinions (the largest clusters'
    texts) and the official responses given; never a contributor's name or contact.

    Admins, coordinators, moderators and viewers; the export is audited. 404 when there is no
    such consultation."""
    await exports.record_export(session, reader, consultation_id, "docx", include_contacts=False)
    name = await exports.export_file_name(session, consultation_id, "tong-hop-gop-y", "docx")
    stream = await exports.docx_stream(session, consultation_id)
    return StreamingResponse(stream(), media_type=DOCX, headers=_attachment(name))
