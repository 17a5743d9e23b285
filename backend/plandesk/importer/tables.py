"""Task tables in Word plans → outline lines the implementation reader understands.

Many plans list their work as a table: "STT | Nội dung công việc | Đơn vị chủ
trì | Đơn vị phối hợp | Thời gian hoàn thành | Ghi chú". A row spanning the
whole table ("Giai đoạn 1: Từ tháng 3 đến tháng 5/2024") opens a phase; merged
cells repeat their value in every row they cover. Each task row becomes one
numbered entry written the way prose plans write it::

    1.2. Sở Tư pháp: Tổ chức hội nghị phổ biến …; phối hợp với Sở Nội vụ; thời hạn: Quý II/2024.

so tables and prose go through the same readers and give the same draft.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from plandesk.core.text import fold

_COLUMNS: tuple[tuple[str, str], ...] = (
    ("number", r"^(stt|tt|so tt|so thu tu)$"),
    ("support", r"phoi hop"),
    ("due", r"thoi gian|thoi han|tien do|han hoan thanh|moc"),
    ("content", r"noi dung|nhiem vu|cong viec|hoat dong"),
    ("lead", r"chu tri|thuc hien|trach nhiem|co quan|don vi|phu trach"),
    ("note", r"ghi chu|san pham|ket qua"),
)


@dataclass(frozen=True)
class TaskTable:
    """Which column holds what in a task table."""

    columns: dict[str, int]


def task_table(header: Sequence[str]) -> TaskTable | None:
    """The task-table layout of a header row, or ``None`` for any other table (header blocks, signatures)."""
    columns: dict[str, int] = {}
    for index, cell in enumerate(header):
        folded = fold(cell)
        for role, pattern in _COLUMNS:
            if role not in columns and re.search(pattern, folded):
                columns[role] = index
                break
    if "content" in columns and "lead" in columns:
        return TaskTable(columns)
    return None


def _cell(row: Sequence[str], table: TaskTable, role: str) -> str:
    index = table.columns.get(role)
    if index is None or index >= len(row):
        return ""
    return " ".join(row[index].split()).strip(" .;")


def table_lines(table: TaskTable, rows: Sequence[Sequence[str]], spanning: Sequence[bool]) -> list[str]:
    """The outline lines for a task table's body rows; ``spanning`` marks rows merged across the table."""
    lines: list[str] = []
    phase_no = 0
    task_no = 0
    for row, spans in zip(rows, spanning, strict=True):
        if spans or (not _cell(row, table, "lead") and _cell(row, table, "content")):
            # A phase (or group) row: everything under it until the next one belongs to it.
            text = next((c.strip() for c in row if c.strip()), "")
            text = re.sub(r"^(?:[IVX]+|[A-Z]|\d+)\s*[.)/-]\s*", "", text)
            if not text:
                continue
            phase_no += 1
            task_no = 0
            lines += [f"{phase_no}. {text}", ""]
            continue
        content = _cell(row, table, "content")
        lead = _cell(row, table, "lead")
        if not content or not lead:
            continue
        task_no += 1
        label = f"{phase_no}.{task_no}." if phase_no else f"{task_no}."
        parts = [f"{label} {lead}: {content[:1].upper()}{content[1:]}"]
        if support := _cell(row, table, "support"):
            parts.append(f"phối hợp với {support}")
        if due := _cell(row, table, "due"):
            parts.append(f"thời hạn: {due}")
        lines += ["; ".join(parts) + ".", ""]
    return lines
