"""Uploaded drafts (.txt, .md, .docx) split into sections by their headings.

Headings are Markdown ``#`` lines, Word "Heading N"/"Title" paragraphs, or — in
plain text and in Word files without heading styles — the numbering Vietnamese
drafts use: "Phần I", "Chương II", "Mục 3", "Điều 5", "IV- …", "1. …", "2.3. …".
Each section's number is the heading's own number when it has one, qualified
by its parent's when the same number appears twice ("II.1"); otherwise its
position. Text before the first heading becomes a section numbered "0".
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from typing import Any

from plandesk.core.docx_guard import DocxLimitExceeded, check_docx
from plandesk.core.errors import InvalidInput, PayloadTooLarge, UnsupportedMediaType
from plandesk.core.text import nfc

SUPPORTED = (".txt", ".md", ".docx")
MAX_HEADING = 500
MAX_NUMBER = 40

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_WORD_NUMBERED = re.compile(
    r"^(?P<word>Phần(?: thứ)?|Chương|Mục|Điều|PHẦN(?: THỨ)?|CHƯƠNG|MỤC|ĐIỀU)\s+"
    r"(?P<num>[0-9IVXLCDM]+|[^\s.:\-–]+)\s*[.:\-–]?\s*(?P<rest>.*)$"
)
_ROMAN = re.compile(r"^(?P<num>[IVXLCDM]+)\s*[.\-–)/]\s*(?P<rest>\S.*)$")
_ARABIC = re.compile(r"^(?P<num>\d{1,3}(?:\.\d{1,3})*)\s*[.)]\s*(?P<rest>\S.*)$")
_LEVELS = {"phần": 1, "chương": 1, "mục": 2, "điều": 3}


@dataclass
class ParsedSection:
    number: str
    heading: str
    lines: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines).strip("\n")


@dataclass(frozen=True)
class Heading:
    level: int
    number: str | None
    title: str


def numbered_heading(line: str) -> Heading | None:
    """Recognise a numbered heading line of a Vietnamese draft, or ``None``."""
    text = line.strip()
    if not text or len(text) > 300:
        return None
    if m := _WORD_NUMBERED.match(text):
        word = m["word"].lower().split()[0]
        return Heading(_LEVELS.get(word, 1), f"{m['word'].split()[0].capitalize()} {m['num']}", text)
    if m := _ROMAN.match(text):
        return Heading(1, m["num"], text)
    # Numbered lines are headings only when short: long ones are numbered paragraphs.
    if (m := _ARABIC.match(text)) and len(text) <= 200:
        return Heading(2 + m["num"].count("."), m["num"], text)
    return None


def _style_level(style_name: str) -> int | None:
    name = style_name.lower()
    if name == "title":
        return 0
    if name.startswith("heading"):
        digits = name.removeprefix("heading").strip()
        return int(digits) if digits.isdigit() else 1
    return None


class _Splitter:
    def __init__(self) -> None:
        self.sections: list[ParsedSection] = []
        self.preamble: list[str] = []
        self.stack: list[tuple[int, str]] = []  # (level, number) of open headings
        self.used: set[str] = set()

    def heading(self, level: int, number: str | None, title: str) -> None:
        while self.stack and self.stack[-1][0] >= level:
            self.stack.pop()
        if number is None:
            number = str(len(self.sections) + 1)
        full = number
        if full in self.used and self.stack:
            full = f"{self.stack[-1][1]}.{number}"
        base, n = full, 2
        while full in self.used:
            full, n = f"{base}-{n}", n + 1
        full = full[:MAX_NUMBER]
        self.used.add(full)
        self.stack.append((level, full))
        self.sections.append(ParsedSection(full, title.strip()[:MAX_HEADING]))

    def line(self, text: str) -> None:
        (self.sections[-1].lines if self.sections else self.preamble).append(text)

    def result(self) -> list[ParsedSection]:
        out = list(self.sections)
        intro = "\n".join(self.preamble).strip()
        if intro:
            out.insert(0, ParsedSection("0", "", [intro]))
        if not out:
            raise InvalidInput(
                "The file has no text to split into sections.",
                errors=[{"loc": ["body", "file"], "msg": "empty document"}],
            )
        for section in out:
            if len(section.text) > 200_000:
                raise InvalidInput(
                    f"Section {section.number} is longer than 200,000 characters.",
                    errors=[{"loc": ["body", "file"], "msg": "section too long"}],
                )
        if len(out) > 2000:
            raise InvalidInput(
                "The file splits into more than 2,000 sections.",
                errors=[{"loc": ["body", "file"], "msg": "too many sections"}],
            )
        return out


def _decode(data: bytes) -> str:
    try:
        return nfc(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise InvalidInput(
            "The file is not UTF-8 text.", errors=[{"loc": ["body", "file"], "msg": "not UTF-8"}]
        ) from exc


def split_markdown(text: str) -> list[ParsedSection]:
    splitter = _Splitter()
    in_code = False
    for raw in text.splitlines():
        if raw.lstrip().startswith("```"):
            in_code = not in_code
        m = None if in_code else _MD_HEADING.match(raw)
        if m:
            title = m[2]
            numbered = numbered_heading(title)
            splitter.heading(len(m[1]), numbered.number if numbered else None, title)
        else:
            splitter.line(raw.rstrip())
    return splitter.result()


def split_plain_text(text: str) -> list[ParsedSection]:
    if any(_MD_HEADING.match(line) for line in text.splitlines()):
        return split_markdown(text)
    splitter = _Splitter()
    for raw in text.splitlines():
        heading = numbered_heading(raw)
        if heading:
            splitter.heading(heading.level, heading.number, heading.title)
        else:
            splitter.line(raw.rstrip())
    return splitter.result()


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RUN, _LINK, _TEXT, _BREAK = f"{_W}r", f"{_W}hyperlink", f"{_W}t", f"{_W}br"
_RUN_TEXT = {f"{_W}tab": "\t", f"{_W}ptab": "\t", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-"}


def _paragraph_text(p: Any) -> str:
    """What python-docx's ``Paragraph.text`` gives, by walking children instead of running an
    XPath query per paragraph (lxml sets up an XPath context on every call: ~15-60 µs)."""
    parts: list[str] = []
    for node in p.iterchildren(_RUN, _LINK):
        for run in (node,) if node.tag == _RUN else node.iterchildren(_RUN):
            for item in run.iterchildren():
                if item.tag == _TEXT:
                    parts.append(item.text or "")
                elif item.tag == _BREAK:
                    kind = item.get(f"{_W}type")
                    parts.append("\n" if kind in (None, "textWrapping") else "")
                else:
                    parts.append(_RUN_TEXT.get(item.tag, ""))
    return "".join(parts)


def _too_large(exc: DocxLimitExceeded) -> PayloadTooLarge:
    if exc.what == "inflated":
        return PayloadTooLarge(
            f"The .docx file inflates to more than {exc.limit // (1024 * 1024)} MB.",
            errors=[{"loc": ["body", "file"], "msg": "too large when unpacked"}],
        )
    return PayloadTooLarge(
        f"The .docx file has more than {exc.limit:,} paragraphs, tables, rows and cells.",
        errors=[{"loc": ["body", "file"], "msg": "too many elements"}],
    )


def _docx_blocks(data: bytes) -> list[tuple[str, str]]:
    """(style name, text) for each paragraph and table row of a .docx, in order."""
    try:
        check_docx(data)
        import docx
        from docx.enum.style import WD_STYLE_TYPE
        from docx.table import Table

        document = docx.Document(io.BytesIO(data))
    except DocxLimitExceeded as exc:
        raise _too_large(exc) from exc
    except Exception as exc:  # python-docx raises many kinds of errors on a damaged file
        raise InvalidInput(
            "The file is not a readable .docx document.",
            errors=[{"loc": ["body", "file"], "msg": "not a .docx file"}],
        ) from exc
    # Resolving a paragraph's style through python-docx scans every style of the document
    # (an XPath query and enum conversions, ~60 µs); it was done three times per paragraph.
    # A document has a few dozen style ids: resolve each once.
    style_names: dict[str | None, str] = {}

    def style_of(style_id: str | None) -> str:
        if style_id not in style_names:
            style = document.part.get_style(style_id, WD_STYLE_TYPE.PARAGRAPH)
            style_names[style_id] = (style.name if style is not None else "") or ""
        return style_names[style_id]

    blocks: list[tuple[str, str]] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            blocks.append((style_of(child.style), nfc(_paragraph_text(child))))
        elif tag == "tbl":
            for row in Table(child, document).rows:
                cells = [nfc(cell.text.strip()) for cell in row.cells]
                blocks.append(("", " | ".join(dict.fromkeys(c for c in cells if c))))
    return blocks


def split_docx(data: bytes) -> list[ParsedSection]:
    blocks = _docx_blocks(data)
    styled = any(_style_level(style) is not None for style, _ in blocks)
    splitter = _Splitter()
    for style, text in blocks:
        level = _style_level(style) if styled else None
        if level is not None and text.strip():
            numbered = numbered_heading(text)
            splitter.heading(level, numbered.number if numbered else None, text)
            continue
        heading = None if styled else numbered_heading(text)
        if heading:
            splitter.heading(heading.level, heading.number, heading.title)
        else:
            splitter.line(text.rstrip())
    return splitter.result()


def split_file(filename: str, data: bytes) -> list[ParsedSection]:
    """Split an uploaded draft into sections; 415 for other file types, 422 for unreadable ones."""
    lower = filename.lower()
    if lower.endswith(".docx"):
        return split_docx(data)
    if lower.endswith(".md") or lower.endswith(".markdown"):
        return split_markdown(_decode(data))
    if lower.endswith(".txt"):
        return split_plain_text(_decode(data))
    raise UnsupportedMediaType(
        f"Upload a .txt, .md or .docx file (got {filename or 'a file without a name'})."
    )
