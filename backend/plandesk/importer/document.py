"""Uploaded bytes → the text of a plan, one paragraph per line.

Plain text and Markdown are decoded as UTF-8 (or UTF-16 with a byte-order
mark). Word files (``.docx``) are read with python-docx: body paragraphs and
tables in document order, list numbering and bullets written out as text
("1.", "a)", "-") because that is what the outline reader understands.
Anything else, binary garbage and oversized uploads are refused with a clear
:class:`~plandesk.importer.errors.PlanImportError`.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from plandesk.core.docx_guard import MAX_INFLATED_BYTES, DocxLimitExceeded, check_docx
from plandesk.importer.draft import ImportWarning, WarningCode
from plandesk.importer.errors import DocumentTooComplex, DocumentTooLarge, UnsupportedDocument
from plandesk.importer.legacy_encoding import detect_legacy, tcvn3_to_unicode

MAX_DOCUMENT_BYTES = 5 * 1024 * 1024
# A .docx is a zip: refuse archives that inflate far beyond any real plan (zip bombs).
MAX_DOCX_UNCOMPRESSED_BYTES = MAX_INFLATED_BYTES

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
DOCX_SUFFIXES = {".docx"}
PDF_SUFFIXES = {".pdf"}
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff"}


@dataclass(frozen=True)
class DocumentText:
    """The text of an uploaded document and how its lines relate.

    ``soft_wrap`` is true for text files, where a paragraph may be wrapped
    over several lines; a Word paragraph is always whole.
    """

    text: str
    soft_wrap: bool
    # What reading the file itself had to guess: a legacy encoding converted, OCR confidence.
    warnings: list[ImportWarning] = field(default_factory=list)


def read_document(data: bytes, filename: str) -> DocumentText:
    """Decode an uploaded plan document, or raise why it cannot be read."""
    if len(data) > MAX_DOCUMENT_BYTES:
        raise DocumentTooLarge(len(data), MAX_DOCUMENT_BYTES)
    suffix = PurePath(filename or "").suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return from_legacy(decode_text(data), soft_wrap=True)
    if suffix in DOCX_SUFFIXES:
        return from_legacy(docx_text(data), soft_wrap=False)
    if suffix in PDF_SUFFIXES:
        from plandesk.importer.pdf import read_pdf

        return read_pdf(data)
    if suffix in IMAGE_SUFFIXES:
        from plandesk.importer.ocr import read_image

        return read_image(data)
    if suffix == ".doc":
        raise UnsupportedDocument("old Word .doc files are not supported: save the plan as .docx")
    shown = suffix or "(none)"
    raise UnsupportedDocument(
        f"unsupported file type {shown}: upload a .txt, .md, .docx or .pdf file, or a scan (.png, .jpg)"
    )


def from_legacy(text: str, *, soft_wrap: bool) -> DocumentText:
    """The document's text, converted to Unicode (with a warning) when typed in TCVN3; VNI is refused."""
    encoding = detect_legacy(text)
    if encoding is None:
        return DocumentText(text, soft_wrap=soft_wrap)
    if encoding == "VNI":
        raise UnsupportedDocument(
            "the text is in the old VNI encoding (VNI-Times fonts): convert it to Unicode "
            "(e.g. with Unikey's converter) and upload it again"
        )
    return DocumentText(
        tcvn3_to_unicode(text),
        soft_wrap=soft_wrap,
        warnings=[
            ImportWarning(
                code=WarningCode.LEGACY_ENCODING,
                message="the text was typed in the old TCVN3 (ABC, .VnTime) encoding and was converted "
                "to Unicode; capitals typed with the .VnTimeH font come out in lower case: check names",
            )
        ],
    )


