"""Mechanical transformations of a plan's text that must not change what it says.

Each takes the text of a corpus document and returns another layout of the
same plan: how copy-paste, Word's "save as text", other editors and other
clerks' habits change a document without changing its content.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from plandesk.importer.outline import classify
from plandesk.importer.spelling import is_all_caps

Transform = Callable[[str], str]
_PLAN = re.compile(r"^(?:#+\s*)?\**KẾ HOẠCH\**\s*$")
_TITLE_START = re.compile(r"^(?:#+\s*)?\**KẾ HOẠCH\b")


def blank_lines_removed(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if line.strip())


def blank_lines_doubled(text: str) -> str:
    return "\n".join("\n" if not line.strip() else line for line in text.splitlines())


def crlf(text: str) -> str:
    return "\r\n".join(text.splitlines()) + "\r\n"


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def nbsp_and_tabs(text: str) -> str:
    out = []
    for line in text.splitlines():
        line = re.sub(r"^([-–+•o]|\d+\.|[IVX]+\.) ", "\\1\t", line)  # a tab after the marker
        out.append(line.replace(", ngày", ",\u00a0ngày").replace(" năm ", "\u00a0năm "))
    return "\n".join(out)


def straight_quotes(text: str) -> str:
    return text.replace("“", '"').replace("”", '"')


def old_tone_marks(text: str) -> str:
    """The old placement of tones on oa, oe, uy at a word's end: "hòa" → "hoà", "ủy" → "uỷ"."""
    decomposed = unicodedata.normalize("NFD", text)
    moved = re.sub(
        r"(?<![qQ])([oOuU])([\u0300\u0301\u0303\u0309\u0323])([aAeEyY])(?![^\W\d_])",
        lambda m: m.group(1) + m.group(3) + m.group(2),
        decomposed,
    )
    return unicodedata.normalize("NFC", moved)


def _header_end(lines: list[str]) -> int:
    return next(
        i for i, line in enumerate(lines) if _TITLE_START.match(unicodedata.normalize("NFC", line.strip()))
    )


def header_blocks_reversed(text: str) -> str:
    """The items above "KẾ HOẠCH" (issuer, motto, number, place and date) in the opposite order."""
    lines = text.splitlines()
    end = _header_end(lines)
    blocks: list[list[str]] = [[]]
    for line in lines[:end]:
        if line.strip():
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    header = [line for block in reversed([b for b in blocks if b]) for line in [*block, ""]]
    return "\n".join(header + lines[end:])


def header_on_one_line(text: str) -> str:
    """Everything above "KẾ HOẠCH" on one line, as a two-column header table pasted as text."""
    lines = text.splitlines()
    end = _header_end(lines)
    joined = "   ".join(line.strip() for line in lines[:end] if line.strip() and line.strip() != "*")
    return "\n".join([joined, "", *lines[end:]])


def number_after_title(text: str) -> str:
    """The "Số: …" line moved below the title, as some offices lay it out."""
    lines = text.splitlines()
    code = next(
        (
            i
            for i, line in enumerate(lines)
            if re.match(r"^\**Số\b", unicodedata.normalize("NFC", line.strip()))
        ),
        None,
    )
    if code is None or "\t" in lines[code] or "  " in lines[code].strip():
        return text
    moved = lines.pop(code)
    start = _header_end(lines)
    end = start + 1
    while end < len(lines) and not lines[end].strip():
        end += 1
    while end < len(lines) and lines[end].strip() and not lines[end].startswith(("Căn cứ", "Thực hiện")):
        end += 1
    return "\n".join([*lines[:end], "", moved, "", *lines[end:]])


