"""Rendering reviews and unit reports as DOCX/PDF: inline when small, in a job when large.

A render is a row (``report_renders``) a client polls: ``queued`` → ``running``
(stages ``assembling`` → ``typesetting`` → ``storing``, with a percentage) → ``done``
(the file is kept in the row) or ``failed``. Small documents are rendered during the
POST that asks for them; large ones by the ``reports.render`` job through the
``plandesk.jobs`` facade (procrastinate workers on PostgreSQL, the API process on
SQLite). Either way the CPU work runs in a worker thread, never on the event loop.

What is large: a review whose plan has more than :data:`INLINE_MAX_TASKS` tasks
(assembling it aggregates every task and assignment), a unit report with more than
:data:`INLINE_MAX_LINES` task lines (its table has a row per line). Below those the
whole render takes well under half a second here; the 10,000-task review takes 1–2 s
and would hold a request (and a connection) that long.

The job is idempotent: a render already done is left alone, and a retry renders
again from the same inputs (an issued review's content never changes).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import uuid
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from plandesk import jobs
from plandesk.core.db import utcnow
from plandesk.core.errors import Conflict, NotFound
from plandesk.core.policy import Principal
from plandesk.core.text import fold
from plandesk.jobs.registry import JOBS
from plandesk.plans import crud as plan_crud
from plandesk.reports import reviews, unit_reports
from plandesk.reports.models import ReportRender, UnitReport
from plandesk.reports.rendering import run as rendering
from plandesk.reports.rendering.layout import Layout, review_layout, unit_report_layout
from plandesk.tasks.models import Task

log = logging.getLogger("plandesk.reports")

JOB = "reports.render"
INLINE_MAX_TASKS = 300
INLINE_MAX_LINES = 150
KEEP_RENDERS = dt.timedelta(days=7)
IN_FLIGHT = ("queued", "running")

STATE_COLUMNS = (
    ReportRender.id,
    ReportRender.plan_id,
    ReportRender.subject_type,
    ReportRender.subject_id,
    ReportRender.issue,
    ReportRender.format,
    ReportRender.state,
    ReportRender.progress,
    ReportRender.stage,
    ReportRender.error,
    ReportRender.filename,
    ReportRender.size,
    ReportRender.created_by,
    ReportRender.created_at,
    ReportRender.started_at,
    ReportRender.finished_at,
)


def filename(title: str, suffix: str, ext: str) -> str:
    """An ASCII file name from a Vietnamese title ("bao-cao-so-ket-…-du-thao.pdf")."""
    stem = "-".join(re.findall(r"[a-z0-9]+", fold(title)))[:120] or "bao-cao"
    return f"{stem}{suffix}.{ext}"


async def plan_task_count(session: AsyncSession, plan_id: uuid.UUID) -> int:
    return int(await session.scalar(select(func.count()).where(Task.plan_id == plan_id)) or 0)


async def request_render(
    session: AsyncSession,
    actor: Principal,
    subject_type: str,
    subject_id: uuid.UUID,
    fmt: rendering.Format,
    issue: int | None = None,
) -> tuple[dict[str, Any], bool, bool]:
    """Record a render of a review (``issue``: an issued version, else the draft) or a unit report.

    Returns ``(render, large, created)``: ``large`` means it belongs in a job;
    ``created`` is False when a render of the same document is already under way (or,
    for an issued version, which never changes, already done) and is returned instead.
    """
    if subject_type == "review":
        review = await reviews.get_review(session, subject_id)
        if issue is not None:
            await reviews.get_issue(session, subject_id, issue)
        plan_id = review.plan_id
        large = await plan_task_count(session, plan_id) > INLINE_MAX_TASKS
    else:
        report = await unit_reports.get_readable_report(session, actor, subject_id)
        plan_id = report.plan_id
        large = len(report.task_lines) > INLINE_MAX_LINES
    reusable = (*IN_FLIGHT, "done") if issue is not None else IN_FLIGHT
    existing = (
        await session.execute(
            select(*STATE_COLUMNS)
            .where(
                ReportRender.subject_type == subject_type,
                ReportRender.subject_id == subject_id,
                ReportRender.format == fmt,
                ReportRender.issue.is_(None) if issue is None else ReportRender.issue == issue,
                ReportRender.state.in_(reusable),
            )
            .order_by(ReportRender.created_at.desc())
            .limit(1)
        )
    ).first()
    if existing is not None:
        return dict(existing._mapping), large, False
    render = ReportRender(
        id=uuid.uuid4(),
        plan_id=plan_id,
        subject_type=subject_type,
        subject_id=subject_id,
        issue=issue,
        format=fmt,
        state="queued",
        progress=0,
        stage="queued",
        created_by=actor.audit_actor,
        created_at=utcnow(),
    )
    session.add(render)
    await session.commit()
    return await get_render(session, render.id, actor), large, True


async def get_render(session: AsyncSession, render_id: uuid.UUID, reader: Principal) -> dict[str, Any]:
    """A render's state, for a ``reader`` who may read what it renders (a unit report still
    with its unit: :func:`unit_reports.may_read`)."""
    row = (await session.execute(select(*STATE_COLUMNS).where(ReportRender.id == render_id))).first()
    if row is None:
        raise NotFound("render", render_id)
    await _check_reads(session, reader, row.subject_type, row.subject_id)
    return dict(row._mapping)


async def _check_reads(
    session: AsyncSession, reader: Principal, subject_type: str, subject_id: uuid.UUID
) -> None:
    if subject_type == "unit_report":
        # A render is dropped whenever its report changes (unit_reports.drop_renders), so
        # what it shows is the report as it now stands: the report's rule decides.
        report = await session.get(UnitReport, subject_id)
        if report is None:
            raise NotFound("unit report", subject_id)
        unit_reports.check_reads_for(reader, report)


async def render_file(
    session: AsyncSession, render_id: uuid.UUID, reader: Principal
) -> tuple[bytes, str, str]:
    """The finished file: ``(bytes, media type, file name)``; 409 while it is not ready; 403 for a
    caller who may not read what it renders."""
    row = (
        await session.execute(
            select(
                ReportRender.state,
                ReportRender.format,
                ReportRender.filename,
                ReportRender.content,
                ReportRender.subject_type,
                ReportRender.subject_id,
            ).where(ReportRender.id == render_id)
        )
    ).first()
    if row is None:
        raise NotFound("render", render_id)
    await _check_reads(session, reader, row.subject_type, row.subject_id)
    if row.state != "done" or row.content is None:
        raise Conflict(f"The document is not ready: the render is {row.state}.")
    return row.content, rendering.MEDIA_TYPES[row.format], row.filename or f"bao-cao.{row.format}"


async def _set(sessionmaker: async_sessionmaker[AsyncSession], render_id: uuid.UUID, **values: Any) -> None:
    """Update a render that is not done yet (a finished one never changes), in its own short transaction."""
    async with sessionmaker() as session:
        await session.execute(
            update(ReportRender)
            .where(ReportRender.id == render_id, ReportRender.state != "done")
            .values(**values)
        )
        await session.commit()


async def _layout(session: AsyncSession, render: dict[str, Any]) -> tuple[Layout, str]:
    """The document's layout and file name, from the database (the session is closed after)."""
    fmt = render["format"]
    if render["subject_type"] == "review":
        issue = render["issue"]
        content = await reviews.document_content(session, render["subject_id"], issue)
        name = filename(content["review"]["title"], f"-ban-{issue}" if issue else "-du-thao", fmt)
        return review_layout(content), name
    report = await session.get(UnitReport, render["subject_id"])
    if report is None:
        raise NotFound("unit report", render["subject_id"])
    view = await unit_reports.report_view(session, report)
    plan = await plan_crud.get_plan(session, report.plan_id)
    header = {"code": plan.code, "issuing_body": plan.issuing_body, "place": plan.place}
    name = filename(f"bao cao {view['unit_name']} {view['period_label']}", "", fmt)
    return unit_report_layout(view, header), name


