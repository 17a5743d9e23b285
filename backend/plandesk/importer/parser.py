"""Read a plan document into a :class:`~plandesk.importer.draft.PlanDraft`.

A plan has a header (number, place and date, "KẾ HOẠCH" and its title, legal
bases), Roman-numbered sections — purposes and requirements, phases and their
topics, channels, implementation (units and tasks) — then the recipients and
the signature. :func:`parse_plan` finds those parts and hands each to its
reader; nothing here touches the database.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plandesk.core.text import fold, nfc
from plandesk.importer.dates import day, roman_to_int
from plandesk.importer.deadlines import PLAN_ISSUED
from plandesk.importer.document import read_document
from plandesk.importer.draft import (
    ChannelDraft,
    ImportWarning,
    PhaseDraft,
    PlanDraft,
    TaskDraft,
    WarningCode,
)
from plandesk.importer.errors import DocumentTooLong, NotAPlan
from plandesk.importer.header import read_preamble
from plandesk.importer.implementation import read_implementation
from plandesk.importer.milestones import MilestoneBook, scan_for_events
from plandesk.importer.normalise import normalise_text
from plandesk.importer.outline import (
    Block,
    Line,
    build_outline,
    classify,
    int_to_roman,
    join_paragraphs,
    split_lines,
)
from plandesk.importer.phases import is_phase_heading, read_phases
from plandesk.importer.signature import is_trailer_start, read_signature
from plandesk.importer.spelling import fix_typing_slips, normalise_spelling
from plandesk.importer.units import ExistingUnit, UnitRegistry

# The seed plan has 272 lines; a plan of 20,000 would run to some 400 pages.
MAX_LINES = 20_000


def parse_plan(text: str, *, existing_units: Sequence[ExistingUnit] = ()) -> PlanDraft:
    """Parse a plan written as plain text or Markdown.

    ``existing_units`` are the units already in PlanDesk: units the plan
    names are matched against them (``matched_unit_id``) and only the others
    are marked ``will_create``. Raises :class:`NotAPlan` naming what is
    missing when the text is not a plan.
    """
    return _parse(text, existing_units=existing_units, soft_wrap=True)


def parse_plan_file(data: bytes, filename: str, *, existing_units: Sequence[ExistingUnit] = ()) -> PlanDraft:
    """Parse an uploaded ``.txt``, ``.md`` or ``.docx`` plan.

    Raises :class:`~plandesk.importer.errors.DocumentTooLarge` (over 5 MB, or over
    :data:`MAX_LINES` lines),
    :class:`~plandesk.importer.errors.UnsupportedDocument` (another format,
    binary data) or :class:`~plandesk.importer.errors.NotAPlan`.
    """
    document = read_document(data, filename)
    draft = _parse(document.text, existing_units=existing_units, soft_wrap=document.soft_wrap)
    draft.warnings[:0] = document.warnings
    return draft


def _parse(text: str, *, existing_units: Sequence[ExistingUnit], soft_wrap: bool) -> PlanDraft:
    if not text.strip():  # before the per-line work: a file of 200,000 empty lines is refused at once
        raise NotAPlan(["text"])
    # Every step below is linear in the lines, but at tens of microseconds a line: a 400 KB
    # file of one-letter lines would hold a sandbox child (and a core) for seconds.
    lines_in = text.count("\n") + 1
    if lines_in > MAX_LINES:
        raise DocumentTooLong(lines_in, MAX_LINES)
    text = normalise_text(nfc(text))
    # One spelling of every word, so "hoà"/"hòa" and "Tỉnh uỷ"/"Tỉnh ủy" read alike everywhere.
    respelled = normalise_spelling(text)
    lines = _promote_numbered_sections(split_lines(respelled))
    if not any(not line.blank for line in lines):
        raise NotAPlan(["text"])
    start, end = _body_bounds(lines)
    preamble = read_preamble(lines[:start], corpus="\n".join(line.text for line in lines))
    signature = read_signature(lines[end:])
    sections = build_outline(join_paragraphs(lines[start:end], soft_wrap=soft_wrap))

    warnings: list[ImportWarning] = [*preamble.warnings, *signature.warnings]
    if respelled != text:
        changed = [
            i
            for i, (a, b) in enumerate(zip(text.splitlines(), respelled.splitlines(), strict=False), 1)
            if a != b
        ]
        warnings.append(
            ImportWarning(
                code=WarningCode.SPELLING_NORMALISED,
                message=f"old-style tone marks or place-name spellings written the current way on "
                f"{len(changed)} lines ('hoà' → 'hòa', 'uỷ' → 'ủy')",
                source_lines=(changed[0], changed[-1]) if changed else None,
            )
        )
    _renumber_sections(sections, warnings)
    book = MilestoneBook()
    registry = UnitRegistry(existing_units, preamble.place)
    purposes: list[str] = []
    requirements: list[str] = []
    phases: list[PhaseDraft] = []
    channels: list[ChannelDraft] = []
    tasks: list[TaskDraft] = []
    for section in sections:
        kind = _section_kind(section)
        if kind == "purposes":
            _read_purposes(section, purposes, requirements, warnings)
        elif kind == "phases":
            phases.extend(read_phases(section, book))
        elif kind == "channels":
            channels.extend(_read_channels(section, book))
        elif kind == "implementation":
            section_tasks, section_warnings, phase_rows = read_implementation(section, registry, book)
            tasks.extend(section_tasks)
            warnings.extend(section_warnings)
            _add_table_phases(phase_rows, phases, book)
        else:
            warnings.append(
                ImportWarning(
                    code=WarningCode.IGNORED_SECTION,
                    message=f"section {section.label or ''} '{section.text[:80]}' "
                    "is not one the importer reads",
                    source_lines=(section.first_line, max(b.last_line for b in section.walk())),
                )
            )

    if not phases and not tasks:
        header = (("plan number", preamble.code), ("plan title", preamble.title))
        missing = [what for what, present in header if not present]
        raise NotAPlan([*missing, "phases", "tasks"])
    if preamble.issued_on is not None and book.find(PLAN_ISSUED) is not None:
        # "trong vòng 30 ngày kể từ ngày ban hành Kế hoạch": the plan's own date anchors it.
        book.mention(PLAN_ISSUED, day(preamble.issued_on), preamble.field_lines.get("issued_on", (1, 1)))
    header_span = (1, max(start, 1))
    trailer_span = (min(end + 1, len(lines)), len(lines))
    _infer_task_phases(tasks, phases, book)
    _warn_missing(
        preamble.code, "plan number ('Số: …/KH-…'): fill it in before saving", header_span, warnings
    )
    _warn_missing(
        preamble.title, "plan title (after 'KẾ HOẠCH'): fill it in before saving", header_span, warnings
    )
    _warn_missing(preamble.issued_on, "date of issue", header_span, warnings)
    _warn_missing(preamble.place, "place of issue", header_span, warnings)
    _warn_missing(preamble.issuer, "issuing body", header_span, warnings)
    _warn_missing(signature.signer_name, "signer", trailer_span, warnings)
    _warn_missing(signature.recipients, "recipients ('Nơi nhận')", trailer_span, warnings)
    if preamble.code and preamble.code_lines and "KH" not in preamble.code.upper():
        warnings.append(
            ImportWarning(
                code=WarningCode.NOT_A_PLAN_NUMBER,
                message=f"'{preamble.code}' does not look like a plan number (no 'KH')",
                source_lines=preamble.code_lines,
            )
        )
    field_lines = dict(preamble.field_lines)
    if signature.signer_lines:
        field_lines["signer"] = signature.signer_lines
    return PlanDraft(
        code=preamble.code,
        title=preamble.title,
        issuing_body=preamble.issuer,
        place=preamble.place,
        issued_on=preamble.issued_on,
        signer_name=signature.signer_name,
        signer_title=signature.signer_title,
        legal_bases=preamble.legal_bases,
        purposes=purposes,
        requirements=requirements,
        recipients=signature.recipients,
        milestones=book.milestones(),
        phases=phases,
        channels=channels,
        units=registry.units(),
        tasks=tasks,
        source_lines=(1, len(lines)),
        field_lines=field_lines,
        warnings=warnings,
    )


def _body_bounds(lines: list[Line]) -> tuple[int, int]:
    """Indexes of the first line of section I and of the first line after the body."""
    romans = [i for i, line in enumerate(lines) if not line.blank and classify(line.text)[0] == "roman"]
    firsts = [i for i in romans if classify(lines[i].text)[1] == "I"]
    start = (firsts or romans or [len(lines)])[0]
    end = next((i for i in range(start, len(lines)) if is_trailer_start(lines[i].text)), len(lines))
    return start, end


def _section_kind(section: Block) -> str:
    folded = fold(section.text)
    if re.search(r"\b(to chuc thuc hien|phan cong|nhiem vu cu the)\b", folded):
        # Checked first: a task table groups its tasks under phase rows ("Giai đoạn 1: …").
        return "implementation"
    if any(is_phase_heading(h) for h in section.headings()) or re.search(r"\b(cac dot|giai doan)\b", folded):
        return "phases"
    if re.search(r"\b(muc dich|muc tieu|yeu cau)\b", folded):
        return "purposes"
    if re.search(r"\b(hinh thuc|phuong thuc|kenh)\b", folded):
        return "channels"
    if re.search(r"\b(to chuc thuc hien|phan cong|trach nhiem|nhiem vu cu the)\b", folded):
        return "implementation"
    return "other"


def _read_purposes(
    section: Block, purposes: list[str], requirements: list[str], warnings: list[ImportWarning]
) -> None:
    def items(block: Block) -> list[str]:
        return [fix_typing_slips(item.text, item.lines, warnings) for item in block.items()]

    def inline(heading: Block) -> list[str]:
        # "1) Mục đích: giới thiệu …": the heading carries its one item after the colon.
        _, colon, rest = heading.text.partition(":")
        return [fix_typing_slips(rest.strip(), heading.lines, warnings)] if colon and rest.strip() else []

    headings = section.headings()
    for heading in headings:
        folded = fold(heading.text)
        if re.search(r"\b(muc dich|muc tieu)\b", folded):
            purposes.extend(items(heading) or inline(heading))
        elif re.search(r"\byeu cau\b", folded):
            requirements.extend(items(heading) or inline(heading))
    # "I. MỤC ĐÍCH" and "II. YÊU CẦU" as sections of their own, with the items right under them.
    if section.items():
        target = purposes if re.search(r"\b(muc dich|muc tieu)\b", fold(section.text)) else requirements
        target.extend(items(section))


def _read_channels(section: Block, book: MilestoneBook) -> list[ChannelDraft]:
    channels: list[ChannelDraft] = []
    headings = section.headings() or section.items()  # a bare list: each bullet is a channel
    for position, heading in enumerate(headings, start=1):
        warnings: list[ImportWarning] = []
        title = fix_typing_slips(heading.text, heading.lines, warnings).rstrip(" .:")
        items: list[str] = []
        for item in heading.items() if heading.is_heading else []:
            items.append(fix_typing_slips(item.text, item.lines, warnings))
            scan_for_events(item.text, item.lines, book)
        for lettered in heading.headings():
            items.append(fix_typing_slips(lettered.text, lettered.lines, warnings))
        channels.append(
            ChannelDraft(
                label=heading.label or str(position),
                title=title,
                items=items,
                source_lines=heading.lines,
                warnings=warnings,
            )
        )
    return channels


def _infer_task_phases(tasks: list[TaskDraft], phases: list[PhaseDraft], book: MilestoneBook) -> None:
    # A task with a deadline belongs, for reporting, to the phase running on that day;
    # the most specific phase (a sub-phase) wins. A guess, so it says so.
    for task in tasks:
        if task.phase_label is not None:
            continue  # the document placed it (a task table's phase row)
        due = book.resolve(task.due)
        if due is None:
            continue
        containing = [
            p
            for p in phases
            if (start := book.resolve(p.start)) is not None
            and (end := book.resolve(p.end)) is not None
            and start <= due <= end
        ]
        if not containing:
            continue
        phase = max(containing, key=lambda p: p.parent_label is not None)
        task.phase_label = phase.label
        task.warnings.append(
            ImportWarning(
                code=WarningCode.INFERRED,
                message=f"put in phase {phase.label}, which runs on the deadline {due:%d/%m/%Y}",
                source_lines=task.source_lines,
            )
        )


def _warn_missing(value: object, what: str, where: tuple[int, int], warnings: list[ImportWarning]) -> None:
    if not value:
        warnings.append(
            ImportWarning(code=WarningCode.MISSING, message=f"no {what} found", source_lines=where)
        )


_SECTION_WORDS = re.compile(
    r"^(muc dich|muc tieu|yeu cau|noi dung|nhiem vu|cac dot|giai doan|hinh thuc|phuong thuc|"
    r"to chuc thuc hien|phan cong|trach nhiem|kinh phi|che do bao cao)"
)


def _promote_numbered_sections(lines: list[Line]) -> list[Line]:
    """A plan whose sections are "1. MỤC ĐÍCH …" (no Roman numerals): number them I, II… as others do."""
    if any(not line.blank and classify(line.text)[0] == "roman" for line in lines):
        return lines
    promoted = list(lines)
    for i, line in enumerate(lines):
        if line.blank:
            continue
        kind, label, text, closer = classify(line.text)
        if kind == "number" and label and label.isdigit() and closer == "." and text.isupper():
            if _SECTION_WORDS.match(fold(text)):
                promoted[i] = Line(line.number, f"{int_to_roman(int(label))}. {text}")
    return promoted


def _renumber_sections(sections: list[Block], warnings: list[ImportWarning]) -> None:
    """Sections numbered I, II, II (a slip, or OCR reading "III" as "II"): the third is III."""
    previous = 0
    for section in sections:
        if section.kind != "roman" or section.label is None:
            continue
        value = roman_to_int(section.label) or 0
        if value <= previous:
            corrected = int_to_roman(previous + 1)
            warnings.append(
                ImportWarning(
                    code=WarningCode.INFERRED,
                    message=f"section '{section.label}. {section.text[:60]}' follows section "
                    f"{int_to_roman(previous)}: read as section {corrected}",
                    source_lines=section.lines,
                )
            )
            section.label, value = corrected, previous + 1
        previous = value


def _add_table_phases(rows: list[Block], phases: list[PhaseDraft], book: MilestoneBook) -> None:
    """Phases a task table names in its spanning rows, unless the plan's prose already has them."""
    known = {p.label for p in phases}
    bare = [Block(r.kind, r.label, r.text, r.first_line, r.last_line) for r in rows]
    if not rows:
        return
    holder = Block("roman", None, "Các giai đoạn", rows[0].first_line, rows[-1].last_line, children=bare)
    for phase in read_phases(holder, book):
        if phase.label not in known:
            phase.position = len([p for p in phases if p.parent_label is None]) + 1
            phases.append(phase)
