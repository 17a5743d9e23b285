"""Reminder arithmetic, free of the database: which reminders are due on a day, and when the next is.

A plan's rules are day offsets from an assignment's resolved due date (``-7`` a week
before, ``0`` the day, ``3`` three days late), optionally repeated weekly after the last
one while the work stays open, plus an escalation offset. On a given day the officers'
reminder due is the *latest* offset already reached: a scan that was down for two days,
or an assignment created three days before its deadline, gets the one reminder that
fits today, never a burst of stale ones. Each reminder is keyed (assignment, rule, due
date), so it is sent once; a moved deadline starts a new series.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

DEFAULT_OFFSETS = (-7, -1, 0, 1, 3, 7)
DEFAULT_ESCALATE_AFTER_DAYS = 5
WEEK = 7


@dataclass(frozen=True)
class Rules:
    offsets: tuple[int, ...] = DEFAULT_OFFSETS
    weekly_overdue: bool = True
    escalate_after_days: int | None = DEFAULT_ESCALATE_AFTER_DAYS
    include_support: bool = True

    @classmethod
    def of(
        cls,
        offsets: list[int] | tuple[int, ...],
        weekly_overdue: bool,
        escalate_after_days: int | None,
        include_support: bool = True,
    ) -> Rules:
        return cls(tuple(sorted(set(offsets))), weekly_overdue, escalate_after_days, include_support)


DEFAULT_RULES = Rules()


def rule_name(offset: int) -> str:
    return f"d{offset:+d}"


def escalation_name(days: int) -> str:
    return f"esc+{days}"


def _officer_offset(rules: Rules, days: int) -> int | None:
    """The latest officer offset reached ``days`` after the due date (negative: before)."""
    reached = [o for o in rules.offsets if o <= days]
    if not reached:
        return None
    latest = reached[-1]
    last = rules.offsets[-1]
    if rules.weekly_overdue and last >= 0 and days > last and latest == last:
        # Weekly after the last offset while overdue: last+7, last+14, …
        return last + WEEK * ((days - last) // WEEK)
    return latest


def _next_officer_offset(rules: Rules, days: int) -> int | None:
    later = [o for o in rules.offsets if o > days]
    if later:
        return later[0]
    last = rules.offsets[-1] if rules.offsets else None
    if rules.weekly_overdue and last is not None and last >= 0:
        return last + WEEK * ((max(days, last) - last) // WEEK + 1)
    return None


@dataclass(frozen=True)
class Due:
    """What is due for one assignment on one day."""

    officer_rule: str | None  # "d-7" … "d+14"; None: nothing for officers yet
    officer_offset: int | None
    escalation_rule: str | None  # "esc+5" once overdue that long
    next_fire_on: dt.date | None  # the next day something falls due (None: never again)


def due_on(rules: Rules, due_date: dt.date, today: dt.date) -> Due:
    """The reminders due for an assignment due on ``due_date``, as of ``today``."""
    days = (today - due_date).days
    offset = _officer_offset(rules, days) if rules.offsets else None
    escalate = rules.escalate_after_days
    escalation = escalation_name(escalate) if escalate is not None and days >= escalate else None
    candidates: list[int] = []
    nxt = _next_officer_offset(rules, days) if rules.offsets else None
    if nxt is not None:
        candidates.append(nxt)
    if escalate is not None and days < escalate:
        candidates.append(escalate)
    next_fire = due_date + dt.timedelta(days=min(candidates)) if candidates else None
    return Due(
        rule_name(offset) if offset is not None else None,
        offset,
        escalation,
        next_fire,
    )


def kind_for_offset(offset: int) -> str:
    if offset < 0:
        return "deadline_approaching"
    if offset == 0:
        return "deadline_today"
    return "overdue"
