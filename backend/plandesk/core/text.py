"""Vietnamese text handling: NFC storage, folded search keys, sort keys.

Search matches on a *folded* key: decomposed (NFD), combining marks dropped,
``đ``/``Đ`` mapped to ``d``, lower-cased and whitespace collapsed, so
"dai hoi" finds "Đại hội" and "uỷ" finds "ủy".
"""

from __future__ import annotations

import re
import sys
import unicodedata
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, EmailStr, GetJsonSchemaHandler

from plandesk.core import combining

_SPACES = re.compile(r"\s+")
_D_MAP = str.maketrans({"đ": "d", "Đ": "d"})

# Vietnamese alphabet order for sorting names the way readers expect
# (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y).
_BASE_ORDER = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_TONES = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC, the form PlanDesk stores."""
    return unicodedata.normalize("NFC", text)


def _marks_class(ranges: tuple[tuple[int, int], ...]) -> str:
    return "[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges) + "]"


def _combining_ranges() -> tuple[tuple[int, int], ...]:
    """Every code point with a non-zero combining class: the generated table when it is
    this Python's Unicode version, else a scan (once)."""
    if combining.UNICODE_VERSION == unicodedata.unidata_version:
        return combining.RANGES
    codes = [cp for cp in range(sys.maxunicode + 1) if unicodedata.combining(chr(cp))]  # pragma: no cover
    return tuple((cp, cp) for cp in codes)  # pragma: no cover


_RANGES = _combining_ranges()
# A class of BMP characters only compiles to a bitmap (one test a character); ranges beyond
# the BMP are tried one by one, so they are used only for a text that has such characters.
_MARKS_BMP = re.compile(_marks_class(tuple(r for r in _RANGES if r[1] < 0x10000)))
_MARKS_ALL = re.compile(_marks_class(_RANGES))
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def fold(text: str) -> str:
    """Return the diacritic- and case-insensitive search key of ``text``.

    The same key as dropping every character ``unicodedata.combining`` marks from the NFD
    form and collapsing whitespace (``\\s+`` → one space, stripped), in a few C passes:
    it runs on every submission (:func:`fold_slow` is the reference the tests compare)."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "d"))
    marks = _MARKS_ALL if _ASTRAL.search(decomposed) else _MARKS_BMP
    return " ".join(marks.sub("", decomposed).lower().split())


def fold_slow(text: str) -> str:
    """:func:`fold` as first written, character by character (the tests' reference)."""
    decomposed = unicodedata.normalize("NFD", text.translate(_D_MAP))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.lower()).strip()


def like_pattern(query: str) -> str:
    """A ``LIKE`` pattern matching folded text that contains the folded ``query``.

    ``%``, ``_`` and ``\\`` in the query are escaped (use ``escape='\\\\'``).
    """
    folded = fold(query)
    escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def sort_key(text: str) -> tuple[tuple[int, int], ...]:
    """A key that sorts Vietnamese names in dictionary order."""
    key: list[tuple[int, int]] = []
    for ch in unicodedata.normalize("NFC", text.lower()):
        decomposed = unicodedata.normalize("NFD", ch)
        tone = 0
        base = decomposed
        for i, mark in enumerate(_TONES, start=1):
            if mark in base:
                tone = i
                base = base.replace(mark, "")
        base = unicodedata.normalize("NFC", base)
        pos = _BASE_ORDER.find(base)
        key.append((pos if pos >= 0 else 100 + ord(base[0]) if base else 0, tone))
    return tuple(key)


# C0 controls other than tab, LF and CR; DEL and the C1 controls; the two non-characters
# XML forbids. None of them belongs in a title, a comment or a name, and every one of them
# breaks a DOCX/XLSX renderer ("All strings must be XML compatible") or a terminal.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
# What an XML 1.0 document cannot hold at all (renderers strip these from stored text).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Zero-width and bidirectional-control characters: invisible, so two names that look the
# same can differ, and U+202E can make "gpj.exe" read as "exe.jpg".
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")

# JSON-schema marker of the checked text type: tests/test_input_types.py walks the OpenAPI
# document and fails on any input string without it.
CLEAN_TEXT_MARK = "x-plandesk-text"

# The same rules as JSON-schema ``pattern``s (ECMA-262 with the ``u`` flag, and Python ``re``:
# only ``\uXXXX`` escapes and explicit classes, no ``\s``), so a client generator or a fuzzer
# reading the OpenAPI document knows what :func:`clean_text` and :func:`clean_name` refuse.
# tests/test_text_pattern.py checks that each pattern accepts exactly what its validator does.
# Lone surrogates are refused by the validators but left out of the patterns: in ECMA-262
# with the ``u`` flag a well-formed string holds none, and a surrogate range in a negated
# class makes schemathesis's generator drop the whole pattern ("unsupported regex") and send
# control characters as valid data. A pattern is thus looser than its validator for
# exactly one thing, a lone surrogate (sent only as a ``\\uD800`` escape, answered 422).
_REFUSED = r"\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff"
# What str.strip() removes (the controls among them are refused anyway) and what clean_name drops.
_BLANK = r"\u0009\u000a\u000d\u0020\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_DROPPED = r"\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff"
TEXT_PATTERN = f"^[^{_REFUSED}]*$"
# A name: clean text with at least one character that is neither blank nor invisible.
NAME_PATTERN = f"^[^{_REFUSED}]*[^{_REFUSED}{_BLANK}{_DROPPED}][^{_REFUSED}]*$"


