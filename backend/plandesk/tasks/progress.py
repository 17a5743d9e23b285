"""Assignments and progress: a task's derived status, progress reports, urging and history.

A task has exactly one lead unit and any number of supporting units, each an
:class:`Assignment` that the unit's officers move along. The task's own
status is derived from its assignments (see :func:`derive_progress`) and kept
in the task row so lists and dashboards can filter and aggregate in SQL.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core import audit, localtime
from plandesk.core.concurrency import etag_for
from plandesk.core.db import utcnow
from plandesk.core.errors import InvalidInput, NotFound, PermissionDenied
from plandesk.core.events import Subject, emit
from plandesk.core.policy import Permission, Principal
from plandesk.core.text import nfc
from plandesk.plans import crud as plan_crud
from plandesk.tasks.models import (
    CLOSED_STATUSES,
    Assignment,
    ProgressUpdate,
    Task,
    Urge,
)


def _clean(text: str | None) -> str | None:
    return nfc(text).strip() if text is not None else None


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


def _summary_entry(unit_id: uuid.UUID, role: str, status: str, percent: int) -> dict[str, Any]:
    return {"unit_id": str(unit_id), "role": role, "status": status, "percent": percent}


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
    zone = await plan_crud.plan_zone(session, assignment.plan_id)
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
    _emit_assignment_changes(session, assignment, changes, None)
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
    zone = await plan_crud.plan_zone(session, assignment.plan_id)
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
    _emit_assignment_changes(session, assignment, changes, update_row)
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


def _emit_assignment_changes(
    session: AsyncSession, assignment: Assignment, changes: dict[str, Any], update: ProgressUpdate | None
) -> None:
    """``assignment.progressed`` for a progress report, ``assignment.status_changed`` for a new status."""
    subject = Subject("assignment", assignment.id)
    ids = {"task_id": assignment.task_id, "unit_id": assignment.unit_id}
    if update is not None:
        emit(
            session,
            "assignment.progressed",
            subject,
            {**ids, "update_id": update.id, "status": assignment.status, "percent": assignment.percent},
            plan_id=assignment.plan_id,
        )
    if "status" in changes:
        emit(
            session,
            "assignment.status_changed",
            subject,
            {**ids, "changes": changes},
            plan_id=assignment.plan_id,
        )


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
    emit(
        session,
        "assignment.urged",
        Subject("assignment", assignment.id),
        {"task_id": assignment.task_id, "unit_id": assignment.unit_id, "urge_id": row.id},
        plan_id=assignment.plan_id,
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
