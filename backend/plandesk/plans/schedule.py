"""Dates in a plan: fuzzy milestone dates and the DateRefs that hang on them.

A milestone's date is known to a *precision* ("cuối tháng 10/2020" is a month,
"Quý I/2021" a quarter) and stands for the whole period. A phase window end or
a task deadline is a :data:`DateRef`: a fixed calendar date, or a milestone's
start or end plus an offset in days. The date a DateRef stands for is resolved
when it is saved and stored next to it, so lists, filters and dashboards read a
plain date column; moving a milestone re-resolves its dependants.

A DateRef is stored in four columns sharing a prefix (``due_``, ``start_``,
``end_``): ``<p>milestone_id``, ``<p>side``, ``<p>offset_days`` and the
resolved ``<p>date``. A fixed DateRef is a row with no milestone and a date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from plandesk.core.bounds import JsonInt, SafeDate, add_days

Precision = Literal["day", "month", "quarter", "year"]
Side = Literal["start", "end"]
MAX_OFFSET_DAYS = 3660


class FixedDate(BaseModel):
    """A calendar date: ``{"kind": "fixed", "date": "2020-04-15"}``."""

    model_config = ConfigDict(use_attribute_docstrings=True, extra="forbid")
    kind: Literal["fixed"]
    """Always `fixed`: this date does not depend on a milestone."""
    date: SafeDate
    """The calendar date (ISO 8601, YYYY-MM-DD), in the plan's time zone; a deadline falls due at the
    end of that local day."""


class MilestoneAnchor(BaseModel):
    """A milestone's start or end plus ``offset_days`` (negative: before it)."""

    model_config = ConfigDict(use_attribute_docstrings=True, extra="forbid")
    kind: Literal["milestone"]
    """Always `milestone`: the date follows a milestone of the same plan and moves when it moves."""
    milestone_id: uuid.UUID
    """The milestone (of the same plan) this date hangs on."""
    side: Side
    """Which end of the milestone's date range to count from: `start` (its first day, e.g. 1 October for
    "tháng 10/2025") or `end` (its last day, 31 October)."""
    offset_days: JsonInt = Field(default=0, ge=-MAX_OFFSET_DAYS, le=MAX_OFFSET_DAYS)
    """Days added to that side: 0 is the day itself, 1 the day after ("từ sau đại hội"), negative days
    before it. Between -3660 and 3660."""


DateRef = Annotated[FixedDate | MilestoneAnchor, Field(discriminator="kind")]


def period(date: dt.date, precision: Precision) -> tuple[dt.date, dt.date]:
    """The first and last day of the ``precision``-sized period that contains ``date``.

    >>> period(dt.date(2020, 10, 20), "month")
    (datetime.date(2020, 10, 1), datetime.date(2020, 10, 31))
    """
    if precision == "day":
        return date, date
    if precision == "month":
        return date.replace(day=1), date.replace(day=calendar.monthrange(date.year, date.month)[1])
    if precision == "quarter":
        first = 3 * ((date.month - 1) // 3) + 1
        last = first + 2
        return (
            dt.date(date.year, first, 1),
            dt.date(date.year, last, calendar.monthrange(date.year, last)[1]),
        )
    return dt.date(date.year, 1, 1), dt.date(date.year, 12, 31)


MilestoneRange = tuple[dt.date | None, dt.date | None]


def resolve(
    ref: FixedDate | MilestoneAnchor | None, ranges: Mapping[uuid.UUID, MilestoneRange]
) -> dt.date | None:
    """The calendar date ``ref`` stands for, given each milestone's ``(range_start, range_end)``.

    ``None`` when there is no ref or its milestone is not dated yet.
    """
    if ref is None:
        return None
    if isinstance(ref, FixedDate):
        return ref.date
    start, end = ranges[ref.milestone_id]
    anchor = start if ref.side == "start" else end
    return shift(anchor, ref.offset_days)


def shift(anchor: dt.date | None, offset_days: int) -> dt.date | None:
    """``anchor`` plus ``offset_days``, clamped to the supported range (None stays None)."""
    if anchor is None:
        return None
    return add_days(anchor, offset_days)


def to_columns(
    prefix: str, ref: FixedDate | MilestoneAnchor | None, resolved: dt.date | None
) -> dict[str, Any]:
    """The four stored columns of ``ref`` (see the module docstring)."""
    if isinstance(ref, MilestoneAnchor):
        return {
            f"{prefix}milestone_id": ref.milestone_id,
            f"{prefix}side": ref.side,
            f"{prefix}offset_days": ref.offset_days,
            f"{prefix}date": resolved,
        }
    return {
        f"{prefix}milestone_id": None,
        f"{prefix}side": None,
        f"{prefix}offset_days": None,
        f"{prefix}date": ref.date if ref is not None else None,
    }


def from_columns(prefix: str, row: Any) -> dict[str, Any] | None:
    """The DateRef stored in ``row``'s ``prefix`` columns, as a plain dict (or None)."""
    milestone_id = getattr(row, f"{prefix}milestone_id")
    if milestone_id is not None:
        return {
            "kind": "milestone",
            "milestone_id": milestone_id,
            "side": getattr(row, f"{prefix}side"),
            "offset_days": getattr(row, f"{prefix}offset_days") or 0,
        }
    date = getattr(row, f"{prefix}date")
    if date is not None:
        return {"kind": "fixed", "date": date}
    return None


def anchor_ids(*refs: FixedDate | MilestoneAnchor | None) -> set[uuid.UUID]:
    """The milestones ``refs`` hang on."""
    return {r.milestone_id for r in refs if isinstance(r, MilestoneAnchor)}
