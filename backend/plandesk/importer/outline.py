"""From lines of text to the numbered outline of a plan.

Plan documents number their sections "I-"/"II."; items "1.", "3.1.", "1)",
"a)"; and list topics and tasks as "-" bullets. Real files break bullets
across page breaks, so a paragraph continues after a blank line when the next
line starts in lower case or the previous one stopped mid-sentence. The result
is a tree of :class:`Block` s that the section readers walk.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal

from plandesk.core.text import fold
from plandesk.importer.dates import roman_to_int
from plandesk.importer.draft import SourceLines
from plandesk.importer.spelling import is_all_caps, strip_emphasis, tidy

BlockKind = Literal["roman", "number", "letter", "bullet", "star", "text"]
HEADINGS: tuple[BlockKind, ...] = ("roman", "number", "letter")


@dataclass(frozen=True)
class Line:
    """One line of the imported text, numbered from 1."""

    number: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def split_lines(text: str) -> list[Line]:
    """Number the lines of ``text`` (any newline convention)."""
    return [Line(i, raw.rstrip()) for i, raw in enumerate(text.splitlines(), start=1)]


@dataclass
class Block:
    """A paragraph of the outline with what numbered it and what it contains."""

    kind: BlockKind
    label: str | None
    text: str
    first_line: int
    last_line: int
    children: list[Block] = field(default_factory=list)
    # "." or ")" after a number: "1)" lists sit one level below "1." headings.
    closer: str = "."
    level: int = 0

    @property
    def lines(self) -> SourceLines:
        return (self.first_line, self.last_line)

    @property
    def is_heading(self) -> bool:
        return self.kind in HEADINGS

    @property
    def depth(self) -> int:
        return self.label.count(".") + 1 if self.kind == "number" and self.label else 0

    def items(self) -> list[Block]:
        """Children that are list items or plain paragraphs, not sub-headings."""
        return [c for c in self.children if not c.is_heading]

    def headings(self) -> list[Block]:
        """Children that are numbered or lettered headings."""
        return [c for c in self.children if c.is_heading]

    def walk(self) -> Iterator[Block]:
        """This block and everything under it, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()


_BULLET = re.compile(r"^(?:[-–—•+▪●◦·➢►✓]\s*|o\s+)(?=\S)")
_STAR = re.compile(r"^\*\s+(?=\S)")
_HASHES = re.compile(r"^#{1,6}\s+")
_ROMAN = re.compile(
    r"^(?:(?:PHẦN|Phần)\s+(?P<part>[IVXLC]{1,6})(?![\w])\s*[-.)–:]?|(?P<label>[IVXLC]{1,6})\s*[-.)–:])\s*(?=\S)"
)
# "PHẦN THỨ NHẤT", "Phần thứ hai": parts numbered in words.
_PART_WORDS = re.compile(r"^(?:PHẦN|Phần)\s+(?:THỨ|thứ)\s+(?P<word>\w+)\s*[-.:–]?\s*", re.IGNORECASE)
_ORDINALS = {
    "nhat": 1,
    "hai": 2,
    "ba": 3,
    "tu": 4,
    "nam": 5,
    "sau": 6,
    "bay": 7,
    "tam": 8,
    "chin": 9,
    "muoi": 10,
}
# "A. MỤC ĐÍCH, YÊU CẦU": capital letters number the sections of some plans; headings are in capitals.
_SECTION_LETTER = re.compile(r"^(?P<label>[A-H])\s*[.)–-]\s+(?=\S)")
_NUMBER = re.compile(
    r"^(?P<label>\d{1,2}(?:\.\d{1,2})+)\.?\s*(?=\S)"  # 3.1. / 2.1
    r"|^(?P<single>\d{1,2})\s*(?P<closer>[.)])\s*(?=\D)"  # 1. / 1)
)
_LETTER = re.compile(r"^(?P<label>[a-zđ])[).]\s+(?=\S)")
_NOISE = re.compile(r"^\s*(?:[-–—]*\s*\d{1,3}\s*[-–—]*|[*_=~\-–—.]{1,80})\s*$")


def int_to_roman(value: int) -> str:
    """The Roman numeral for 1–39 ("4" → "IV"): sections numbered in words or letters get Roman labels."""
    out = ""
    for number, numeral in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while value >= number:
            out, value = out + numeral, value - number
    return out


def is_noise(text: str) -> bool:
    """Page numbers ("- 3 -"), lone asterisks and rules ("-----"): layout, not content."""
    return bool(_NOISE.match(text))


