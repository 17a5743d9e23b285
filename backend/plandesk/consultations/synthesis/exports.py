"""Exports, streamed: CSV, XLSX and the DOCX synthesis report ("báo cáo tổng hợp ý kiến").

Rows come from a server-side cursor in batches and leave as they are written,
so memory stays flat however many submissions a consultation has. The XLSX
goes through openpyxl's write-only mode into a temporary file that is then
streamed back. Every text cell first loses what XML cannot hold, then every
formula start in it (``=``, ``+``, ``-``, ``@``, tab or carriage return, at the
beginning or after a ``;``/``,`` list separator) is prefixed with an apostrophe;
every CSV field is quoted. Contact details appear only when a moderator or admin asks
for them; every export is audited, and says whether it carried them. Headers and
coded values (status, group, channel) are in Vietnamese unless English is asked for
(:mod:`plandesk.consultations.synthesis.export_labels`); times are local (the deployment's zone,
``PLANDESK_TIMEZONE``), ISO 8601 with their offset.
"""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
import io
import os
import re
import tempfile
import uuid
from collections import defaultdict
from collections.abc import AsyncIterator, Callable, Sequence
from typing import Any

from sqlalchemy import Table, func, literal, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from plandesk.consultations import consultations
from plandesk.consultations.documents import documents
from plandesk.consultations.models import (
    FeedbackCluster,
    FeedbackClusterMember,
    FeedbackSubmission,
    FeedbackTag,
)
from plandesk.consultations.synthesis import export_labels, synthesis
from plandesk.consultations.synthesis.export_labels import Lang
from plandesk.core import audit, localtime
from plandesk.core.policy import Principal
from plandesk.core.text import xml_safe

F: Table = FeedbackSubmission.__table__  # type: ignore[assignment]
T: Table = FeedbackTag.__table__  # type: ignore[assignment]
M: Table = FeedbackClusterMember.__table__  # type: ignore[assignment]
CL: Table = FeedbackCluster.__table__  # type: ignore[assignment]
BATCH = 2000
CHUNK = 64 * 1024

# Machine names of the columns (their headers for people are in export_labels).
HEADER = [key for key, _, _ in export_labels.COLUMNS]
CONTACT_HEADER = [key for key, _, _ in export_labels.CONTACT_COLUMNS]


# A formula start at the beginning of the cell, or after a list separator: a spreadsheet
# program whose list separator is ";" (vi-VN) or "," splits "a;=HYPERLINK(…)" there.
_FORMULA_START = re.compile(r"(^|[;,][\s\"']*)([=+\-@\t\r])")


def neutralise(value: str) -> str:
    """A stored text made safe for a spreadsheet cell.

    First what XML cannot hold is stripped (so "\x01=HYPERLINK(…)" cannot become a
    formula once the control character is gone), then every formula start, at the
    beginning or after a ``;``/``,`` separator, gets an apostrophe (CSV/formula injection).
    """
    return _FORMULA_START.sub(r"\1'\2", xml_safe(value))


async def record_export(
    session: AsyncSession,
    actor: Principal,
    consultation_id: uuid.UUID,
    fmt: str,
    *,
    include_contacts: bool,
    status: str | None = None,
) -> None:
    """Audit an export before it starts; commits. 404 when the consultation does not exist."""
    await consultations.get_consultation(session, consultation_id)
    audit.record(
        session,
        actor,
        "feedback.exported_with_contacts" if include_contacts else "feedback.exported",
        "consultation",
        consultation_id,
        {"format": fmt, "include_contacts": include_contacts, "status": status},
    )
    await session.commit()


def _tags_column(dialect: str) -> Any:
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import aggregate_order_by

        agg = func.string_agg(T.c.tag, aggregate_order_by(literal("; "), T.c.tag))
    else:
        agg = func.group_concat(T.c.tag, "; ")
    return select(agg).where(T.c.submission_id == F.c.id).scalar_subquery()


