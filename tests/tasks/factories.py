"""Tasks built through the service layer; assignments are moved along through the API in tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from plandesk.core import localtime
from plandesk.plans.models import Plan
from plandesk.tasks import crud as task_crud
from plandesk.tasks import progress as task_progress
from plandesk.tasks.models import Assignment, Task
from plandesk.tasks.schemas import TaskCreate
from plandesk.units.models import Unit


class TaskFactory:
    def __init__(self, sessionmaker: async_sessionmaker[AsyncSession]) -> None:
        self.sessionmaker = sessionmaker

    async def task(
        self,
        plan: Plan,
        lead: Unit,
        supporters: list[Unit] | None = None,
        due: dt.date | str | dict[str, Any] | None = None,
        **kw: Any,
    ) -> Task:
        data: dict[str, Any] = {
            "title": kw.pop("title", "Tuyên truyền đại hội đảng bộ các cấp"),
            "lead_unit_id": lead.id,
            "supporting_unit_ids": [u.id for u in supporters or []],
            **kw,
        }
        if isinstance(due, dt.date | str):
            data["due"] = {"kind": "fixed", "date": str(due)}
        elif due is not None:
            data["due"] = due
        async with self.sessionmaker() as s:
            return await task_crud.create_task(s, None, plan.id, TaskCreate(**data))

    async def set_assignment(
        self,
        task: Task,
        unit: Unit,
        status: str,
        percent: int | None = None,
        completed_on: dt.date | None = None,
    ) -> None:
        """Put an assignment in a state directly (for dashboards of past days), then re-derive the task."""
        values: dict[str, Any] = {"status": status}
        if percent is not None:
            values["percent"] = percent
        if status == "done":
            values["percent"] = 100
            day = completed_on or localtime.local_today()
            values["completed_on"] = day
            values["completed_at"] = dt.datetime.combine(day, dt.time(9), tzinfo=dt.UTC)
        async with self.sessionmaker() as s:
            await s.execute(
                update(Assignment)
                .where(Assignment.task_id == task.id, Assignment.unit_id == unit.id)
                .values(**values)
            )
            await task_progress.refresh_task_progress(s, task.id)
            await s.commit()
