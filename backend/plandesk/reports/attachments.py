"""Files attached to unit reports (photos of events, signed scans), kept under ``var/reports/``.

Only documents and pictures a report plausibly carries are accepted, recognised by
their first bytes rather than by the name or type the client claims; each file is
stored once under its SHA-256, so a retried upload does not double the disk use.
"""

from __future__ import annotations

import hashlib
import os
import uuid
import zipfile
from io import BytesIO
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core import audit
from plandesk.core.errors import Conflict, NotFound, PayloadTooLarge, UnsupportedMediaType
from plandesk.core.policy import Principal
from plandesk.core.uploads import checked_filename
from plandesk.reports.models import ReportAttachment, UnitReport
from plandesk.reports.unit_reports import WITH_ITS_UNIT, check_writes_for

MAX_ATTACHMENTS_PER_REPORT = 20
_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def sniff(data: bytes) -> str | None:
    """The media type of an accepted file, from its content, or ``None``."""
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"PK\x03\x04"):
        try:
            names = set(zipfile.ZipFile(BytesIO(data)).namelist())
        except zipfile.BadZipFile:
            return None
        if "word/document.xml" in names:
            return _DOCX
        if "xl/workbook.xml" in names:
            return _XLSX
    return None


def storage_path(var_dir: Path, sha256: str) -> Path:
    return var_dir / "reports" / "attachments" / sha256[:2] / sha256


async def add_attachment(
    session: AsyncSession,
    actor: Principal,
    report: UnitReport,
    var_dir: Path,
    filename: str,
    data: bytes,
    max_bytes: int,
) -> ReportAttachment:
    check_writes_for(actor, report.unit_id)
    if report.status not in WITH_ITS_UNIT:
        raise Conflict(f"Files cannot be added to a {report.status} report.")
    # The name is checked as every upload's is (NUL, controls, bidi overrides), before a byte is kept.
    safe_name = checked_filename(filename) or "attachment"
    if len(data) > max_bytes:
        raise PayloadTooLarge(f"The file is larger than the {max_bytes} bytes allowed.")
    content_type = sniff(data)
    if content_type is None:
        raise UnsupportedMediaType("Attach PDF, Word (.docx), Excel (.xlsx), PNG or JPEG files.")
    count = await session.scalar(select(func.count()).where(ReportAttachment.report_id == report.id))
    if (count or 0) >= MAX_ATTACHMENTS_PER_REPORT:
        raise Conflict(f"A report carries at most {MAX_ATTACHMENTS_PER_REPORT} files.")
    digest = hashlib.sha256(data).hexdigest()
    path = storage_path(var_dir, digest)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{uuid.uuid4().hex}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)  # atomic: a reader never sees half a file
    attachment = ReportAttachment(
        report_id=report.id, filename=safe_name, content_type=content_type, size=len(data), sha256=digest
    )
    session.add(attachment)
    await session.flush()
    audit.record(
        session,
        actor,
        "unit_report.attachment_added",
        "unit_report",
        report.id,
        {"attachment": {"before": None, "after": {"id": attachment.id, "filename": safe_name}}},
    )
    await session.commit()
    return attachment


async def get_attachment(session: AsyncSession, attachment_id: uuid.UUID) -> ReportAttachment:
    attachment = await session.get(ReportAttachment, attachment_id)
    if attachment is None:
        raise NotFound("attachment", attachment_id)
    return attachment