async def _rows(
    maker: async_sessionmaker[AsyncSession],
    consultation_id: uuid.UUID,
    include_contacts: bool,
    status: str | None,
    lang: Lang = "vi",
) -> AsyncIterator[list[list[str]]]:
    """Batches of export rows as text cells, oldest submission first, from a server-side cursor."""
    async with maker() as session:
        view = await consultations.get_view(session, consultation_id)
        sections = {
            s.id: (s.number, s.heading)
            for s in await documents.version_sections(session, view.consultation.document_version_id)
        }
        conn = await session.connection()
        columns = [
            F.c.id,
            F.c.submitted_at,
            F.c.section_id,
            F.c.quote,
            F.c.body,
            F.c.contributor_group,
            F.c.channel,
            F.c.status,
            F.c.response,
            F.c.responded_at,
            _tags_column(conn.dialect.name),
            select(M.c.cluster_id).where(M.c.submission_id == F.c.id).scalar_subquery(),
            F.c.duplicate_of,
            F.c.meeting_id,
        ]
        if include_contacts:
            columns += [F.c.name, F.c.organisation, F.c.contact]
        stmt = select(*columns).where(F.c.consultation_id == consultation_id)
        if status:
            stmt = stmt.where(F.c.status == status)
        stmt = stmt.order_by(F.c.submitted_at, F.c.id).execution_options(yield_per=BATCH)
        result = await conn.stream(stmt)
        cells_of = _cells(
            {sid: (neutralise(number), neutralise(heading)) for sid, (number, heading) in sections.items()},
            lang,
        )
        async for batch in result.partitions(BATCH):
            yield [cells_of(r) for r in batch]


def _iso(moment: dt.datetime | None) -> str:
    """A local time with its offset (``2026-11-29T14:30:05+07:00``), empty for none."""
    if moment is None:
        return ""
    return moment.astimezone(localtime.zone()).isoformat(timespec="seconds")


def _cells(sections: dict[uuid.UUID, tuple[str, str]], lang: Lang = "vi") -> Any:
    """The row → text cells function: only contributors' and moderators' text can carry a
    formula, so only those cells are checked; ids, times and codes are ours."""
    no_section = ("", "")

    def text(value: str | None) -> str:
        return neutralise(value) if value is not None else ""

    def ident(value: uuid.UUID | None) -> str:
        return str(value) if value is not None else ""

    def cells(r: Any) -> list[str]:
        number, heading = sections.get(r[2], no_section) if r[2] is not None else no_section
        row = [
            str(r[0]),
            _iso(r[1]),
            number,
            heading,
            text(r[3]),
            text(r[4]),
            export_labels.value(export_labels.GROUP, r[5], lang),
            export_labels.value(export_labels.CHANNEL, r[6], lang),
            export_labels.value(export_labels.STATUS, r[7], lang),
            text(r[8]),
            _iso(r[9]),
            text(r[10]),
            ident(r[11]),
            ident(r[12]),
            ident(r[13]),
        ]
        if len(r) > 14:
            row += [text(r[14]), text(r[15]), text(r[16])]
        return row

    return cells


