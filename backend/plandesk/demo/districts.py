"""The province's district-level party committees: real member units of the seed's unit group.

Plan 148-KH/TU gives five tasks to "Các huyện uỷ, thị uỷ, thành uỷ và đảng uỷ
trực thuộc". Đắk Lắk has fifteen district-level party committees; the demo
creates them and the group before the plan is imported, so the importer
matches the group and every committee owes its own share (role ``member``)
of those tasks. A spread of progress reports keeps the group's tasks alive:
some committees done, most under way, a few not yet started.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core.policy import Principal
from plandesk.tasks import progress as task_progress
from plandesk.tasks.models import Assignment, Task
from plandesk.units import service as units_service

GROUP_NAME = "Các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc"

COMMITTEES = (
    "Huyện ủy Buôn Đôn",
    "Huyện ủy Cư Kuin",
    "Huyện ủy Cư M'gar",
    "Huyện ủy Ea H'leo",
    "Huyện ủy Ea Kar",
    "Huyện ủy Ea Súp",
    "Huyện ủy Krông Ana",
    "Huyện ủy Krông Bông",
    "Huyện ủy Krông Búk",
    "Huyện ủy Krông Năng",
    "Huyện ủy Krông Pắc",
    "Huyện ủy Lắk",
    "Huyện ủy M'Drắk",
    "Thị ủy Buôn Hồ",
    "Thành ủy Buôn Ma Thuột",
)

# (status, percent) by committee, in the order above, for each of the group's tasks:
# a third done, most under way, a few not started (deterministic, so tests can count).
_SPREAD = (
    ("done", 100),
    ("in_progress", 70),
    ("in_progress", 40),
    ("done", 100),
    ("in_progress", 60),
    (None, None),
    ("done", 100),
    ("in_progress", 30),
    ("in_progress", 80),
    (None, None),
    ("done", 100),
    ("in_progress", 50),
    (None, None),
    ("done", 100),
    ("in_progress", 90),
)


async def create_district_committees(session: AsyncSession, actor: Principal) -> uuid.UUID:
    """The fifteen committees and the group that holds them (before the plan is imported)."""
    unit_ids = []
    for name in COMMITTEES:
        unit = await units_service.create_unit(
            session, actor, {"name": name, "kind": "party_committee"}, commit=False
        )
        unit_ids.append(unit.id)
    group = await units_service.create_group(
        session,
        actor,
        GROUP_NAME,
        "Các đảng bộ cấp huyện và tương đương của tỉnh Đắk Lắk",
        unit_ids,
        commit=False,
    )
    await session.commit()
    return group.id


async def report_district_progress(
    session: AsyncSession, coordinator: Principal, group_id: uuid.UUID, today: dt.date
) -> int:
    """Record the committees' reports on the group's tasks (as the coordinator, who receives
    them on paper), dated a few days before today or the task's deadline; how many."""
    rows = (
        await session.execute(
            select(Assignment.task_id, Assignment.unit_id, Task.due_date)
            .join(Task, Task.id == Assignment.task_id)
            .where(Task.lead_group_id == group_id, Assignment.role == "member")
            .order_by(Task.created_at, Task.id)
        )
    ).all()
    order = {name: i for i, name in enumerate(COMMITTEES)}
    names = await units_service.unit_names(session, list({r.unit_id for r in rows}))
    posted = 0
    for row in rows:
        status, percent = _SPREAD[order.get(names.get(row.unit_id, ("", None))[0], 0) % len(_SPREAD)]
        if status is None:
            continue
        day = min(today, row.due_date) if row.due_date else today
        day -= dt.timedelta(days=1 + posted % 5)
        await task_progress.post_progress(
            session,
            coordinator,
            row.task_id,
            row.unit_id,
            status,
            percent,
            "Đã triển khai tại địa phương." if status == "done" else "Đang triển khai.",
            reported_at=dt.datetime(day.year, day.month, day.day, 9, tzinfo=dt.UTC),
        )
        await session.commit()
        posted += 1
    return posted