def plan_joined_to_title(text: str) -> str:
    """ "KẾ HOẠCH" and the first line of the title on one line."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if _PLAN.match(unicodedata.normalize("NFC", line.strip())):
            j = i + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            title = re.sub(r"^#+\s*", "", lines[j]).strip()
            return "\n".join([*lines[:i], f"KẾ HOẠCH {title}", *lines[j + 1 :]])
    return text


def plan_split_from_title(text: str) -> str:
    """ "KẾ HOẠCH" alone, a blank line, then the title."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        m = re.match(
            r"^(?:#+\s*)?\**KẾ HOẠCH\**\s+(?P<title>\S.*)$", unicodedata.normalize("NFC", line.strip())
        )
        if m and not _PLAN.match(line.strip()):
            return "\n".join([*lines[:i], "KẾ HOẠCH", "", m["title"], *lines[i + 1 :]])
    return text


def bullets(symbol: str) -> Transform:
    def swap(text: str) -> str:
        return "\n".join(
            re.sub(r"^(\s*)(?:[-–+•]|o(?= ))\s+", f"\\1{symbol} ", line) for line in text.splitlines()
        )

    swap.__name__ = f"bullets_{ {'-': 'dash', '–': 'en_dash', '+': 'plus', '•': 'dot', 'o': 'o'}[symbol] }"
    return swap


_ROMAN_WORDS = ["NHẤT", "HAI", "BA", "TƯ", "NĂM", "SÁU", "BẢY", "TÁM"]


def sections(style: str) -> Transform:
    def renumber(text: str) -> str:
        out = []
        for line in text.splitlines():
            kind, label, rest, _ = classify(line)
            if kind != "roman" or label is None or not is_all_caps(rest):
                out.append(line)
                continue
            from plandesk.importer.dates import roman_to_int

            n = roman_to_int(label) or 1
            prefix = {
                "dot": f"{label}.",
                "dash": f"{label}-",
                "spaced": f"{label} –",
                "part": f"Phần {label}.",
                "part_words": f"PHẦN THỨ {_ROMAN_WORDS[n - 1]}:",
                "letters": f"{'ABCDEFGH'[n - 1]}.",
            }[style]
            out.append(f"{prefix} {rest}")
        return "\n".join(out)

    renumber.__name__ = f"sections_{style}"
    return renumber


def letters(closer: str) -> Transform:
    def swap(text: str) -> str:
        return "\n".join(re.sub(r"^([a-zđ])[).]\s", f"\\1{closer} ", line) for line in text.splitlines())

    swap.__name__ = "letters_paren" if closer == ")" else "letters_dot"
    return swap


# A line never starts with what would read as a list marker or a new item.
_NO_BREAK_BEFORE = re.compile(r"^(?:[-–+•*o]$|\d{1,2}[.)]|[IVXLC]+[.)\-–:]|[a-zđA-H][.)]$|Số\b|Căn\b|Thực\b)")


def rewrapped(width: int) -> Transform:
    def wrap(text: str) -> str:
        out: list[str] = []
        for line in text.splitlines():
            words = line.split(" ")
            current = ""
            for word in words:
                candidate = f"{current} {word}" if current else word
                breakable = (
                    current
                    and len(candidate) > width
                    and not _NO_BREAK_BEFORE.match(word)
                    and not current.endswith(":")
                    and word[:1].strip()
                )
                if breakable:
                    out.append(current)
                    current = word
                else:
                    current = candidate
            out.append(current)
        return "\n".join(out)

    wrap.__name__ = f"rewrapped_{width}"
    return wrap


TRANSFORMS: list[Transform] = [
    blank_lines_removed,
    blank_lines_doubled,
    crlf,
    nfd,
    nbsp_and_tabs,
    straight_quotes,
    old_tone_marks,
    header_blocks_reversed,
    header_on_one_line,
    number_after_title,
    plan_joined_to_title,
    plan_split_from_title,
    *(bullets(symbol) for symbol in ("-", "–", "+", "•", "o")),
    *(sections(style) for style in ("dot", "dash", "spaced", "part", "part_words", "letters")),
    letters(")"),
    letters("."),
    rewrapped(60),
    rewrapped(200),
]
