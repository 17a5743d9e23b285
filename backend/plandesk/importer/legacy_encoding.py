"""Vietnamese text in the font encodings of the 1990s: TCVN3 (ABC) and VNI.

Older plans were typed with ".VnTime" (TCVN3) or "VNI-Times" fonts, which put
Vietnamese letters on the code points of Western symbols: "KÕ ho¹ch" is
"Kế hoạch" in TCVN3, "Keá hoaïch" in VNI. Saved as text (or copied out of an
old .doc) they arrive as Latin-1 or Windows-1252 text, or as Unicode text full
of those symbols. :func:`detect_legacy` tells them apart from real Unicode
Vietnamese; :func:`tcvn3_to_unicode` converts TCVN3. VNI spreads a letter over
two code points in ways that collide with ordinary text; it is named and
refused rather than guessed.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

LegacyEncoding = Literal["TCVN3", "VNI"]

# TCVN3 (ABC), lower-case letters; the capitals font (.VnTimeH) reuses these codes.
_TCVN3 = {
    "µ": "à", "¸": "á", "¶": "ả", "·": "ã", "¹": "ạ",
    "¨": "ă", "»": "ằ", "¾": "ắ", "¼": "ẳ", "½": "ẵ", "Æ": "ặ",
    "©": "â", "Ç": "ầ", "Ê": "ấ", "È": "ẩ", "É": "ẫ", "Ë": "ậ",
    "®": "đ",
    "Ì": "è", "Ð": "é", "Î": "ẻ", "Ï": "ẽ", "Ñ": "ẹ",
    "ª": "ê", "Ò": "ề", "Õ": "ế", "Ó": "ể", "Ô": "ễ", "Ö": "ệ",
    "×": "ì", "Ý": "í", "Ø": "ỉ", "Ü": "ĩ", "Þ": "ị",
    "ß": "ò", "ã": "ó", "á": "ỏ", "â": "õ", "ä": "ọ",
    "«": "ô", "å": "ồ", "è": "ố", "æ": "ổ", "ç": "ỗ", "é": "ộ",
    "¬": "ơ", "ê": "ờ", "í": "ớ", "ë": "ở", "ì": "ỡ", "î": "ợ",
    "ï": "ù", "ó": "ú", "ñ": "ủ", "ò": "ũ", "ô": "ụ",
    "\u00ad": "ư", "õ": "ừ", "ø": "ứ", "ö": "ử", "÷": "ữ", "ù": "ự",
    "ú": "ỳ", "ý": "ý", "û": "ỷ", "ü": "ỹ", "þ": "ỵ",
    "¡": "Ă", "¢": "Â", "£": "Ê", "¤": "Ô", "¥": "Ơ", "¦": "Ư", "§": "Đ",
}  # fmt: skip
_TCVN3_TABLE = str.maketrans(_TCVN3)
# Symbols TCVN3 text is full of and VNI text never uses.
_TCVN3_MARKS = set("µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞß«¬\u00ad§")
# VNI: a vowel followed by the code point of its diacritic ("aù" = á, "eâ" = ê), and "ñ" for đ.
_VNI_PAIR = re.compile(r"[aeiouyAEIOUY][ùøûõïâêéèúüëäåáàÙØÛÕÏÂÊÉÈÚÜËÄÅÁÀ]|\bñ|\bÑ")
_UNICODE_VIETNAMESE = re.compile("[ĂăĐđƠơƯư\u1ea0-\u1ef9]")


def detect_legacy(text: str) -> LegacyEncoding | None:
    """The legacy encoding ``text`` is written in, or ``None`` for Unicode (or not Vietnamese at all)."""
    sample = unicodedata.normalize("NFC", text[:20000])
    if sample.isascii() or len(_UNICODE_VIETNAMESE.findall(sample)) > len(sample) // 400:
        return None  # plain ASCII, or Unicode Vietnamese
    letters = sum(ch.isalpha() for ch in sample)
    if letters < 20 or len(_UNICODE_VIETNAMESE.findall(sample)) > letters // 200:
        return None
    tcvn3 = sum(ch in _TCVN3_MARKS for ch in sample)
    vni = len(_VNI_PAIR.findall(sample))
    if max(tcvn3, vni) < max(3, letters // 100):
        return None
    return "TCVN3" if tcvn3 >= vni else "VNI"


def tcvn3_to_unicode(text: str) -> str:
    """TCVN3 (ABC) text in Unicode (NFC).

    Capitals with a tone mark have no code of their own: they were typed in the
    capitals font (.VnTimeH) with the lower-case codes. A line whose plain
    letters are all capitals is such a line, and is upper-cased whole; the
    first letter of every line is a capital too.
    """
    lines = []
    for raw in text.translate(_TCVN3_TABLE).split("\n"):
        ascii_letters = [ch for ch in raw if "a" <= ch.lower() <= "z"]
        if len(ascii_letters) >= 3 and all(ch.isupper() for ch in ascii_letters):
            raw = raw.upper()
        else:
            raw = re.sub(r"^([\W\d_]*)([^\W\d_])", lambda m: m.group(1) + m.group(2).upper(), raw)
        lines.append(raw)
    return unicodedata.normalize("NFC", "\n".join(lines))
