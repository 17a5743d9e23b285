"""The task list: a plan's tasks filtered, sorted and cursor-paginated from prebuilt statements."""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import Date, bindparam, case, func, literal, not_, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core.db import date_text, fetch_rows, json_text, utc_text, uuid_text
from plandesk.core.pagination import PageParams, SortKey, cursor_binds, keyset_prebuilt, split_page
from plandesk.core.text import like_pattern
from plandesk.plans import phases as plan_phases
from plandesk.tasks.due_dates import FAR_FUTURE, FAR_PAST, plan_today
from plandesk.tasks.models import (
    Assignment,
    Task,
    still_open,
)
from plandesk.tasks.standing import standing_condition


@dataclass(frozen=True)
class TaskFilters:
    phase_id: uuid.UUID | None = None
    unit_id: uuid.UUID | None = None
    role: str | None = None
    statuses: tuple[str, ...] = ()
    overdue: bool | None = None
    due_before: dt.date | None = None
    due_after: dt.date | None = None
    standing: str | None = None
    q: str | None = None
    sort: str = "due_date"


# The page's values come out of the database as the text the API shows (see
# core.db.uuid_text): no Python objects are built for ids and dates of a list row.
_LIST_COLUMNS = (
    uuid_text(Task.id).label("id"),
    uuid_text(Task.phase_id).label("phase_id"),
    Task.source_section,
    Task.title,
    uuid_text(Task.lead_unit_id).label("lead_unit_id"),
    uuid_text(Task.lead_group_id).label("lead_group_id"),
    Task.awaiting_members,
    date_text(Task.due_date).label("due_date"),
    Task.status,
    Task.percent,
    date_text(Task.completed_on).label("completed_on"),
    json_text(Task.assignment_summary).label("assignment_summary"),
    utc_text(Task.created_at).label("created_at"),
    Task.version,
)


def _sort_keys(sort: str) -> tuple[list[SortKey], Any, Any]:
    """Keyset keys for ``sort``, the sort value as text, and how to read that text back."""
    descending = sort.startswith("-")
    name = sort.lstrip("-")
    expr: Any
    as_text: Any
    parse: Callable[[str], Any]
    if name == "due_date":
        # Undated tasks go last either way: sort on a far date instead of NULL.
        expr = func.coalesce(Task.due_date, literal(FAR_PAST if descending else FAR_FUTURE, Date()))
        as_text, parse = date_text(expr), dt.date.fromisoformat
    elif name == "title":
        expr = Task.title_folded
        as_text, parse = expr, str
    else:
        expr = Task.created_at
        as_text, parse = utc_text(expr), dt.datetime.fromisoformat
    return [SortKey(expr, descending), SortKey(Task.id, descending)], as_text, parse


@dataclass(frozen=True)
class _ListShape:
    """Which filters a task-list request uses: one prebuilt statement per shape."""

    sort: str
    phase: bool
    unit: bool
    role: bool
    statuses: bool
    overdue: bool | None
    due_before: bool
    due_after: bool
    standing: str | None
    q: bool
    after_cursor: bool
    limit: int


