"""The phases section: "Đợt I: Từ … đến …", its sub-phases "3.1.", and their topics."""

from __future__ import annotations

import re

from plandesk.core.text import fold
from plandesk.importer.draft import ImportWarning, PhaseDraft, WarningCode
from plandesk.importer.milestones import MilestoneBook, scan_for_events
from plandesk.importer.outline import Block
from plandesk.importer.spelling import fix_typing_slips, fold_aligned
from plandesk.importer.windows import read_window, strip_window_tail

_PHASE = re.compile(r"^(?:dot|giai doan|buoc|chang|phase)\s+(?P<label>[ivxlc]+|\d+)(?![a-z0-9])")


def is_phase_heading(block: Block) -> bool:
    """A numbered heading that opens a phase ("1. Đợt I: …", "Giai đoạn 2 – …")."""
    return block.is_heading and bool(_PHASE.match(fold_aligned(block.text)))


def read_phases(section: Block, book: MilestoneBook) -> list[PhaseDraft]:
    """Phases and sub-phases of a section, with windows anchored to milestones where the text says so."""
    headings = [h for h in section.headings() if is_phase_heading(h)]
    if not headings and re.search(r"\b(cac dot|giai doan)\b", fold(section.text)):
        headings = [h for h in section.headings() if h.kind == "number"]
    phases: list[PhaseDraft] = []
    for position, heading in enumerate(headings, start=1):
        label = _label(heading)
        parent = _phase(heading, label, None, position, book)
        phases.append(parent)
        subs = [h for h in heading.headings() if h.kind == "number"]
        for sub_position, sub in enumerate(subs, start=1):
            child = _phase(sub, sub.label or f"{label}.{sub_position}", label, sub_position, book)
            _check_inside(child, parent, book)
            phases.append(child)
    return phases


def phase_label_of(heading: Block) -> str:
    """The label of the phase a heading opens ("Giai đoạn 2: …" → "2")."""
    return _label(heading)


def _label(heading: Block) -> str:
    m = _PHASE.match(fold_aligned(heading.text))
    if m is None:
        return heading.label or ""
    # The label as written ("I", "2"), upper-cased for Roman numerals.
    return heading.text[m.start("label") : m.end("label")].upper()


def _phase(
    block: Block, label: str, parent_label: str | None, position: int, book: MilestoneBook
) -> PhaseDraft:
    warnings: list[ImportWarning] = []
    title = fix_typing_slips(strip_window_tail(block.text), block.lines, warnings)
    prefix = _PHASE.match(fold_aligned(title))
    window_text = title[prefix.end() :].lstrip(" :–-") if prefix else title
    window = read_window(window_text, book, block.lines)
    warnings.extend(window.warnings)
    topics = _topics(block, book, warnings)
    return PhaseDraft(
        label=label,
        parent_label=parent_label,
        position=position,
        title=title,
        topics=topics,
        start=window.start,
        end=window.end,
        source_lines=block.lines,
        warnings=warnings,
    )


def _topics(block: Block, book: MilestoneBook, warnings: list[ImportWarning]) -> list[str]:
    items = block.items()
    dashes = any(item.kind == "bullet" for item in items)
    topics: list[str] = []
    for item in items:
        if item.kind == "star" and dashes:
            # "* Đối với …" among "-" bullets is a remark on the phase, not a topic.
            warnings.append(
                ImportWarning(
                    code=WarningCode.NOTE_NOT_A_TOPIC,
                    message=f"kept a note out of the topics: '{item.text}'",
                    source_lines=item.lines,
                )
            )
            continue
        topics.append(fix_typing_slips(item.text, item.lines, warnings))
        scan_for_events(item.text, item.lines, book)
    for lettered in (h for h in block.headings() if h.kind == "letter"):
        topics.append(fix_typing_slips(lettered.text, lettered.lines, warnings))
        topics.extend(fix_typing_slips(item.text, item.lines, warnings) for item in lettered.items())
    return topics


def _check_inside(child: PhaseDraft, parent: PhaseDraft, book: MilestoneBook) -> None:
    parent_start, parent_end = book.resolve(parent.start), book.resolve(parent.end)
    start, end = book.resolve(child.start), book.resolve(child.end)
    outside = (start is not None and parent_end is not None and start > parent_end) or (
        end is not None and parent_start is not None and end < parent_start
    )
    if outside:
        child.warnings.append(
            ImportWarning(
                code=WarningCode.WINDOW_GUESSED,
                message=f"sub-phase {child.label} falls outside phase {parent.label} as the milestones are "
                "dated now; set the milestones' exact dates or adjust the windows",
                source_lines=child.source_lines,
            )
        )
