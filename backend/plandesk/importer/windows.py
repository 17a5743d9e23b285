"""Phase windows and task deadlines as DateRefs.

"Từ đầu tháng 02/2020 đến kết thúc đại hội đảng bộ cấp huyện (cuối tháng 8
năm 2020)" → start fixed 2020-02-01; end anchored to the end of the
milestone "Đại hội đảng bộ cấp huyện" (August 2020). "Từ sau …" starts the
day after an event ends (+1 day); "đến trước khai mạc …" ends the day before it
opens (−1 day); "trong thời gian diễn ra …" spans it. "tiến độ: xong trước
15/4/2020" is a fixed deadline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from plandesk.importer.dates import find_date_phrases, is_only_date_phrase
from plandesk.importer.draft import (
    FixedDateRef,
    ImportWarning,
    MilestoneDateRef,
    MilestoneDraft,
    Side,
    SourceLines,
    WarningCode,
)
from plandesk.importer.milestones import MilestoneBook
from plandesk.importer.spelling import fold_aligned

DateRef = FixedDateRef | MilestoneDateRef


@dataclass
class Window:
    """A phase window read from its heading."""

    start: DateRef | None = None
    end: DateRef | None = None
    warnings: list[ImportWarning] = field(default_factory=list)


# Relation words in front of an endpoint, longest first; matched on folded text.
_RELATIONS = (
    "thoi diem truoc, trong va sau",
    "sau khi ket thuc",
    "sau khi be mac",
    "truoc khi khai mac",
    "truoc khai mac",
    "khi ket thuc",
    "ket thuc",
    "be mac",
    "khai mac",
    "sau khi",
    "truoc khi",
    "sau",
    "truoc",
    "het",
    "thoi diem",
)
# "ngày" only when a date follows: "Ngày Chuyển đổi số quốc gia" is the name of an event.
_RELATION = re.compile(r"^(?:" + "|".join(re.escape(r) for r in _RELATIONS) + r"|ngay(?=\s+\d))(?=\s)")
# "… (Quý I/2021)" — the bracket dates the event it follows.
_BRACKETED_DATE = re.compile(r"\((?P<inner>[^()]*)\)\s*$")
# What follows the window in a heading: ", tập trung tuyên truyền những nội dung sau:".
_TAIL = re.compile(r",?\s*(?:tap trung|trong tam|chu yeu|voi (?:cac|nhung) noi dung|gom (?:cac|nhung)).*$")
_WINDOW_START = re.compile(r"(?<![a-z])(?:tu|sau|trong thoi gian|trong khi|truoc)\s")


def strip_window_tail(text: str) -> str:
    """Drop ", tập trung tuyên truyền những nội dung sau:" and the like from a heading."""
    m = _TAIL.search(fold_aligned(text))
    return (text[: m.start()] if m else text).strip(" :,")


def read_window(text: str, book: MilestoneBook, lines: SourceLines) -> Window:
    """The window a phase heading states, recording the events it names as milestones."""
    text = strip_window_tail(text)
    folded = fold_aligned(text)
    m = next((m for m in _WINDOW_START.finditer(folded) if _is_window_word(text, m.start())), None)
    if m is None:
        return _dates_only(text, lines)
    phrase, fphrase = text[m.start() :], folded[m.start() :]
    if text[: m.start()].rstrip().endswith("("):
        # "Giai đoạn 1 (từ ngày 15/3 đến ngày 15/4): Công bố …": the window is the bracket.
        close = _matching_bracket(text, m.start())
        phrase, fphrase = text[m.start() : close], folded[m.start() : close]
    window = Window()
    between = re.search(r"\s+den\s+", fphrase)
    if between is not None:
        start_text = phrase[: between.start()]
        if fold_aligned(start_text).startswith("tu "):
            start_text = start_text[3:]
        window.start = _endpoint(start_text, "start", book, lines, window.warnings)
        window.end = _endpoint(phrase[between.end() :], "end", book, lines, window.warnings)
    elif fphrase.startswith(("trong thoi gian", "trong khi")):
        event = re.sub(r"^(?:trong\s+(?:thoi gian|khi)\s+)(?:dien ra\s+)?", "", fphrase)
        milestone = _event(phrase[len(phrase) - len(event) :], book, lines)
        if milestone is not None:
            window.start = MilestoneDateRef(milestone_key=milestone.key, side="start")
            window.end = MilestoneDateRef(milestone_key=milestone.key, side="end")
            _warn_coarse(window.warnings, milestone, "duration", lines)
    elif fphrase.startswith("sau"):
        window.start = _endpoint(phrase, "start", book, lines, window.warnings)
        window.warnings.append(_missing("the window states no end", lines))
    elif fphrase.startswith("truoc"):
        window.end = _endpoint(phrase, "end", book, lines, window.warnings)
        window.warnings.append(_missing("the window states no start", lines))
    else:
        return _dates_only(text, lines)
    return window


def _is_window_word(text: str, at: int) -> bool:
    # Folding makes "tư" ("tư vấn", "đầu tư") look like "từ" (from): check the original.
    return text[at : at + 2].lower() != "tư"


def _matching_bracket(text: str, start: int) -> int:
    depth = 1
    for i in range(start, len(text)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return i
    return len(text)


def _dates_only(text: str, lines: SourceLines) -> Window:
    # "Giai đoạn 1 (Quý I/2025)": a period; two phrases: a start and an end.
    found = find_date_phrases(text)
    if len(found) == 1:
        value = found[0].value
        return Window(FixedDateRef(date=value.range_start), FixedDateRef(date=value.range_end))
    if len(found) >= 2:
        first, last = found[0].value, found[1].value
        return Window(FixedDateRef(date=first.pick("start")), FixedDateRef(date=last.pick("end")))
    return Window(warnings=[_missing("the heading states no window", lines)])


def _missing(message: str, lines: SourceLines) -> ImportWarning:
    return ImportWarning(code=WarningCode.MISSING, message=message, source_lines=lines)


def _split_relation(text: str) -> tuple[str, str, str]:
    """Split "sau khi bế mạc Đại hội XIII" into its relation (folded and as written) and the event."""
    text = text.strip(" ,.:")
    folded = fold_aligned(text)
    relation, written = "", ""
    while m := _RELATION.match(folded):
        relation = (relation + " " + m.group(0)).strip()
        written = (written + " " + text[: m.end()]).strip()
        text, folded = text[m.end() :].lstrip(), folded[m.end() :].lstrip()
    return relation, written, text


def _endpoint(
    text: str, side: Side, book: MilestoneBook, lines: SourceLines, warnings: list[ImportWarning]
) -> DateRef | None:
    relation, written, text = _split_relation(text)
    if not text:
        return None
    if is_only_date_phrase(text):
        when = find_date_phrases(text)[0].value
        return FixedDateRef(date=when.pick(side))
    milestone = _event(text, book, lines)
    if milestone is None:
        return None
    anchor, offset, guessed = _anchor(relation, side)
    if guessed:
        warnings.append(
            ImportWarning(
                code=WarningCode.WINDOW_GUESSED,
                message=f"'{written} {text}' read as the {anchor} of milestone '{milestone.title}'",
                source_lines=lines,
            )
        )
    if "khai mac" in relation or "be mac" in relation:
        _warn_coarse(warnings, milestone, "opening" if "khai mac" in relation else "closing", lines)
    return MilestoneDateRef(milestone_key=milestone.key, side=anchor, offset_days=offset)


def _anchor(relation: str, side: Side) -> tuple[Side, int, bool]:
    """Which side of the event an endpoint means, the offset in days, and whether it is a guess."""
    words = relation.split()
    if relation.startswith("thoi diem truoc, trong va sau"):
        return "end", 0, True  # "before, during and after": the window runs to the event's end
    if "truoc" in words:
        return "start", -1, False  # "đến trước khai mạc X": the day before X opens
    if "sau" in words:
        return ("end", 1, False) if side == "start" else ("end", 0, True)  # "từ sau X": the day after
    if "khai mac" in relation:
        return "start", 0, False
    return ("start", 0, False) if side == "start" else ("end", 0, False)


def _event(text: str, book: MilestoneBook, lines: SourceLines) -> MilestoneDraft | None:
    text = text.strip(" ,.:")
    when = None
    if (m := _BRACKETED_DATE.search(text)) and is_only_date_phrase(m["inner"]):
        when = find_date_phrases(m["inner"])[0].value
        text = text[: m.start()].strip()
    if not text:
        return None
    return book.mention(text, when, lines)


def _warn_coarse(
    warnings: list[ImportWarning], milestone: MilestoneDraft, what: str, lines: SourceLines
) -> None:
    if milestone.precision in (None, "day"):
        return
    warnings.append(
        ImportWarning(
            code=WarningCode.COARSE_ANCHOR,
            message=f"anchored to the {what} of '{milestone.title}', which the document dates only to the "
            f"{milestone.precision}: set the milestone's exact dates when known",
            source_lines=lines,
        )
    )
