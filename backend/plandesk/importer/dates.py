"""Vietnamese date phrases → dates with a precision.

Plans date things loosely: "đầu tháng 02/2020", "cuối tháng 8 năm 2020",
"Quý I/2021", "cuối quý IV năm 2020", "xong trước 15/4/2020", "ngày 11 tháng
02 năm 2020", "năm 2021". Each phrase resolves to a :class:`FuzzyDate`: the
first day of the period (``date``), its ``precision`` and the whole period
(``range_start``..``range_end``). "Early/mid/late" ("đầu/giữa/cuối") is kept
as ``part`` so a window end can pick the right day of the period.

Matching runs on the aligned fold (see :func:`~plandesk.importer.spelling.fold_aligned`),
so missing or old-style diacritics do not matter and spans point into the original.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal, NamedTuple

from plandesk.importer.draft import Precision, Side
from plandesk.importer.spelling import fold_aligned

Part = Literal["early", "mid", "late"]

_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}


def roman_to_int(text: str) -> int | None:
    """The value of a Roman numeral ("IV" → 4), or ``None`` if ``text`` is not one."""
    s = text.strip().lower()
    if not s or any(ch not in _ROMAN for ch in s):
        return None
    total = 0
    for i, ch in enumerate(s):
        value = _ROMAN[ch]
        total += -value if i + 1 < len(s) and _ROMAN[s[i + 1]] > value else value
    return total


class FuzzyDate(NamedTuple):
    """A date known to a precision: the period's first day and its full range."""

    date: dt.date
    precision: Precision
    range_start: dt.date
    range_end: dt.date
    part: Part | None = None

    def pick(self, side: Side) -> dt.date:
        """The day this phrase means as a window ``side``.

        "đầu tháng 2" is the 1st whichever side it ends; "cuối tháng 8" the
        last day; a bare "tháng 3" starts on the 1st and ends on the 31st.
        """
        if self.part == "early":
            return self.range_start
        if self.part == "late":
            return self.range_end
        if self.part == "mid":
            return self.range_start + (self.range_end - self.range_start) // 2
        return self.range_start if side == "start" else self.range_end


def day(value: dt.date) -> FuzzyDate:
    """A single calendar day."""
    return FuzzyDate(value, "day", value, value)


def month(year: int, month_no: int, part: Part | None = None) -> FuzzyDate:
    """A calendar month ("tháng 3/2020")."""
    last = calendar.monthrange(year, month_no)[1]
    start = dt.date(year, month_no, 1)
    return FuzzyDate(start, "month", start, dt.date(year, month_no, last), part)


def quarter(year: int, quarter_no: int, part: Part | None = None) -> FuzzyDate:
    """A calendar quarter ("Quý I/2021" → 2021-01-01..2021-03-31)."""
    first_month = 3 * (quarter_no - 1) + 1
    start = dt.date(year, first_month, 1)
    end_month = first_month + 2
    end = dt.date(year, end_month, calendar.monthrange(year, end_month)[1])
    return FuzzyDate(start, "quarter", start, end, part)


def year(year_no: int, part: Part | None = None) -> FuzzyDate:
    """A calendar year ("năm 2021")."""
    start = dt.date(year_no, 1, 1)
    return FuzzyDate(start, "year", start, dt.date(year_no, 12, 31), part)


_PARTS: dict[str, Part | None] = {
    "dau": "early",
    "giua": "mid",
    "cuoi": "late",
    "het": "late",
    "trong": None,
}
_PART = r"(?:(?P<part>dau|giua|cuoi|het|trong)\s+)?"
_SEP = r"\s*(?:/|-|\.|,?\s*nam)\s*"

_DAY_NUMERIC = re.compile(
    r"(?:ngay\s+)?(?<!\d)(?P<d>\d{1,2})\s*(?P<s>[/.-])\s*(?P<m>\d{1,2})\s*(?P=s)\s*(?P<y>\d{4})(?!\d)"
)
_DAY_WORDS = re.compile(
    r"(?:ngay\s+)?(?<!\d)(?P<d>\d{1,2})\s+thang\s+(?P<m>\d{1,2}),?\s+nam\s+(?P<y>\d{4})(?!\d)"
)
_MONTH = re.compile(_PART + r"thang\s+(?P<m>\d{1,2})" + _SEP + r"(?P<y>\d{4})(?!\d)")
_QUARTER = re.compile(_PART + r"quy\s+(?P<q>iv|iii|ii|i|[1-4])(?![a-z0-9])" + _SEP + r"(?P<y>\d{4})(?!\d)")
_YEAR = re.compile(_PART + r"nam\s+(?P<y>\d{4})(?!\d)")