async def csv_stream(
    maker: async_sessionmaker[AsyncSession],
    consultation_id: uuid.UUID,
    *,
    include_contacts: bool,
    status: str | None = None,
    lang: Lang = "vi",
) -> AsyncIterator[bytes]:
    """The CSV, chunk by chunk: UTF-8 with a BOM so spreadsheet programs read Vietnamese right."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    writer.writerow(export_labels.header(lang, include_contacts))
    yield ("\ufeff" + buf.getvalue()).encode()
    async for batch in _rows(maker, consultation_id, include_contacts, status, lang):
        buf.seek(0)
        buf.truncate()
        writer.writerows(batch)
        yield buf.getvalue().encode()


async def _stream_file(path: str) -> AsyncIterator[bytes]:
    try:
        with open(path, "rb") as fh:  # noqa: ASYNC230 -- local temp file, read in small chunks
            while chunk := fh.read(CHUNK):
                yield chunk
    finally:
        os.unlink(path)


def _temp_path(suffix: str) -> str:
    fd, path = tempfile.mkstemp(prefix="plandesk-export-", suffix=suffix)
    os.close(fd)
    return path


async def xlsx_stream(
    maker: async_sessionmaker[AsyncSession],
    consultation_id: uuid.UUID,
    *,
    include_contacts: bool,
    status: str | None = None,
    lang: Lang = "vi",
) -> AsyncIterator[bytes]:
    """The XLSX, written row by row (openpyxl write-only) into a temporary file, then streamed."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("gop-y" if lang == "vi" else "feedback")
    sheet.append(export_labels.header(lang, include_contacts))

    def append(batch: Sequence[Sequence[str]]) -> None:
        for row in batch:
            # Cells were stripped, then neutralised (:func:`neutralise`); this is a last guard.
            sheet.append([ILLEGAL_CHARACTERS_RE.sub("", cell) for cell in row])

    path = _temp_path(".xlsx")
    try:
        async for batch in _rows(maker, consultation_id, include_contacts, status, lang):
            await asyncio.to_thread(append, batch)
        await asyncio.to_thread(workbook.save, path)
    except BaseException:
        os.unlink(path)
        raise
    async for chunk in _stream_file(path):
        yield chunk


# --- the DOCX synthesis report ----------------------------------------------------

STATUS_LABELS = {k: v[0] for k, v in export_labels.STATUS.items()}
GROUP_LABELS = {k: v[0] for k, v in export_labels.GROUP.items()}
CHANNEL_LABELS = {k: v[0] for k, v in export_labels.CHANNEL.items()}
PER_SECTION = 5


async def _report_material(session: AsyncSession, consultation_id: uuid.UUID) -> dict[str, Any]:
    """Everything the report shows, bounded whatever the number of submissions."""
    view = await consultations.get_view(session, consultation_id)
    summary = await synthesis.synthesis(session, consultation_id)
    clusters: dict[uuid.UUID | None, list[tuple[int, str]]] = defaultdict(list)
    for size, section_id, body in await session.execute(
        select(CL.c.size, F.c.section_id, F.c.body)
        .join(F, F.c.id == CL.c.representative_id)
        .where(CL.c.consultation_id == consultation_id)
        .order_by(CL.c.size.desc())
        .limit(1000)
    ):
        if len(clusters[section_id]) < PER_SECTION:
            clusters[section_id].append((size, body))
    answers: dict[uuid.UUID | None, list[tuple[str, str, int]]] = defaultdict(list)
    for section_id, status, response, n in await session.execute(
        select(F.c.section_id, F.c.status, F.c.response, func.count().label("n"))
        .where(F.c.consultation_id == consultation_id, F.c.response.is_not(None))
        .group_by(F.c.section_id, F.c.status, F.c.response)
        .order_by(func.count().desc())
        .limit(2000)
    ):
        if len(answers[section_id]) < PER_SECTION:
            answers[section_id].append((status, response, n))
    return {"view": view, "summary": summary, "clusters": clusters, "answers": answers}


