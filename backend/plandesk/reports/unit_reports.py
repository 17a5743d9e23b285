"""A unit's periodic report: prefilled from its progress updates, written by its officers,
submitted, then accepted or returned with a comment by a coordinator.

Draft → submitted → accepted, or → returned → (edited) → submitted again. Lateness is
judged on the first submission, in the plan's calendar: a report sent back for a
correction and resubmitted after the due day was still on time.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core import audit, localtime
from plandesk.core.errors import Conflict, InvalidInput, NotFound, PermissionDenied, TransitionRefused
from plandesk.core.events import Subject, emit
from plandesk.core.policy import Permission, Principal, Role
from plandesk.plans import crud as plan_crud
from plandesk.plans.models import Channel
from plandesk.reports.models import ReportAttachment, ReportingPeriod, ReportRender, UnitReport
from plandesk.reports.periods import get_period
from plandesk.reports.report_schemas import ReportUpdate
from plandesk.tasks.models import Assignment, ProgressUpdate, Task
from plandesk.units import service as units_service

# Which status may follow which: a unit submits its draft (or a returned report it
# corrected); a coordinator accepts it or returns it with a comment. "accepted" is final.
REPORT_TRANSITIONS: dict[str, frozenset[str]] = {
    "draft": frozenset({"submitted"}),
    "submitted": frozenset({"accepted", "returned"}),
    "returned": frozenset({"submitted"}),
    "accepted": frozenset(),
}
REPORT_FIELDS = ("status", "task_lines", "figures", "difficulties", "proposals", "review_comment")


def check_writes_for(actor: Principal, unit_id: uuid.UUID) -> None:
    """Officers write their own unit's reports only; admins any."""
    if not actor.can(Permission.reports_write):
        raise PermissionDenied("Your role may not write unit reports.")
    if actor.role != Role.admin and actor.unit_id != unit_id:
        raise PermissionDenied("You may write only your own unit's reports.")


async def get_report(session: AsyncSession, report_id: uuid.UUID) -> UnitReport:
    report = await session.get(UnitReport, report_id)
    if report is None:
        raise NotFound("unit report", report_id)
    return report


async def drop_renders(session: AsyncSession, report_id: uuid.UUID) -> None:
    """Forget the report's rendered documents when it changes: a render shows the report as it
    was, and one made while it was a draft would outlive the draft's privacy once it is
    submitted. Ask for a new one; a render job whose row is gone stores nothing."""
    await session.execute(
        delete(ReportRender).where(
            ReportRender.subject_type == "unit_report", ReportRender.subject_id == report_id
        )
    )


# A report in these states is still with its unit (a draft, or returned for a correction): its
# unit edits it and adds files to it, and only its unit and the reviewers read it.
WITH_ITS_UNIT = frozenset({"draft", "returned"})


def may_read(actor: Principal, report: UnitReport) -> bool:
    """Whether ``actor`` may read ``report``'s texts, figures and files. A report still with its
    unit (:data:`WITH_ITS_UNIT`) is that unit's work in progress: its own officers, and those who
    review reports (coordinators, admins), read it; once submitted, every role that reads
    reports does. The submission board shows every report's status to all of them."""
    if not actor.can(Permission.reports_read):
        return False
    if report.status not in WITH_ITS_UNIT or actor.can(Permission.reports_review):
        return True
    return actor.can(Permission.reports_write) and actor.unit_id == report.unit_id


def check_reads_for(actor: Principal, report: UnitReport) -> None:
    if not may_read(actor, report):
        raise PermissionDenied(
            "This report is still with its unit (a draft, or returned for a correction): only "
            "its unit's officers, coordinators and admins read it until it is submitted."
        )


async def get_readable_report(session: AsyncSession, actor: Principal, report_id: uuid.UUID) -> UnitReport:
    """The report, for a caller who may read it (404 when it does not exist, 403 otherwise)."""
    report = await get_report(session, report_id)
    check_reads_for(actor, report)
    return report


def _day_bounds(period: ReportingPeriod, zone: localtime.Zone) -> tuple[dt.datetime, dt.datetime]:
    """The period's first and last local days as UTC instants (inclusive start, exclusive end)."""
    start = localtime.deadline_end(period.starts_on - dt.timedelta(days=1), zone)
    return start, localtime.deadline_end(period.ends_on, zone)


