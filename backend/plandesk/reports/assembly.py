"""A review's figures, assembled from the plan as of the review's day.

Standing as of day D, for a task (per phase) or an assignment (per unit):

- **on time**: done by D, on or before its due day (or without one);
- **late**: done by D, after its due day;
- **overdue**: not done by D and its due day is before D;
- **in progress**: started (or blocked), not done by D, not overdue;
- **not started**: not started, not overdue;
- **cancelled**.

Every task falls in exactly one; the six add up to the total. Counts are aggregated
in the database (two GROUP BY queries), so a plan of 10,000 tasks costs the same
few round trips as one of ten; the lists the document prints are capped.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from pydantic_core import to_jsonable_python
from sqlalchemy import Date, and_, bindparam, case, func, null, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.consultations.models import Consultation, FeedbackSubmission
from plandesk.plans import phases as plan_phases
from plandesk.plans.models import Channel, Phase, Plan
from plandesk.reports import diff as baseline_diff
from plandesk.reports.models import PlanBaseline, ReportingPeriod, Review, UnitReport
from plandesk.tasks.models import Assignment, ProgressUpdate, Task
from plandesk.units import service as units_service

STANDINGS = ("on_time", "late", "overdue", "in_progress", "not_started", "cancelled")
FIGURES = ("events", "participants", "articles", "banners")
OVERDUE_LISTED = 60
CHANGES_LISTED = 25
OPINIONS_LISTED = 30
EXCERPT = 600


def _standing_columns(status: Any, due: Any, completed: Any) -> dict[str, Any]:
    as_of = bindparam("as_of", type_=Date())
    cancelled = status == "cancelled"
    done_by = and_(status == "done", completed.is_not(None), completed <= as_of)
    overdue = and_(~cancelled, ~done_by, due.is_not(None), due < as_of)
    open_ok = and_(~cancelled, ~done_by, or_(due.is_(None), due >= as_of))
    conditions = {
        "on_time": and_(done_by, or_(due.is_(None), completed <= due)),
        "late": and_(done_by, due.is_not(None), completed > due),
        "overdue": overdue,
        "in_progress": and_(open_ok, status != "not_started"),
        "not_started": and_(open_ok, status == "not_started"),
        "cancelled": cancelled,
    }
    return {k: func.coalesce(func.sum(case((c, 1), else_=0)), 0).label(k) for k, c in conditions.items()}


def _task_due() -> Any:
    return case((Task.awaiting_members.is_(True), null()), else_=Task.due_date)


def _line(counts: dict[str, int]) -> dict[str, Any]:
    total = sum(counts[s] for s in STANDINGS)
    counted = total - counts["cancelled"]
    done = counts["on_time"] + counts["late"]
    return {
        "total": total,
        **{s: counts[s] for s in STANDINGS},
        "done": done,
        "completion_rate": round(done / counted, 4) if counted else 0.0,
    }


async def _completion(
    session: AsyncSession, plan_id: uuid.UUID, as_of: dt.date, phase_ids: list[uuid.UUID] | None
) -> dict[str, Any]:
    params = {"as_of": as_of}
    task_filter = [Task.plan_id == plan_id]
    if phase_ids is not None:
        task_filter.append(Task.phase_id.in_(phase_ids))
    per_phase = {
        r.phase_id: {s: int(getattr(r, s)) for s in STANDINGS}
        for r in await session.execute(
            # A task awaiting its unit group's members is owed by nobody yet: counted as undated.
            select(Task.phase_id, *_standing_columns(Task.status, _task_due(), Task.completed_on).values())
            .where(*task_filter)
            .group_by(Task.phase_id),
            params,
        )
    }
    a_filter = [Assignment.plan_id == plan_id]
    if phase_ids is not None:
        a_filter.append(Assignment.task_id.in_(select(Task.id).where(*task_filter)))
    unit_rows = list(
        await session.execute(
            select(
                Assignment.unit_id,
                func.sum(case((Assignment.role == "lead", 1), else_=0)).label("lead"),
                *_standing_columns(Assignment.status, Assignment.due_date, Assignment.completed_on).values(),
            )
            .where(*a_filter)
            .group_by(Assignment.unit_id),
            params,
        )
    )
    names = await units_service.unit_names(session, [r.unit_id for r in unit_rows])
    units = [
        {
            "unit_id": str(r.unit_id),
            "name": names.get(r.unit_id, ("?", None))[0],
            "short_name": names.get(r.unit_id, ("?", None))[1],
            "lead": int(r.lead or 0),
            **_line({s: int(getattr(r, s)) for s in STANDINGS}),
        }
        for r in unit_rows
    ]
    units.sort(key=lambda u: (-u["completion_rate"], u["overdue"], u["name"]))

    summaries = await plan_phases.phase_summaries(session, plan_id)
    children: dict[uuid.UUID, list[uuid.UUID]] = {}
    for p in summaries:
        if p["parent_id"] is not None:
            children.setdefault(p["parent_id"], []).append(p["id"])
    zero = dict.fromkeys(STANDINGS, 0)
    phases = []
    for p in summaries:
        if phase_ids is not None and p["id"] not in phase_ids:
            continue
        ids = [p["id"], *children.get(p["id"], [])]
        summed = {s: sum(per_phase.get(i, zero)[s] for i in ids) for s in STANDINGS}
        phases.append(
            {
                "phase_id": str(p["id"]),
                "label": p["label"],
                "title": p["title"],
                "is_sub": p["parent_id"] is not None,
                **_line(summed),
            }
        )
    if None in per_phase:
        phases.append(
            {
                "phase_id": None,
                "label": "—",
                "title": "Không thuộc đợt nào",
                "is_sub": False,
                **_line(per_phase[None]),
            }
        )
    totals = _line({s: sum(v[s] for v in per_phase.values()) for s in STANDINGS})
    return {"totals": totals, "phases": phases, "units": units}


async def _report_figures(
    session: AsyncSession, plan_id: uuid.UUID, start: dt.date | None, as_of: dt.date
) -> dict[str, Any]:
    """Figures summed over the unit reports of periods ending in the review's span, and how
    reporting went (expected, submitted, late)."""
    period_filter = [ReportingPeriod.plan_id == plan_id, ReportingPeriod.ends_on <= as_of]
    if start is not None:
        period_filter.append(ReportingPeriod.ends_on >= start)
    periods = list(
        await session.execute(select(ReportingPeriod.id, ReportingPeriod.due_on).where(*period_filter))
    )
    due = {p.id: p.due_on for p in periods}
    channels = {
        str(r.id): (r.label, r.title)
        for r in await session.execute(
            select(Channel.id, Channel.label, Channel.title)
            .where(Channel.plan_id == plan_id)
            .order_by(Channel.position)
        )
    }
    by_channel: dict[str | None, dict[str, int]] = {cid: dict.fromkeys(FIGURES, 0) for cid in channels}
    submitted = late = accepted = 0
    if due:
        for r in await session.execute(
            select(
                UnitReport.period_id, UnitReport.status, UnitReport.submitted_on, UnitReport.figures
            ).where(UnitReport.period_id.in_(list(due)), UnitReport.status != "draft")
        ):
            submitted += 1
            accepted += r.status == "accepted"
            late += r.submitted_on is not None and r.submitted_on > due[r.period_id]
            if r.status not in ("submitted", "accepted"):
                continue  # returned: its unit is correcting the figures; they count once resubmitted
            for f in r.figures or []:
                key = f.get("channel_id") if f.get("channel_id") in channels else None
                row = by_channel.setdefault(key, dict.fromkeys(FIGURES, 0))
                for name in FIGURES:
                    row[name] += int(f.get(name) or 0)
    expected_units = await session.scalar(
        select(func.count(func.distinct(Assignment.unit_id))).where(
            Assignment.plan_id == plan_id, Assignment.status != "cancelled"
        )
    )
    rows = [
        {
            "channel_id": cid,
            "label": channels[cid][0] if cid else None,
            "channel": channels[cid][1] if cid else "Khác",
            **values,
        }
        for cid, values in by_channel.items()
    ]
    return {
        "by_channel": rows,
        "totals": {name: sum(r[name] for r in rows) for name in FIGURES},
        "reporting": {
            "periods": len(due),
            "expected": len(due) * int(expected_units or 0),
            "submitted": submitted,
            "accepted": accepted,
            "late": late,
        },
    }


async def _overdue_items(
    session: AsyncSession, plan_id: uuid.UUID, as_of: dt.date, phase_ids: list[uuid.UUID] | None
) -> dict[str, Any]:
    """Lead (and group member) assignments overdue as of the day, most overdue first,
    with the unit's latest note."""
    done_by = and_(Assignment.status == "done", Assignment.completed_on <= as_of)
    where = [
        Assignment.plan_id == plan_id,
        Assignment.role.in_(("lead", "member")),
        Assignment.status != "cancelled",
        ~done_by,
        Assignment.due_date < as_of,
    ]
    if phase_ids is not None:
        where.append(
            Assignment.task_id.in_(
                select(Task.id).where(Task.plan_id == plan_id, Task.phase_id.in_(phase_ids))
            )
        )
    total = await session.scalar(select(func.count()).select_from(Assignment).where(*where))
    rows = list(
        await session.execute(
            select(Assignment.id, Assignment.unit_id, Assignment.due_date, Assignment.percent, Task.title)
            .join(Task, Task.id == Assignment.task_id)
            .where(*where)
            .order_by(Assignment.due_date, Task.title_folded, Assignment.id)
            .limit(OVERDUE_LISTED)
        )
    )
    reasons: dict[uuid.UUID, str] = {}
    if rows:
        for n in await session.execute(
            select(ProgressUpdate.assignment_id, ProgressUpdate.note)
            .where(ProgressUpdate.assignment_id.in_([r.id for r in rows]), ProgressUpdate.note.is_not(None))
            .order_by(ProgressUpdate.created_at)
        ):
            if n.note and n.note.strip():
                reasons[n.assignment_id] = n.note.strip()  # the latest wins
    names = await units_service.unit_names(session, [r.unit_id for r in rows])
    return {
        "total": int(total or 0),
        "listed": [
            {
                "title": r.title,
                "unit": names.get(r.unit_id, ("?", None))[0],
                "due_date": r.due_date,
                "days_overdue": (as_of - r.due_date).days,
                "percent": r.percent,
                "reason": reasons.get(r.id, ""),
            }
            for r in rows
        ],
    }


