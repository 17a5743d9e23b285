"""Vietnamese text handling: NFC storage, folded search keys, sort keys.

Search matches on a *folded* key: decomposed (NFD), combining marks dropped,
``đ``/``Đ`` mapped to ``d``, lower-cased and whitespace collapsed, so
"dai hoi" finds "Đại hội" and "uỷ" finds "ủy".
"""

from __future__ import annotations

import re
import unicodedata
from typing import Annotated

from pydantic import AfterValidator

_SPACES = re.compile(r"\s+")
_D_MAP = str.maketrans({"đ": "d", "Đ": "d"})

# Vietnamese alphabet order for sorting names the way readers expect
# (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y).
_BASE_ORDER = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_TONES = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC, the form PlanDesk stores."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Return the diacritic- and case-insensitive search key of ``text``."""
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


def storable(text: str) -> str:
    """Refuse what no database column can hold: NUL characters and unpaired surrogates.

    PostgreSQL rejects both (SQLite would store them), so input models check for them
    and answer 422 instead of failing on insert.
    """
    if "\x00" in text:
        raise ValueError("must not contain NUL characters")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError("must be valid Unicode (no unpaired surrogates)") from exc
    return text


# A string that can be stored (use in input models and query parameters).
StorableText = Annotated[str, AfterValidator(storable)]
