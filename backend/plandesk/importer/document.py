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
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from plandesk.core.docx_guard import MAX_INFLATED_BYTES, DocxLimitExceeded, check_docx
from plandesk.importer.errors import DocumentTooComplex, DocumentTooLarge, UnsupportedDocument

MAX_DOCUMENT_BYTES = 5 * 1024 * 1024
# A .docx is a zip: refuse archives that inflate far beyond any real plan (zip bombs).
MAX_DOCX_UNCOMPRESSED_BYTES = MAX_INFLATED_BYTES

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
DOCX_SUFFIXES = {".docx"}


@dataclass(frozen=True)
class DocumentText:
    """The text of an uploaded document and how its lines relate.

    ``soft_wrap`` is true for text files, where a paragraph may be wrapped
    over several lines; a Word paragraph is always whole.
    """

    text: str
    soft_wrap: bool


def read_document(data: bytes, filename: str) -> DocumentText:
    """Decode an uploaded plan document, or raise why it cannot be read."""
    if len(data) > MAX_DOCUMENT_BYTES:
        raise DocumentTooLarge(len(data), MAX_DOCUMENT_BYTES)
    suffix = PurePath(filename or "").suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return DocumentText(decode_text(data), soft_wrap=True)
    if suffix in DOCX_SUFFIXES:
        return DocumentText(docx_text(data), soft_wrap=False)
    if suffix == ".doc":
        raise UnsupportedDocument("old Word .doc files are not supported: save the plan as .docx")
    if suffix == ".pdf":
        raise UnsupportedDocument("PDF files are not supported: export the plan as .docx or plain text")
    shown = suffix or "(none)"
    raise UnsupportedDocument(f"unsupported file type {shown}: upload a .txt, .md or .docx file")


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
            # Legacy Vietnamese encodings (TCVN3, VNI) cannot be told apart reliably: ask for UTF-8.
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

    numbering = _ListNumbering(document)
    lines: list[str] = []
    for element in document.element.body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.extend(numbering.lines(Paragraph(element, document)))
            lines.append("")  # every Word paragraph stands alone
        elif tag == "tbl":
            # Header and signature blocks are two-column tables: read each cell top to bottom,
            # left cell first, as a reader would.
            seen: set[int] = set()
            for row in Table(element, document).rows:
                for cell in row.cells:
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
        self._counters: dict[tuple[str, int], int] = {}
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[str, str]]] = {}
        for node in numbering.findall(f"{_NS}abstractNum"):
            levels: dict[int, tuple[str, str]] = {}
            for lvl in node.findall(f"{_NS}lvl"):
                fmt = lvl.find(f"{_NS}numFmt")
                text = lvl.find(f"{_NS}lvlText")
                levels[int(lvl.get(f"{_NS}ilvl", "0"))] = (
                    fmt.get(f"{_NS}val", "decimal") if fmt is not None else "decimal",
                    text.get(f"{_NS}val", "%1.") if text is not None else "%1.",
                )
            abstract[node.get(f"{_NS}abstractNumId", "")] = levels
        for num in numbering.findall(f"{_NS}num"):
            ref = num.find(f"{_NS}abstractNumId")
            if ref is None:
                continue
            for ilvl, spec in abstract.get(ref.get(f"{_NS}val", ""), {}).items():
                self._formats[(num.get(f"{_NS}numId", ""), ilvl)] = spec

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
        if num_pr is not None and num_pr.numId is not None:
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
        self._counters[(num_id, ilvl)] = self._counters.get((num_id, ilvl), 0) + 1
        for key in [k for k in self._counters if k[0] == num_id and k[1] > ilvl]:
            del self._counters[key]  # a new item restarts the levels below it

        def level_value(match: re.Match[str]) -> str:
            level = int(match.group(1)) - 1
            value = self._counters.get((num_id, level), 1)
            level_fmt = self._formats.get((num_id, level), ("decimal", ""))[0]
            return _format_number(value, level_fmt)

        return re.sub(r"%(\d)", level_value, pattern) + " "


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
