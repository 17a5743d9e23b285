"""Periodic watches for what no single event announces: a consultation about to close with
unanswered feedback, a unit's missing report (the coordinators' ``report_urges``), feedback
assigned to a moderator. Each notification has a source key, so a watch run twice tells once.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.consultations.models import Consultation, FeedbackSubmission
from plandesk.core import localtime
from plandesk.notifications import recipients as people
from plandesk.notifications.store import Message, insert_rows, rows_for
from plandesk.reports.models import ReportingPeriod, ReportUrge

UNANSWERED = ("received", "in_review")
CLOSING_WITHIN = dt.timedelta(days=3)
LOOKBACK = dt.timedelta(days=2)


async def _write(session: AsyncSession, plans: list[tuple[Message, list[uuid.UUID]]], email_on: bool) -> int:
    who = await people.load(session, {u for _, users in plans for u in users})
    rows: list[dict[str, Any]] = []
    now = localtime.now()
    for message, users in plans:
        rows.extend(
            rows_for(message, [who[u] for u in dict.fromkeys(users) if u in who], email_on=email_on, at=now)
        )
    return await insert_rows(session, rows)


async def consultations_closing(session: AsyncSession, *, email_on: bool) -> int:
    """Open consultations closing within 3 days with unanswered feedback: moderators and coordinators."""
    now = localtime.now()
    rows = (
        await session.execute(
            select(
                Consultation.id, Consultation.title, Consultation.closes_at, func.count(FeedbackSubmission.id)
            )
            .join(FeedbackSubmission, FeedbackSubmission.consultation_id == Consultation.id)
            .where(
                Consultation.status == "open",
                Consultation.closes_at > now,
                Consultation.closes_at <= now + CLOSING_WITHIN,
                FeedbackSubmission.status.in_(UNANSWERED),
            )
            .group_by(Consultation.id, Consultation.title, Consultation.closes_at)
        )
    ).all()
    if not rows:
        return 0
    audience = [*(await people.moderators(session)), *(await people.plan_coordinators(session, None))]
    plans = []
    for cid, title, closes_at, unanswered in rows:
        closes = closes_at if closes_at.tzinfo else closes_at.replace(tzinfo=dt.UTC)
        plans.append(
            (
                Message(
                    kind="consultation_closing",
                    subject_type="consultation",
                    subject_id=str(cid),
                    plan_id=None,
                    link=f"/feedback/{cid}",
                    params={
                        "consultation_id": cid,
                        "consultation_title": title,
                        "closes_text": localtime.local_date(closes).strftime("%d/%m/%Y"),
                        "unanswered": int(unanswered),
                    },
                    # Once per closing date: a consultation extended and closing again is news again.
                    source_key=f"closing:{cid.hex}:{closes.date().isoformat()}",
                ),
                audience,
            )
        )
    written = await _write(session, plans, email_on)
    await session.commit()
    return written


async def reports_missing(session: AsyncSession, *, email_on: bool) -> int:
    """A coordinator urged a unit whose report is missing: the unit's officers are told."""
    since = localtime.now() - LOOKBACK
    rows = (
        await session.execute(
            select(
                ReportUrge.id,
                ReportUrge.unit_id,
                ReportUrge.message,
                ReportingPeriod.label,
                ReportingPeriod.plan_id,
            )
            .join(ReportingPeriod, ReportingPeriod.id == ReportUrge.period_id)
            .where(ReportUrge.created_at >= since)
        )
    ).all()
    if not rows:
        return 0
    officers = await people.officers_by_unit(session, {r.unit_id for r in rows})
    plans = [
        (
            Message(
                kind="report_missing",
                subject_type="reporting_period",
                subject_id=str(r.id),
                plan_id=r.plan_id,
                link=f"/plans/{r.plan_id}/reports",
                params={"unit_id": r.unit_id, "period_label": r.label, "message": r.message},
                source_key=f"rurge:{r.id.hex}",
            ),
            officers.get(r.unit_id, []),
        )
        for r in rows
    ]
    written = await _write(session, plans, email_on)
    await session.commit()
    return written


async def feedback_assigned(session: AsyncSession, *, email_on: bool) -> int:
    """Feedback recently assigned to someone and still unanswered: they are told, once per assignee."""
    since = localtime.now() - LOOKBACK
    rows = (
        await session.execute(
            select(
                FeedbackSubmission.id,
                FeedbackSubmission.assigned_to,
                FeedbackSubmission.body,
                FeedbackSubmission.consultation_id,
                Consultation.title,
            )
            .join(Consultation, Consultation.id == FeedbackSubmission.consultation_id)
            .where(
                FeedbackSubmission.assigned_to.is_not(None),
                FeedbackSubmission.updated_at >= since,
                FeedbackSubmission.status.in_(UNANSWERED),
            )
            .limit(5000)
        )
    ).all()
    plans = [
        (
            Message(
                kind="feedback_assigned",
                subject_type="feedback",
                subject_id=str(r.id),
                plan_id=None,
                link=f"/feedback/{r.consultation_id}",
                params={
                    "consultation_id": r.consultation_id,
                    "consultation_title": r.title,
                    "excerpt": (r.body or "")[:200],
                },
                source_key=f"fb:{r.id.hex}:{r.assigned_to.hex}",
            ),
            [r.assigned_to],
        )
        for r in rows
    ]
    if not plans:
        return 0
    written = await _write(session, plans, email_on)
    await session.commit()
    return written
