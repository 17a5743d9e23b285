"""The implementation section ("Tổ chức thực hiện"): units and their tasks.

Each numbered entry names one unit, several units or a unit group; entries
nest ("2.1" under "2"). Every bullet or paragraph under an entry is a task
led by the entry's unit; units named after "phối hợp với" support it. When an
entry names several units the first leads and the others support, unless a
task starts by naming one of them ("Đài Phát thanh - Truyền hình tỉnh ngoài
…"), which then leads it alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from plandesk.core.text import fold
from plandesk.importer.deadlines import read_due
from plandesk.importer.draft import ImportWarning, SourceLines, TaskDraft, UnitDraft, WarningCode
from plandesk.importer.milestones import MilestoneBook, scan_for_events
from plandesk.importer.outline import Block
from plandesk.importer.phases import is_phase_heading, phase_label_of
from plandesk.importer.spelling import fix_typing_slips, normalise_spelling, tidy
from plandesk.importer.units import (
    UnitRegistry,
    cut_at_verb,
    display_name,
    is_generic,
    partner_phrases,
    split_unit_names,
    starts_with_unit_word,
)

TITLE_LIMIT = 200


@dataclass
class _Entry:
    section: str
    units: list[UnitDraft]
    tasks: list[tuple[str, SourceLines]] = field(default_factory=list)
    phase_label: str | None = None


def read_implementation(
    section: Block, registry: UnitRegistry, book: MilestoneBook
) -> tuple[list[TaskDraft], list[ImportWarning], list[Block]]:
    """Units (into ``registry``) and tasks of an implementation section, document warnings, and
    the phase headings the tasks are grouped under (a task table's phase rows)."""
    warnings: list[ImportWarning] = []
    entries: list[_Entry] = []
    phase_rows: list[Block] = []
    # Units first, so an entry's own spelling of a name wins over a passing "phối hợp với" mention.
    for child in section.children:
        if child.is_heading:
            _read_entry(child, section.label or "", None, registry, entries, warnings, phase_rows)
        elif not _is_introduction(child):
            warnings.append(_ignored(child, "a paragraph before the first unit"))
    tasks = [_task(text, lines, entry, registry, book) for entry in entries for text, lines in entry.tasks]
    return tasks, warnings, phase_rows


def _is_introduction(block: Block) -> bool:
    # "… đề nghị các cấp, các ngành tập trung vào các nhiệm vụ cụ thể sau:"
    return block.text.rstrip().endswith(":") or bool(re.search(r"\b(nhu|cu the) sau\b", fold(block.text)))


def _ignored(block: Block, what: str) -> ImportWarning:
    return ImportWarning(
        code=WarningCode.IGNORED_PARAGRAPH,
        message=f"ignored {what}: '{block.text[:120]}'",
        source_lines=block.lines,
    )


def _read_entry(
    heading: Block,
    roman: str,
    parent_key: str | None,
    registry: UnitRegistry,
    entries: list[_Entry],
    warnings: list[ImportWarning],
    phase_rows: list[Block],
    phase_label: str | None = None,
) -> None:
    section = f"{roman}.{heading.label}" if roman else heading.label or ""
    name_text, inline_task = _split_heading(heading.text)
    if heading.kind == "letter" or not starts_with_unit_word(name_text):
        # Not a unit: a grouping heading ("1. Phân công nhiệm vụ", "Giai đoạn 1: …"); its sub-entries may be.
        if is_phase_heading(heading):
            phase_rows.append(heading)
            phase_label = phase_label_of(heading)
        for child in heading.children:
            if child.is_heading and child.kind != "letter":
                _read_entry(child, roman, parent_key, registry, entries, warnings, phase_rows, phase_label)
            else:
                what = f"a paragraph under '{heading.text[:60]}', which names no unit"
                warnings.append(_ignored(child, what))
        return
    name_text, remark = _without_remark(name_text)
    name_text, trimmed = cut_at_verb(name_text)
    trimmed = trimmed or bool(remark)
    names = split_unit_names(name_text)
    unit_warnings: list[ImportWarning] = []
    if trimmed:
        unit_warnings.append(
            ImportWarning(
                code=WarningCode.UNIT_NAME_TRIMMED,
                message=f"entry {section} reads '{heading.text}'; "
                f"took '{display_name(name_text)}' as the unit",
                source_lines=heading.lines,
            )
        )
    units = [registry.add(name, heading.lines, parent_key=parent_key) for name in names]
    if len(units) > 1:
        others = ", ".join(f"'{u.name}'" for u in units[1:])
        unit_warnings.append(
            ImportWarning(
                code=WarningCode.MULTI_UNIT_ENTRY,
                message=f"entry {section} names {len(units)} units: '{units[0].name}' (the first) leads "
                f"the tasks listed under it, {others} support them",
                source_lines=heading.lines,
            )
        )
    units[0].warnings.extend(w for w in unit_warnings if w not in units[0].warnings)
    entry = _Entry(section, units, phase_label=phase_label)
    entries.append(entry)
    if inline_task:
        entry.tasks.append((inline_task, heading.lines))
    for child in heading.children:
        if child.kind == "letter":
            body = " ".join([child.text, *(item.text for item in child.items())])
            entry.tasks.append((body, (child.first_line, max(b.last_line for b in child.walk()))))
        elif child.is_heading:
            _read_entry(child, roman, units[0].key, registry, entries, warnings, phase_rows, phase_label)
        elif _is_closing_remark(child):
            warnings.append(_ignored(child, "the plan's closing remark"))
        else:
            entry.tasks.append((child.text, child.lines))


def _without_remark(name: str) -> tuple[str, str | None]:
    # "Sở Xây dựng (cơ quan thường trực)": the bracket describes the unit's role, it is not its name.
    m = re.search(r"\s*\(([^)]*)\)\s*$", name)
    return (name[: m.start()], m.group(1)) if m else (name, None)


_CLOSING = re.compile(r"^(tren day la|trong qua trinh (to chuc )?(trien khai|thuc hien))\b")


def _is_closing_remark(block: Block) -> bool:
    """ "Trên đây là Kế hoạch …", "Trong quá trình thực hiện, nếu có vướng mắc …": not a task."""
    return block.kind == "text" and bool(_CLOSING.match(fold(block.text)))


def _split_heading(text: str) -> tuple[str, str | None]:
    # "Sở Xây dựng: chủ trì tổ chức …" names the unit and its first task at once.
    name, colon, rest = text.partition(":")
    rest = rest.strip()
    if colon and rest:
        return name.strip(), rest[0].upper() + rest[1:]
    return text.rstrip(" :"), None


def _task(
    text: str, lines: SourceLines, entry: _Entry, registry: UnitRegistry, book: MilestoneBook
) -> TaskDraft:
    warnings: list[ImportWarning] = []
    body = fix_typing_slips(tidy(text), lines, warnings)
    lead, supporting = _lead_of(body, entry.units)
    for phrase in partner_phrases(body):
        for name in split_unit_names(phrase):
            if is_generic(name):
                warnings.append(
                    ImportWarning(
                        code=WarningCode.GENERIC_PARTNER,
                        message=f"'{name}' names no particular unit; not added as a supporting unit",
                        source_lines=lines,
                    )
                )
                continue
            supporting.append(registry.add(name, lines))
    due = read_due(body, book, lines)
    if due is not None:
        warnings.extend(due.warnings)
    scan_for_events(body, lines, book)
    keys: list[str] = []
    for unit in supporting:
        if unit.key != lead.key and unit.key not in keys:
            keys.append(unit.key)
    return TaskDraft(
        source_section=entry.section,
        # A deadline that opens the task ("Báo cáo … hằng năm") is also its title.
        title=task_title(body, due.clause_start if due and due.clause_start > 0 else None),
        body=body,
        lead_unit_key=lead.key,
        supporting_unit_keys=keys,
        due=due.ref if due else None,
        recurrence=due.recurrence if due else None,
        phase_label=entry.phase_label,
        source_lines=lines,
        warnings=warnings,
    )


def _lead_of(body: str, units: list[UnitDraft]) -> tuple[UnitDraft, list[UnitDraft]]:
    opening = fold(normalise_spelling(body))
    for unit in units:
        names = [unit.name] + ([unit.short_name] if unit.short_name else [])
        if any(opening.startswith(fold(name)) for name in names):
            return unit, []
    return units[0], list(units[1:])


_SENTENCE_END = re.compile(r"(?<=[^\W_])[.;](?=\s|$)|;")


def task_title(body: str, deadline_at: int | None = None) -> str:
    """A short title: the task's first sentence or clause, without the deadline, ≤ ~200 characters."""
    text = body[:deadline_at] if deadline_at is not None else body
    m = _SENTENCE_END.search(text)
    first = (text[: m.start()] if m else text).strip(" ,;:.")
    if len(first) <= TITLE_LIMIT:
        return first
    cut = first[:TITLE_LIMIT]
    at = max(cut.rfind(", "), cut.rfind(" "))
    return cut[: at if at > TITLE_LIMIT // 2 else TITLE_LIMIT].rstrip(" ,;") + "…"
