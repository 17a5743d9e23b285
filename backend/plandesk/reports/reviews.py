"""Interim ("sơ kết") and final ("tổng kết") reviews: written, previewed, issued.

An issue freezes the assembled figures and the texts as a numbered, dated version
that never changes; editing the review afterwards prepares the next issue.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.consultations.models import Consultation
from plandesk.core import audit, localtime
from plandesk.core.errors import InvalidInput, NotFound
from plandesk.core.events import Subject, emit
from plandesk.core.policy import Principal
from plandesk.plans import crud as plan_crud
from plandesk.plans import phases as plan_phases
from plandesk.plans.models import Phase, Plan
from plandesk.reports import assembly
from plandesk.reports.models import Review, ReviewIssue
from plandesk.reports.review_schemas import ReviewCreate, ReviewHeader, ReviewTexts, ReviewUpdate

REVIEW_FIELDS = ("kind", "title", "phase_id", "consultation_id", "period_start", "as_of", "header", "texts")


def default_header(plan: Plan) -> dict[str, Any]:
    """The plan's own header carried over: the issuing body signs its review too."""
    return ReviewHeader(
        parent_body="",
        issuer=(plan.issuing_body or "").upper(),
        number_symbol="Số:       -BC/" + (plan.code.split("/")[-1] if "/" in plan.code else ""),
        place=plan.place or "",
        signer_title=(plan.signer_title or "").upper(),
        signer_name=plan.signer_name or "",
        recipients=list(plan.recipients or []),
    ).model_dump()


def default_title(kind: str, plan: Plan, phase: Phase | None) -> str:
    if kind == "final":
        return f"Báo cáo tổng kết thực hiện Kế hoạch số {plan.code}"
    if phase is not None:
        return f"Báo cáo sơ kết Đợt {phase.label} thực hiện Kế hoạch số {plan.code}"
    return f"Báo cáo sơ kết thực hiện Kế hoạch số {plan.code}"


async def _check_consultation(session: AsyncSession, consultation_id: uuid.UUID | None) -> None:
    if consultation_id is not None and await session.get(Consultation, consultation_id) is None:
        raise InvalidInput(
            "Unknown consultation.",
            errors=[{"loc": ["body", "consultation_id"], "msg": "unknown consultation"}],
        )


async def create_review(
    session: AsyncSession, actor: Principal, plan_id: uuid.UUID, data: ReviewCreate
) -> Review:
    plan = await plan_crud.get_plan(session, plan_id)
    phase = None
    if data.phase_id is not None:
        await plan_phases.ensure_phase_in_plan(session, plan_id, data.phase_id, "phase_id")
        phase = await session.get(Phase, data.phase_id)
    await _check_consultation(session, data.consultation_id)
    as_of = (
        data.as_of
        or (phase.end_date if phase is not None and phase.end_date else None)
        or localtime.local_today(plan.timezone)
    )
    review = Review(
        plan_id=plan_id,
        kind=data.kind,
        title=data.title or default_title(data.kind, plan, phase),
        phase_id=data.phase_id,
        consultation_id=data.consultation_id,
        period_start=data.period_start,
        as_of=as_of,
        header=data.header.model_dump() if data.header else default_header(plan),
        texts=(data.texts or ReviewTexts()).model_dump(),
        status="draft",
    )
    session.add(review)
    await session.flush()
    audit.record(
        session,
        actor,
        "review.created",
        "review",
        review.id,
        audit.diff({}, audit.snapshot(review, REVIEW_FIELDS)),
    )
    await session.commit()
    return review


async def get_review(session: AsyncSession, review_id: uuid.UUID) -> Review:
    review = await session.get(Review, review_id)
    if review is None:
        raise NotFound("review", review_id)
    return review


async def list_reviews(session: AsyncSession, plan_id: uuid.UUID) -> list[Review]:
    await plan_crud.ensure_plan(session, plan_id)
    return list(
        await session.scalars(
            select(Review).where(Review.plan_id == plan_id).order_by(Review.created_at, Review.id)
        )
    )


