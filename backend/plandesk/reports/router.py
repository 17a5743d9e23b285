"""Routes: baselines, reporting periods and the submission board, unit reports (reviews: reviews_router)."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Query, Request, Response, UploadFile
from fastapi.responses import FileResponse

from plandesk.auth.deps import AppSettings, Session, requires
from plandesk.core.concurrency import check_if_match, if_match_header, set_etag
from plandesk.core.errors import Conflict, PayloadTooLarge, error_responses
from plandesk.core.pagination import Page, PageParams, page_in_memory, page_params
from plandesk.core.policy import Permission, Principal
from plandesk.plans import crud as plan_crud
from plandesk.reports import attachments, baselines, periods, renders, unit_reports
from plandesk.reports import diff as baseline_diff
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
IfMatch = Annotated[str, Depends(if_match_header)]
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
    return BaselineScheduleOut.model_validate(await baselines.baseline_schedule(session, plan_id, baseline))


# --- reporting periods ---------------------------------------------------------------


@router.get(
    "/plans/{plan_id}/reporting-periods",
    response_model=Page[PeriodOut],
    summary="The plan's reporting periods by due day",
    responses=READ_ERRORS,
)
async def list_periods(plan_id: uuid.UUID, session: Session, _: Reader, page: Pages) -> Page[PeriodOut]:
    rows = await periods.list_periods(session, plan_id)
    items, cursor = page_in_memory(rows, page, lambda p: p.id)
    return Page(items=[PeriodOut(**periods.period_view(p)) for p in items], next_cursor=cursor)


@router.post(
    "/plans/{plan_id}/reporting-periods/generate",
    response_model=list[PeriodOut],
    status_code=201,
    summary="Create reporting periods from a schedule (monthly by day, quarterly, one per phase)",
    responses=WRITE_ERRORS,
)
async def generate_periods(
    plan_id: uuid.UUID, body: ReportingScheduleIn, session: Session, actor: PlanWriter
) -> list[PeriodOut]:
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
    return PeriodOut(**periods.period_view(await periods.create_period(session, actor, plan_id, body)))


@router.get(
    "/reporting-periods/{period_id}/board",
    response_model=PeriodBoardOut,
    summary="Who has reported for the period, who is missing, who is late",
    responses=READ_ERRORS,
)
async def period_board(period_id: uuid.UUID, session: Session, _: Reader) -> PeriodBoardOut:
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
    description="Returns the existing report with 200 when the unit has one for the period.",
    responses=WRITE_ERRORS,
)
async def start_report(
    period_id: uuid.UUID, body: ReportStart, response: Response, session: Session, actor: ReportWriter
) -> UnitReportOut:
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
async def get_report(report_id: uuid.UUID, response: Response, session: Session, _: Reader) -> UnitReportOut:
    return await _report_out(session, await unit_reports.get_report(session, report_id), response)


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
    report = await unit_reports.get_report(session, report_id)
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
    report_id: uuid.UUID, fmt: rendering.Format, session: Session, _: Reader
) -> Response:
    report = await unit_reports.get_report(session, report_id)
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
)
async def add_attachment(
    report_id: uuid.UUID,
    request: Request,
    file: Annotated[UploadFile, File(description="PDF, DOCX, XLSX, PNG or JPEG")],
    session: Session,
    settings: AppSettings,
    actor: ReportWriter,
) -> AttachmentOut:
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
    attachment_id: uuid.UUID, session: Session, settings: AppSettings, _: Reader
) -> FileResponse:
    a = await attachments.get_attachment(session, attachment_id)
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
