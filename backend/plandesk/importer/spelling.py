"""Vietnamese spelling as plan documents really write it.

Documents mix the old and the new tone placement ("uỷ"/"ủy", "hoá"/"hóa"),
old spellings of place names ("Đắc Lắc"), Markdown emphasis and the odd
typing slip ("chào mừng chào mừng"). The importer stores names in NFC and in
the new spelling, and compares text on an *aligned* fold: one folded
character per original character, so a match in the folded text points at the
same span of the original.
"""

from __future__ import annotations

import re
import unicodedata

from plandesk.core.text import fold, nfc
from plandesk.importer.draft import ImportWarning, SourceLines, WarningCode

_D_MAP = str.maketrans({"đ": "d", "Đ": "d"})


def _fold_char(ch: str) -> str:
    decomposed = unicodedata.normalize("NFD", ch.translate(_D_MAP))
    base = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return base[0] if len(base) >= 1 else " "


# Folding is per character and the alphabet is small: remember each character's fold.
_FOLDED: dict[str, str] = {}


def fold_aligned(text: str) -> str:
    """Fold ``text`` (NFC) character by character, keeping its length.

    Unlike :func:`plandesk.core.text.fold` this neither collapses whitespace
    nor changes the length, so regex spans found in the folded text apply to
    the original.
    """
    if text.isascii():
        return text.lower()
    out: list[str] = []
    for ch in text:
        folded = _FOLDED.get(ch)
        if folded is None:
            folded = _FOLDED[ch] = _fold_char(ch)
        out.append(folded)
    return "".join(out)


# Old-style tone placement on the diphthongs oa, oe, uy at the end of a syllable:
# the tone moves from the second to the first vowel ("hoá" → "hóa", "uỷ" → "ủy").
# With a final consonant ("hoàn", "huyền") both styles agree, so only word ends change.
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_OLD_TONE = re.compile(r"(?<![qQ])([oOuU])([aAeEyY][\u0300\u0301\u0303\u0309\u0323])(?![^\W\d_])")


def _move_tone(match: re.Match[str]) -> str:
    first, second = match.group(1), match.group(2)
    tone = second[-1]
    vowel = second[:-1]
    return unicodedata.normalize("NFC", first + tone) + vowel


# Place-name spellings that changed officially; kept short and explicit on purpose.
_PLACE_SPELLINGS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"Đắc\s+Lắc"), "Đắk Lắk"),
    (re.compile(r"ĐẮC\s+LẮC"), "ĐẮK LẮK"),
    (re.compile(r"Đắc\s+Nông"), "Đắk Nông"),
    (re.compile(r"ĐẮC\s+NÔNG"), "ĐẮK NÔNG"),
    (re.compile(r"Buôn\s+Ma\s+Thuật"), "Buôn Ma Thuột"),
)


# The same old placement, found on NFC text: o/u, then a plain a/e/y carrying the tone, at a word's end.
_OLD_TONE_NFC = re.compile(r"(?<![qQ])[oOuU][áàảãạéèẻẽẹýỳỷỹỵÁÀẢÃẠÉÈẺẼẸÝỲỶỸỴ](?![^\W\d_])")
_PLACE_HINT = re.compile(r"Đắc|ĐẮC|Thuật")


def normalise_spelling(text: str) -> str:
    """Return ``text`` in NFC with the new tone placement and current place names."""
    text = nfc(text)
    if not _OLD_TONE_NFC.search(text) and not _PLACE_HINT.search(text):
        return text  # nothing to respell: skip the decomposition below
    decomposed = unicodedata.normalize("NFD", text)
    # Work on NFD so the tone is a separate code point we can move.
    moved = _OLD_TONE.sub(_move_tone, _nfd_keep_base(decomposed))
    result = nfc(moved)
    for pattern, replacement in _PLACE_SPELLINGS:
        result = pattern.sub(replacement, result)
    return result


def _nfd_keep_base(decomposed: str) -> str:
    # NFD splits "ư"/"ơ"/"â" into base + hook/circumflex as well; the tone regex
    # needs the tone directly after the base vowel, so put the tone last among
    # each vowel's marks.
    out: list[str] = []
    marks: list[str] = []
    for ch in decomposed:
        if unicodedata.combining(ch):
            marks.append(ch)
            continue
        out.extend(sorted(marks, key=lambda m: m in _TONES))
        marks = []
        out.append(ch)
    out.extend(sorted(marks, key=lambda m: m in _TONES))
    return "".join(out)


_EMPHASIS = re.compile(r"\*\*|__|(?<!\()\*(?!\))")


def strip_emphasis(text: str) -> str:
    """Remove Markdown emphasis markers (``**bold**``, ``*italic*``, ``__bold__``).

    A footnote mark ``(*)`` is kept.
    """
    return _EMPHASIS.sub("", text)


_SPACES = re.compile(r"[ \t\u00a0]+")


def tidy(text: str) -> str:
    """NFC, single spaces, no emphasis, no spaces inside the ends."""
    return _SPACES.sub(" ", strip_emphasis(nfc(text))).strip()


# Two to six words typed twice with only spaces between ("chào mừng chào mừng").
# Case matters: "Sở Xây dựng xây dựng chuyên mục" is a name and a verb, not a slip.
_REPEATED = re.compile(r"(?<![^\W_])((?:[^\W_]+\s+){1,5}?[^\W_]+)\s+\1(?![^\W_])")


def find_repeated_phrases(text: str) -> list[str]:
    """Phrases of two or more words typed twice in a row ("chào mừng chào mừng").

    Single repeated words are left alone: Vietnamese doubles syllables on
    purpose ("từ từ", "mãi mãi"); so is a repetition set off by a comma.
    """
    return [m.group(1) for m in _REPEATED.finditer(text)]


def remove_repeated_phrases(text: str) -> str:
    """``text`` with every phrase typed twice in a row kept once."""
    return _REPEATED.sub(r"\1", text)


def fix_typing_slips(text: str, lines: SourceLines, warnings: list[ImportWarning]) -> str:
    """``text`` without phrases typed twice, noting each fix in ``warnings``."""
    fixed = remove_repeated_phrases(text)
    if fixed != text:
        repeated = ", ".join(f"'{p}'" for p in find_repeated_phrases(text))
        warnings.append(
            ImportWarning(
                code=WarningCode.REPEATED_WORDS,
                message=f"removed words typed twice ({repeated}): '{fixed}'",
                source_lines=lines,
            )
        )
    return fixed


def capitalise_first(text: str) -> str:
    """Upper-case the first letter, leave the rest as written."""
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1 :]
    return text


def is_all_caps(text: str) -> bool:
    """True when every letter of ``text`` is upper case (and there are a few)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def recover_case(upper: str, corpus: str) -> str | None:
    """The spelling of the all-caps ``upper`` where ``corpus`` writes it in ordinary case."""
    needle = fold(upper)
    if not needle:
        return None
    flat = re.sub(r"\s+", " ", corpus)
    folded = fold_aligned(flat)
    index = folded.find(needle)
    while index >= 0:
        found = flat[index : index + len(needle)]
        if not is_all_caps(found):
            return found
        index = folded.find(needle, index + 1)
    return None