async def prefill_lines(
    session: AsyncSession, period: ReportingPeriod, unit_id: uuid.UUID
) -> list[dict[str, Any]]:
    """One line per task the unit works on, its done-text made of the unit's progress notes
    written during the period (oldest first)."""
    assignments = list(
        await session.execute(
            select(Assignment.id, Assignment.task_id, Assignment.status, Assignment.percent, Task.title)
            .join(Task, Task.id == Assignment.task_id)
            .where(
                Assignment.plan_id == period.plan_id,
                Assignment.unit_id == unit_id,
                Assignment.status != "cancelled",
            )
            .order_by(Task.due_date, Task.title_folded, Task.id)
        )
    )
    start, end = _day_bounds(period, await plan_crud.plan_zone(session, period.plan_id))
    notes: dict[uuid.UUID, list[str]] = {}
    if assignments:
        for r in await session.execute(
            select(ProgressUpdate.assignment_id, ProgressUpdate.note)
            .join(Assignment, Assignment.id == ProgressUpdate.assignment_id)
            .where(
                Assignment.plan_id == period.plan_id,
                Assignment.unit_id == unit_id,
                ProgressUpdate.created_at >= start,
                ProgressUpdate.created_at < end,
                ProgressUpdate.note.is_not(None),
            )
            .order_by(ProgressUpdate.created_at)
        ):
            if r.note and r.note.strip():
                notes.setdefault(r.assignment_id, []).append(r.note.strip())
    return [
        {
            "task_id": str(a.task_id),
            "title": a.title,
            "status": a.status,
            "percent": a.percent,
            "done_text": "\n".join(notes.get(a.id, [])),
        }
        for a in assignments
    ]


async def _channel_titles(session: AsyncSession, plan_id: uuid.UUID) -> dict[str, str]:
    rows = await session.execute(
        select(Channel.id, Channel.title).where(Channel.plan_id == plan_id).order_by(Channel.position)
    )
    return {str(r.id): r.title for r in rows}


async def start_report(
    session: AsyncSession, actor: Principal, period_id: uuid.UUID, unit_id: uuid.UUID
) -> tuple[UnitReport, bool]:
    """The unit's report for the period: the existing one, or a new draft prefilled from its
    progress updates, with a zeroed figures row per channel of the plan. ``True`` when new."""
    check_writes_for(actor, unit_id)
    period = await get_period(session, period_id)
    existing = (
        await session.scalars(
            select(UnitReport).where(UnitReport.period_id == period_id, UnitReport.unit_id == unit_id)
        )
    ).first()
    if existing is not None:
        return existing, False
    if not await units_service.unit_names(session, [unit_id]):
        raise InvalidInput(
            f"Unit {unit_id} does not exist.", errors=[{"loc": ["body", "unit_id"], "msg": "unknown unit"}]
        )
    channels = await _channel_titles(session, period.plan_id)
    report = UnitReport(
        period_id=period_id,
        plan_id=period.plan_id,
        unit_id=unit_id,
        status="draft",
        task_lines=await prefill_lines(session, period, unit_id),
        figures=[
            {"channel_id": cid, "events": 0, "participants": 0, "articles": 0, "banners": 0}
            for cid in channels
        ],
        difficulties="",
        proposals="",
    )
    session.add(report)
    await session.flush()
    audit.record(
        session,
        actor,
        "unit_report.created",
        "unit_report",
        report.id,
        {"period_id": {"before": None, "after": period_id}, "unit_id": {"before": None, "after": unit_id}},
    )
    await session.commit()
    return report, True


async def update_report(
    session: AsyncSession, actor: Principal, report: UnitReport, data: ReportUpdate
) -> UnitReport:
    """Save a draft (or a returned report being corrected): the autosave path."""
    check_writes_for(actor, report.unit_id)
    if report.status not in WITH_ITS_UNIT:
        raise Conflict(f"A {report.status} report cannot be edited.")
    before = audit.snapshot(report, REPORT_FIELDS)
    if data.task_lines is not None:
        texts = {str(line.task_id): line.done_text.strip() for line in data.task_lines}
        known = {line["task_id"] for line in report.task_lines}
        unknown = [t for t in texts if t not in known]
        if unknown:
            raise InvalidInput(
                "task_lines names a task this report does not cover.",
                errors=[{"loc": ["body", "task_lines"], "msg": f"unknown task {unknown[0]}"}],
            )
        report.task_lines = [
            {**line, "done_text": texts.get(line["task_id"], line["done_text"])} for line in report.task_lines
        ]
    if data.figures is not None:
        channels = await _channel_titles(session, report.plan_id)
        rows = []
        for f in data.figures:
            if f.channel_id is not None and str(f.channel_id) not in channels:
                raise InvalidInput(
                    "figures names a channel of another plan.",
                    errors=[{"loc": ["body", "figures"], "msg": "unknown channel"}],
                )
            rows.append({**f.model_dump(), "channel_id": str(f.channel_id) if f.channel_id else None})
        report.figures = rows
    if data.difficulties is not None:
        report.difficulties = data.difficulties.strip()
    if data.proposals is not None:
        report.proposals = data.proposals.strip()
    audit.record(
        session,
        actor,
        "unit_report.updated",
        "unit_report",
        report.id,
        audit.diff(before, audit.snapshot(report, REPORT_FIELDS)),
    )
    await drop_renders(session, report.id)
    await session.commit()
    return report


