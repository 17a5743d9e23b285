from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, Query, Request, Response, UploadFile
from fastapi.responses import JSONResponse

from plandesk.auth.deps import AppSettings, Session, requires
from plandesk.core import sandbox
from plandesk.core.concurrency import set_etag
from plandesk.core.errors import PayloadTooLarge, UnsupportedMediaType, error_responses
from plandesk.core.policy import Permission, Principal
from plandesk.core.text import CleanText
from plandesk.core.uploads import check_text_content, checked_filename
from plandesk.importer import service
from plandesk.importer.document import MAX_DOCUMENT_BYTES
from plandesk.importer.schemas import PlanImportPreview, PlanImportResult

router = APIRouter(tags=["import"])

Writer = Annotated[Principal, Depends(requires(Permission.plans_write))]


def multipart_body(request: Request) -> None:
    """415 unless the body is a form upload (checked before the form is parsed)."""
    content_type = request.headers.get("content-type", "")
    if not content_type.lower().startswith("multipart/form-data"):
        shown = content_type.split(";")[0] or "none"
        raise UnsupportedMediaType(
            f"Upload the plan as multipart/form-data with the document in the 'file' field "
            f"(the request's content type is {shown})."
        )


@router.post(
    "/plans/import",
    response_model=PlanImportResult,
    status_code=201,
    summary="Import a plan document (.txt, .md, .docx)",
    description=(
        "Reads a plan document — header, legal bases, purposes, phases and their windows, "
        "channels, units and their tasks, recipients, signature — and creates the plan with "
        "its milestones, phases, channels, tasks and assignments in one transaction. Units are "
        "matched to existing ones (spelling and naming variants tolerated); only units nothing "
        "matches are created. With `dry_run=true` (query or form field) nothing is saved: the "
        "answer (200) is the draft with its warnings and which units would be matched or created.\n\n"
        "**Who:** callers with `plans:write` (coordinators, admins, service accounts with that scope).\n\n"
        "Review a dry run first: every item carries `source_lines` and `warnings` (where the parser "
        'guessed or corrected). Unit groups the document names ("Các huyện ủy, thị ủy …") get their '
        "members from the form field `group_members`. The created plan (201) comes with its `ETag` and "
        "`Location`.\n\n"
        "**Errors:** 413 when the file is larger than the upload limit; 415 when the body is not "
        "multipart/form-data or the file is not a readable .txt, .md, .docx (or damaged); 422 when the "
        "text is not a plan, when saving without a plan number or title, when `group_members` is not "
        "valid JSON, or when an item is invalid (the problem names the item and its lines); 409 when "
        "an item conflicts with what exists; 401/403 without a session or the permission."
    ),
    responses={
        200: {"model": PlanImportPreview, "description": "Dry run: the draft, nothing saved"},
        **error_responses(401, 403, 409, 413, 415, 422),
    },
)
async def import_plan(
    response: Response,
    session: Session,
    settings: AppSettings,
    actor: Writer,
    _: Annotated[None, Depends(multipart_body)],
    file: Annotated[UploadFile, File(description="The plan document: .txt or .md (UTF-8), or .docx")],
    dry_run: Annotated[bool, Query(description="Preview only: parse and check, save nothing")] = False,
    # Not nullable: a form field is text, and "null" is no boolean.
    dry_run_field: Annotated[
        bool, Form(alias="dry_run", description="The same flag as a form field")
    ] = False,
    group_members: Annotated[
        CleanText | None,
        Form(
            max_length=100_000,
            description="The member units chosen on the review for the draft's unit groups, as JSON: "
            '{"<group key>": ["<unit id>", …]} (added to the members the group already has)',
        ),
    ] = None,
) -> Any:
    limit = min(settings.max_upload_bytes, MAX_DOCUMENT_BYTES)
    if file.size is not None and file.size > limit:
        raise PayloadTooLarge(
            f"The file is {file.size:,} bytes; a plan document may be at most {limit:,} bytes "
            f"({limit / 1024 / 1024:g} MB)."
        )
    data = await file.read()
    filename = checked_filename(file.filename)
    check_text_content(filename, data)
    draft = await service.read_plan_file(session, data, filename, sandbox.limits_for(settings))
    preview = dry_run or dry_run_field
    chosen = service.parse_group_members(group_members)
    result = await service.import_plan(
        session, actor, draft, dry_run=preview, filename=filename, group_members=chosen
    )
    body = result.as_response()
    if result.plan is None:
        # A dry run answers 200 with the preview; the route's declared model is the 201 result.
        return JSONResponse(body.model_dump(mode="json"), status_code=200)
    set_etag(response, result.plan.id, result.plan.version)
    response.headers["Location"] = f"/api/v1/plans/{result.plan.id}"
    return body
