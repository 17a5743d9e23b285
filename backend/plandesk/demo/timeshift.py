"""Bring the demo plan to the present: every date moved by the same number of days.

The seed plan was issued in January 2020. A demo whose deadlines all passed six
years ago shows nothing an officer or a coordinator would recognise, so unless
``--as-issued`` is given the whole plan is moved so that *today* falls in the
middle of phase II (deadlines in the coming days, a few overdue by days, the
reports of the past weeks behind it). Every date moves by the same offset, so
the schedule keeps its shape: what was anchored to a milestone stays anchored,
and the gaps between dates are unchanged.

The words move with the dates. A task whose deadline reads 14/05/2026 while its text
says "tiến độ: xong trước 15/3/2020", or a phase from April 2026 titled "Từ đầu tháng
02/2020", would tell the person trying the demo that something is broken. So the
schedule's own dates written in the text — a day after a deadline word ("trước",
"đến", "hạn", "chậm nhất"), a month ("tháng 8 năm 2020", "tháng 10/2020"), a quarter
("Quý I/2021") — move too. Dates that are facts stay as written: a directive's date
("Chỉ thị số 35-CT/TW, ngày 30/5/2019"), an anniversary ("23/11/1940 - 23/11/2020").
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core.text import fold
from plandesk.plans.models import Milestone, Phase, Plan
from plandesk.tasks.crud import search_key
from plandesk.tasks.models import Assignment, Task

# The phase the demo's "today" sits in the middle of.
ANCHOR_PHASE_LABEL = "II"

_DEADLINE_DAY = re.compile(
    r"(?P<lead>\b(?:trước|đến|hạn|chậm nhất)\s+(?:ngày\s+)?)(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\b",
    re.IGNORECASE,
)
_MONTH = re.compile(
    r"(?P<lead>\b(?:(?P<edge>đầu|cuối)\s+)?tháng\s+)(?P<m>\d{1,2})(?P<sep>/|\s+năm\s+)(?P<y>\d{4})\b",
    re.IGNORECASE,
)
_QUARTER = re.compile(r"(?P<lead>\bquý\s+)(?P<q>IV|I{1,3})/(?P<y>\d{4})\b", re.IGNORECASE)
_ROMAN = ("I", "II", "III", "IV")


def _moved(year: str, month: int, day: int, offset: dt.timedelta) -> dt.date | None:
    try:
        return dt.date(int(year), month, day) + offset
    except (ValueError, OverflowError):
        return None  # not a date after all (31/2/2020): left as written


def shift_text(text: str, offset: dt.timedelta) -> str:
    """``text`` with the schedule's dates moved by ``offset`` (see the module's docstring).

    A day keeps its writing (no leading zeros added); a month moves by its first day after
    "đầu", its last after "cuối", its middle otherwise, and a quarter by its middle, so the
    words name the period the moved dates fall in."""
    if not offset:
        return text

    def day(m: re.Match[str]) -> str:
        new = _moved(m["y"], int(m["m"]), int(m["d"]), offset)
        if new is None:
            return m[0]
        return f"{m['lead']}{new.day}/{new.month}/{new.year}"

    def month(m: re.Match[str]) -> str:
        # "đầu tháng 02/2020" is the month's first day, "cuối tháng 8 năm 2020" its last
        first = _moved(m["y"], int(m["m"]), 1, dt.timedelta(0))
        if first is None:
            return m[0]
        edge = (m["edge"] or "").lower()
        last = calendar.monthrange(first.year, first.month)[1]
        at = first.replace(day=1 if edge == "đầu" else last if edge == "cuối" else 15)
        new = at + offset
        digits = f"{new.month:02d}" if len(m["m"]) == 2 else str(new.month)
        return f"{m['lead']}{digits}{m['sep']}{new.year}"

    def quarter(m: re.Match[str]) -> str:
        q = _ROMAN.index(m["q"].upper())
        new = _moved(m["y"], q * 3 + 2, 15, offset)
        if new is None:
            return m[0]
        return f"{m['lead']}{_ROMAN[(new.month - 1) // 3]}/{new.year}"

    return _QUARTER.sub(quarter, _MONTH.sub(month, _DEADLINE_DAY.sub(day, text)))


async def offset_to_middle_of_phase(
    session: AsyncSession, plan_id: uuid.UUID, today: dt.date, label: str = ANCHOR_PHASE_LABEL
) -> dt.timedelta:
    """How far to move the plan so that ``today`` is the middle day of phase ``label``."""
    row = (
        await session.execute(
            select(Phase.start_date, Phase.end_date).where(
                Phase.plan_id == plan_id, Phase.label == label, Phase.parent_id.is_(None)
            )
        )
    ).one()
    start, end = row.start_date, row.end_date
    if start is None or end is None:
        raise ValueError(f"phase {label} of the demo plan has no dated window")
    middle = start + (end - start) / 2
    return dt.timedelta(days=(today - middle).days)


async def shift_plan(session: AsyncSession, plan_id: uuid.UUID, offset: dt.timedelta) -> None:
    """Move every stored date of the plan by ``offset``: the plan's issue date, milestones,
    phase windows and task and assignment deadlines (fixed and resolved alike).

    A milestone known to a month keeps its precision; its period moves with it (the
    demo moves whole schedules, not single milestones, so nothing needs re-resolving).
    Run before any progress is recorded: completion days are not moved. The schedule's
    dates written in titles and task texts move with them (:func:`shift_text`).
    """
    # Through the ORM, row by row (a demo plan has a few hundred rows): date arithmetic in
    # SQL differs between SQLite (text) and PostgreSQL (date + interval is a timestamp).
    for model, dates, texts in (
        (Plan, ("issued_on",), ()),
        (Milestone, ("date", "range_start", "range_end"), ("title", "description")),
        (Phase, ("start_date", "end_date"), ("title",)),
        (Task, ("due_date",), ("title", "body")),
        (Assignment, ("due_date",), ()),
    ):
        owner = model.id if model is Plan else model.plan_id  # type: ignore[union-attr]
        for row in (await session.execute(select(model).where(owner == plan_id))).scalars():
            for name in dates:
                value = getattr(row, name)
                if value is not None:
                    setattr(row, name, value + offset)
            for name in texts:
                value = getattr(row, name)
                if value:
                    setattr(row, name, shift_text(value, offset))
            if isinstance(row, Task):  # the folded search keys follow (tasks/crud.py)
                row.title_folded = fold(row.title)
                row.search_folded = search_key(row.title, row.body)
    await session.commit()
