"""Tasks: reading one, creating, editing and deleting them with their lead and supporting units.

``create_task`` takes ``commit=`` and ``actor=None`` like the plan functions,
so the plan importer can create a whole plan in one transaction.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import case, delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core import audit
from plandesk.core.concurrency import etag_for
from plandesk.core.db import utcnow
from plandesk.core.errors import InvalidInput, NotFound
from plandesk.core.events import Subject, emit
from plandesk.core.policy import Principal
from plandesk.core.text import fold
from plandesk.plans import channels as plan_channels
from plandesk.plans import crud as plan_crud
from plandesk.plans import milestones as plan_milestones
from plandesk.plans import phases as plan_phases
from plandesk.plans import schedule
from plandesk.tasks import groups as group_links
from plandesk.tasks.due_dates import _copy_due_dates, _due_columns, is_overdue, plan_today
from plandesk.tasks.models import (
    Assignment,
    Task,
    TaskChannel,
    TaskGroup,
)
from plandesk.tasks.progress import _clean, _summary_entry, assignment_view, refresh_task_progress
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


def search_key(title: str, body: str) -> str:
    return fold(f"{title} {body}")


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
        .order_by(
            case((Assignment.role == "lead", 0), (Assignment.role == "member", 1), else_=2),
            Assignment.created_at,
            Assignment.id,
        )
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
        "lead_group_id": task.lead_group_id,
        "supporting_group_ids": await group_links.task_group_ids(session, task.id),
        "awaiting_members": task.awaiting_members,
        "supporting_unit_ids": [a.unit_id for a in assignments if a.role == "support"],
        "due": schedule.from_columns("due_", task),
        "due_date": task.due_date,
        "status": task.status,
        "percent": task.percent,
        "overdue": is_overdue(task.due_date, task.status, today) and not task.awaiting_members,
        "completed_on": task.completed_on,
        "channel_ids": channel_ids,
        "assignments": [assignment_view(a) for a in assignments],
        "created_at": task.created_at,
        "updated_at": task.updated_at,
        "etag": etag_for(task.id, task.version),
    }


# --- creating and changing tasks ---------------------------------------------------


async def _supporting_units(
    session: AsyncSession,
    lead_unit_id: uuid.UUID | None,
    unit_ids: Sequence[uuid.UUID],
    group_ids: Sequence[uuid.UUID],
    members: Sequence[uuid.UUID] = (),
) -> list[uuid.UUID]:
    """The supporting units: those named and the members of supporting groups.

    ``members`` are the member units of the group the task is addressed to: they
    owe a share of their own (role ``member``) and do not also support.
    """
    if lead_unit_id is not None and lead_unit_id in unit_ids:
        raise InvalidInput(
            "The lead unit cannot also be a supporting unit.",
            errors=[{"loc": ["body", "supporting_unit_ids"], "msg": "contains the lead unit"}],
        )
    if lead_unit_id is not None:
        await units_service.require_active_units(session, [lead_unit_id], "lead_unit_id")
    await units_service.require_active_units(session, unit_ids, "supporting_unit_ids")
    expanded = await units_service.expand_groups(session, group_ids, "supporting_group_ids")
    # A group ("all district committees") may include the lead unit: it leads, it does not support.
    skip = {lead_unit_id, *members}
    return [u for u in dict.fromkeys([*unit_ids, *expanded]) if u not in skip]


def _check_addressee(lead_unit_id: uuid.UUID | None, lead_group_id: uuid.UUID | None) -> None:
    if (lead_unit_id is None) == (lead_group_id is None):
        raise InvalidInput(
            "A task has either a lead unit or a unit group it is addressed to (not both, not neither).",
            errors=[{"loc": ["body", "lead_unit_id"], "msg": "give lead_unit_id or lead_group_id"}],
        )


async def create_task(
    session: AsyncSession,
    actor: Principal | None,
    plan_id: uuid.UUID,
    data: TaskCreate,
    *,
    commit: bool = True,
) -> Task:
    """Create a task and one assignment per unit (lead, supporters, members of supporting groups).

    A task addressed to a unit group (``lead_group_id``) has no lead unit: each of the
    group's active members gets an assignment with role ``member``.
    """
    _check_addressee(data.lead_unit_id, data.lead_group_id)
    await plan_crud.ensure_plan(session, plan_id)
    if data.phase_id is not None:
        await plan_phases.ensure_phase_in_plan(session, plan_id, data.phase_id, "phase_id")
    channel_ids = list(dict.fromkeys(data.channel_ids))
    await plan_channels.ensure_channels_in_plan(session, plan_id, channel_ids, "channel_ids")
    members: list[uuid.UUID] = []
    if data.lead_group_id is not None:
        members = await units_service.expand_groups(session, [data.lead_group_id], "lead_group_id")
    supporters = await _supporting_units(
        session, data.lead_unit_id, data.supporting_unit_ids, data.supporting_group_ids, members
    )
    roles: dict[uuid.UUID, str] = {data.lead_unit_id: "lead"} if data.lead_unit_id else {}
    roles.update({m: "member" for m in members})
    roles.update({u: "support" for u in supporters})
    ranges = await plan_milestones.milestone_ranges(session, plan_id, {"due": data.due})
    title, body = _clean(data.title) or "", _clean(data.body) or ""
    task = Task(
        id=uuid.uuid4(),
        plan_id=plan_id,
        phase_id=data.phase_id,
        source_section=_clean(data.source_section),
        title=title,
        body=body,
        title_folded=fold(title),
        search_folded=search_key(title, body),
        lead_unit_id=data.lead_unit_id,
        lead_group_id=data.lead_group_id,
        awaiting_members=data.lead_group_id is not None and not members,
        status="not_started",
        percent=0,
        assignment_summary=[_summary_entry(u, r, "not_started", 0) for u, r in roles.items()],
        **_due_columns(data.due, ranges),
    )
    session.add(task)
    await session.flush()
    session.add_all(
        Assignment(
            task_id=task.id,
            plan_id=plan_id,
            unit_id=u,
            role=r,
            due_date=task.due_date,
        )
        for u, r in roles.items()
    )
    group_links.link_groups(session, task.id, data.lead_group_id, data.supporting_group_ids)
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
    emit(
        session,
        "task.created",
        Subject("task", task.id),
        {
            "title": task.title,
            "phase_id": task.phase_id,
            "lead_unit_id": task.lead_unit_id,
            "lead_group_id": task.lead_group_id,
            "supporting_unit_ids": supporters,
            "due_date": task.due_date,
        },
        plan_id=plan_id,
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
            await plan_phases.ensure_phase_in_plan(session, task.plan_id, data.phase_id, "phase_id")
        values["phase_id"] = data.phase_id
    if "due" in fields:
        ranges = await plan_milestones.milestone_ranges(session, task.plan_id, {"due": data.due})
        values.update(_due_columns(data.due, ranges))
    assignments_changed = False
    if {"lead_unit_id", "supporting_unit_ids", "supporting_group_ids"} & fields:
        current = await _assignments_of(session, task.id)
        if task.lead_group_id is not None and "lead_unit_id" in fields and data.lead_unit_id:
            raise InvalidInput(
                "This task is addressed to a unit group: its member units each have a share.",
                errors=[{"loc": ["body", "lead_unit_id"], "msg": "the task is addressed to a unit group"}],
            )
        lead = data.lead_unit_id if "lead_unit_id" in fields and data.lead_unit_id else task.lead_unit_id
        members = [a.unit_id for a in current if a.role == "member"]
        if "supporting_unit_ids" in fields or "supporting_group_ids" in fields:
            supporters = await _supporting_units(
                session, lead, data.supporting_unit_ids or [], data.supporting_group_ids or [], members
            )
            if "supporting_group_ids" in fields:
                await session.execute(
                    delete(TaskGroup).where(TaskGroup.task_id == task.id, TaskGroup.role == "support")
                )
                group_links.link_groups(session, task.id, None, data.supporting_group_ids or [])
        else:
            if lead is not None:
                await units_service.require_active_units(session, [lead], "lead_unit_id")
            supporters = [a.unit_id for a in current if a.role == "support" and a.unit_id != lead]
            if task.lead_unit_id is not None and task.lead_unit_id != lead:
                supporters = [task.lead_unit_id, *supporters]  # the old lead stays on as support
        extra_audit = await _reconcile_assignments(session, actor, task, current, lead, supporters, members)
        assignments_changed = bool(extra_audit)
        values["lead_unit_id"] = lead
    if "channel_ids" in fields and data.channel_ids is not None:
        channel_ids = list(dict.fromkeys(data.channel_ids))
        await plan_channels.ensure_channels_in_plan(session, task.plan_id, channel_ids, "channel_ids")
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
        task.search_folded = search_key(task.title, task.body)
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
        emit(session, "task.updated", Subject("task", task.id), {"changes": changes}, plan_id=task.plan_id)
    await session.commit()
    await session.refresh(task)
    return task


async def _reconcile_assignments(
    session: AsyncSession,
    actor: Principal | None,
    task: Task,
    current: list[Assignment],
    lead: uuid.UUID | None,
    supporters: list[uuid.UUID],
    members: Sequence[uuid.UUID] = (),
) -> dict[str, Any]:
    desired: dict[uuid.UUID, str] = {m: "member" for m in members}
    if lead is not None:
        desired[lead] = "lead"
    desired.update({u: "support" for u in supporters if u != lead and u not in desired})
    existing = {a.unit_id: a for a in current}
    before_roles = {str(a.unit_id): a.role for a in current}
    for unit_id, role in desired.items():
        assignment = existing.get(unit_id)
        if assignment is None:
            session.add(
                Assignment(
                    task_id=task.id, plan_id=task.plan_id, unit_id=unit_id, role=role, due_date=task.due_date
                )
            )
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
    emit(session, "task.deleted", Subject("task", task.id), {"title": task.title}, plan_id=task.plan_id)
    await session.delete(task)
    await session.commit()


async def count_assignments(session: AsyncSession, plan_id: uuid.UUID) -> int:
    """How many assignments a plan's tasks have."""
    return int(
        (
            await session.execute(
                select(func.count()).select_from(Assignment).where(Assignment.plan_id == plan_id)
            )
        ).scalar_one()
    )
