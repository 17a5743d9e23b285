"""Deadline standings: the six groups every task (or assignment) not cancelled falls in.

The dashboard counts them and the task list filters by them with the same SQL
condition, so a tile's figure and the list it opens always agree.
"""

from __future__ import annotations

from typing import Any, Literal

from plandesk.tasks.models import still_open

Standing = Literal["done_on_time", "done_late", "in_progress", "not_started", "overdue", "no_deadline"]

STANDINGS = ("done_on_time", "done_late", "in_progress", "not_started", "overdue", "no_deadline")


def standing_condition(
    name: str, status: Any, due_date: Any, completed_on: Any, today: Any, awaiting: Any = None
) -> Any:
    """SQL: a task (or assignment) is in this deadline standing as of ``today``.

    The six standings partition everything not cancelled: ``done_late`` is done
    after a known due date, ``done_on_time`` any other done; an open item is
    ``no_deadline`` without a due date, ``overdue`` past it, else ``not_started``
    or ``in_progress`` (blocked counts as in progress) by its status. A task awaiting
    its unit group's members (``awaiting``, a boolean column) is owed by nobody yet: its
    due date does not count, so it is ``no_deadline`` until members are chosen.
    """
    is_open = still_open(status)
    done = status == "done"
    late = done & due_date.is_not(None) & completed_on.is_not(None) & (completed_on > due_date)
    dated = due_date.is_not(None) if awaiting is None else due_date.is_not(None) & awaiting.is_(False)
    ahead = is_open & dated & (due_date >= today)
    conditions = {
        "done_on_time": done & ~late,
        "done_late": late,
        "in_progress": ahead & (status != "not_started"),
        "not_started": ahead & (status == "not_started"),
        "overdue": is_open & dated & (due_date < today),
        "no_deadline": is_open & ~dated,
    }
    return conditions[name]
