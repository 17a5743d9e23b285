"""What changed since a baseline: moved windows, deadlines and milestones (with the days
gained or lost), tasks added, cancelled, removed or given to other units.

``shift_days`` is positive when a date moved later (days lost against the approved
plan) and negative when it moved earlier (days gained).
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.reports import baselines
from plandesk.units import service as units_service


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _shift(before: str | None, after: str | None) -> int | None:
    b, a = _date(before), _date(after)
    return (a - b).days if a is not None and b is not None else None


def _moved(before: str | None, after: str | None) -> bool:
    return before != after


def _milestone_day(m: dict[str, Any]) -> str | None:
    return m.get("date") or m.get("range_end")


def compare(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """The differences between two plan snapshots (see :func:`baselines.snapshot_plan`)."""
    old_phases = {p["id"]: p for p in old.get("phases", [])}
    phases_moved = []
    for p in new.get("phases", []):
        was = old_phases.get(p["id"])
        if was is None:
            continue
        if _moved(was["start_date"], p["start_date"]) or _moved(was["end_date"], p["end_date"]):
            phases_moved.append(
                {
                    "id": p["id"],
                    "label": p["label"],
                    "title": p["title"],
                    "start_before": was["start_date"],
                    "start_after": p["start_date"],
                    "start_shift_days": _shift(was["start_date"], p["start_date"]),
                    "end_before": was["end_date"],
                    "end_after": p["end_date"],
                    "end_shift_days": _shift(was["end_date"], p["end_date"]),
                }
            )

    old_milestones = {m["id"]: m for m in old.get("milestones", [])}
    new_milestone_ids = {m["id"] for m in new.get("milestones", [])}
    milestones_moved, milestones_added = [], []
    for m in new.get("milestones", []):
        was = old_milestones.get(m["id"])
        if was is None:
            milestones_added.append({"id": m["id"], "title": m["title"], "date": _milestone_day(m)})
        elif _moved(_milestone_day(was), _milestone_day(m)):
            milestones_moved.append(
                {
                    "id": m["id"],
                    "title": m["title"],
                    "before": _milestone_day(was),
                    "after": _milestone_day(m),
                    "shift_days": _shift(_milestone_day(was), _milestone_day(m)),
                }
            )
    milestones_removed = [
        {"id": m["id"], "title": m["title"], "date": _milestone_day(m)}
        for m in old.get("milestones", [])
        if m["id"] not in new_milestone_ids
    ]

    old_tasks = {t["id"]: t for t in old.get("tasks", [])}
    new_task_ids = set()
    tasks_moved, tasks_added, tasks_cancelled, tasks_reassigned = [], [], [], []
    for t in new.get("tasks", []):
        new_task_ids.add(t["id"])
        was = old_tasks.get(t["id"])
        if was is None:
            tasks_added.append(
                {
                    "id": t["id"],
                    "title": t["title"],
                    "due_date": t["due_date"],
                    "lead_unit_id": t["lead_unit_id"],
                }
            )
            continue
        if t["status"] == "cancelled" and was["status"] != "cancelled":
            tasks_cancelled.append({"id": t["id"], "title": t["title"], "lead_unit_id": t["lead_unit_id"]})
            continue
        if _moved(was["due_date"], t["due_date"]):
            tasks_moved.append(
                {
                    "id": t["id"],
                    "title": t["title"],
                    "lead_unit_id": t["lead_unit_id"],
                    "due_before": was["due_date"],
                    "due_after": t["due_date"],
                    "shift_days": _shift(was["due_date"], t["due_date"]),
                }
            )
        old_support, new_support = set(was["supporting_unit_ids"]), set(t["supporting_unit_ids"])
        if was["lead_unit_id"] != t["lead_unit_id"] or old_support != new_support:
            tasks_reassigned.append(
                {
                    "id": t["id"],
                    "title": t["title"],
                    "lead_before": was["lead_unit_id"],
                    "lead_after": t["lead_unit_id"],
                    "supporting_added": sorted(new_support - old_support),
                    "supporting_removed": sorted(old_support - new_support),
                }
            )
    tasks_removed = [
        {"id": t["id"], "title": t["title"], "lead_unit_id": t["lead_unit_id"]}
        for t in old.get("tasks", [])
        if t["id"] not in new_task_ids
    ]
    shifts = [t["shift_days"] for t in tasks_moved if t["shift_days"] is not None]
    return {
        "summary": {
            "phases_moved": len(phases_moved),
            "milestones_moved": len(milestones_moved),
            "milestones_added": len(milestones_added),
            "milestones_removed": len(milestones_removed),
            "tasks_in_baseline": len(old_tasks),
            "tasks_now": len(new_task_ids),
            "tasks_moved": len(tasks_moved),
            "tasks_later": sum(1 for s in shifts if s > 0),
            "tasks_earlier": sum(1 for s in shifts if s < 0),
            "days_lost": sum(s for s in shifts if s > 0),
            "days_gained": -sum(s for s in shifts if s < 0),
            "tasks_added": len(tasks_added),
            "tasks_cancelled": len(tasks_cancelled),
            "tasks_removed": len(tasks_removed),
            "tasks_reassigned": len(tasks_reassigned),
        },
        "phases_moved": phases_moved,
        "milestones_moved": milestones_moved,
        "milestones_added": milestones_added,
        "milestones_removed": milestones_removed,
        "tasks_moved": sorted(tasks_moved, key=lambda t: -(t["shift_days"] or 0)),
        "tasks_added": tasks_added,
        "tasks_cancelled": tasks_cancelled,
        "tasks_removed": tasks_removed,
        "tasks_reassigned": tasks_reassigned,
    }


async def baseline_diff(session: AsyncSession, plan_id: uuid.UUID, number: int | None) -> dict[str, Any]:
    """The plan now against baseline ``number`` (default: the latest), with unit names."""
    baseline = await baselines.get_baseline(session, plan_id, number)
    changes = compare(baseline.snapshot, await baselines.snapshot_plan(session, plan_id))
    unit_ids: set[str] = set()
    for key in ("tasks_added", "tasks_cancelled", "tasks_removed", "tasks_moved"):
        unit_ids.update(t["lead_unit_id"] for t in changes[key])
    for t in changes["tasks_reassigned"]:
        unit_ids.update([t["lead_before"], t["lead_after"], *t["supporting_added"], *t["supporting_removed"]])
    names = await units_service.unit_names(session, [uuid.UUID(u) for u in unit_ids])
    return {
        "plan_id": plan_id,
        "baseline": {
            "id": baseline.id,
            "number": baseline.number,
            "reason": baseline.reason,
            "created_at": baseline.created_at,
        },
        "unit_names": {str(k): v[0] for k, v in names.items()},
        **changes,
    }