@functools.lru_cache(maxsize=1024)
def _list_statement(shape: _ListShape) -> Any:
    keys, sort_text, _ = _sort_keys(shape.sort)
    # A task awaiting its unit group's members is owed by nobody yet: never late.
    overdue_now = (
        (Task.due_date < bindparam("today", type_=Date()))
        & still_open(Task.status)
        & Task.awaiting_members.is_(False)
    )
    stmt = select(
        *_LIST_COLUMNS,
        case((overdue_now, True), else_=False).label("overdue"),
        sort_text.label("sort_value"),
    ).where(Task.plan_id == bindparam("plan_id"))
    if shape.phase:
        stmt = stmt.where(Task.phase_id.in_(bindparam("phase_ids", expanding=True)))
    if shape.unit:
        # plan_id first: the (plan_id, unit_id) index finds the unit's few tasks in this plan.
        owed = select(Assignment.task_id).where(
            Assignment.plan_id == bindparam("plan_id"), Assignment.unit_id == bindparam("unit_id")
        )
        if shape.role:
            owed = owed.where(Assignment.role == bindparam("role"))
        stmt = stmt.where(Task.id.in_(owed))
    if shape.statuses:
        stmt = stmt.where(Task.status.in_(bindparam("statuses", expanding=True)))
    if shape.overdue is True:
        stmt = stmt.where(overdue_now)
    elif shape.overdue is False:
        stmt = stmt.where(or_(Task.due_date.is_(None), not_(overdue_now)))
    if shape.due_before:
        stmt = stmt.where(Task.due_date <= bindparam("due_before", type_=Date()))
    if shape.due_after:
        stmt = stmt.where(Task.due_date >= bindparam("due_after", type_=Date()))
    if shape.standing:
        today = bindparam("today", type_=Date())
        stmt = stmt.where(
            standing_condition(
                shape.standing, Task.status, Task.due_date, Task.completed_on, today, Task.awaiting_members
            )
        )
    if shape.q:
        stmt = stmt.where(Task.search_folded.like(bindparam("q"), escape="\\"))
    return keyset_prebuilt(stmt, keys, after_cursor=shape.after_cursor, limit=shape.limit)


async def list_tasks(
    session: AsyncSession,
    plan_id: uuid.UUID,
    params: PageParams,
    filters: TaskFilters,
    today: dt.date | None = None,
    *,
    plan_checked: bool = False,
) -> tuple[list[dict[str, Any]], str | None]:
    """One page of a plan's tasks (assignments come from the stored summary).

    ``overdue`` (column and filter) and ``standing`` are as of ``today``, by default today
    in the plan's zone (reading the plan's zone also answers 404 for an unknown plan);
    ``plan_checked``: the caller has read the zone and the plan exists (``today`` given).
    """
    if not (plan_checked and today is not None):
        today = await plan_today(session, plan_id, today)
    keys = _sort_keys(filters.sort)[0]
    values: dict[str, Any] = {"plan_id": plan_id, "today": today, **cursor_binds(params, keys)}
    if filters.phase_id is not None:
        values["phase_ids"] = await plan_phases.phase_ids_within(session, plan_id, filters.phase_id)
    if filters.unit_id is not None:
        values["unit_id"] = filters.unit_id
        if filters.role:
            values["role"] = filters.role
    if filters.statuses:
        values["statuses"] = list(filters.statuses)
    if filters.due_before is not None:
        values["due_before"] = filters.due_before
    if filters.due_after is not None:
        values["due_after"] = filters.due_after
    if filters.q:
        values["q"] = like_pattern(filters.q)
    shape = _ListShape(
        sort=filters.sort,
        phase=filters.phase_id is not None,
        unit=filters.unit_id is not None,
        role=bool(filters.unit_id is not None and filters.role),
        statuses=bool(filters.statuses),
        overdue=filters.overdue,
        due_before=filters.due_before is not None,
        due_after=filters.due_after is not None,
        standing=filters.standing,
        q=bool(filters.q),
        after_cursor=bool(params.cursor),
        limit=params.limit,
    )
    rows = await fetch_rows(session, _list_statement(shape), values)
    parse = _sort_keys(filters.sort)[2]
    page, cursor = split_page(rows, params, lambda r: (parse(r.sort_value), uuid.UUID(r.id)))
    plan = str(plan_id)
    items = [
        {
            "id": r.id,
            "plan_id": plan,
            "phase_id": r.phase_id,
            "source_section": r.source_section,
            "title": r.title,
            "lead_unit_id": r.lead_unit_id,
            "lead_group_id": r.lead_group_id,
            "awaiting_members": bool(r.awaiting_members),
            "due_date": r.due_date,
            "status": r.status,
            "percent": r.percent,
            "overdue": r.overdue,
            "completed_on": r.completed_on,
            "assignments": orjson.Fragment(r.assignment_summary),  # already JSON: embedded as is
            "created_at": r.created_at,
            "etag": f'"{r.id.replace("-", "")}-{r.version}"',  # core.concurrency.etag_for, from text
        }
        for r in page
    ]
    return items, cursor
