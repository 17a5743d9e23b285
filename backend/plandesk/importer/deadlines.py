"""Task deadlines in the ways plans write them.

Fixed: "tiến độ: xong trước 15/4/2020", "xong trước 30/5/2024", "hoàn thành
trước ngày …", "trước ngày …", "chậm nhất (là) ngày …", "hạn chót …",
"thời hạn: Quý II/2024", "trong tháng 5/2024", "trong quý II/2024".
Anchored to an event: "hoàn thành trước Ngày Chuyển đổi số quốc gia" (the day
before it), "sau 15 ngày kể từ ngày khai mạc Hội chợ …" (its start + 15 days),
"trong vòng 30 ngày kể từ ngày ban hành Kế hoạch" (the plan's date + 30).
Recurring: "định kỳ hằng tháng, trước ngày 25", "hằng quý", "định kỳ 6 tháng",
"tháng 6 và tháng 12 hằng năm": a report obligation, not one date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from plandesk.importer.dates import find_date_phrases
from plandesk.importer.draft import (
    FixedDateRef,
    ImportWarning,
    MilestoneDateRef,
    RecurrenceDraft,
    SourceLines,
    WarningCode,
)
from plandesk.importer.milestones import MilestoneBook
from plandesk.importer.spelling import fold_aligned
from plandesk.importer.windows import _anchor, _split_relation

DateRef = FixedDateRef | MilestoneDateRef
PLAN_ISSUED = "Ngày ban hành Kế hoạch"


@dataclass
class Due:
    """A task deadline (or recurring obligation) and where its clause sits in the task text."""

    ref: DateRef | None
    clause_start: int
    warnings: list[ImportWarning] = field(default_factory=list)
    recurrence: RecurrenceDraft | None = None


# Words that introduce a deadline, strongest first; matched on the aligned fold.
_STRONG = re.compile(
    r"(?<![a-z])(?:tien do|thoi han|thoi gian hoan thanh|thoi gian thuc hien|thoi gian|han chot|han"
    r"|hoan thanh|xong|cham nhat|truoc ngay|truoc)(?![a-z])\s*(?:la\s*)?:?(?P<rest>[^;]*)"
)
_WEAK = re.compile(r"(?<![a-z])trong\s+(?=(?:thang|quy)\s)(?P<rest>[^;]*)")
_DUE_LEAD = re.compile(r"[\s:,(]*(?:(?:xong|truoc|trong|cham nhat|vao|den|ngay|het|la|nhat)\s*)*")
# Words that bring the deadline keyword without a deadline: "hoàn thành Kế hoạch năm 2025".
_RELATIVE = re.compile(
    r"(?<![a-z])(?:(?:sau|trong vong|trong thoi han|trong)\s+)(?P<n>\d{1,3})\s+ngay\s+"
    r"(?:ke tu|tinh tu|sau)\s+(?:ngay\s+|khi\s+)?"
    r"(?P<rel>khai mac|be mac|ket thuc|bat dau)?\s*(?P<event>[^;.,]*)"
)
_ISSUE = re.compile(r"^(?:(?:ke hoach|van ban)\s+(?:nay\s+)?(?:duoc\s+)?ban hanh|ban hanh ke hoach)")


def read_due(text: str, book: MilestoneBook, lines: SourceLines) -> Due | None:
    """The deadline a task states, if any.

    A month or quarter deadline falls on the period's last day, with a
    warning; "trước <event>" anchors to the day before the event starts.
    """
    folded = fold_aligned(text)
    return (
        _recurring(text, folded, lines)
        or _relative(text, folded, book, lines)
        or _fixed(text, folded, _STRONG, lines)
        or _before_event(text, folded, book)
        or _fixed(text, folded, _WEAK, lines)
    )


def _fixed(text: str, folded: str, pattern: re.Pattern[str], lines: SourceLines) -> Due | None:
    for m in pattern.finditer(folded):
        rest = text[m.start("rest") : m.end("rest")]
        found = find_date_phrases(rest)
        # "hoàn thành trước ngày 30/6/2025" is a deadline; "hoàn thành Kế hoạch năm 2025" is not.
        if not found or not _DUE_LEAD.fullmatch(fold_aligned(rest[: found[0].start])):
            continue
        when = found[0].value
        due = Due(FixedDateRef(date=when.pick("end")), m.start())
        if when.precision != "day":
            due.warnings.append(
                ImportWarning(
                    code=WarningCode.DUE_PRECISION,
                    message=f"the deadline is given to the {when.precision}; "
                    f"used its last day, {when.pick('end'):%d/%m/%Y}",
                    source_lines=lines,
                )
            )
        return due
    return None


_EVENT_DUE = re.compile(
    r"(?:tien do|thoi han|thoi gian hoan thanh|han chot|hoan thanh)\s*:?\s*(?P<rest>[^;]*)"
)


def _before_event(text: str, folded: str, book: MilestoneBook) -> Due | None:
    for m in _EVENT_DUE.finditer(folded):
        rest = text[m.start("rest") : m.end("rest")]
        relation, _, event = _split_relation(re.sub(r"^\s*xong\s+", "", rest))
        milestone = book.find(event) if event else None
        if milestone is not None:
            anchor, offset, _ = _anchor(relation, "end")
            return Due(
                MilestoneDateRef(milestone_key=milestone.key, side=anchor, offset_days=offset), m.start()
            )
    return None


def _relative(text: str, folded: str, book: MilestoneBook, lines: SourceLines) -> Due | None:
    m = _RELATIVE.search(folded)
    if m is None:
        return None
    event_text = text[m.start("event") : m.end("event")].strip(" ,.:()")
    if not event_text:
        return None
    days = int(m["n"])
    if _ISSUE.match(fold_aligned(event_text)) or fold_aligned(event_text).startswith("ban hanh"):
        milestone = book.mention(PLAN_ISSUED, None, lines)
        side = "start"
    else:
        milestone = book.mention(event_text, None, lines)
        side = "end" if m["rel"] in ("be mac", "ket thuc") else "start"
    ref = MilestoneDateRef(milestone_key=milestone.key, side=side, offset_days=days)
    return Due(ref, m.start())


_MONTHS_YEARLY = re.compile(r"(?<![a-z])thang\s+(\d{1,2})(?!\s*[/\d])")
_DAY_OF_MONTH = re.compile(
    r"(?:truoc|cham nhat|vao)\s+(?:ngay\s+)?(\d{1,2})(?!\s*[/\d.-]\d)(?:\s+hang thang)?"
)
_FREQUENCY = (
    ("weekly", re.compile(r"(?<![a-z])(?:hang|moi)\s+tuan(?![a-z])")),
    ("monthly", re.compile(r"(?<![a-z])(?:hang|moi)\s+thang(?![a-z])")),
    ("quarterly", re.compile(r"(?<![a-z])(?:hang|moi)\s+quy(?![a-z])")),
    (
        "half_yearly",
        re.compile(r"(?<![a-z])(?:dinh ky\s+)?(?:06|6|sau)\s+thang(?:\s+(?:mot lan|1 lan))?(?![a-z/])"),
    ),
    ("yearly", re.compile(r"(?<![a-z])(?:hang|moi)\s+nam(?![a-z])")),
)
_RECURRING_CONTEXT = re.compile(r"(?<![a-z])(?:dinh ky|bao cao|tien do|thoi han|thoi gian|gui)(?![a-z])")


def _recurring(text: str, folded: str, lines: SourceLines) -> Due | None:
    if not _RECURRING_CONTEXT.search(folded):
        return None
    for frequency, pattern in _FREQUENCY:
        m = pattern.search(folded)
        if m is None:
            continue
        if frequency == "half_yearly" and "dinh ky" not in folded[max(0, m.start() - 12) : m.end()]:
            continue
        clause_start = _clause_start(folded, m.start())
        clause = folded[clause_start:]
        end = min((i for i in (clause.find(";"), clause.find(". ")) if i >= 0), default=len(clause))
        clause = clause[:end]
        day_match = _DAY_OF_MONTH.search(clause)
        day = int(day_match.group(1)) if day_match and 1 <= int(day_match.group(1)) <= 31 else None
        months = [int(x) for x in _MONTHS_YEARLY.findall(clause) if 1 <= int(x) <= 12]
        kind: str = frequency
        if frequency in ("weekly", "monthly"):
            months = list(range(1, 13))
        elif frequency == "quarterly":
            months = [3, 6, 9, 12]
        elif frequency == "half_yearly":
            months = months if len(months) == 2 else [6, 12]
        elif months:
            kind = "half_yearly" if len(months) == 2 else "yearly" if len(months) == 1 else "monthly"
        else:
            months = [12]
        phrase = text[clause_start : clause_start + end].strip(" ,.;:()")
        recurrence = RecurrenceDraft(frequency=kind, months=sorted(set(months)), day=day, text=phrase)  # type: ignore[arg-type]
        return Due(
            None,
            clause_start,
            recurrence=recurrence,
            warnings=[
                ImportWarning(
                    code=WarningCode.RECURRING_DEADLINE,
                    message=f"a recurring deadline ('{phrase}'): imported as a recurring report obligation "
                    "with no single due date",
                    source_lines=lines,
                )
            ],
        )
    return None


def _clause_start(folded: str, at: int) -> int:
    """Where the clause holding position ``at`` starts: after the last ",", ";" or "." before it."""
    head = folded[:at]
    cut = max(head.rfind(","), head.rfind(";"), head.rfind(". "), head.rfind("("))
    start = cut + 1 if cut >= 0 else 0
    while start < at and folded[start] == " ":
        start += 1
    return start
