"""Tasks addressed to unit groups: one assignment per member unit, and members that join later.

A task may be addressed to a unit group ("Các huyện ủy, thị ủy, thành ủy và
đảng ủy trực thuộc") instead of a lead unit (``Task.lead_group_id``): each
active member unit then owes its own share, an assignment with role
``member`` that has its own progress and deadline standing; the task's
standing is derived from all its assignments (``progress.derive_progress``).
A group may also support a task (``supporting_group_ids``): its members get
``support`` assignments. Either way the link is kept in ``task_groups``.

While the group a task is addressed to has no member units the task is
``awaiting_members``: nobody owes it, so it is never counted late. When units
are added to a group, :func:`sync_group_assignments` gives them their
assignment on every open task of the group — once (an assignment already there
is left alone), with an ``assignment.created`` event each. Units removed from
a group keep the assignments (and the progress) they already have: the
coordinator cancels one explicitly if the share is no longer owed.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core import audit
from plandesk.core.events import Subject, emit
from plandesk.core.policy import Principal
from plandesk.tasks.models import Assignment, Task, TaskGroup
from plandesk.tasks.progress import refresh_task_progress
from plandesk.units import service as units_service


def link_groups(
    session: AsyncSession,
    task_id: uuid.UUID,
    lead_group_id: uuid.UUID | None,
    supporting: Sequence[uuid.UUID],
) -> None:
    """Record the groups a task is addressed to (lead) or supported by."""
    links = {g: "support" for g in supporting}
    if lead_group_id is not None:
        links[lead_group_id] = "lead"
    session.add_all(TaskGroup(task_id=task_id, group_id=g, role=r) for g, r in links.items())


async def task_group_ids(session: AsyncSession, task_id: uuid.UUID) -> list[uuid.UUID]:
    """The supporting groups of a task (not the one it is addressed to)."""
    rows = await session.execute(
        select(TaskGroup.group_id).where(TaskGroup.task_id == task_id, TaskGroup.role == "support")
    )
    return list(rows.scalars())


async def sync_group_assignments(session: AsyncSession, actor: Principal | None, group_id: uuid.UUID) -> int:
    """Give every active member of ``group_id`` its assignment on the group's open tasks; how many made.

    Idempotent: a member that already has an assignment on a task keeps it as it is.
    Does not commit.
    """
    members = await units_service.expand_groups(session, [group_id], "unit_ids")
    links = (
        await session.execute(
            select(TaskGroup.task_id, TaskGroup.role, Task.plan_id, Task.due_date, Task.lead_unit_id)
            .join(Task, Task.id == TaskGroup.task_id)
            .where(TaskGroup.group_id == group_id, Task.status != "cancelled")
        )
    ).all()
    if not links or not members:
        return 0
    task_ids = [link.task_id for link in links]
    have = {
        (r.task_id, r.unit_id)
        for r in await session.execute(
            select(Assignment.task_id, Assignment.unit_id).where(Assignment.task_id.in_(task_ids))
        )
    }
    made = 0
    touched: set[uuid.UUID] = set()
    for link in links:
        role = "member" if link.role == "lead" else "support"
        for unit_id in members:
            if (link.task_id, unit_id) in have or unit_id == link.lead_unit_id:
                continue
            assignment = Assignment(
                id=uuid.uuid4(),
                task_id=link.task_id,
                plan_id=link.plan_id,
                unit_id=unit_id,
                role=role,
                due_date=link.due_date,
            )
            session.add(assignment)
            have.add((link.task_id, unit_id))
            audit.record(
                session,
                actor,
                "assignment.created",
                "assignment",
                assignment.id,
                {
                    "task_id": {"before": None, "after": str(link.task_id)},
                    "unit_id": {"before": None, "after": str(unit_id)},
                    "role": {"before": None, "after": role},
                },
            )
            emit(
                session,
                "assignment.created",
                Subject("assignment", assignment.id),
                {"task_id": link.task_id, "unit_id": unit_id, "role": role, "group_id": group_id},
                plan_id=link.plan_id,
            )
            touched.add(link.task_id)
            made += 1
    await session.flush()
    for task_id in touched:
        await refresh_task_progress(session, task_id)
    return made