async def update_review(
    session: AsyncSession, actor: Principal, review: Review, data: ReviewUpdate
) -> Review:
    """Edit the text parts, header or span; an issued review goes back to draft for its next issue."""
    changes = data.model_dump(exclude_unset=True)
    if "consultation_id" in changes:
        await _check_consultation(session, changes["consultation_id"])
    before = audit.snapshot(review, REVIEW_FIELDS)
    for key in ("title", "as_of"):
        if changes.get(key) is not None:
            setattr(review, key, changes[key])
    for key in ("period_start", "consultation_id"):
        if key in changes:
            setattr(review, key, changes[key])
    if data.header is not None:
        review.header = data.header.model_dump()
    if data.texts is not None:
        review.texts = data.texts.model_dump()
    review.status = "draft"
    audit.record(
        session,
        actor,
        "review.updated",
        "review",
        review.id,
        audit.diff(before, audit.snapshot(review, REVIEW_FIELDS)),
    )
    await session.commit()
    return review


async def issues_of(session: AsyncSession, review_id: uuid.UUID) -> list[dict[str, Any]]:
    rows = await session.execute(
        select(
            ReviewIssue.id,
            ReviewIssue.number,
            ReviewIssue.issued_on,
            ReviewIssue.issued_by,
            ReviewIssue.issued_at,
        )
        .where(ReviewIssue.review_id == review_id)
        .order_by(ReviewIssue.number)
    )
    return [dict(r._mapping) for r in rows]


async def review_view(session: AsyncSession, review: Review) -> dict[str, Any]:
    return {
        **{
            f: getattr(review, f)
            for f in ("id", "version", "plan_id", "status", "created_at", "updated_at", *REVIEW_FIELDS)
        },
        "issues": await issues_of(session, review.id),
    }


async def issue_review(
    session: AsyncSession, actor: Principal, review: Review, issued_on: dt.date | None
) -> ReviewIssue:
    """Freeze the review as it reads now: the next number, a date, the figures and texts."""
    number = (
        await session.scalar(
            select(func.coalesce(func.max(ReviewIssue.number), 0)).where(ReviewIssue.review_id == review.id)
        )
        or 0
    ) + 1
    day = issued_on or localtime.local_today(await plan_crud.plan_zone(session, review.plan_id))
    content = await assembly.assemble(session, review)
    content["issue"] = {"number": number, "issued_on": day.isoformat()}
    issue = ReviewIssue(
        review_id=review.id, number=number, issued_on=day, issued_by=actor.audit_actor, content=content
    )
    session.add(issue)
    review.status = "issued"
    await session.flush()
    audit.record(
        session,
        actor,
        "review.issued",
        "review",
        review.id,
        {
            "issue": {"before": number - 1 or None, "after": number},
            "issued_on": {"before": None, "after": day},
        },
    )
    emit(
        session,
        "review.issued",
        Subject("review", review.id),
        {"issue_id": issue.id, "kind": review.kind, "number": number, "issued_on": day},
        plan_id=review.plan_id,
    )
    await session.commit()
    return issue


async def get_issue(session: AsyncSession, review_id: uuid.UUID, number: int) -> ReviewIssue:
    issue = (
        await session.scalars(
            select(ReviewIssue).where(ReviewIssue.review_id == review_id, ReviewIssue.number == number)
        )
    ).first()
    if issue is None:
        await get_review(session, review_id)
        raise NotFound("review issue", number)
    return issue


async def document_content(session: AsyncSession, review_id: uuid.UUID, issue: int | None) -> dict[str, Any]:
    """What a document renders: an issued version's frozen content, or the draft assembled now."""
    if issue is not None:
        return (await get_issue(session, review_id, issue)).content
    review = await get_review(session, review_id)
    content = await assembly.assemble(session, review)
    content["issue"] = None
    return content