async def run_render(
    sessionmaker: async_sessionmaker[AsyncSession], render_id: uuid.UUID, *, final_attempt: bool = True
) -> None:
    """Render and store the file; a render already done is left alone (idempotent).

    On an error the render goes back to ``queued`` for the job's next attempt, or to
    ``failed`` on the last one, with a message a person can read (no stack trace).
    """
    async with sessionmaker() as session:
        render = (await session.execute(select(*STATE_COLUMNS).where(ReportRender.id == render_id))).first()
        if render is None or render.state == "done":
            return
    try:
        await _set(
            sessionmaker,
            render_id,
            state="running",
            stage="assembling",
            progress=10,
            started_at=utcnow(),
            error=None,
        )
        async with sessionmaker() as session:
            layout, name = await _layout(session, dict(render._mapping))
        await _set(sessionmaker, render_id, stage="typesetting", progress=40)
        data = await rendering.render_off_loop(layout, render.format)
        await _set(sessionmaker, render_id, stage="storing", progress=90)
        await _set(
            sessionmaker,
            render_id,
            state="done",
            stage="done",
            progress=100,
            filename=name,
            size=len(data),
            content=data,
            finished_at=utcnow(),
        )
    except Exception as exc:
        log.exception("render %s failed", render_id)
        message = (
            exc.detail if isinstance(exc, NotFound | Conflict) else "The document could not be rendered."
        )
        if final_attempt:
            await _set(
                sessionmaker,
                render_id,
                state="failed",
                stage="failed",
                error=message,
                finished_at=utcnow(),
            )
        else:
            await _set(sessionmaker, render_id, state="queued", stage="retrying", progress=0, error=message)
            raise


async def mark_failed(
    sessionmaker: async_sessionmaker[AsyncSession], render_id: uuid.UUID, message: str
) -> None:
    await _set(sessionmaker, render_id, state="failed", stage="failed", error=message, finished_at=utcnow())


@jobs.job(JOB, max_attempts=3, backoff_seconds=2.0)
async def render_job(ctx: jobs.JobContext, *, render_id: str) -> None:
    """The job behind a large render (queued by ``POST …/renders``)."""
    final = ctx.attempt >= JOBS[JOB].max_attempts
    await run_render(ctx.sessionmaker, uuid.UUID(render_id), final_attempt=final)


def job_locks(render_id: uuid.UUID) -> dict[str, str]:
    return {"queueing_lock": f"{JOB}:{render_id}", "lock": f"{JOB}:{render_id}"}


@jobs.periodic("23 3 * * *", "reports.prune_renders")
async def prune_renders(ctx: jobs.JobContext) -> None:
    """Drop rendered files after a week: they can be rendered again, and they are large.

    Render timestamps are wall-clock records (like every ``created_at``), not deadlines,
    so they use ``utcnow`` rather than the freezable ``localtime`` clock.
    """
    async with ctx.sessionmaker() as session:
        await session.execute(delete(ReportRender).where(ReportRender.created_at < utcnow() - KEEP_RENDERS))
        await session.commit()