async def _baseline(session: AsyncSession, plan_id: uuid.UUID) -> dict[str, Any] | None:
    has = await session.scalar(select(PlanBaseline.id).where(PlanBaseline.plan_id == plan_id).limit(1))
    if has is None:
        return None
    d = await baseline_diff.baseline_diff(session, plan_id, None)
    names = d["unit_names"]
    return {
        "number": d["baseline"]["number"],
        "created_at": d["baseline"]["created_at"],
        "reason": d["baseline"]["reason"],
        "summary": d["summary"],
        "phases_moved": d["phases_moved"],
        "milestones_moved": d["milestones_moved"][:CHANGES_LISTED],
        "tasks_moved": [
            {**t, "unit": names.get(t["lead_unit_id"], "")} for t in d["tasks_moved"][:CHANGES_LISTED]
        ],
        "tasks_added": [
            {**t, "unit": names.get(t["lead_unit_id"], "")} for t in d["tasks_added"][:CHANGES_LISTED]
        ],
        "tasks_cancelled": [
            {**t, "unit": names.get(t["lead_unit_id"], "")} for t in d["tasks_cancelled"][:CHANGES_LISTED]
        ],
    }


async def _consultation(session: AsyncSession, consultation_id: uuid.UUID | None) -> dict[str, Any] | None:
    if consultation_id is None:
        return None
    from plandesk.consultations.synthesis import synthesis  # the consultation's own counting, reused as is

    consultation = await session.get(Consultation, consultation_id)
    if consultation is None:
        return None
    s = await synthesis.synthesis(session, consultation_id)
    sections = {row["section_id"]: row for row in s["by_section"]}
    accepted = await session.execute(
        select(
            FeedbackSubmission.section_id,
            FeedbackSubmission.body,
            FeedbackSubmission.status,
            FeedbackSubmission.response,
            FeedbackSubmission.contributor_group,
        )
        .where(
            FeedbackSubmission.consultation_id == consultation_id,
            FeedbackSubmission.status.in_(("accepted", "partially_accepted")),
        )
        .order_by(FeedbackSubmission.submitted_at, FeedbackSubmission.id)
        .limit(OPINIONS_LISTED)
    )
    return {
        "title": consultation.title,
        "opens_at": consultation.opens_at,
        "closes_at": consultation.closes_at,
        "total": s["total"],
        "by_status": s["by_status"],
        "by_group": s["by_group"],
        "by_section": [
            {"number": r["number"], "heading": r["heading"], "total": r["total"], "by_status": r["by_status"]}
            for r in s["by_section"]
        ],
        "accepted": [
            {
                "section": (sections.get(r.section_id) or {}).get("number"),
                "body": r.body[:EXCERPT] + ("…" if len(r.body) > EXCERPT else ""),
                "status": r.status,
                "response": r.response or "",
                "group": r.contributor_group,
            }
            for r in accepted
        ],
    }