def classify(text: str) -> tuple[BlockKind, str | None, str, str]:
    """What numbers a line: ``(kind, label, text without the marker, closer)``."""
    s = _HASHES.sub("", text.strip())
    if m := _STAR.match(s):
        return "star", None, tidy(s[m.end() :]), "."
    if (m := _BULLET.match(s)) and not s.startswith("--"):
        return "bullet", None, tidy(s[m.end() :]), "."
    s = strip_emphasis(s).strip()
    # "C." is section C (the third), not section 100: plans have at most a few dozen sections.
    if (m := _ROMAN.match(s)) and 0 < (roman_to_int(m["label"] or m["part"]) or 0) <= 39:
        return "roman", m["label"] or m["part"], tidy(s[m.end() :]), "."
    if (m := _PART_WORDS.match(s)) and (number := _ORDINALS.get(fold(m["word"]))):
        return "roman", int_to_roman(number), tidy(s[m.end() :]), "."
    if (m := _SECTION_LETTER.match(s)) and is_all_caps(s[m.end() :]):
        return "roman", int_to_roman(ord(m["label"]) - ord("A") + 1), tidy(s[m.end() :]), "."
    if m := _NUMBER.match(s):
        label = m["label"] or m["single"]
        return "number", label, tidy(s[m.end() :]), m["closer"] or "."
    if m := _LETTER.match(s):
        return "letter", m["label"], tidy(s[m.end() :]), ")"
    return "text", None, tidy(s), "."


def _first_letter_is_lower(text: str) -> bool:
    for ch in strip_emphasis(text):
        if ch.isalpha():
            return ch.islower()
        if ch.isdigit():
            return False
    return False


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends a sentence or a clause (".", ";", ":", "!", "?", "…")."""
    stripped = strip_emphasis(text).rstrip().rstrip("”\"'’»)]").rstrip()
    return bool(stripped) and stripped[-1] in ".;:!?…"


def join_paragraphs(lines: Iterable[Line], *, soft_wrap: bool = True) -> list[Block]:
    """Group lines into paragraphs, re-joining those broken by wraps and page breaks.

    A line continues the previous paragraph when it carries no marker and
    (a) starts in lower case, or (b) with ``soft_wrap`` (plain text and
    Markdown, where lines wrap): follows directly, or follows a blank line
    while the previous list item stopped mid-sentence (a page break).
    ``soft_wrap`` is off for ``.docx``, where every paragraph is whole.
    """
    blocks: list[Block] = []
    after_blank = True
    for line in lines:
        if line.blank:
            after_blank = True
            continue
        if is_noise(line.text):
            continue
        kind, label, text, closer = classify(line.text)
        if blocks and kind == "text" and _continues(blocks[-1], line.text, after_blank, soft_wrap):
            last = blocks[-1]
            last.text = tidy(last.text + " " + text)
            last.last_line = line.number
        else:
            blocks.append(Block(kind, label, text, line.number, line.number, closer=closer))
        after_blank = False
    return blocks


def _continues(last: Block, raw: str, after_blank: bool, soft_wrap: bool) -> bool:
    if _first_letter_is_lower(raw.strip()):
        return True
    if not soft_wrap or last.kind == "roman" or last.text.endswith(":"):
        return False
    if not after_blank:
        return True
    return last.kind in ("bullet", "star", "text") and not ends_sentence(last.text)


def build_outline(blocks: Iterable[Block]) -> list[Block]:
    """Nest paragraphs under their headings: I > 1 > 1.1 > a) > bullets."""
    roots: list[Block] = []
    stack: list[Block] = []
    for block in blocks:
        block.children = []
        if block.kind == "roman":
            stack = [block]
            roots.append(block)
            continue
        if block.kind == "number":
            block.level = _number_level(block, stack)
            while stack and (
                stack[-1].kind == "letter" or (stack[-1].kind == "number" and stack[-1].level >= block.level)
            ):
                stack.pop()
        elif block.kind == "letter":
            while stack and stack[-1].kind == "letter":
                stack.pop()
        (stack[-1].children if stack else roots).append(block)
        if block.is_heading:
            stack.append(block)
    return roots


def _number_level(block: Block, stack: list[Block]) -> int:
    # "1)" lists sit one level below the "1." heading they appear under.
    if block.closer != ")":
        return block.depth
    dotted = [b for b in stack if b.kind == "number" and b.closer == "."]
    return dotted[-1].level + 1 if dotted else block.depth
