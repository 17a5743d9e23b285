"""Text as documents really arrive → text the readers can rely on.

Copy-paste, Word's "save as text" and PDF text layers bring characters that
look like ordinary text and are not: no-break and other wide spaces, tabs,
zero-width marks and soft hyphens, curly and angled quotes in every style,
decomposed Unicode (NFD, as macOS writes it), and old line ends (CR alone).
:func:`normalise_text` maps all of them onto one spelling of each, keeping one
output line per input line so source line numbers stay true.
"""

from __future__ import annotations

import re
import unicodedata

# Every space that is not a plain space or a line break, as a plain space.
_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Characters that are invisible in print: zero-width spaces and joiners, soft hyphen, BOM.
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_QUOTES = str.maketrans(
    {
        "„": "“",
        "‟": "“",
        "«": "“",
        "»": "”",
        "″": "”",
        "‚": "‘",
        "‛": "‘",
        "`": "‘",
        "´": "’",
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2212": "-",  # minus
        "\uf0b7": "•",  # Word's Symbol-font bullet, as PDF text layers carry it
        "\uf0a7": "•",
        "\uf0d8": "•",
        "\u25aa": "•",
        "\u25cf": "•",
        "\u2043": "-",
    }
)


_STRAIGHT_PAIR = re.compile(r'"([^"\n]*)"')


def normalise_text(text: str) -> str:
    """NFC, one kind of space, no invisible marks, one style of quotes and line ends."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = text.replace("\f", "\n").replace("\v", "\n")
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    # Straight double quotes in pairs on a line become “curly” ones, as Word writes them.
    text = _STRAIGHT_PAIR.sub(r"“\1”", text)
    return unicodedata.normalize("NFC", text.translate(_QUOTES))
