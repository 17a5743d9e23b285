"""Milestones: the events phase windows and deadlines hang on.

A plan rarely gives a phase a calendar end; it says "until the district
congresses end (late August 2020)". That event becomes a milestone with the
precision the document gives it, and the window anchors to it, so moving the
milestone later moves the window. The same event is written several ways
("Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", "Đại hội XIII của
Đảng"); :class:`MilestoneBook` keeps one milestone per event.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from plandesk.core.text import fold
from plandesk.importer.dates import FuzzyDate, day, find_date_phrases, find_date_ranges, is_only_date_phrase
from plandesk.importer.draft import (
    FixedDateRef,
    ImportWarning,
    MilestoneDateRef,
    MilestoneDraft,
    MilestoneKind,
    SourceLines,
    WarningCode,
    resolve_date_ref,
)
from plandesk.importer.spelling import capitalise_first, normalise_spelling, tidy

# Words that do not tell events apart: "Đại hội đại biểu toàn quốc lần thứ XIII
# của Đảng" and "Đại hội XIII của Đảng" are the same congress.
_FILLER = re.compile(r"\b(dai bieu|lan thu|cua dang|toan quoc|ngay|nhiem ky \d{4}\s*-\s*\d{4})\b")
_ORDINAL = re.compile(r"^(?:[ivxlc]+|\d+)$")


def event_key(title: str) -> str:
    """A stable slug for an event, ignoring the words that vary between mentions."""
    folded = fold(normalise_spelling(title))
    folded = _FILLER.sub(" ", folded)
    folded = re.sub(r"[^a-z0-9 ]+", " ", folded)
    return "-".join(folded.split())


def _same_event(a: str, b: str) -> bool:
    if a == b:
        return True
    ta, tb = set(a.split("-")), set(b.split("-"))
    small, large = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    ordinals_a = {t for t in ta if _ORDINAL.match(t)}
    ordinals_b = {t for t in tb if _ORDINAL.match(t)}
    # "Đại hội Đảng bộ tỉnh lần thứ XVII" is "Đại hội đại biểu Đảng bộ tỉnh Đắk Lắk lần thứ XVII".
    return len(small) >= 3 and small <= large and ordinals_a == ordinals_b


def milestone_kind(title: str) -> MilestoneKind:
    """Reviews ("sơ kết", "tổng kết") and deadlines ("hạn chót") apart from other events."""
    folded = fold(title)
    if re.search(r"\b(so ket|tong ket|danh gia)\b", folded):
        return "review"
    if re.search(r"\b(han chot|thoi han)\b", folded):
        return "deadline"
    return "event"


class MilestoneBook:
    """The milestones of one plan, one per event, in order of first mention."""

    def __init__(self) -> None:
        self._milestones: list[MilestoneDraft] = []

    def find(self, title: str) -> MilestoneDraft | None:
        """The milestone for the event called ``title``, if it was mentioned before."""
        key = event_key(title)
        return next((m for m in self._milestones if _same_event(m.key, key)), None)

    def mention(
        self,
        title: str,
        when: FuzzyDate | None,
        lines: SourceLines,
        *,
        warnings: Sequence[ImportWarning] = (),
    ) -> MilestoneDraft:
        """Record a mention of an event, dated or not, and return its milestone."""
        name = capitalise_first(normalise_spelling(tidy(title)).strip(" ,;:."))
        known = self.find(name)
        if known is None:
            known = MilestoneDraft(
                key=self._unique_key(event_key(name)),
                title=name,
                kind=milestone_kind(name),
                source_lines=lines,
            )
            self._milestones.append(known)
        known.warnings.extend(w for w in warnings if w not in known.warnings)
        if when is None:
            return known
        if known.date is None:
            known.precision = when.precision
            known.date = when.date
            known.range_start = when.range_start
            known.range_end = when.range_end
        elif (known.range_start, known.range_end) != (when.range_start, when.range_end):
            known.warnings.append(
                ImportWarning(
                    code=WarningCode.DATE_CONFLICT,
                    message=f"'{name}' is dated {when.range_start:%d/%m/%Y}–{when.range_end:%d/%m/%Y} "
                    f"here but {known.range_start:%d/%m/%Y}–{known.range_end:%d/%m/%Y} earlier; "
                    "kept the first",
                    source_lines=lines,
                )
            )
        return known

    def _unique_key(self, key: str) -> str:
        taken = {m.key for m in self._milestones}
        candidate, n = key or "milestone", 2
        while candidate in taken:
            candidate, n = f"{key}-{n}", n + 1
        return candidate

    def resolve(self, ref: FixedDateRef | MilestoneDateRef | None) -> dt.date | None:
        """The date ``ref`` stands for with the milestones as they are now."""
        return resolve_date_ref(ref, self._milestones)

    def milestones(self) -> list[MilestoneDraft]:
        """Every milestone, with a warning on those the document never dates."""
        for milestone in self._milestones:
            if milestone.date is None and not any(w.code == WarningCode.MISSING for w in milestone.warnings):
                milestone.warnings.append(
                    ImportWarning(
                        code=WarningCode.MISSING,
                        message=f"the document never dates '{milestone.title}': set its date",
                        source_lines=milestone.source_lines,
                    )
                )
        return sorted(self._milestones, key=lambda m: m.source_lines)


_ANNIVERSARY_START = re.compile(r"(?i:kỷ niệm|kỉ niệm)\s+\d+\s+năm|\d+\s+năm")
_EVENT_START = re.compile(
    r"(?:Đại hội|Hội nghị|Hội thảo|Diễn đàn|Lễ|Ngày|Tuần lễ|Tháng|Triển lãm|Hội chợ|Hội thi|Hội diễn|"
    r"Liên hoan|Kỳ họp)\s"
)
_PARENTHESIS = re.compile(r"\((?P<inner>[^()]*)\)")


def scan_for_events(text: str, lines: SourceLines, book: MilestoneBook) -> None:
    """Record dated events named in running text as milestones.

    Anniversaries are written with the two days in brackets ("Kỷ niệm 80 năm
    … (23/11/1940 - 23/11/2020)"); other events with their date in brackets
    ("Đại hội Thi đua yêu nước toàn quốc lần thứ X (được tổ chức vào cuối
    quý IV năm 2020)").
    """
    for found in find_date_ranges(text):
        clause = re.split(r"[)(;“”\"]", text[: found.start])[-1]
        starts = list(_ANNIVERSARY_START.finditer(clause))
        if not starts:
            continue
        name = clause[starts[-1].start() :].strip(" ,")
        if not fold(name).startswith(("ky niem", "ki niem")):
            name = "Kỷ niệm " + name
        last, warnings = _checked_anniversary(name, found.first, found.last, lines)
        book.mention(name, day(last), lines, warnings=warnings)
    for m in _PARENTHESIS.finditer(text):
        inner = m["inner"]
        if find_date_ranges(m.group(0)) or not is_only_date_phrase(inner):
            continue
        clause = re.split(r"[)(;“”\"]", text[: m.start()])[-1]
        starts = list(_EVENT_START.finditer(clause))
        if not starts:
            continue
        when = find_date_phrases(inner)[0].value
        book.mention(clause[starts[-1].start() :].strip(" ,"), when, lines)


def _checked_anniversary(
    name: str, first: dt.date, last: dt.date, lines: SourceLines
) -> tuple[dt.date, list[ImportWarning]]:
    # "80 năm … (23/11/1940 - 23/11/2019)": the years say 2020; trust the arithmetic.
    years = re.search(r"(\d+)\s+năm", name)
    if years is None:
        return last, []
    expected = first.year + int(years.group(1))
    if expected == last.year:
        return last, []
    try:
        corrected = last.replace(year=expected)
    except ValueError:  # 29 February
        return last, []
    return corrected, [
        ImportWarning(
            code=WarningCode.DATE_CORRECTED,
            message=f"'{tidy(name)}': {years.group(1)} years after {first:%d/%m/%Y} is "
            f"{corrected:%d/%m/%Y}, the document says {last:%d/%m/%Y}; used {corrected:%d/%m/%Y}",
            source_lines=lines,
        )
    ]