def clean_text(text: str) -> str:
    """Refuse what no column or document should hold; store the rest in NFC.

    Refused (422): NUL, unpaired surrogates (PostgreSQL rejects both, SQLite would
    store them), and control characters other than tab and newlines.
    """
    if "\x00" in text:
        raise ValueError("must not contain NUL characters")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError("must be valid Unicode (no unpaired surrogates)") from exc
    bad = _CONTROLS.search(text)
    if bad is not None:
        raise ValueError(f"must not contain control character U+{ord(bad.group()):04X}")
    return unicodedata.normalize("NFC", text)


def clean_name(text: str) -> str:
    """:func:`clean_text`, then drop zero-width and bidi controls: names must look as they are."""
    text = _INVISIBLE.sub("", clean_text(text))
    if not text.strip():
        raise ValueError("must not be blank")
    return text


# Kept for the modules that imported the older name.
storable = clean_text


def xml_safe(text: str) -> str:
    """``text`` without what XML 1.0 cannot hold: every renderer passes stored text through this.

    Input is checked on the way in, but rows written before that (or by other tools)
    must not make a report fail for good.
    """
    return _NOT_XML.sub("", text)


class _Marked:
    """Adds :data:`CLEAN_TEXT_MARK` to the JSON schema (and so to the OpenAPI document)."""

    def __init__(self, kind: str, pattern: str | None = None) -> None:
        self.kind = kind
        self.pattern = pattern

    def __get_pydantic_json_schema__(self, core_schema: Any, handler: GetJsonSchemaHandler) -> Any:
        schema = handler(core_schema)
        schema[CLEAN_TEXT_MARK] = self.kind
        if self.pattern is not None and schema.get("type") == "string":
            # A field's own pattern stays; the text rule is then added beside it.
            if "pattern" in schema and schema["pattern"] != self.pattern:
                schema.setdefault("allOf", []).append({"pattern": self.pattern})
            else:
                schema["pattern"] = self.pattern
        return schema

    def __hash__(self) -> int:
        return hash((self.kind, self.pattern))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Marked) and (other.kind, other.pattern) == (self.kind, self.pattern)


# THE string type of every input: body fields, query/path/header parameters, form fields,
# upload file names. Plain ``str`` in an input is a bug (tests/test_input_types.py).
CleanText = Annotated[str, AfterValidator(clean_text), _Marked("text", TEXT_PATTERN)]
StorableText = CleanText


# Text that must also match its own pattern: ``Annotated[str, StringConstraints(pattern=…),
# AfterValidator(clean_text), TEXT_MARK]``. ``Annotated[CleanText, Query(pattern=…)]`` checks the
# pattern but drops it from the JSON schema (Pydantic applies it after the cleaning step, where
# the schema is not read), so a client or a fuzzer is told "any text" and sends what is refused.
TEXT_MARK = _Marked("text", TEXT_PATTERN)
# Names of things and people (units, groups, users, plans…): also no invisible characters.
NameText = Annotated[str, AfterValidator(clean_name), _Marked("name", NAME_PATTERN)]


def _script(ch: str) -> str | None:
    """The script of a letter by its Unicode name ("LATIN", "CYRILLIC", "GREEK"…); None for the rest."""
    if not ch.isalpha():
        return None
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else "UNKNOWN"


def single_script_email(address: str) -> str:
    """Refuse an address whose local part or a domain label mixes scripts.

    "аdmin@…" with a Cyrillic "а" looks like "admin@…" but is another account:
    a confusable identity. One script per part is what real addresses use.
    """
    if _INVISIBLE.search(address):
        raise ValueError("must not contain invisible characters")
    local, _, domain = address.rpartition("@")
    for part in (local, *domain.split(".")):
        scripts = {s for ch in part if (s := _script(ch)) is not None}
        if len(scripts) > 1:
            raise ValueError("must not mix letters of different scripts (" + ", ".join(sorted(scripts)) + ")")
    return address


def _clean_if_text(value: Any) -> Any:
    return clean_text(value) if isinstance(value, str) else value


# An e-mail address as input: checked text, valid syntax, one script per part.
EmailText = Annotated[
    EmailStr, BeforeValidator(_clean_if_text), AfterValidator(single_script_email), _Marked("email")
]