def decode_text(data: bytes) -> str:
    """The text of a plain-text upload; binary data is refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise UnsupportedDocument("the file claims to be UTF-16 text but is not") from exc
    else:
        if b"\x00" in data:
            raise UnsupportedDocument("the file is binary data, not text")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            # Not UTF-8: text saved from a TCVN3 or VNI font is single-byte (Windows-1252).
            text = data.decode("cp1252", errors="replace")
            if detect_legacy(text) is None:
                raise UnsupportedDocument("the file is not UTF-8 text: save it as UTF-8 (Unicode)") from exc
    _refuse_control_characters(text)
    return unicodedata.normalize("NFC", text)


def _refuse_control_characters(text: str) -> None:
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls and controls > len(text) // 100:
        raise UnsupportedDocument("the file is binary data, not text")


def docx_text(data: bytes) -> str:
    """The paragraphs and tables of a Word file as lines of text."""
    buffer = io.BytesIO(data)
    if not zipfile.is_zipfile(buffer):
        raise UnsupportedDocument("the file is not a valid .docx document")
    try:
        with zipfile.ZipFile(buffer) as archive:
            inflated = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile as exc:
        raise UnsupportedDocument("the file is not a valid .docx document") from exc
    if inflated > MAX_DOCX_UNCOMPRESSED_BYTES:
        raise DocumentTooLarge(inflated, MAX_DOCX_UNCOMPRESSED_BYTES)
    try:
        # Inflated size while actually reading, and the number of elements, before python-docx.
        check_docx(data, MAX_DOCX_UNCOMPRESSED_BYTES)
    except DocxLimitExceeded as exc:
        if exc.what == "inflated":
            raise DocumentTooLarge(exc.limit + 1, exc.limit) from exc
        raise DocumentTooComplex(exc.limit) from exc
    except Exception as exc:  # a damaged zip member or body part
        raise UnsupportedDocument("the file is not a valid .docx document") from exc
    try:
        import docx  # python-docx; imported here so text imports do not pay for it

        document = docx.Document(io.BytesIO(data))
        return unicodedata.normalize("NFC", "\n".join(_docx_lines(document)))
    except (KeyError, ValueError, zipfile.BadZipFile, AttributeError) as exc:
        raise UnsupportedDocument("the file is not a valid .docx document") from exc
    except Exception as exc:  # lxml and python-docx raise many types on damaged files
        if type(exc).__module__.startswith(("lxml", "docx")):
            raise UnsupportedDocument("the file is not a valid .docx document") from exc
        raise


def _docx_lines(document: Any) -> list[str]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    from plandesk.importer.tables import table_lines, task_table

    numbering = _ListNumbering(document)
    lines: list[str] = []
    for element in document.element.body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.extend(numbering.lines(Paragraph(element, document)))
            lines.append("")  # every Word paragraph stands alone
        elif tag == "tbl":
            table = Table(element, document)
            rows = [row.cells for row in table.rows]
            layout = task_table([cell.text for cell in rows[0]]) if rows else None
            if layout is not None:
                # A task table: one numbered entry per row, a phase per row spanning the table.
                body = rows[1:]
                texts = [[cell.text for cell in row] for row in body]
                spanning = [len({id(cell._tc) for cell in row}) == 1 and len(row) > 1 for row in body]
                lines.extend(table_lines(layout, texts, spanning))
                continue
            # Header and signature blocks are two-column tables: read each cell top to bottom,
            # left cell first, as a reader would.
            seen: set[int] = set()
            for row in rows:
                for cell in row:
                    if id(cell._tc) in seen:  # merged cells repeat
                        continue
                    seen.add(id(cell._tc))
                    for paragraph in cell.paragraphs:
                        lines.extend(numbering.lines(paragraph))
                    lines.append("")
    return lines


_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class _ListNumbering:
    """Write Word's automatic bullets and numbers out as text ("- ", "2.", "a)")."""

    def __init__(self, document: Any) -> None:
        self._formats: dict[tuple[str, int], tuple[str, str]] = {}
        self._starts: dict[tuple[str, int], int] = {}
        self._counters: dict[tuple[str, int], int] = {}
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[str, str]]] = {}
        starts: dict[tuple[str, int], int] = {}
        for node in numbering.findall(f"{_NS}abstractNum"):
            levels: dict[int, tuple[str, str]] = {}
            for lvl in node.findall(f"{_NS}lvl"):
                fmt = lvl.find(f"{_NS}numFmt")
                text = lvl.find(f"{_NS}lvlText")
                start = lvl.find(f"{_NS}start")
                ilvl = int(lvl.get(f"{_NS}ilvl", "0"))
                levels[ilvl] = (
                    fmt.get(f"{_NS}val", "decimal") if fmt is not None else "decimal",
                    text.get(f"{_NS}val", "%1.") if text is not None else "%1.",
                )
                if start is not None:
                    starts[(node.get(f"{_NS}abstractNumId", ""), ilvl)] = int(start.get(f"{_NS}val", "1"))
            abstract[node.get(f"{_NS}abstractNumId", "")] = levels
        for num in numbering.findall(f"{_NS}num"):
            ref = num.find(f"{_NS}abstractNumId")
            if ref is None:
                continue
            abstract_id = ref.get(f"{_NS}val", "")
            num_id = num.get(f"{_NS}numId", "")
            for ilvl, spec in abstract.get(abstract_id, {}).items():
                self._formats[(num_id, ilvl)] = spec
                self._starts[(num_id, ilvl)] = starts.get((abstract_id, ilvl), 1)

    def lines(self, paragraph: Any) -> list[str]:
        text: str = paragraph.text
        prefix = self._prefix(paragraph)
        parts = text.split("\n") if text else [""]
        if prefix and parts[0].strip():
            parts[0] = prefix + parts[0].lstrip()
        return parts

    def _prefix(self, paragraph: Any) -> str:
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        num_pr = paragraph._p.pPr.numPr if paragraph._p.pPr is not None else None
        if num_pr is None or num_pr.numId is None:
            num_pr = _style_numbering(paragraph.style)
        if num_pr is not None and num_pr.numId is not None and str(num_pr.numId.val) != "0":
            num_id = str(num_pr.numId.val)
            ilvl = int(num_pr.ilvl.val) if num_pr.ilvl is not None else 0
            return self._numbered(num_id, ilvl)
        if style.startswith("List Bullet"):
            return "- "
        if style.startswith("List Number"):
            return self._numbered(f"style:{style}", 0)
        return ""

    def _numbered(self, num_id: str, ilvl: int) -> str:
        fmt, pattern = self._formats.get((num_id, ilvl), ("decimal", "%1."))
        if fmt == "bullet":
            return "- "
        key = (num_id, ilvl)
        self._counters[key] = self._counters.get(key, self._starts.get(key, 1) - 1) + 1
        for key in [k for k in self._counters if k[0] == num_id and k[1] > ilvl]:
            del self._counters[key]  # a new item restarts the levels below it

        def level_value(match: re.Match[str]) -> str:
            level = int(match.group(1)) - 1
            value = self._counters.get((num_id, level), self._starts.get((num_id, level), 1))
            level_fmt = self._formats.get((num_id, level), ("decimal", ""))[0]
            return _format_number(value, level_fmt)

        return re.sub(r"%(\d)", level_value, pattern) + " "


def _style_numbering(style: Any) -> Any:
    """The numbering a paragraph style carries (Word's "Heading 1" linked to a list), following basedOn."""
    seen = 0
    while style is not None and seen < 10:
        p_pr = style.element.pPr
        if p_pr is not None and p_pr.numPr is not None and p_pr.numPr.numId is not None:
            return p_pr.numPr
        style, seen = style.base_style, seen + 1
    return None


def _format_number(value: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return "abcdefghijklmnopqrstuvwxyz"[(value - 1) % 26]  # as Word shows them
    if fmt == "upperLetter":
        return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[(value - 1) % 26]
    if fmt in ("upperRoman", "lowerRoman"):
        numerals = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        out, rest = "", value
        for number, numeral in numerals:
            while rest >= number:
                out, rest = out + numeral, rest - number
        return out if fmt == "upperRoman" else out.lower()
    return str(value)
