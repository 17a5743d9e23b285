"""The reporting calendar: which periods units report on, and when each report is due.

- **monthly**, by a day of the month (``day=25``: "báo cáo trước ngày 25 hằng tháng"):
  each report is due on that day (the month's last day when it is shorter) and covers
  the days since the previous one. A plan that starts a few days before the first
  reporting day does not get a report of a few days: a first stretch shorter than
  :data:`SHORTEST_PERIOD_DAYS` joins the next period, and a last one the period before
  (whose report is then due on the plan's last day).
- **quarterly**: calendar quarters, clipped to the plan's window, due
  ``due_offset_days`` after the quarter ends.
- **one_off**: one period per phase, from its start to its end, due ``due_offset_days``
  after the phase ends ("báo cáo kết thúc đợt").
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
from dataclasses import dataclass

SHORTEST_PERIOD_DAYS = 10


@dataclass(frozen=True)
class PeriodSpec:
    kind: str
    label: str
    starts_on: dt.date
    ends_on: dt.date
    due_on: dt.date
    phase_id: str | None = None


def _clamped(year: int, month: int, day: int) -> dt.date:
    return dt.date(year, month, min(day, _calendar.monthrange(year, month)[1]))


def _next_month(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


def monthly(starts_on: dt.date, ends_on: dt.date, day: int) -> list[PeriodSpec]:
    """Monthly periods from ``starts_on`` to ``ends_on``, each due on ``day`` of its month."""
    if not 1 <= day <= 31:
        raise ValueError("day must be between 1 and 31")
    cuts: list[dt.date] = []
    year, month = starts_on.year, starts_on.month
    while True:
        cut = _clamped(year, month, day)
        if cut >= starts_on:
            cuts.append(min(cut, ends_on))
        if cut >= ends_on:
            break
        year, month = _next_month(year, month)
    if cuts and cuts[-1] < ends_on:
        cuts.append(ends_on)
    # A short first stretch is reported with the next month, a short last one with the month before.
    if len(cuts) > 1 and (cuts[0] - starts_on).days + 1 < SHORTEST_PERIOD_DAYS:
        cuts.pop(0)
    if len(cuts) > 1 and (cuts[-1] - cuts[-2]).days < SHORTEST_PERIOD_DAYS:
        cuts.pop(-2)
    out, start = [], starts_on
    for cut in cuts:
        out.append(
            PeriodSpec(
                kind="monthly",
                label=f"Tháng {cut.month}/{cut.year}",
                starts_on=start,
                ends_on=cut,
                due_on=cut,
            )
        )
        start = cut + dt.timedelta(days=1)
    return out


def in_months(starts_on: dt.date, ends_on: dt.date, months: list[int], day: int) -> list[PeriodSpec]:
    """Periods ending on ``day`` of each of ``months`` ("tháng 6 và tháng 12 hằng năm"), each
    running from the end of the one before (or ``starts_on``) — kind ``one_off``."""
    cuts = []
    for year in range(starts_on.year, ends_on.year + 1):
        for month in sorted(set(months)):
            if 1 <= month <= 12:
                cut = _clamped(year, month, day)
                if starts_on <= cut <= ends_on:
                    cuts.append(cut)
    out, start = [], starts_on
    for cut in cuts:
        out.append(PeriodSpec("one_off", f"Báo cáo định kỳ tháng {cut.month}/{cut.year}", start, cut, cut))
        start = cut + dt.timedelta(days=1)
    return out


def quarterly(starts_on: dt.date, ends_on: dt.date, due_offset_days: int = 0) -> list[PeriodSpec]:
    """Calendar quarters overlapping the window, clipped to it."""
    out = []
    year, quarter = starts_on.year, (starts_on.month - 1) // 3 + 1
    while True:
        q_start = dt.date(year, 3 * quarter - 2, 1)
        q_end = _clamped(year, 3 * quarter, 31)
        if q_start > ends_on:
            break
        start, end = max(q_start, starts_on), min(q_end, ends_on)
        roman = ("I", "II", "III", "IV")[quarter - 1]
        out.append(
            PeriodSpec(
                kind="quarterly",
                label=f"Quý {roman}/{year}",
                starts_on=start,
                ends_on=end,
                due_on=end + dt.timedelta(days=due_offset_days),
            )
        )
        year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)
    return out


def one_off(
    label: str, starts_on: dt.date, ends_on: dt.date, due_offset_days: int = 0, phase_id: str | None = None
) -> PeriodSpec:
    """One period, due ``due_offset_days`` after it ends (a phase's end-of-phase report)."""
    return PeriodSpec(
        kind="one_off",
        label=label,
        starts_on=starts_on,
        ends_on=ends_on,
        due_on=ends_on + dt.timedelta(days=due_offset_days),
        phase_id=phase_id,
    )
