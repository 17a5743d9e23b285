"""A plan's dashboard figures, computed with a handful of aggregate queries.

Deadline standing follows the way agencies report it and adds up: every task
that is not cancelled is in exactly one of done on time, done late, in progress
within the deadline, not started (deadline still ahead), overdue and no deadline
(still open, no due date); see :func:`standing_condition`, which the task list's
``standing`` filter uses too, so a tile and the list it links to agree. "Done
late" compares the recorded completion day with the due date, so it stays true
after the fact. Overdue is also bucketed by days overdue; due within 7 days is
a separate, overlapping figure.
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from typing import Any

from sqlalchemy import ColumnElement, Date, bindparam, case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core import localtime
from plandesk.core.bounds import add_days
from plandesk.core.db import fetch_rows
from plandesk.plans import crud as plan_crud
from plandesk.plans import milestones as plan_milestones
from plandesk.plans import phases as plan_phases
from plandesk.tasks.models import ASSIGNMENT_STATUSES, Assignment, Task, still_open
from plandesk.tasks.standing import STANDINGS, standing_condition
from plandesk.units import service as units_service

UPCOMING_DAYS = 14
UPCOMING_LIMIT = 100


def _count(condition: ColumnElement[bool]) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _rate(done: int, total: int) -> float:
    return round(done / total, 4) if total else 0.0


def _day(name: str) -> Any:
    return bindparam(name, type_=Date())


def _task_standing(name: str, today: Any) -> Any:
    return standing_condition(
        name, Task.status, Task.due_date, Task.completed_on, today, awaiting=Task.awaiting_members
    )


def _assignment_standing(name: str, today: Any) -> Any:
    return standing_condition(name, Assignment.status, Assignment.due_date, Assignment.completed_on, today)


@functools.cache
def _statements() -> tuple[Any, Any, Any]:
    """The aggregate statements, built once with bind parameters for the plan and the days."""
    today = _day("today")
    is_open = still_open(Task.status)
    # A task awaiting its unit group's members is owed by nobody yet: never counted late.
    late_open = is_open & Task.awaiting_members.is_(False)
    counted = Task.status != "cancelled"
    task_columns = {
        **{f"status_{s}": _count(Task.status == s) for s in ASSIGNMENT_STATUSES},
        "counted": _count(counted),
        "percent_sum": func.coalesce(func.sum(case((counted, Task.percent), else_=0)), 0),
        "with_deadline": _count(counted & Task.due_date.is_not(None)),
        "without_deadline": _count(counted & Task.due_date.is_(None)),
        **{f"standing_{k}": _count(_task_standing(k, today)) for k in STANDINGS},
        "days_1_7": _count(late_open & Task.due_date.between(_day("minus_7"), _day("minus_1"))),
        "days_8_30": _count(late_open & Task.due_date.between(_day("minus_30"), _day("minus_8"))),
        "days_over_30": _count(late_open & (Task.due_date < _day("minus_30"))),
        "due_within_7_days": _count(is_open & Task.due_date.between(today, _day("plus_7"))),
    }
    per_phase = (
        select(Task.phase_id, func.count().label("total"), *(c.label(k) for k, c in task_columns.items()))
        .where(Task.plan_id == bindparam("plan_id"))
        .group_by(Task.phase_id)
    )
    # Assignments carry their task's due date: the scoreboard needs no join.
    a_open = still_open(Assignment.status)
    a_counted = Assignment.status != "cancelled"
    per_unit = (
        select(
            Assignment.unit_id,
            func.count().label("assignments"),
            _count(Assignment.role == "lead").label("lead"),
            *(_count(Assignment.status == s).label(f"status_{s}") for s in ASSIGNMENT_STATUSES),
            _count(a_counted).label("counted"),
            func.coalesce(func.sum(case((a_counted, Assignment.percent), else_=0)), 0).label("percent_sum"),
            *(_count(_assignment_standing(k, today)).label(f"standing_{k}") for k in STANDINGS),
            _count(a_open).label("open"),
        )
        .where(Assignment.plan_id == bindparam("plan_id"))
        .group_by(Assignment.unit_id)
    )
    upcoming = (
        select(Task.id.label("task_id"), Task.title, Task.due_date, Task.status, Task.lead_unit_id)
        .where(Task.plan_id == bindparam("plan_id"), is_open, Task.due_date.between(today, _day("until")))
        .order_by(Task.due_date, Task.title_folded, Task.id)
        .limit(UPCOMING_LIMIT)
    )
    return per_phase, per_unit, upcoming


TASK_FIGURES = (
    *(f"status_{s}" for s in ASSIGNMENT_STATUSES),
    "counted",
    "percent_sum",
    "with_deadline",
    "without_deadline",
    *(f"standing_{k}" for k in STANDINGS),
    "days_1_7",
    "days_8_30",
    "days_over_30",
    "due_within_7_days",
)


async def plan_dashboard(
    session: AsyncSession, plan_id: uuid.UUID, today: dt.date | None = None
) -> dict[str, Any]:
    """Tasks and assignments by status, deadline standing, unit scoreboard, phase completion
    and the next 14 days, for one plan as of ``today`` (default: today in the plan's zone)."""
    zone = await plan_crud.plan_zone(session, plan_id)  # 404 for an unknown plan
    today = today if today is not None else localtime.local_today(zone)
    # add_days clamps to the supported range: no "today" makes the arithmetic overflow.
    until = add_days(today, UPCOMING_DAYS)
    days = {
        "plan_id": plan_id,
        "today": today,
        "minus_1": add_days(today, -1),
        "minus_7": add_days(today, -7),
        "minus_8": add_days(today, -8),
        "minus_30": add_days(today, -30),
        "plus_7": add_days(today, 7),
        "until": until,
    }
    per_phase_stmt, per_unit_stmt, upcoming_stmt = _statements()
    per_phase = {r.phase_id: r._asdict() for r in await fetch_rows(session, per_phase_stmt, days)}
    totals = {k: sum(int(p[k]) for p in per_phase.values()) for k in ("total", *TASK_FIGURES)}
    unit_rows = await fetch_rows(session, per_unit_stmt, days)
    names = await units_service.unit_names(session, [r.unit_id for r in unit_rows])
    units = []
    for r in unit_rows:
        name, short = names.get(r.unit_id, (None, None))
        units.append(
            {
                "unit_id": r.unit_id,
                "name": name,
                "short_name": short,
                "assignments": r.assignments,
                "lead": int(r.lead),
                "done": int(r.status_done),
                "done_on_time": int(r.standing_done_on_time),
                "done_late": int(r.standing_done_late),
                "overdue": int(r.standing_overdue),
                "open": int(r.open),
                "not_started": int(r.standing_not_started),
                "in_progress": int(r.standing_in_progress) + int(r.standing_no_deadline),
                "counted": int(r.counted),
                "average_percent": round(int(r.percent_sum) / r.counted, 1) if r.counted else 0.0,
                "completion_rate": _rate(int(r.status_done), int(r.counted)),
            }
        )
    # The scoreboard: best completion first, then fewest overdue.
    units.sort(key=lambda u: (-u["completion_rate"], u["overdue"], u["name"] or ""))

    phases = []
    summaries = await plan_phases.phase_summaries(session, plan_id)
    children: dict[uuid.UUID, list[uuid.UUID]] = {}
    for p in summaries:
        if p["parent_id"] is not None:
            children.setdefault(p["parent_id"], []).append(p["id"])
    for p in [*summaries, {"id": None, "parent_id": None, "label": None, "title": None}]:
        # A phase's figures include its sub-phases' tasks.
        ids = [p["id"], *children.get(p["id"], [])] if p["id"] is not None else [None]
        rows = [per_phase[i] for i in ids if i in per_phase]
        if p["id"] is None and not rows:
            continue
        counted_n = sum(int(r["counted"]) for r in rows)
        done_n = sum(int(r["status_done"]) for r in rows)
        phases.append(
            {
                "phase_id": p["id"],
                "parent_id": p["parent_id"],
                "label": p["label"],
                "title": p["title"],
                "tasks": counted_n,
                "done": done_n,
                "overdue": sum(int(r["standing_overdue"]) for r in rows),
                "not_started": sum(int(r["standing_not_started"]) for r in rows),
                "in_progress": sum(
                    int(r["standing_in_progress"]) + int(r["standing_no_deadline"]) for r in rows
                ),
                "average_percent": round(sum(int(r["percent_sum"]) for r in rows) / counted_n, 1)
                if counted_n
                else 0.0,
                "completion_rate": _rate(done_n, counted_n),
            }
        )

    deadlines = [r._asdict() for r in await fetch_rows(session, upcoming_stmt, days)]
    milestones = await plan_milestones.milestones_between(session, plan_id, today, until)

    return {
        "plan_id": plan_id,
        "today": today,
        "timezone": zone,
        "tasks_total": totals["total"],
        "tasks_by_status": {s: totals[f"status_{s}"] for s in ASSIGNMENT_STATUSES},
        "assignments_by_status": {
            s: sum(int(getattr(r, f"status_{s}")) for r in unit_rows) for s in ASSIGNMENT_STATUSES
        },
        "deadlines": {
            "with_deadline": totals["with_deadline"],
            "without_deadline": totals["without_deadline"],
            "counted": totals["counted"],
            "done_on_time": totals["standing_done_on_time"],
            "done_late": totals["standing_done_late"],
            "in_progress_within_deadline": totals["standing_in_progress"],
            "not_started": totals["standing_not_started"],
            "overdue": totals["standing_overdue"],
            "no_deadline": totals["standing_no_deadline"],
            "overdue_by_days": {
                "days_1_7": totals["days_1_7"],
                "days_8_30": totals["days_8_30"],
                "days_over_30": totals["days_over_30"],
            },
            "due_within_7_days": totals["due_within_7_days"],
        },
        "units": units,
        "phases": phases,
        "next_14_days": {"until": until, "deadlines": deadlines, "milestones": milestones},
    }