def _build_report(material: dict[str, Any], path: str) -> None:
    from docx import Document

    view = material["view"]
    summary = material["summary"]
    c = view.consultation
    doc = Document()

    # Stored text may predate input checks: what XML cannot hold must not fail the report.
    def para(text: str, style: str | None = None) -> None:
        doc.add_paragraph(xml_safe(text), style=style)

    def heading(text: str, level: int) -> None:
        doc.add_heading(xml_safe(text), level=level)

    heading("BÁO CÁO TỔNG HỢP Ý KIẾN GÓP Ý", level=0)
    para(f"Đợt lấy ý kiến: {c.title}")
    para(f"Dự thảo: {view.document_title} (phiên bản {view.document_version})")
    # Times as read where the report is issued, with the zone named (instants are stored in UTC).
    zone = localtime.zone()
    hours = f"(giờ {localtime.utc_offset_label(zone, c.opens_at)}, {zone.key})"
    para(
        f"Thời gian lấy ý kiến: {c.opens_at.astimezone(zone):%d/%m/%Y %H:%M} – "
        f"{c.closes_at.astimezone(zone):%d/%m/%Y %H:%M} {hours}"
        + (f"; hạn tổng hợp: {c.synthesis_due:%d/%m/%Y}" if c.synthesis_due else "")
    )
    generated = summary["generated_at"]
    para(
        f"Lập lúc: {generated.astimezone(zone):%d/%m/%Y %H:%M} "
        f"(giờ {localtime.utc_offset_label(zone, generated)}, {zone.key})"
    )

    heading("I. Tổng quan", level=1)
    para(f"Tổng số ý kiến: {summary['total']}")

    def table(title: str, counts: dict[str, int], labels: dict[str, str]) -> None:
        para(title)
        t = doc.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        t.rows[0].cells[0].text, t.rows[0].cells[1].text = "", "Số ý kiến"
        for key, n in sorted(counts.items(), key=lambda kv: -kv[1]):
            cells = t.add_row().cells
            cells[0].text, cells[1].text = xml_safe(labels.get(key, key)), str(n)

    table("Theo tình trạng xử lý:", summary["by_status"], STATUS_LABELS)
    table("Theo đối tượng góp ý:", summary["by_group"], GROUP_LABELS)
    table("Theo hình thức:", summary["by_channel"], CHANNEL_LABELS)

    heading("II. Ý kiến theo từng phần của dự thảo", level=1)
    for section in summary["by_section"]:
        sid = section["section_id"]
        title = (
            f"{section['number']}. {section['heading']}".strip(". ")
            if sid is not None
            else "Ý kiến chung (không gắn với phần cụ thể)"
        )
        heading(title or str(sid), level=2)
        if not section["total"]:
            para("Chưa có ý kiến.")
            continue
        breakdown = "; ".join(
            f"{STATUS_LABELS.get(k, k)}: {n}"
            for k, n in sorted(section["by_status"].items(), key=lambda kv: -kv[1])
        )
        para(f"Số ý kiến: {section['total']} ({breakdown}).")
        representative = material["clusters"].get(sid, [])
        if representative:
            para("Ý kiến tiêu biểu:")
            for size, body in representative:
                excerpt = body if len(body) <= 1500 else body[:1500] + "…"
                para(f"{excerpt} ({size} ý kiến tương tự)", style="List Bullet")
        given = material["answers"].get(sid, [])
        if given:
            para("Giải trình, tiếp thu:")
            for status, response, n in given:
                excerpt = response if len(response) <= 1500 else response[:1500] + "…"
                para(f"[{STATUS_LABELS.get(status, status)} – {n} ý kiến] {excerpt}", style="List Bullet")

    if summary["top_tags"]:
        heading("III. Chủ đề được nêu nhiều", level=1)
        for tag in summary["top_tags"]:
            para(f"{tag['tag']}: {tag['count']}", style="List Bullet")
    doc.save(path)


async def docx_stream(
    session: AsyncSession, consultation_id: uuid.UUID
) -> Callable[[], AsyncIterator[bytes]]:
    """Build the report (bounded in size, never holding every submission) and return its stream."""
    material = await _report_material(session, consultation_id)
    path = _temp_path(".docx")
    try:
        await asyncio.to_thread(_build_report, material, path)
    except BaseException:
        os.unlink(path)
        raise
    return lambda: _stream_file(path)


async def export_file_name(
    session: AsyncSession, consultation_id: uuid.UUID, prefix: str, extension: str
) -> str:
    """``gop-y-<consultation slug>-<local date>.<extension>``: a name that says what the file is."""
    view = await consultations.get_view(session, consultation_id)
    today = localtime.local_today(localtime.zone())
    return export_labels.file_name(prefix, view.consultation.title, today, extension)
