"""Tasks, assignments, progress and urging.

A task has exactly one lead unit and any number of supporting units, each an
:class:`Assignment` that the unit's officers move along. The task's own
status is derived from its assignments (see :func:`derive_progress`) and kept
in the task row so lists and dashboards can filter and aggregate in SQL.

``create_task`` takes ``commit=`` and ``actor=None`` like the plan functions,
so the plan importer can create a whole plan in one transaction.
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import Date, bindparam, case, delete, func, literal, not_, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core import audit, localtime
from plandesk.core.concurrency import etag_for
from plandesk.core.db import date_text, fetch_rows, json_text, utc_text, utcnow, uuid_text
from plandesk.core.errors import InvalidInput, NotFound, PermissionDenied
from plandesk.core.pagination import PageParams, SortKey, cursor_binds, keyset_prebuilt, split_page
from plandesk.core.policy import Permission, Principal
from plandesk.core.text import fold, like_pattern, nfc
from plandesk.plans import schedule
from plandesk.plans import service as plans_service
from plandesk.plans.schedule import FixedDate, MilestoneAnchor
from plandesk.tasks.models import (
    CLOSED_STATUSES,
    Assignment,
    ProgressUpdate,
    Task,
    TaskChannel,
    Urge,
    still_open,
)
from plandesk.tasks.schemas import TaskCreate
from plandesk.units import service as units_service

TASK_FIELDS = (
    "title",
    "body",
    "source_section",
    "phase_id",
    "lead_unit_id",
    "due_milestone_id",
    "due_side",
    "due_offset_days",
    "due_date",
)
# Stand-ins for "no due date" when sorting. Not date.max/date.min: asyncpg sends those
# as PostgreSQL's infinity, which has no text form.
FAR_FUTURE = dt.date(9000, 1, 1)
FAR_PAST = dt.date(1000, 1, 1)


async def plan_today(session: AsyncSession, plan_id: uuid.UUID, today: dt.date | None = None) -> dt.date:
    """``today`` when given (a report "as of" that day), else today where the plan is issued.

    404 when the plan does not exist.
    """
    zone = await plans_service.plan_zone(session, plan_id)
    return today if today is not None else localtime.local_today(zone)


def _clean(text: str | None) -> str | None:
    return nfc(text).strip() if text is not None else None


def _search_key(title: str, body: str) -> str:
    return fold(f"{title} {body}")


def is_overdue(due_date: dt.date | None, status: str, today: dt.date) -> bool:
    """Past its due date and neither done nor cancelled."""
    return due_date is not None and due_date < today and status not in CLOSED_STATUSES


def derive_progress(
    rows: Iterable[tuple[str, int, dt.date | None]],
) -> tuple[str, int, dt.date | None]:
    """A task's ``(status, percent, completed_on)`` from its assignments' ``(status, percent, completed_on)``.

    Cancelled assignments do not count. The task is done when every other one is
    done (on the day the last one was), blocked when any is blocked, in progress
    once any has started, and cancelled when all are.
    """
    rows = list(rows)
    active = [r for r in rows if r[0] != "cancelled"]
    if not rows:
        return "not_started", 0, None
    if not active:
        return "cancelled", 0, None
    percent = round(sum(r[1] for r in active) / len(active))
    statuses = {r[0] for r in active}
    if statuses == {"done"}:
        return "done", 100, max((r[2] for r in active if r[2] is not None), default=None)
    if "blocked" in statuses:
        return "blocked", percent, None
    if statuses & {"in_progress", "done"} or percent > 0:
        return "in_progress", percent, None
    return "not_started", percent, None


def assignment_view(a: Any) -> dict[str, Any]:
    return {
        "id": a.id,
        "task_id": a.task_id,
        "unit_id": a.unit_id,
        "role": a.role,
        "status": a.status,
        "percent": a.percent,
        "completed_at": a.completed_at,
        "last_update_at": a.last_update_at,
        "etag": etag_for(a.id, a.version),
    }


# --- reading -----------------------------------------------------------------------


async def get_task(session: AsyncSession, task_id: uuid.UUID) -> Task:
    task = await session.get(Task, task_id)
    if task is None:
        raise NotFound("task", task_id)
    return task


async def _assignments_of(session: AsyncSession, task_id: uuid.UUID) -> list[Assignment]:
    stmt = (
        select(Assignment)
        .where(Assignment.task_id == task_id)
        .order_by(case((Assignment.role == "lead", 0), else_=1), Assignment.created_at, Assignment.id)
    )
    return list((await session.execute(stmt)).scalars())


async def task_view(session: AsyncSession, task: Task, today: dt.date | None = None) -> dict[str, Any]:
    """A task with its assignments and channels, as ``GET /tasks/{id}`` shows it.

    ``overdue`` is as of ``today`` (default: today in the plan's zone).
    """
    today = await plan_today(session, task.plan_id, today)
    assignments = await _assignments_of(session, task.id)
    channel_ids = list(
        (
            await session.execute(select(TaskChannel.channel_id).where(TaskChannel.task_id == task.id))
        ).scalars()
    )
    return {
        "id": task.id,
        "plan_id": task.plan_id,
        "phase_id": task.phase_id,
        "source_section": task.source_section,
        "title": task.title,
        "body": task.body,
        "lead_unit_id": task.lead_unit_id,
        "supporting_unit_ids": [a.unit_id for a in assignments if a.role == "support"],
        "due": schedule.from_columns("due_", task),
        "due_date": task.due_date,
        "status": task.status,
        "percent": task.percent,
        "overdue": is_overdue(task.due_date, task.status, today),
        "completed_on": task.completed_on,
        "channel_ids": channel_ids,
        "assignments": [assignment_view(a) for a in assignments],
        "created_at": task.created_at,
        "updated_at": task.updated_at,
    }


@dataclass(frozen=True)
class TaskFilters:
    phase_id: uuid.UUID | None = None
    unit_id: uuid.UUID | None = None
    role: str | None = None
    statuses: tuple[str, ...] = ()
    overdue: bool | None = None
    due_before: dt.date | None = None
    due_after: dt.date | None = None
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
    date_text(Task.due_date).label("due_date"),
    Task.status,
    Task.percent,
    date_text(Task.completed_on).label("completed_on"),
    json_text(Task.assignment_summary).label("assignment_summary"),
    utc_text(Task.created_at).label("created_at"),
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
    q: bool
    after_cursor: bool
    limit: int


@functools.lru_cache(maxsize=1024)
def _list_statement(shape: _ListShape) -> Any:
    keys, sort_text, _ = _sort_keys(shape.sort)
    overdue_now = (Task.due_date < bindparam("today", type_=Date())) & still_open(Task.status)
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
    if shape.q:
        stmt = stmt.where(Task.search_folded.like(bindparam("q"), escape="\\"))
    return keyset_prebuilt(stmt, keys, after_cursor=shape.after_cursor, limit=shape.limit)


async def list_tasks(
    session: AsyncSession,
    plan_id: uuid.UUID,
    params: PageParams,
    filters: TaskFilters,
    today: dt.date | None = None,
) -> tuple[list[dict[str, Any]], str | None]:
    """One page of a plan's tasks (assignments come from the stored summary).

    ``overdue`` (column and filter) is as of ``today``, by default today in the plan's
    zone (reading the plan's zone also answers 404 for an unknown plan).
    """
    today = await plan_today(session, plan_id, today)
    values: dict[str, Any] = {"plan_id": plan_id, "today": today, **cursor_binds(params, 2)}
    if filters.phase_id is not None:
        values["phase_ids"] = await plans_service.phase_ids_within(session, plan_id, filters.phase_id)
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
            "due_date": r.due_date,
            "status": r.status,
            "percent": r.percent,
            "overdue": r.overdue,
            "completed_on": r.completed_on,
            "assignments": orjson.Fragment(r.assignment_summary),  # already JSON: embedded as is
            "created_at": r.created_at,
        }
        for r in page
    ]
    return items, cursor


def _today_by_plan(other_days: int) -> Any:
    """SQL: today where each assignment's plan is issued.

    ``today`` is the deployment zone's date; plans whose own zone is on another date
    are listed in ``plans_<i>`` with that date in ``today_<i>`` (at most a few dates
    exist at once on Earth, so the statement shapes stay few).
    """
    default = bindparam("today", type_=Date())
    if not other_days:
        return default
    return case(
        *(
            (
                Assignment.plan_id.in_(bindparam(f"plans_{i}", expanding=True)),
                bindparam(f"today_{i}", type_=Date()),
            )
            for i in range(other_days)
        ),
        else_=default,
    )


async def _today_binds(session: AsyncSession, plan_id: uuid.UUID | None) -> dict[str, Any]:
    """Bind values for :func:`_today_by_plan`: the default zone's today and the exceptions."""
    if plan_id is not None:
        return {"today": await plan_today(session, plan_id)}
    instant = localtime.now()
    default = localtime.local_today(at=instant)
    others: dict[dt.date, list[uuid.UUID]] = {}
    for pid, zone in (await plans_service.zones_of_plans(session)).items():
        day = localtime.local_today(zone, at=instant)
        if day != default:
            others.setdefault(day, []).append(pid)
    values: dict[str, Any] = {"today": default}
    for i, (day, ids) in enumerate(sorted(others.items())):
        values[f"today_{i}"], values[f"plans_{i}"] = day, ids
    return values


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
) -> tuple[list[dict[str, Any]], str | None]:
    """A unit's assignments: overdue first, then by due date (undated last).

    "Overdue" is as of today where each assignment's plan is issued. The page is
    chosen on the ``ix_assignments_unit_worklist`` index (the task's due date is
    copied onto its assignments), then only its rows are read.
    """
    today_binds = await _today_binds(session, plan_id)
    other_days = sum(1 for k in today_binds if k.startswith("plans_"))
    stmt = _worklist_statement(
        plan_id is not None, bool(statuses), bool(params.cursor), params.limit, other_days
    )
    values: dict[str, Any] = {"unit_id": unit_id, **today_binds, **cursor_binds(params, 3)}
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


# --- creating and changing tasks ---------------------------------------------------


async def _supporting_units(
    session: AsyncSession,
    lead_unit_id: uuid.UUID,
    unit_ids: Sequence[uuid.UUID],
    group_ids: Sequence[uuid.UUID],
) -> list[uuid.UUID]:
    if lead_unit_id in unit_ids:
        raise InvalidInput(
            "The lead unit cannot also be a supporting unit.",
            errors=[{"loc": ["body", "supporting_unit_ids"], "msg": "contains the lead unit"}],
        )
    await units_service.require_active_units(session, [lead_unit_id], "lead_unit_id")
    await units_service.require_active_units(session, unit_ids, "supporting_unit_ids")
    members = await units_service.expand_groups(session, group_ids, "supporting_group_ids")
    # A group ("all district committees") may include the lead unit: it leads, it does not support.
    return [u for u in dict.fromkeys([*unit_ids, *members]) if u != lead_unit_id]


def _due_columns(
    ref: FixedDate | MilestoneAnchor | None, ranges: dict[uuid.UUID, schedule.MilestoneRange]
) -> dict[str, Any]:
    return schedule.to_columns("due_", ref, schedule.resolve(ref, ranges))


async def create_task(
    session: AsyncSession,
    actor: Principal | None,
    plan_id: uuid.UUID,
    data: TaskCreate,
    *,
    commit: bool = True,
) -> Task:
    """Create a task and one assignment per unit (lead, supporters, members of supporting groups)."""
    await plans_service.ensure_plan(session, plan_id)
    if data.phase_id is not None:
        await plans_service.ensure_phase_in_plan(session, plan_id, data.phase_id, "phase_id")
    channel_ids = list(dict.fromkeys(data.channel_ids))
    await plans_service.ensure_channels_in_plan(session, plan_id, channel_ids, "channel_ids")
    supporters = await _supporting_units(
        session, data.lead_unit_id, data.supporting_unit_ids, data.supporting_group_ids
    )
    ranges = await plans_service.milestone_ranges(session, plan_id, {"due": data.due})
    title, body = _clean(data.title) or "", _clean(data.body) or ""
    task = Task(
        id=uuid.uuid4(),
        plan_id=plan_id,
        phase_id=data.phase_id,
        source_section=_clean(data.source_section),
        title=title,
        body=body,
        title_folded=fold(title),
        search_folded=_search_key(title, body),
        lead_unit_id=data.lead_unit_id,
        status="not_started",
        percent=0,
        assignment_summary=[
            _summary_entry(u, "lead" if u == data.lead_unit_id else "support", "not_started", 0)
            for u in [data.lead_unit_id, *supporters]
        ],
        **_due_columns(data.due, ranges),
    )
    session.add(task)
    await session.flush()
    session.add_all(
        Assignment(
            task_id=task.id,
            plan_id=plan_id,
            unit_id=u,
            role="lead" if u == data.lead_unit_id else "support",
            due_date=task.due_date,
        )
        for u in [data.lead_unit_id, *supporters]
    )
    session.add_all(TaskChannel(task_id=task.id, channel_id=c) for c in channel_ids)
    audit.record(
        session,
        actor,
        "task.created",
        "task",
        task.id,
        {
            **audit.diff({}, audit.snapshot(task, TASK_FIELDS)),
            "supporting_unit_ids": {"before": None, "after": [str(u) for u in supporters]},
            "channel_ids": {"before": None, "after": [str(c) for c in channel_ids]},
        },
    )
    if commit:
        await session.commit()
    else:
        await session.flush()
    return task


async def update_task(
    session: AsyncSession, actor: Principal, task: Task, fields: set[str], data: Any
) -> Task:
    """Change a task. ``fields`` are the fields sent in ``data`` (a :class:`TaskUpdate`).

    A new lead or new supporting units reconcile the assignments: kept units keep
    their progress, a unit moving between lead and support keeps it too, and
    units no longer named lose their assignment (recorded in the audit trail).
    """
    values: dict[str, Any] = {}
    extra_audit: dict[str, Any] = {}
    if "title" in fields and data.title is not None:
        values["title"] = _clean(data.title)
    if "body" in fields and data.body is not None:
        values["body"] = _clean(data.body)
    if "source_section" in fields:
        values["source_section"] = _clean(data.source_section)
    if "phase_id" in fields:
        if data.phase_id is not None:
            await plans_service.ensure_phase_in_plan(session, task.plan_id, data.phase_id, "phase_id")
        values["phase_id"] = data.phase_id
    if "due" in fields:
        ranges = await plans_service.milestone_ranges(session, task.plan_id, {"due": data.due})
        values.update(_due_columns(data.due, ranges))
    assignments_changed = False
    if {"lead_unit_id", "supporting_unit_ids", "supporting_group_ids"} & fields:
        current = await _assignments_of(session, task.id)
        lead = data.lead_unit_id if "lead_unit_id" in fields and data.lead_unit_id else task.lead_unit_id
        if "supporting_unit_ids" in fields or "supporting_group_ids" in fields:
            supporters = await _supporting_units(
                session, lead, data.supporting_unit_ids or [], data.supporting_group_ids or []
            )
        else:
            await units_service.require_active_units(session, [lead], "lead_unit_id")
            supporters = [a.unit_id for a in current if a.role == "support" and a.unit_id != lead]
            if task.lead_unit_id != lead:
                supporters = [task.lead_unit_id, *supporters]  # the old lead stays on as support
        extra_audit = await _reconcile_assignments(session, actor, task, current, lead, supporters)
        assignments_changed = bool(extra_audit)
        values["lead_unit_id"] = lead
    if "channel_ids" in fields and data.channel_ids is not None:
        channel_ids = list(dict.fromkeys(data.channel_ids))
        await plans_service.ensure_channels_in_plan(session, task.plan_id, channel_ids, "channel_ids")
        old = list(
            (
                await session.execute(select(TaskChannel.channel_id).where(TaskChannel.task_id == task.id))
            ).scalars()
        )
        if set(old) != set(channel_ids):
            await session.execute(delete(TaskChannel).where(TaskChannel.task_id == task.id))
            session.add_all(TaskChannel(task_id=task.id, channel_id=c) for c in channel_ids)
            extra_audit["channel_ids"] = {
                "before": [str(c) for c in old],
                "after": [str(c) for c in channel_ids],
            }
    before = audit.snapshot(task, values.keys())
    for key, value in values.items():
        setattr(task, key, value)
    if "title" in values or "body" in values:
        task.title_folded = fold(task.title)
        task.search_folded = _search_key(task.title, task.body)
    changes = {**audit.diff(before, values), **extra_audit}
    if changes and not audit.diff(before, values):
        # Only assignments or channels changed: still a new version of the task (its ETag moves).
        task.updated_at = utcnow()
    await session.flush()
    if assignments_changed:
        await refresh_task_progress(session, task.id)
    if assignments_changed or "due" in fields:
        await _copy_due_dates(session, [task.id])
    if changes:
        audit.record(session, actor, "task.updated", "task", task.id, changes)
    await session.commit()
    await session.refresh(task)
    return task


async def _reconcile_assignments(
    session: AsyncSession,
    actor: Principal | None,
    task: Task,
    current: list[Assignment],
    lead: uuid.UUID,
    supporters: list[uuid.UUID],
) -> dict[str, Any]:
    desired = {lead: "lead", **{u: "support" for u in supporters if u != lead}}
    existing = {a.unit_id: a for a in current}
    before_roles = {str(a.unit_id): a.role for a in current}
    for unit_id, role in desired.items():
        assignment = existing.get(unit_id)
        if assignment is None:
            session.add(Assignment(task_id=task.id, plan_id=task.plan_id, unit_id=unit_id, role=role))
        elif assignment.role != role:
            assignment.role = role
    for unit_id, assignment in existing.items():
        if unit_id not in desired:
            audit.record(
                session,
                actor,
                "assignment.removed",
                "assignment",
                assignment.id,
                {
                    "task_id": {"before": str(task.id), "after": None},
                    "unit_id": {"before": str(unit_id), "after": None},
                    "status": {"before": assignment.status, "after": None},
                    "percent": {"before": assignment.percent, "after": None},
                },
            )
            await session.delete(assignment)
    after_roles = {str(u): r for u, r in desired.items()}
    if before_roles == after_roles:
        return {}
    return {"assignments": {"before": before_roles, "after": after_roles}}


async def delete_task(session: AsyncSession, actor: Principal, task: Task) -> None:
    """Delete a task with its assignments and their history (the audit trail keeps a record)."""
    audit.record(
        session, actor, "task.deleted", "task", task.id, audit.diff(audit.snapshot(task, TASK_FIELDS), {})
    )
    await session.delete(task)
    await session.commit()


async def refresh_task_progress(session: AsyncSession, task_id: uuid.UUID) -> None:
    """Recompute the task's derived status, percent, completion day and assignment summary.

    Written with a plain UPDATE: derived fields do not move the task's ETag, so an
    officer's progress report never makes a coordinator's pending edit stale.
    """
    rows = (
        await session.execute(
            select(
                Assignment.unit_id,
                Assignment.role,
                Assignment.status,
                Assignment.percent,
                Assignment.completed_on,
            )
            .where(Assignment.task_id == task_id)
            .order_by(Assignment.role, Assignment.created_at, Assignment.id)
        )
    ).all()
    status, percent, completed_on = derive_progress((r.status, r.percent, r.completed_on) for r in rows)
    await session.execute(
        update(Task)
        .where(Task.id == task_id)
        .values(
            status=status,
            percent=percent,
            completed_on=completed_on,
            assignment_summary=[_summary_entry(r.unit_id, r.role, r.status, r.percent) for r in rows],
        )
        .execution_options(synchronize_session="fetch")
    )


async def recompute_completion_days(session: AsyncSession, plan_id: uuid.UUID, zone: localtime.Zone) -> None:
    """Re-reckon the plan's completion days in ``zone`` (after the plan changed zone).

    Assignments take the local date of their ``completed_at``; tasks, the latest of
    their assignments' (as :func:`derive_progress` does). In the caller's transaction.
    """
    done = (
        await session.execute(
            select(Assignment.id, Assignment.completed_at).where(
                Assignment.plan_id == plan_id, Assignment.completed_at.is_not(None)
            )
        )
    ).all()
    if not done:
        return
    conn = await session.connection()
    await conn.execute(
        update(Assignment.__table__)  # type: ignore[arg-type]
        .where(Assignment.__table__.c.id == bindparam("a_id"))
        .values(completed_on=bindparam("day")),
        [{"a_id": r.id, "day": localtime.local_date(r.completed_at, zone)} for r in done],
    )
    latest = (
        select(func.max(Assignment.completed_on))
        .where(Assignment.task_id == Task.id, Assignment.status != "cancelled")
        .scalar_subquery()
    )
    await session.execute(
        update(Task)
        .where(Task.plan_id == plan_id, Task.status == "done")
        .values(completed_on=latest)
        .execution_options(synchronize_session=False)
    )


def _summary_entry(unit_id: uuid.UUID, role: str, status: str, percent: int) -> dict[str, Any]:
    return {"unit_id": str(unit_id), "role": role, "status": status, "percent": percent}


async def _copy_due_dates(session: AsyncSession, task_ids: Sequence[uuid.UUID]) -> None:
    """Copy the tasks' resolved due dates onto their assignments (the unit work list sorts on them)."""
    if not task_ids:
        return
    await session.execute(
        update(Assignment)
        .where(Assignment.task_id.in_(task_ids))
        .values(due_date=select(Task.due_date).where(Task.id == Assignment.task_id).scalar_subquery())
        .execution_options(synchronize_session=False)
    )


async def _lock_task(session: AsyncSession, task_id: uuid.UUID) -> None:
    # Serialise changes to one task's assignments, so the derived task status
    # computed by the second writer sees the first writer's change (PostgreSQL;
    # SQLite serialises writers anyway).
    found = (
        await session.execute(select(Task.id).where(Task.id == task_id).with_for_update())
    ).scalar_one_or_none()
    if found is None:
        raise NotFound("task", task_id)


# --- assignments and progress ------------------------------------------------------


def check_acts_for(principal: Principal, unit_id: uuid.UUID) -> None:
    """403 unless the caller may update ``unit_id``'s work (its own unit, or any with tasks:write)."""
    if not principal.acts_for_unit(unit_id):
        raise PermissionDenied("You may only update your own unit's assignments.")


async def get_assignment(session: AsyncSession, task_id: uuid.UUID, unit_id: uuid.UUID) -> Assignment:
    assignment = (
        await session.execute(
            select(Assignment).where(Assignment.task_id == task_id, Assignment.unit_id == unit_id)
        )
    ).scalar_one_or_none()
    if assignment is None:
        if await session.get(Task, task_id) is None:
            raise NotFound("task", task_id)
        raise NotFound(f"assignment of unit {unit_id} on task", task_id)
    return assignment


def _apply_progress(
    principal: Principal | None,
    assignment: Assignment,
    status: str | None,
    percent: int | None,
    now: dt.datetime | None = None,
    zone: localtime.Zone = None,
) -> dict[str, Any]:
    """Set status and percent by the rules; return the audit diff.

    ``completed_on`` is the day of completion in ``zone`` (the plan's), so it compares
    with the due date as "done before the day ended where the plan is issued".
    """
    if "cancelled" in (status, assignment.status) and principal is not None:
        if not principal.can(Permission.tasks_write):
            raise PermissionDenied("Only coordinators can cancel an assignment or reopen a cancelled one.")
    new_status = status or assignment.status
    new_percent = percent if percent is not None else assignment.percent
    if status is None and assignment.status == "not_started" and percent:
        new_status = "in_progress"  # reporting progress is starting work
    if new_status == "done":
        if percent is not None and percent != 100:
            raise InvalidInput(
                "A done assignment is at 100 percent.",
                errors=[{"loc": ["body", "percent"], "msg": "must be 100 when done"}],
            )
        new_percent = 100
    before = audit.snapshot(assignment, ("status", "percent"))
    now = now or localtime.now()
    if new_status == "done" and assignment.status != "done":
        assignment.completed_at, assignment.completed_on = now, localtime.local_date(now, zone)
    elif new_status != "done":
        assignment.completed_at, assignment.completed_on = None, None
    assignment.status, assignment.percent = new_status, new_percent
    assignment.last_update_at = now
    return audit.diff(before, {"status": new_status, "percent": new_percent})


async def update_assignment(
    session: AsyncSession,
    actor: Principal,
    assignment: Assignment,
    status: str | None,
    percent: int | None,
) -> Assignment:
    """Set an assignment's status and/or percent (the change is also appended to its history)."""
    await _lock_task(session, assignment.task_id)
    zone = await plans_service.plan_zone(session, assignment.plan_id)
    changes = _apply_progress(actor, assignment, status, percent, localtime.now(), zone)
    session.add(
        ProgressUpdate(
            assignment_id=assignment.id,
            author_id=actor.id,
            author=actor.audit_actor,
            status=assignment.status,
            percent=assignment.percent,
            note=None,
        )
    )
    await session.flush()
    await refresh_task_progress(session, assignment.task_id)
    audit.record(session, actor, "assignment.updated", "assignment", assignment.id, changes)
    await session.commit()
    return assignment


async def post_progress(
    session: AsyncSession,
    actor: Principal,
    task_id: uuid.UUID,
    unit_id: uuid.UUID,
    status: str | None,
    percent: int | None,
    note: str | None,
    *,
    reported_at: dt.datetime | None = None,
) -> dict[str, Any]:
    """Append a progress update and apply it to the unit's assignment. Does not commit:
    the caller commits (with the ``Idempotency-Key`` record, see ``core.idempotency``).

    ``reported_at`` records a report made earlier (on paper, in a meeting) at the time it
    was made, so completion dates and "done late" stay true; the default is now.
    """
    await _lock_task(session, task_id)
    assignment = await get_assignment(session, task_id, unit_id)
    reported_at = reported_at or localtime.now()
    zone = await plans_service.plan_zone(session, assignment.plan_id)
    changes = _apply_progress(actor, assignment, status, percent, reported_at, zone)
    update_row = ProgressUpdate(
        id=uuid.uuid4(),
        assignment_id=assignment.id,
        author_id=actor.id,
        author=actor.audit_actor,
        status=assignment.status,
        percent=assignment.percent,
        note=_clean(note),
        created_at=reported_at,
    )
    session.add(update_row)
    await session.flush()
    await refresh_task_progress(session, task_id)
    audit.record(
        session,
        actor,
        "assignment.progress",
        "assignment",
        assignment.id,
        {**changes, "update_id": str(update_row.id)} if changes else {"update_id": str(update_row.id)},
    )
    await session.flush()
    return {
        "id": update_row.id,
        "task_id": task_id,
        "unit_id": unit_id,
        "status": update_row.status,
        "percent": update_row.percent,
        "note": update_row.note,
        "author": update_row.author,
        "created_at": update_row.created_at,
        "assignment": assignment_view(assignment),
    }


async def urge(
    session: AsyncSession, actor: Principal, assignment: Assignment, message: str
) -> dict[str, Any]:
    """Record a coordinator's reminder on an open assignment."""
    if assignment.status in CLOSED_STATUSES:
        raise InvalidInput(
            f"This assignment is {assignment.status}: there is nothing to urge.",
            errors=[{"loc": ["path", "unit_id"], "msg": f"assignment is {assignment.status}"}],
        )
    row = Urge(
        id=uuid.uuid4(),
        assignment_id=assignment.id,
        author_id=actor.id,
        author=actor.audit_actor,
        message=_clean(message) or message,
        created_at=utcnow(),
    )
    session.add(row)
    audit.record(
        session,
        actor,
        "assignment.urged",
        "assignment",
        assignment.id,
        {"message": {"before": None, "after": row.message}},
    )
    await session.commit()
    return {
        "id": row.id,
        "task_id": assignment.task_id,
        "unit_id": assignment.unit_id,
        "message": row.message,
        "author": row.author,
        "created_at": row.created_at,
    }


async def assignment_history(session: AsyncSession, assignment: Assignment) -> list[dict[str, Any]]:
    """Progress updates and urges of an assignment, oldest first."""
    updates = await session.execute(
        select(
            ProgressUpdate.id,
            ProgressUpdate.created_at,
            ProgressUpdate.author,
            ProgressUpdate.status,
            ProgressUpdate.percent,
            ProgressUpdate.note,
        ).where(ProgressUpdate.assignment_id == assignment.id)
    )
    urges = await session.execute(
        select(Urge.id, Urge.created_at, Urge.author, Urge.message).where(Urge.assignment_id == assignment.id)
    )
    entries: list[dict[str, Any]] = [
        {
            "kind": "update",
            "id": u.id,
            "at": u.created_at,
            "author": u.author,
            "status": u.status,
            "percent": u.percent,
            "note": u.note,
            "message": None,
        }
        for u in updates
    ]
    entries += [
        {
            "kind": "urge",
            "id": u.id,
            "at": u.created_at,
            "author": u.author,
            "status": None,
            "percent": None,
            "note": None,
            "message": u.message,
        }
        for u in urges
    ]
    entries.sort(key=lambda e: (e["at"], e["kind"] == "update", str(e["id"])))
    return entries


# --- rescheduling (called when a milestone moves) ------------------------------------


async def tasks_anchored_to(session: AsyncSession, milestone_id: uuid.UUID) -> list[dict[str, Any]]:
    """Tasks whose due date hangs on ``milestone_id``, with the units that owe them."""
    rows = (
        await session.execute(
            select(Task.id, Task.title, Task.due_side, Task.due_offset_days, Task.due_date)
            .where(Task.due_milestone_id == milestone_id)
            .order_by(Task.due_date, Task.title_folded, Task.id)
        )
    ).all()
    if not rows:
        return []
    units: dict[uuid.UUID, list[uuid.UUID]] = {r.id: [] for r in rows}
    for a in await session.execute(
        select(Assignment.task_id, Assignment.unit_id)
        .where(Assignment.task_id.in_(units), Assignment.status != "cancelled")
        .order_by(Assignment.role, Assignment.unit_id)
    ):
        units[a.task_id].append(a.unit_id)
    return [{**r._asdict(), "unit_ids": units[r.id]} for r in rows]


async def reschedule_tasks(
    session: AsyncSession,
    actor: Principal | None,
    due_dates: dict[uuid.UUID, dt.date | None],
    *,
    cause: uuid.UUID,
) -> None:
    """Set new resolved due dates (in the caller's transaction), auditing each change."""
    if not due_dates:
        return
    tasks = (await session.execute(select(Task).where(Task.id.in_(due_dates)))).scalars()
    for task in tasks:
        before = task.due_date
        task.due_date = due_dates[task.id]
        audit.record(
            session,
            actor,
            "task.rescheduled",
            "task",
            task.id,
            {**audit.diff({"due_date": before}, {"due_date": task.due_date}), "milestone_id": str(cause)},
        )
    await session.flush()
    await _copy_due_dates(session, list(due_dates))


async def count_assignments(session: AsyncSession, plan_id: uuid.UUID) -> int:
    """How many assignments a plan's tasks have."""
    return int(
        (
            await session.execute(
                select(func.count()).select_from(Assignment).where(Assignment.plan_id == plan_id)
            )
        ).scalar_one()
    )