def _event_ids(report: UnitReport) -> dict[str, Any]:
    return {"period_id": report.period_id, "unit_id": report.unit_id}


async def submit_report(
    session: AsyncSession, actor: Principal, report: UnitReport, *, at: dt.datetime | None = None
) -> UnitReport:
    """Submit the report; ``at`` records a submission made earlier (the demo's history)."""
    check_writes_for(actor, report.unit_id)
    if "submitted" not in REPORT_TRANSITIONS[report.status]:
        raise TransitionRefused("unit report", report.status, "submitted", REPORT_TRANSITIONS[report.status])
    moment = at or localtime.now()
    before = report.status
    report.status = "submitted"
    report.submitted_at = moment
    report.submitted_by = actor.audit_actor
    if report.submitted_on is None:  # lateness is judged on the first submission
        report.submitted_on = localtime.local_date(moment, await plan_crud.plan_zone(session, report.plan_id))
    changes = {"status": {"before": before, "after": "submitted"}}
    audit.record(session, actor, "unit_report.submitted", "unit_report", report.id, changes)
    period = await get_period(session, report.period_id)
    emit(
        session,
        "report.submitted",
        Subject("unit_report", report.id),
        {
            **_event_ids(report),
            "changes": changes,
            "submitted_on": report.submitted_on,
            "due_on": period.due_on,
            "late": report.submitted_on > period.due_on,
        },
        plan_id=report.plan_id,
    )
    await drop_renders(session, report.id)
    await session.commit()
    return report


async def review_report(
    session: AsyncSession, actor: Principal, report: UnitReport, accept: bool, comment: str | None
) -> UnitReport:
    """A coordinator accepts the report, or returns it with a comment for the unit to correct."""
    status = "accepted" if accept else "returned"
    if status not in REPORT_TRANSITIONS[report.status]:
        raise TransitionRefused("unit report", report.status, status, REPORT_TRANSITIONS[report.status])
    report.status = status
    report.review_comment = comment
    report.reviewed_at = localtime.now()
    report.reviewed_by = actor.audit_actor
    changes = {"status": {"before": "submitted", "after": status}}
    audit.record(
        session,
        actor,
        f"unit_report.{status}",
        "unit_report",
        report.id,
        {**changes, "comment": {"before": None, "after": comment}},
    )
    data: dict[str, Any] = {**_event_ids(report), "changes": changes}
    if not accept:
        data["comment"] = comment
    emit(session, f"report.{status}", Subject("unit_report", report.id), data, plan_id=report.plan_id)
    await drop_renders(session, report.id)
    await session.commit()
    return report


async def report_view(session: AsyncSession, report: UnitReport) -> dict[str, Any]:
    period = await session.get(ReportingPeriod, report.period_id)
    assert period is not None
    names = await units_service.unit_names(session, [report.unit_id])
    channels = await _channel_titles(session, report.plan_id)
    attachments = await session.execute(
        select(
            ReportAttachment.id,
            ReportAttachment.filename,
            ReportAttachment.content_type,
            ReportAttachment.size,
            ReportAttachment.created_at,
        )
        .where(ReportAttachment.report_id == report.id)
        .order_by(ReportAttachment.created_at)
    )
    late = report.submitted_on is not None and report.submitted_on > period.due_on
    return {
        "id": report.id,
        "version": report.version,
        "period_id": report.period_id,
        "plan_id": report.plan_id,
        "unit_id": report.unit_id,
        "unit_name": names.get(report.unit_id, ("?", None))[0],
        "period_label": period.label,
        "due_on": period.due_on,
        "status": report.status,
        "task_lines": report.task_lines,
        "figures": [{**f, "channel": channels.get(f.get("channel_id") or "")} for f in report.figures],
        "difficulties": report.difficulties,
        "proposals": report.proposals,
        "submitted_at": report.submitted_at,
        "submitted_on": report.submitted_on,
        "late": late,
        "submitted_by": report.submitted_by,
        "review_comment": report.review_comment,
        "reviewed_at": report.reviewed_at,
        "reviewed_by": report.reviewed_by,
        "attachments": [dict(a._mapping) for a in attachments],
    }