@dataclass(frozen=True)
class DateMatch:
    """A date phrase found in a text: where it is and what it means."""

    start: int
    end: int
    value: FuzzyDate


def _day_value(m: re.Match[str]) -> FuzzyDate | None:
    try:
        return day(dt.date(int(m["y"]), int(m["m"]), int(m["d"])))
    except ValueError:  # 31/2, 15/13: not a date, not a phrase
        return None


def _month_value(m: re.Match[str]) -> FuzzyDate | None:
    month_no = int(m["m"])
    if not 1 <= month_no <= 12:
        return None
    return month(int(m["y"]), month_no, _PARTS.get(m["part"] or "trong"))


def _quarter_value(m: re.Match[str]) -> FuzzyDate | None:
    q = m["q"]
    number = int(q) if q.isdigit() else roman_to_int(q)
    if number is None or not 1 <= number <= 4:
        return None
    return quarter(int(m["y"]), number, _PARTS.get(m["part"] or "trong"))


def _year_value(m: re.Match[str]) -> FuzzyDate | None:
    return year(int(m["y"]), _PARTS.get(m["part"] or "trong"))


_RULES = (
    (_DAY_WORDS, _day_value),
    (_DAY_NUMERIC, _day_value),
    (_MONTH, _month_value),
    (_QUARTER, _quarter_value),
    (_YEAR, _year_value),
)


def find_date_phrases(text: str) -> list[DateMatch]:
    """Every date phrase in ``text``, left to right, longest first where they overlap."""
    folded = fold_aligned(text)
    candidates: list[DateMatch] = []
    for pattern, read in _RULES:
        for m in pattern.finditer(folded):
            value = read(m)
            if value is not None:
                candidates.append(DateMatch(m.start(), m.end(), value))
    candidates.sort(key=lambda c: (c.start, -(c.end - c.start)))
    chosen: list[DateMatch] = []
    for candidate in candidates:
        if chosen and candidate.start < chosen[-1].end:
            continue
        chosen.append(candidate)
    return chosen


def parse_date_phrase(text: str) -> FuzzyDate | None:
    """The first date phrase in ``text`` ("cuối tháng 10/2020" → month 2020-10, late)."""
    found = find_date_phrases(text)
    return found[0].value if found else None


def is_only_date_phrase(text: str) -> bool:
    """True when ``text`` is a date phrase and nothing else but filler words."""
    found = find_date_phrases(text)
    if len(found) != 1:
        return False
    rest = fold_aligned(text[: found[0].start] + text[found[0].end :])
    return _FILLER.fullmatch(rest) is not None


# Words around a date that only schedule it: "(dự kiến cuối tháng 4/2024)", "(được tổ chức vào …)".
_FILLER = re.compile(
    r"[\s(),.:;-]*(?:(?:vao|tu|den|ngay|luc|khoang|du kien|duoc to chuc|to chuc|dien ra)\s*)*[\s(),.:;-]*"
)


_RANGE = re.compile(
    r"\(\s*(?P<a>\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})\s*[-–—]\s*(?P<b>\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})\s*\)"
)


@dataclass(frozen=True)
class DateRangeMatch:
    """A bracketed "(23/11/1940 - 23/11/2020)" pair, as anniversaries are written."""

    start: int
    end: int
    first: dt.date
    last: dt.date


def find_date_ranges(text: str) -> list[DateRangeMatch]:
    """Every bracketed pair of days in ``text`` ("(10/3/1975-10/3/2020)")."""
    found: list[DateRangeMatch] = []
    for m in _RANGE.finditer(text):
        a, b = parse_date_phrase(m["a"]), parse_date_phrase(m["b"])
        if a is not None and b is not None:
            found.append(DateRangeMatch(m.start(), m.end(), a.date, b.date))
    return found


def parse_date_range(text: str) -> tuple[dt.date, dt.date] | None:
    """The first bracketed pair of days in ``text``, e.g. "(23/11/1940 - 23/11/2020)"."""
    found = find_date_ranges(text)
    return (found[0].first, found[0].last) if found else None
