"""Reporting periods of a plan, the per-period submission board, and urging the missing units."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core import audit, localtime
from plandesk.core.errors import InvalidInput, NotFound
from plandesk.core.events import Subject, emit
from plandesk.core.policy import Principal
from plandesk.plans import crud as plan_crud
from plandesk.plans import phases as plan_phases
from plandesk.plans.models import Phase
from plandesk.reports import calendar
from plandesk.reports.models import ReportingPeriod, ReportUrge, UnitReport
from plandesk.reports.schemas import PeriodCreate, ReportingScheduleIn
from plandesk.tasks.models import Assignment
from plandesk.units import service as units_service

PERIOD_FIELDS = ("kind", "label", "starts_on", "ends_on", "due_on", "phase_id")


def period_view(p: ReportingPeriod) -> dict[str, Any]:
    return {"id": p.id, "plan_id": p.plan_id, **{f: getattr(p, f) for f in PERIOD_FIELDS}}


async def get_period(session: AsyncSession, period_id: uuid.UUID) -> ReportingPeriod:
    period = await session.get(ReportingPeriod, period_id)
    if period is None:
        raise NotFound("reporting period", period_id)
    return period


async def list_periods(session: AsyncSession, plan_id: uuid.UUID) -> list[ReportingPeriod]:
    await plan_crud.ensure_plan(session, plan_id)
    return list(
        await session.scalars(
            select(ReportingPeriod)
            .where(ReportingPeriod.plan_id == plan_id)
            .order_by(ReportingPeriod.due_on, ReportingPeriod.kind, ReportingPeriod.ends_on)
        )
    )


async def _top_phases(session: AsyncSession, plan_id: uuid.UUID) -> list[Any]:
    return list(
        await session.execute(
            select(Phase.id, Phase.label, Phase.title, Phase.start_date, Phase.end_date, Phase.parent_id)
            .where(Phase.plan_id == plan_id)
            .order_by(Phase.position, Phase.label)
        )
    )


async def generate_periods(
    session: AsyncSession, actor: Principal, plan_id: uuid.UUID, spec: ReportingScheduleIn
) -> list[ReportingPeriod]:
    """Create the periods a schedule implies; periods already there are kept as they are."""
    await plan_crud.ensure_plan(session, plan_id)
    phases = await _top_phases(session, plan_id)
    starts = [p.start_date for p in phases if p.start_date]
    ends = [p.end_date for p in phases if p.end_date]
    starts_on = spec.starts_on or (min(starts) if starts else None)
    ends_on = spec.ends_on or (max(ends) if ends else None)
    specs: list[calendar.PeriodSpec]
    if spec.kind == "one_off":
        wanted = set(spec.phase_ids or [])
        chosen = [p for p in phases if (p.id in wanted if wanted else p.parent_id is None)]
        if wanted and len(chosen) != len(wanted):
            raise InvalidInput(
                "phase_ids names a phase of another plan",
                errors=[{"loc": ["body", "phase_ids"], "msg": "unknown phase"}],
            )
        undated = [p.label for p in chosen if p.start_date is None or p.end_date is None]
        if undated:
            raise InvalidInput(
                f"Phases without a resolved window cannot be reported on: {', '.join(undated)}"
            )
        specs = [
            calendar.one_off(
                f"Báo cáo kết thúc Đợt {p.label}", p.start_date, p.end_date, spec.due_offset_days, str(p.id)
            )
            for p in chosen
        ]
    else:
        if starts_on is None or ends_on is None:
            raise InvalidInput("The plan has no dated phases: give starts_on and ends_on.")
        if spec.kind == "monthly":
            assert spec.day_of_month is not None
            specs = calendar.monthly(starts_on, ends_on, spec.day_of_month)
        else:
            specs = calendar.quarterly(starts_on, ends_on, spec.due_offset_days)
    existing = set(
        (
            await session.execute(
                select(ReportingPeriod.ends_on).where(
                    ReportingPeriod.plan_id == plan_id, ReportingPeriod.kind == spec.kind
                )
            )
        ).scalars()
    )
    created = []
    for s in specs:
        if s.ends_on in existing:
            continue
        period = ReportingPeriod(
            plan_id=plan_id,
            kind=s.kind,
            label=s.label,
            starts_on=s.starts_on,
            ends_on=s.ends_on,
            due_on=s.due_on,
            phase_id=uuid.UUID(s.phase_id) if s.phase_id else None,
        )
        session.add(period)
        created.append(period)
    await session.flush()
    audit.record(
        session,
        actor,
        "reporting_periods.generated",
        "plan",
        plan_id,
        {"periods": {"before": None, "after": [p.label for p in created]}},
    )
    await session.commit()
    return created


async def create_period(
    session: AsyncSession, actor: Principal, plan_id: uuid.UUID, data: PeriodCreate
) -> ReportingPeriod:
    """One extra period (kind ``one_off``)."""
    await plan_crud.ensure_plan(session, plan_id)
    if data.phase_id is not None:
        await plan_phases.ensure_phase_in_plan(session, plan_id, data.phase_id, "phase_id")
    clash = await session.scalar(
        select(ReportingPeriod.id).where(
            ReportingPeriod.plan_id == plan_id,
            ReportingPeriod.kind == "one_off",
            ReportingPeriod.ends_on == data.ends_on,
        )
    )
    if clash is not None:
        raise InvalidInput(
            "The plan already has a one-off period ending that day.",
            errors=[{"loc": ["body", "ends_on"], "msg": "a one-off period already ends this day"}],
        )
    period = ReportingPeriod(plan_id=plan_id, kind="one_off", **data.model_dump())
    session.add(period)
    await session.flush()
    audit.record(
        session,
        actor,
        "reporting_period.created",
        "reporting_period",
        period.id,
        audit.diff({}, audit.snapshot(period, PERIOD_FIELDS)),
    )
    await session.commit()
    return period


async def reporting_units(session: AsyncSession, plan_id: uuid.UUID) -> list[uuid.UUID]:
    """The units expected to report: every unit with work on the plan that is not cancelled."""
    rows = await session.execute(
        select(Assignment.unit_id)
        .where(Assignment.plan_id == plan_id, Assignment.status != "cancelled")
        .group_by(Assignment.unit_id)
    )
    return [r.unit_id for r in rows]


def days_late(period: ReportingPeriod, submitted_on: Any, today: Any) -> int:
    """Days past the due day: at submission, or until today while the report is missing."""
    day = submitted_on if submitted_on is not None else today
    return max(0, (day - period.due_on).days)


async def board(session: AsyncSession, period_id: uuid.UUID) -> dict[str, Any]:
    """Who has submitted for this period, who has not, and who is late (in the plan's calendar)."""
    period = await get_period(session, period_id)
    today = localtime.local_today(await plan_crud.plan_zone(session, period.plan_id))
    reports = {
        r.unit_id: r
        for r in await session.execute(
            select(
                UnitReport.id,
                UnitReport.unit_id,
                UnitReport.status,
                UnitReport.submitted_at,
                UnitReport.submitted_on,
            ).where(UnitReport.period_id == period_id)
        )
    }
    urges = {
        r.unit_id: r
        for r in await session.execute(
            select(ReportUrge.unit_id, func.count().label("n"), func.max(ReportUrge.created_at).label("last"))
            .where(ReportUrge.period_id == period_id)
            .group_by(ReportUrge.unit_id)
        )
    }
    unit_ids = list(dict.fromkeys([*await reporting_units(session, period.plan_id), *reports]))
    names = await units_service.unit_names(session, unit_ids)
    rows = []
    for unit_id in unit_ids:
        report = reports.get(unit_id)
        submitted = report is not None and report.status != "draft"
        status = report.status if report is not None else "missing"
        if status == "draft":
            status = "missing" if today > period.due_on else "draft"
        submitted_on = report.submitted_on if submitted and report is not None else None
        late_days = days_late(period, submitted_on, today) if submitted or today > period.due_on else 0
        urge = urges.get(unit_id)
        rows.append(
            {
                "unit_id": unit_id,
                "unit_name": names.get(unit_id, ("?", None))[0],
                "status": status,
                "report_id": report.id if report is not None else None,
                "submitted_at": report.submitted_at if submitted and report is not None else None,
                "late": late_days > 0,
                "days_late": late_days,
                "urged": int(urge.n) if urge else 0,
                "last_urged_at": urge.last if urge else None,
            }
        )
    order = {"missing": 0, "draft": 1, "returned": 2, "submitted": 3, "accepted": 4}
    rows.sort(key=lambda r: (order[r["status"]], -r["days_late"], r["unit_name"]))
    counts = {
        "expected": len(rows),
        "submitted": sum(1 for r in rows if r["status"] in ("submitted", "accepted", "returned")),
        "accepted": sum(1 for r in rows if r["status"] == "accepted"),
        "returned": sum(1 for r in rows if r["status"] == "returned"),
        "missing": sum(1 for r in rows if r["status"] in ("missing", "draft")),
        "late": sum(1 for r in rows if r["late"]),
    }
    return {"period": period_view(period), "today": today, "counts": counts, "units": rows}


async def urge_missing(
    session: AsyncSession,
    actor: Principal,
    period_id: uuid.UUID,
    message: str,
    unit_ids: list[uuid.UUID] | None,
) -> list[uuid.UUID]:
    """Remind units whose report is not in ("đôn đốc"); the reminders feature reads these rows."""
    view = await board(session, period_id)
    wanted = set(unit_ids) if unit_ids is not None else None
    rows = [
        r
        for r in view["units"]
        if r["status"] in ("missing", "draft", "returned") and (wanted is None or r["unit_id"] in wanted)
    ]
    period = view["period"]
    for row in rows:
        urge = ReportUrge(
            id=uuid.uuid4(),
            period_id=period_id,
            unit_id=row["unit_id"],
            author=actor.audit_actor,
            message=message,
        )
        session.add(urge)
        audit.record(
            session,
            actor,
            "report.urged",
            "reporting_period",
            period_id,
            {
                "unit_id": {"before": None, "after": row["unit_id"]},
                "message": {"before": None, "after": message},
            },
        )
        # The notifications feature reads this event to tell the unit's officers.
        emit(
            session,
            "report.urged",
            Subject("reporting_period", period_id),
            {
                "unit_id": row["unit_id"],
                "urge_id": urge.id,
                "report_id": row["report_id"],
                "status": row["status"],
                "due_on": period["due_on"],
                "message": message,
            },
            plan_id=period["plan_id"],
        )
    targets = [r["unit_id"] for r in rows]
    await session.commit()
    return targets
