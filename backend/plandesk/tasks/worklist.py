"""A unit's worklist ("việc của đơn vị"): its assignments across plans, overdue first, then by due date."""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Date, bindparam, case, func, literal, select
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core.db import date_text, fetch_rows, utc_text, uuid_text
from plandesk.core.pagination import PageParams, SortKey, cursor_binds, keyset_prebuilt, split_page
from plandesk.tasks.due_dates import FAR_FUTURE, _today_binds, _today_by_plan
from plandesk.tasks.models import (
    Assignment,
    Task,
    still_open,
)

# The worklist's keyset (overdue rank, due date, id): what its cursors are checked against.
_WORKLIST_KEYS = [SortKey(literal(0)), SortKey(literal(FAR_FUTURE, Date())), SortKey(Assignment.id)]


@functools.lru_cache(maxsize=64)
def _worklist_statement(
    by_plan: bool, by_status: bool, after_cursor: bool, limit: int, other_days: int = 0
) -> Any:
    today = _today_by_plan(other_days)
    overdue = (Assignment.due_date < today) & still_open(Assignment.status)
    rank = case((overdue, 0), else_=1)
    due_sort = func.coalesce(Assignment.due_date, literal(FAR_FUTURE, Date()))
    chosen = select(Assignment.id, rank.label("rank"), due_sort.label("due_sort")).where(
        Assignment.unit_id == bindparam("unit_id")
    )
    if by_plan:
        chosen = chosen.where(Assignment.plan_id == bindparam("plan_id"))
    if by_status:
        chosen = chosen.where(Assignment.status.in_(bindparam("statuses", expanding=True)))
    keys = [SortKey(rank), SortKey(due_sort), SortKey(Assignment.id)]
    page_ids = keyset_prebuilt(chosen, keys, after_cursor=after_cursor, limit=limit).subquery("page")
    return (
        select(
            uuid_text(Assignment.id).label("id"),
            uuid_text(Assignment.task_id).label("task_id"),
            uuid_text(Assignment.plan_id).label("plan_id"),
            Assignment.role,
            Assignment.status,
            Assignment.percent,
            utc_text(Assignment.completed_at).label("completed_at"),
            Assignment.version,
            date_text(Assignment.due_date).label("due_date"),
            uuid_text(Task.phase_id).label("phase_id"),
            Task.title,
            page_ids.c.rank,
            date_text(page_ids.c.due_sort).label("due_sort"),
        )
        .select_from(page_ids)
        .join(Assignment, Assignment.id == page_ids.c.id)
        .join(Task, Task.id == Assignment.task_id)
        .order_by(page_ids.c.rank, page_ids.c.due_sort, page_ids.c.id)
    )


async def my_assignments(
    session: AsyncSession,
    unit_id: uuid.UUID,
    params: PageParams,
    *,
    plan_id: uuid.UUID | None = None,
    statuses: Sequence[str] = (),
    today_binds: dict[str, Any] | None = None,
) -> tuple[list[dict[str, Any]], str | None]:
    """A unit's assignments: overdue first, then by due date (undated last).

    "Overdue" is as of today where each assignment's plan is issued. The page is
    chosen on the ``ix_assignments_unit_worklist`` index (the task's due date is
    copied onto its assignments), then only its rows are read.
    """
    if today_binds is None:
        today_binds = await _today_binds(session, plan_id)
    other_days = sum(1 for k in today_binds if k.startswith("plans_"))
    stmt = _worklist_statement(
        plan_id is not None, bool(statuses), bool(params.cursor), params.limit, other_days
    )
    values: dict[str, Any] = {"unit_id": unit_id, **today_binds, **cursor_binds(params, _WORKLIST_KEYS)}
    if plan_id is not None:
        values["plan_id"] = plan_id
    if statuses:
        values["statuses"] = list(statuses)
    rows = await fetch_rows(session, stmt, values)
    page, cursor = split_page(
        rows, params, lambda r: (r.rank, dt.date.fromisoformat(r.due_sort), uuid.UUID(r.id))
    )
    unit = str(unit_id)
    items = [
        {
            "id": r.id,
            "task_id": r.task_id,
            "plan_id": r.plan_id,
            "phase_id": r.phase_id,
            "unit_id": unit,
            "title": r.title,
            "role": r.role,
            "status": r.status,
            "percent": r.percent,
            "due_date": r.due_date,
            "overdue": r.rank == 0,
            "completed_at": r.completed_at,
            "etag": f'"{r.id.replace("-", "")}-{r.version}"',  # core.concurrency.etag_for, from text
        }
        for r in page
    ]
    return items, cursor
