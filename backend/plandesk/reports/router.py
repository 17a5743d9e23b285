"""Routes: baselines, reporting periods and the submission board, unit reports (reviews: reviews_router)."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Path, Query, Request, Response, UploadFile
from fastapi.responses import FileResponse

from plandesk.auth.deps import AppSettings, Session, requires
from plandesk.core.concurrency import check_if_match, if_match_header, set_etag
from plandesk.core.errors import Conflict, PayloadTooLarge, error_responses
from plandesk.core.pagination import Page, PageParams, page_in_memory, page_params
from plandesk.core.policy import Permission, Principal
from plandesk.plans import crud as plan_crud
from plandesk.reports import attachments, baselines, periods, renders, unit_reports
from plandesk.reports import diff as baseline_diff
from plandesk.reports import examples as ex
from plandesk.reports.rendering import run as rendering
from plandesk.reports.rendering.layout import unit_report_layout
from plandesk.reports.renders_router import router as renders_router
from plandesk.reports.report_schemas import (
    AttachmentOut,
    ReportStart,
    ReportUpdate,
    ReturnIn,
    UnitReportOut,
)
from plandesk.reports.reviews_router import router as reviews_router
from plandesk.reports.schemas import (
    BaselineDiffOut,
    BaselineOut,
    BaselineScheduleOut,
    PeriodBoardOut,
    PeriodCreate,
    PeriodOut,
    RebaselineIn,
    ReportingScheduleIn,
    ReportUrgeIn,
    ReportUrgeOut,
)

router = APIRouter(tags=["reports"])

Reader = Annotated[Principal, Depends(requires(Permission.reports_read))]
PlanWriter = Annotated[Principal, Depends(requires(Permission.plans_write))]
ReportWriter = Annotated[Principal, Depends(requires(Permission.reports_write))]
ReportReviewer = Annotated[Principal, Depends(requires(Permission.reports_review))]
# The multipart body's example: the file part shown as its name.
UPLOAD_EXAMPLE = {
    "requestBody": {"content": {"multipart/form-data": {"example": {"file": ex.ATTACHMENT["filename"]}}}}
}
IfMatch = Annotated[str, Depends(if_match_header)]
DocumentFormat = Annotated[rendering.Format, Path(description="docx (Word) or pdf")]
Pages = Annotated[PageParams, Depends(page_params)]

READ_ERRORS = error_responses(401, 403, 404)
_TOO_LARGE = (
    "This document is large: ask for it with POST /api/v1/{path}/renders (it is rendered in the "
    "background) and download it when the render is done."
)
WRITE_ERRORS = error_responses(401, 403, 404, 409, 422)
PATCH_ERRORS = error_responses(401, 403, 404, 409, 412, 422, 428)


# --- baselines ---------------------------------------------------------------------


@router.get(
    "/plans/{plan_id}/baselines",
    response_model=Page[BaselineOut],
    summary="The plan's approved baselines, oldest first",
    responses=READ_ERRORS,
)
async def list_baselines(plan_id: uuid.UUID, session: Session, _: Reader, page: Pages) -> Page[BaselineOut]:
    """The plan's approved baselines, oldest first: baseline 1 is frozen when the plan is first
    published, later ones are taken by re-baselining with a reason. Who may call: every signed-in role,
    and service accounts with the `plans:read` scope. 404 when the plan does not exist."""
    rows = await baselines.list_baselines(session, plan_id)
    items, cursor = page_in_memory(rows, page, lambda b: b["id"])
    return Page(items=[BaselineOut(**b) for b in items], next_cursor=cursor)


@router.post(
    "/plans/{plan_id}/baselines",
    response_model=BaselineOut,
    status_code=201,
    summary="Re-baseline the plan as it stands, with a reason (earlier baselines are kept)",
    responses=WRITE_ERRORS,
)
async def rebaseline(
    plan_id: uuid.UUID, body: RebaselineIn, session: Session, actor: PlanWriter
) -> BaselineOut:
    """Freeze the plan as it stands now (phase windows, milestone dates, tasks with their due dates
    and units) as a new baseline numbered after the last one; earlier baselines are kept, and the
    reason goes to the audit log. Later comparisons (`baseline-diff`) use the newest baseline unless
    told otherwise. Who may call: coordinators and admins (`plans:write`). 404 when the plan does not
    exist; 422 when the reason is shorter than 3 characters."""
    b = await baselines.rebaseline(session, actor, plan_id, body.reason)
    return BaselineOut(
        id=b.id,
        plan_id=b.plan_id,
        number=b.number,
        reason=b.reason,
        created_by=b.created_by,
        created_at=b.created_at,
    )


@router.get(
    "/plans/{plan_id}/baseline-diff",
    response_model=BaselineDiffOut,
    summary="Changes since a baseline: dates moved (days lost or gained), tasks added, cancelled, reassigned",
    responses=error_responses(401, 403, 404, 422),
)
async def get_baseline_diff(
    plan_id: uuid.UUID,
    session: Session,
    _: Reader,
    baseline: Annotated[
        int | None, Query(ge=1, le=2_147_483_647, description="Baseline number (default: the latest)")
    ] = None,
) -> BaselineDiffOut:
    """What changed since a baseline (the latest, or the one numbered `baseline`): phases and
    milestones moved, milestones added or removed, tasks moved (with the days lost or gained), added,
    cancelled, removed or given other units, with counts in `summary`. Unit ids in the lists are named
    in `unit_names`. Who may call: every signed-in role, and service accounts with the `plans:read`
    scope. 404 when the plan or that baseline does not exist (a plan never published has none)."""
    return BaselineDiffOut.model_validate(await baseline_diff.baseline_diff(session, plan_id, baseline))


@router.get(
    "/plans/{plan_id}/baseline-schedule",
    response_model=BaselineScheduleOut,
    summary="A baseline's phase windows and milestone dates (the timeline's ghost bars)",
    responses=error_responses(401, 403, 404, 422),
)
async def get_baseline_schedule(
    plan_id: uuid.UUID,
    session: Session,
    _: Reader,
    baseline: Annotated[
        int | None, Query(ge=1, le=2_147_483_647, description="Baseline number (default: the latest)")
    ] = None,
) -> BaselineScheduleOut:
    """A baseline's phase windows and milestone dates, without its tasks: the timeline draws them
    as ghost bars behind the current schedule. `baseline` picks one by number (default: the latest).
    Who may call: every signed-in role, and service accounts with the `plans:read` scope. 404 when the
    plan or that baseline does not exist."""
    return BaselineScheduleOut.model_validate(await baselines.baseline_schedule(session, plan_id, baseline))


# --- reporting periods ---------------------------------------------------------------


@router.get(
    "/plans/{plan_id}/reporting-periods",
    response_model=Page[PeriodOut],
    summary="The plan's reporting periods by due day",
    responses=READ_ERRORS,
)
async def list_periods(plan_id: uuid.UUID, session: Session, _: Reader, page: Pages) -> Page[PeriodOut]:
    """The plan's reporting periods (monthly, quarterly, one per phase, or ad hoc), by due day.
    Who may call: every signed-in role, and service accounts with the `plans:read` scope. 404 when the
    plan does not exist."""
    rows = await periods.list_periods(session, plan_id)
    items, cursor = page_in_memory(rows, page, lambda p: p.id)
    return Page(items=[PeriodOut(**periods.period_view(p)) for p in items], next_cursor=cursor)


@router.post(
    "/plans/{plan_id}/reporting-periods/generate",
    response_model=list[PeriodOut],
    status_code=201,
    summary="Create reporting periods from a schedule (monthly by day, quarterly, one per phase)",
    responses={201: {"content": {"application/json": {"example": ex.GENERATED_PERIODS}}}, **WRITE_ERRORS},
)
async def generate_periods(
    plan_id: uuid.UUID, body: ReportingScheduleIn, session: Session, actor: PlanWriter
) -> list[PeriodOut]:
    """Create the reporting periods a schedule implies, between `starts_on` and `ends_on` (default:
    the span of the plan's top-level phases): monthly periods due on `day_of_month`, quarterly periods
    due `due_offset_days` after each quarter's end, or one_off periods, one per phase (`phase_ids`,
    default every top-level phase). Periods the plan already has (same kind, same end) are kept as they
    are; the answer lists only the periods created (possibly none). Who may call: coordinators and
    admins (`plans:write`). 404 when the plan does not exist; 422 when a monthly schedule has no
    `day_of_month`, the dates are reversed, a phase is of another plan or has no dates, or the plan has
    no dated phases and no dates are given."""
    created = await periods.generate_periods(session, actor, plan_id, body)
    return [PeriodOut(**periods.period_view(p)) for p in created]


@router.post(
    "/plans/{plan_id}/reporting-periods",
    response_model=PeriodOut,
    status_code=201,
    summary="Add a one-off reporting period",
    responses=WRITE_ERRORS,
)
async def create_period(
    plan_id: uuid.UUID, body: PeriodCreate, session: Session, actor: PlanWriter
) -> PeriodOut:
    """Add one ad-hoc (one_off) reporting period, e.g. a quick report asked for before an event.
    Who may call: coordinators and admins (`plans:write`). 404 when the plan does not exist; 422 when
    `ends_on` or `due_on` is before `starts_on`, the phase is not the plan's, or another one-off period
    of the plan already ends that day."""
    return PeriodOut(**periods.period_view(await periods.create_period(session, actor, plan_id, body)))


@router.get(
    "/reporting-periods/{period_id}/board",
    response_model=PeriodBoardOut,
    summary="Who has reported for the period, who is missing, who is late",
    responses=READ_ERRORS,
)
async def period_board(period_id: uuid.UUID, session: Session, _: Reader) -> PeriodBoardOut:
    """The submission board of a period: a row per unit expected to report (units with tasks in the
    plan, and any unit that opened a report), its report's status, whether it is late and by how many
    days, and how often it was urged; with totals. Lateness is reckoned in the plan's time zone. Who
    may call: every signed-in role, and service accounts with the `plans:read` scope. 404 when the
    period does not exist."""
    return PeriodBoardOut.model_validate(await periods.board(session, period_id))


@router.post(
    "/reporting-periods/{period_id}/urge",
    response_model=ReportUrgeOut,
    summary="Urge the units whose report is missing or returned",
    responses=WRITE_ERRORS,
)
async def urge_missing(
    period_id: uuid.UUID, body: ReportUrgeIn, session: Session, actor: ReportReviewer
) -> ReportUrgeOut:
    """Remind ("đôn đốc") the units whose report is missing, still a draft or returned, with
    `message`: every such unit, or only those of `unit_ids` (units that have submitted are skipped).
    The reminders are recorded for the units (the board's `urged` counts them).
    Who may call: coordinators and admins (`reports:review`). 404 when the period does not exist."""
    return ReportUrgeOut(
        urged_unit_ids=await periods.urge_missing(session, actor, period_id, body.message, body.unit_ids)
    )


# --- unit reports --------------------------------------------------------------------


async def _report_out(session: Any, report: Any, response: Response) -> UnitReportOut:
    set_etag(response, report.id, report.version)
    return UnitReportOut.model_validate(await unit_reports.report_view(session, report))


@router.post(
    "/reporting-periods/{period_id}/reports",
    response_model=UnitReportOut,
    status_code=201,
    summary="Open the unit's report for the period (a draft prefilled from its progress updates)",
    responses={
        200: {"model": UnitReportOut, "description": "The unit already had a report for the period: it"},
        **WRITE_ERRORS,
    },
)
async def start_report(
    period_id: uuid.UUID, body: ReportStart, response: Response, session: Session, actor: ReportWriter
) -> UnitReportOut:
    """Open the unit's report for the period: a draft with a line per task the unit works on,
    each prefilled from the unit's progress notes written during the period, and a zeroed figures row
    per channel of the plan. Answers 201 with the new draft, or 200 with the report the unit already
    has for the period. Who may call: unit officers for their own unit, and admins for any unit
    (`reports:write`); 403 for another unit. 404 when the period does not exist; 422 when the unit does
    not exist. The answer's ETag header (also `etag`) is what PATCH needs in If-Match."""
    report, created = await unit_reports.start_report(session, actor, period_id, body.unit_id)
    if not created:
        response.status_code = 200
    return await _report_out(session, report, response)


@router.get(
    "/unit-reports/{report_id}",
    response_model=UnitReportOut,
    summary="Read a unit report",
    responses=READ_ERRORS,
)
async def get_report(
    report_id: uuid.UUID, response: Response, session: Session, actor: Reader
) -> UnitReportOut:
    """A unit report with its task lines, figures, texts, review state and attachments; the ETag
    header (also `etag`) is what PATCH needs in If-Match. Who may call: every signed-in role, and
    service accounts with the `plans:read` scope, once the report is submitted; while it is still
    with its unit (a draft, or returned for a correction), only its unit's officers, coordinators
    and admins (403 for the others). 404 when the report does not exist."""
    report = await unit_reports.get_readable_report(session, actor, report_id)
    return await _report_out(session, report, response)


@router.patch(
    "/unit-reports/{report_id}",
    response_model=UnitReportOut,
    summary="Save a draft or returned report (autosave)",
    responses=PATCH_ERRORS,
)
async def update_report(
    report_id: uuid.UUID,
    body: ReportUpdate,
    response: Response,
    session: Session,
    actor: ReportWriter,
    if_match: IfMatch,
) -> UnitReportOut:
    """Save a draft or returned report (the form's autosave): new texts for some task lines,
    the figures (replacing them all), difficulties and proposals; omitted fields are kept. Requires
    If-Match with the report's ETag: 428 without it, 412 when the report changed since it was read.
    Who may call: unit officers for their own unit's report, and admins (`reports:write`); 403
    otherwise. 404 when the report does not exist; 409 when it is submitted or accepted; 422 when a
    line names a task the report does not cover or figures name a channel of another plan."""
    report = await unit_reports.get_report(session, report_id)
    # Who may write first: another unit's officer learns nothing from a 412 (the draft's version).
    unit_reports.check_writes_for(actor, report.unit_id)
    check_if_match(if_match, report.id, report.version)
    report = await unit_reports.update_report(session, actor, report, body)
    return await _report_out(session, report, response)


@router.post(
    "/unit-reports/{report_id}/submit",
    response_model=UnitReportOut,
    summary="Submit the report",
    responses=WRITE_ERRORS,
)
async def submit_report(
    report_id: uuid.UUID, response: Response, session: Session, actor: ReportWriter
) -> UnitReportOut:
    """Submit a draft or returned report for review. The day of the first submission (in the
    plan's time zone) decides whether it is late against the period's due day; a `report.submitted`
    event is emitted (webhooks). Who may call: unit officers for their own unit's report, and admins
    (`reports:write`); 403 otherwise. 404 when the report does not exist; 409 when it is already
    submitted or accepted."""
    report = await unit_reports.submit_report(
        session, actor, await unit_reports.get_report(session, report_id)
    )
    return await _report_out(session, report, response)


@router.post(
    "/unit-reports/{report_id}/accept",
    response_model=UnitReportOut,
    summary="Accept a submitted report",
    responses=WRITE_ERRORS,
)
async def accept_report(
    report_id: uuid.UUID, response: Response, session: Session, actor: ReportReviewer
) -> UnitReportOut:
    """Accept a submitted report; it can no longer be edited. Who may call: coordinators and
    admins (`reports:review`). 404 when the report does not exist; 409 when it is not submitted."""
    report = await unit_reports.get_report(session, report_id)
    report = await unit_reports.review_report(session, actor, report, True, None)
    return await _report_out(session, report, response)


@router.post(
    "/unit-reports/{report_id}/return",
    response_model=UnitReportOut,
    summary="Return a submitted report to its unit with a comment",
    responses=WRITE_ERRORS,
)
async def return_report(
    report_id: uuid.UUID, body: ReturnIn, response: Response, session: Session, actor: ReportReviewer
) -> UnitReportOut:
    """Return a submitted report to its unit with a comment saying what to correct; the unit edits
    it and submits it again. Who may call: coordinators and admins (`reports:review`). 404 when the
    report does not exist; 409 when it is not submitted; 422 when the comment is empty."""
    report = await unit_reports.get_report(session, report_id)
    report = await unit_reports.review_report(session, actor, report, False, body.comment)
    return await _report_out(session, report, response)


@router.get(
    "/unit-reports/{report_id}/document.{fmt}",
    response_class=Response,
    summary="The unit report as DOCX or PDF (small reports; large ones: POST …/renders)",
    responses={
        200: {
            "content": {rendering.MEDIA_TYPES["docx"]: {}, rendering.MEDIA_TYPES["pdf"]: {}},
            "description": "The document",
        },
        **error_responses(401, 403, 404, 409, 422),
    },
)
async def unit_report_document(
    report_id: uuid.UUID, fmt: DocumentFormat, session: Session, actor: Reader
) -> Response:
    """The unit report as a document, `fmt` docx (Word) or pdf, made during the request and sent as
    an attachment. Only for reports of up to 150 task lines: a larger one answers 409, ask for it with
    POST /api/v1/unit-reports/{report_id}/renders instead. Who may call: every signed-in role, and
    service accounts with the `plans:read` scope, once the report is submitted; while it is a draft
    or returned, only its unit's officers, coordinators and admins (403 for the others). 404 when
    the report does not exist."""
    report = await unit_reports.get_readable_report(session, actor, report_id)
    if len(report.task_lines) > renders.INLINE_MAX_LINES:
        raise Conflict(_TOO_LARGE.format(path=f"unit-reports/{report_id}"))
    view = await unit_reports.report_view(session, report)
    plan = await plan_crud.get_plan(session, report.plan_id)
    plan_header = {"code": plan.code, "issuing_body": plan.issuing_body, "place": plan.place}
    await session.close()
    data = await rendering.render_off_loop(unit_report_layout(view, plan_header), fmt)
    name = renders.filename(f"bao cao {view['unit_name']} {view['period_label']}", "", fmt)
    return Response(
        data,
        media_type=rendering.MEDIA_TYPES[fmt],
        headers={
            "Content-Disposition": f'attachment; filename="{name}"',
            "Cache-Control": "private, no-store",
        },
    )


@router.post(
    "/unit-reports/{report_id}/attachments",
    response_model=AttachmentOut,
    status_code=201,
    summary="Attach a file (PDF, DOCX, XLSX, PNG or JPEG) to a draft or returned report",
    responses=error_responses(401, 403, 404, 409, 413, 415, 422),
    openapi_extra=UPLOAD_EXAMPLE,
)
async def add_attachment(
    report_id: uuid.UUID,
    request: Request,
    file: Annotated[UploadFile, File(description="PDF, DOCX, XLSX, PNG or JPEG")],
    session: Session,
    settings: AppSettings,
    actor: ReportWriter,
) -> AttachmentOut:
    """Attach a file to a draft or returned report (multipart field `file`): PDF, DOCX, XLSX, PNG or
    JPEG, recognised from its content, up to the deployment's upload limit; at most 20 files a report.
    Who may call: unit officers for their own unit's report, and admins (`reports:write`). 404 when the
    report does not exist; 409 when the report is submitted or accepted, or has 20 files already; 413
    when the file is too large; 415 when it is of another kind."""
    limit = settings.max_upload_bytes
    data = await file.read(limit + 1)
    if len(data) > limit:
        raise PayloadTooLarge(f"The file is larger than the {limit} bytes allowed.")
    report = await unit_reports.get_report(session, report_id)
    a = await attachments.add_attachment(
        session, actor, report, settings.var_dir, file.filename or "attachment", data, limit
    )
    return AttachmentOut(
        id=a.id, filename=a.filename, content_type=a.content_type, size=a.size, created_at=a.created_at
    )


@router.get(
    "/report-attachments/{attachment_id}",
    response_class=FileResponse,
    summary="Download an attachment",
    responses={200: {"content": {"application/octet-stream": {}}, "description": "The file"}, **READ_ERRORS},
)
async def download_attachment(
    attachment_id: uuid.UUID, session: Session, settings: AppSettings, actor: Reader
) -> FileResponse:
    """Download a file attached to a unit report, with its name and media type. Who may call: every
    signed-in role, and service accounts with the `plans:read` scope, once the report is submitted;
    while it is a draft or returned, only its unit's officers, coordinators and admins (403 for the
    others). 404 when the attachment does not exist."""
    a = await attachments.get_attachment(session, attachment_id)
    await unit_reports.get_readable_report(session, actor, a.report_id)
    return FileResponse(
        attachments.storage_path(settings.var_dir, a.sha256),
        media_type=a.content_type,
        filename=a.filename,
        headers={"Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff"},
    )


# Reviews (reviews_router.py) and documents rendered in a job when large (renders_router.py), under
# the same tag.
router.include_router(reviews_router)
router.include_router(renders_router)
