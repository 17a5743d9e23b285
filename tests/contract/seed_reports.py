"""Reports data for the contract run: a period, a unit report, a baseline, an issued review, a render."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from plandesk.core.policy import Principal
from plandesk.reports import baselines, periods, renders, reviews, unit_reports
from plandesk.reports.review_schemas import ReviewCreate
from plandesk.reports.schemas import PeriodCreate


async def month_period(session: AsyncSession, actor: Principal, plan_id: uuid.UUID, month: int) -> Any:
    """A one-off reporting period for ``month`` of 2020, due on the 5th of the next month."""
    start = dt.date(2020, month, 1)
    following = dt.date(2020 + month // 12, month % 12 + 1, 1)
    return await periods.create_period(
        session,
        actor,
        plan_id,
        PeriodCreate(
            label=f"Tháng {month}/2020",
            starts_on=start,
            ends_on=following - dt.timedelta(days=1),
            due_on=following + dt.timedelta(days=4),
        ),
    )


async def seed_reports(
    session: AsyncSession, admin_id: uuid.UUID, plan_id: uuid.UUID, unit_id: uuid.UUID
) -> dict[str, str]:
    """The ids the contract run substitutes into paths (``period_id``, ``report_id``, …)."""
    actor = Principal(id=admin_id, role="admin")
    await baselines.rebaseline(session, actor, plan_id, "Ban hành kế hoạch")
    period = await month_period(session, actor, plan_id, 5)
    report, _ = await unit_reports.start_report(session, actor, period.id, unit_id)
    await unit_reports.submit_report(session, actor, report)
    review = await reviews.create_review(session, actor, plan_id, ReviewCreate(kind="interim"))
    issue = await reviews.issue_review(session, actor, review, dt.date(2020, 6, 10))
    render, _, _ = await renders.request_render(session, actor, "review", review.id, "pdf", issue.number)
    await renders.run_render(async_sessionmaker(session.bind, expire_on_commit=False), render["id"])
    return {
        "period_id": str(period.id),
        "report_id": str(report.id),
        "review_id": str(review.id),
        "number": str(issue.number),
        "render_id": str(render["id"]),
    }