PROGRESS_MONTHS = 24


def _month_end(day: dt.date) -> dt.date:
    nxt = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


async def _progress(
    session: AsyncSession,
    plan_id: uuid.UUID,
    start: dt.date | None,
    as_of: dt.date,
    phase_ids: list[uuid.UUID] | None,
) -> dict[str, Any]:
    """Progress over time: at each month's end up to ``as_of``, the share of the tasks (not
    cancelled) that were due by then (the plan) and that were done by then (the work).

    Two GROUP BY queries by day; the months (at most the last :data:`PROGRESS_MONTHS`) are
    summed here.
    """
    where = [Task.plan_id == plan_id, Task.status != "cancelled"]
    if phase_ids is not None:
        where.append(Task.phase_id.in_(phase_ids))
    total = int(await session.scalar(select(func.count()).select_from(Task).where(*where)) or 0)
    due = list(
        await session.execute(
            select(Task.due_date, func.count())
            .where(*where, Task.due_date.is_not(None))
            .group_by(Task.due_date)
        )
    )
    done = list(
        await session.execute(
            select(Task.completed_on, func.count())
            .where(*where, Task.status == "done", Task.completed_on.is_not(None), Task.completed_on <= as_of)
            .group_by(Task.completed_on)
        )
    )
    days = [d for d, _ in due if d is not None] + [d for d, _ in done if d is not None]
    first = start or (min(days) if days else as_of)
    first = max(first, dt.date(as_of.year - PROGRESS_MONTHS // 12, as_of.month, 1))
    months: list[dict[str, Any]] = []
    cursor = dt.date(first.year, first.month, 1)
    while cursor <= as_of and len(months) < PROGRESS_MONTHS + 1:
        end = min(_month_end(cursor), as_of)
        months.append(
            {
                "month": cursor.strftime("%Y-%m"),
                "end": end,
                "planned": sum(n for d, n in due if d is not None and d <= end),
                "done": sum(n for d, n in done if d is not None and d <= end),
            }
        )
        cursor = _month_end(cursor) + dt.timedelta(days=1)
    return {"total": total, "months": months[-PROGRESS_MONTHS:]}


async def assemble(session: AsyncSession, review: Review) -> dict[str, Any]:
    """Everything the review document says, as plain JSON (what an issue freezes)."""
    plan = await session.get(Plan, review.plan_id)
    assert plan is not None
    phase = await session.get(Phase, review.phase_id) if review.phase_id else None
    phase_ids = await plan_phases.phase_ids_within(session, plan.id, phase.id) if phase else None
    start = review.period_start or (phase.start_date if phase else None)
    content = {
        "plan": {
            "id": plan.id,
            "code": plan.code,
            "title": plan.title,
            "issuing_body": plan.issuing_body,
            "issued_on": plan.issued_on,
        },
        "review": {
            "id": review.id,
            "kind": review.kind,
            "title": review.title,
            "as_of": review.as_of,
            "period_start": start,
            "phase": {"label": phase.label, "title": phase.title} if phase else None,
        },
        "header": review.header,
        "texts": review.texts,
        "completion": await _completion(session, plan.id, review.as_of, phase_ids),
        "progress": await _progress(session, plan.id, start, review.as_of, phase_ids),
        "figures": await _report_figures(session, plan.id, start, review.as_of),
        "overdue": await _overdue_items(session, plan.id, review.as_of, phase_ids),
        "baseline": await _baseline(session, plan.id),
        "consultation": await _consultation(session, review.consultation_id),
    }
    return to_jsonable_python(content)  # type: ignore[no-any-return]
