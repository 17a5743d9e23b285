from __future__ import annotations

import uuid
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Depends, Query, Request, Response

from plandesk.auth.deps import AppSettings, Session, public, requires
from plandesk.core.bounds import SafeDate
from plandesk.core.concurrency import if_match_header, require_current, set_etag
from plandesk.core.errors import InvalidInput, error_responses
from plandesk.core.idempotency import IdempotencyKey, run_once
from plandesk.core.pagination import Page as PageOf
from plandesk.core.pagination import PageParams, page_in_memory, page_params
from plandesk.core.policy import Permission, Principal
from plandesk.core.text import StorableText
from plandesk.tasks import calendar, dashboard_cache, listing_cache, worklist_cache
from plandesk.tasks import crud as task_crud
from plandesk.tasks import listing as task_listing
from plandesk.tasks import progress as task_progress
from plandesk.tasks.schemas import (
    AssignmentOut,
    AssignmentStatus,
    AssignmentUpdate,
    Dashboard,
    FeedToken,
    HistoryEntry,
    MyAssignmentPage,
    ProgressCreate,
    ProgressOut,
    Role,
    TaskCreate,
    TaskOut,
    TaskPage,
    TaskSort,
    TaskStatus,
    TaskUpdate,
    UrgeCreate,
    UrgeOut,
)
from plandesk.tasks.standing import Standing
from plandesk.users.actor_names import actor_names

router = APIRouter(tags=["tasks"])
dashboard_router = APIRouter(tags=["dashboard"])
me_router = APIRouter(prefix="/me")
calendar_router = APIRouter(tags=["calendar"])

Reader = Annotated[Principal, Depends(requires(Permission.tasks_read))]
Writer = Annotated[Principal, Depends(requires(Permission.tasks_write))]
AssignmentEditor = Annotated[Principal, Depends(requires(Permission.assignments_update))]
Reporter = Annotated[Principal, Depends(requires(Permission.progress_post))]
Urger = Annotated[Principal, Depends(requires(Permission.tasks_urge))]
IfMatch = Annotated[str, Depends(if_match_header)]
Page = Annotated[PageParams, Depends(page_params)]

_ORJSON_OPTIONS = orjson.OPT_UTC_Z


def _default(value: Any) -> Any:
    # asyncpg hands back its own uuid.UUID subclass, which orjson does not serialise natively.
    if isinstance(value, uuid.UUID):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def _json(body: Any, status_code: int = 200, headers: dict[str, str] | None = None) -> Response:
    """Serialise plain dicts with orjson: the hot lists skip building response models."""
    return Response(
        orjson.dumps(body, default=_default, option=_ORJSON_OPTIONS),
        status_code=status_code,
        headers=headers,
        media_type="application/json",
    )


def _render(body: Any) -> bytes:
    return orjson.dumps(body, default=_default, option=_ORJSON_OPTIONS)


def _jsonable(body: Any) -> Any:
    return orjson.loads(orjson.dumps(body, default=_default, option=_ORJSON_OPTIONS))


async def _task_out(session: Session, task: Any) -> TaskOut:
    return TaskOut.model_validate(await task_crud.task_view(session, task))


# --- tasks -------------------------------------------------------------------------


@router.get(
    "/plans/{plan_id}/tasks",
    response_model=TaskPage,
    summary="A plan's tasks, filtered, sorted and paginated",
    responses=error_responses(401, 403, 404, 422),
)
async def list_tasks(
    plan_id: uuid.UUID,
    session: Session,
    _: Reader,
    page: Page,
    phase_id: Annotated[uuid.UUID | None, Query(description="The phase and its sub-phases")] = None,
    unit_id: Annotated[uuid.UUID | None, Query(description="Tasks this unit leads or supports")] = None,
    role: Annotated[Role | None, Query(description="With unit_id: only as lead, or only as support")] = None,
    status: Annotated[list[TaskStatus] | None, Query(description="One or more task statuses")] = None,
    overdue: Annotated[
        bool | None,
        Query(
            description="true: only overdue tasks, due before today (in the plan's time zone), neither done "
            "nor cancelled, and not awaiting their unit group's members; false: every other task, undated "
            "ones included. None (the default): both. Combines with every other filter (all must hold)."
        ),
    ] = None,
    due_before: Annotated[SafeDate | None, Query(description="Due on or before this day")] = None,
    due_after: Annotated[SafeDate | None, Query(description="Due on or after this day")] = None,
    standing: Annotated[
        Standing | None,
        Query(description="Deadline standing as of today, as the dashboard counts it (its tiles link here)"),
    ] = None,
    q: Annotated[
        StorableText | None, Query(max_length=200, description="Title and body, diacritic-insensitive")
    ] = None,
    sort: Annotated[
        TaskSort,
        Query(
            description="Order of the list: `due_date` (the default: earliest deadline first), `title` "
            "(alphabetical, ignoring case and diacritics) or `created_at` (oldest first); a leading `-` "
            "reverses it. Undated tasks come last in both `due_date` orders; ties are broken by task id. "
            "Keep the same sort (and filters) when following `next_cursor`."
        ),
    ] = "due_date",
) -> Response:
    """The plan's tasks as short items with each unit's standing. Filter by phase (sub-phases included),
    unit (and its role), status, due range, deadline standing (the dashboard's tiles link here with
    the same counting) and `q` (title and body, diacritic-insensitive); sort with `sort` (`due_date`,
    `-due_date`, `title`, `created_at` …). Who may call: every signed-in role, and service accounts
    with `tasks:read` or `tasks:write`."""
    if role is not None and unit_id is None:
        raise InvalidInput("role needs unit_id.", errors=[{"loc": ["query", "role"], "msg": "needs unit_id"}])
    filters = task_listing.TaskFilters(
        phase_id=phase_id,
        unit_id=unit_id,
        role=role,
        statuses=tuple(status or ()),
        overdue=overdue,
        due_before=due_before,
        due_after=due_after,
        standing=standing,
        q=q or None,
        sort=sort,
    )
    rendered = await listing_cache.task_page(
        session,
        plan_id,
        page,
        filters,
        lambda items, cursor: _render({"items": items, "next_cursor": cursor}),
    )
    return Response(rendered.body, media_type="application/json", headers={"ETag": rendered.etag})


@router.post(
    "/plans/{plan_id}/tasks",
    response_model=TaskOut,
    status_code=201,
    summary="Create a task: one lead unit, supporting units and/or unit groups",
    responses=error_responses(401, 403, 404, 422),
)
async def create_task(
    plan_id: uuid.UUID, body: TaskCreate, response: Response, session: Session, actor: Writer
) -> TaskOut:
    """Create a task in the plan with exactly one of `lead_unit_id` or `lead_group_id` (422 with neither
    or both), supporting units and/or groups, a deadline (fixed or anchored to a milestone) and
    channels. One assignment is made per unit: `lead`, `support`, or `member` for each active member
    of the addressed group. Answers 201 with the task and its ETag. Who may call: admin, coordinator,
    and service accounts with `tasks:write`. 404 when the plan does not exist; 422 when a unit,
    group, phase, channel or milestone is not in the plan."""
    task = await task_crud.create_task(session, actor, plan_id, body)
    set_etag(response, task.id, task.version)
    return TaskOut.model_validate(await task_crud.task_view(session, task))


@router.get(
    "/tasks/{task_id}",
    response_model=TaskOut,
    summary="Read a task with its assignments",
    responses=error_responses(401, 403, 404),
)
async def get_task(task_id: uuid.UUID, response: Response, session: Session, _: Reader) -> TaskOut:
    """One task with its assignments (each with its own ETag for PATCH) and its resolved deadline; the
    answer carries the task's ETag. Who may call: every signed-in role, and service accounts with
    `tasks:read` or `tasks:write`."""
    task = await task_crud.get_task(session, task_id)
    set_etag(response, task.id, task.version)
    return TaskOut.model_validate(await task_crud.task_view(session, task))


@router.patch(
    "/tasks/{task_id}",
    response_model=TaskOut,
    summary="Change a task (new lead or supporting units reconcile its assignments)",
    responses=error_responses(401, 403, 404, 412, 422, 428),
)
async def update_task(
    task_id: uuid.UUID,
    body: TaskUpdate,
    response: Response,
    session: Session,
    actor: Writer,
    if_match: IfMatch,
) -> TaskOut:
    """Change a task's fields. A new lead unit or new supporting units/groups reconcile the assignments:
    units no longer named lose theirs (with their history), new ones get `not_started`. A new
    deadline is resolved again. Send the ETag you read as If-Match: 428 without it, 412 (with the
    current version) when it changed since. Who may call: admin, coordinator, and service accounts
    with `tasks:write`."""
    task = await task_crud.get_task(session, task_id)
    await require_current(if_match, task.id, task.version, lambda: _task_out(session, task))
    task = await task_crud.update_task(session, actor, task, set(body.model_fields_set), body)
    set_etag(response, task.id, task.version)
    return TaskOut.model_validate(await task_crud.task_view(session, task))


@router.delete(
    "/tasks/{task_id}",
    status_code=204,
    summary="Delete a task with its assignments and their history",
    responses=error_responses(401, 403, 404, 412, 428),
)
async def delete_task(task_id: uuid.UUID, session: Session, actor: Writer, if_match: IfMatch) -> Response:
    """Delete a task with its assignments, progress updates and urges (204); audited. Send the ETag you
    read as If-Match: 428 without it, 412 (with the current version) when it changed since. Who may
    call: admin, coordinator, and service accounts with `tasks:write`."""
    task = await task_crud.get_task(session, task_id)
    await require_current(if_match, task.id, task.version, lambda: _task_out(session, task))
    await task_crud.delete_task(session, actor, task)
    return Response(status_code=204)


# --- assignments, progress, urging -------------------------------------------------


@router.get(
    "/tasks/{task_id}/assignments/{unit_id}",
    response_model=AssignmentOut,
    summary="Read one unit's assignment on a task",
    responses=error_responses(401, 403, 404),
)
async def get_assignment(
    task_id: uuid.UUID, unit_id: uuid.UUID, response: Response, session: Session, _: Reader
) -> AssignmentOut:
    """One unit's assignment on a task, with its ETag for PATCH. Who may call: every signed-in role, and
    service accounts with `tasks:read` or `tasks:write`. 404 when the unit has no assignment on the
    task."""
    assignment = await task_progress.get_assignment(session, task_id, unit_id)
    set_etag(response, assignment.id, assignment.version)
    return AssignmentOut.model_validate(task_progress.assignment_view(assignment))


@router.patch(
    "/tasks/{task_id}/assignments/{unit_id}",
    response_model=AssignmentOut,
    summary="Set a unit's status or percent on a task (unit officers: their own unit only)",
    responses=error_responses(401, 403, 404, 412, 422, 428),
)
async def update_assignment(
    task_id: uuid.UUID,
    unit_id: uuid.UUID,
    body: AssignmentUpdate,
    response: Response,
    session: Session,
    actor: AssignmentEditor,
    if_match: IfMatch,
) -> AssignmentOut:
    """Set the unit's status and/or percent on the task (a progress update is recorded too). Unit
    officers may change only their own unit's assignment (403 otherwise); only coordinators may
    cancel an assignment or reopen a cancelled one. The task's derived status and percent follow.
    Send the ETag you read as If-Match: 428 without it, 412 (with the current version) when it
    changed since. Who may call: admin, coordinator, unit_officer (own unit), service accounts with
    `tasks:write`."""
    task_progress.check_acts_for(actor, unit_id)
    assignment = await task_progress.get_assignment(session, task_id, unit_id)
    await require_current(
        if_match, assignment.id, assignment.version, lambda: task_progress.assignment_view(assignment)
    )
    assignment = await task_progress.update_assignment(session, actor, assignment, body.status, body.percent)
    set_etag(response, assignment.id, assignment.version)
    return AssignmentOut.model_validate(task_progress.assignment_view(assignment))


@router.post(
    "/tasks/{task_id}/updates",
    response_model=ProgressOut,
    status_code=201,
    summary="Report progress on your unit's assignment (append-only; honours Idempotency-Key)",
    responses=error_responses(401, 403, 404, 422),
)
async def post_progress(
    task_id: uuid.UUID,
    body: ProgressCreate,
    session: Session,
    actor: Reporter,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """Report progress on an assignment: a new status, a percent and/or a note, appended to its history
    (never edited). `unit_id` defaults to the caller's unit; unit officers may report only for their
    own unit (403). Answers 201 with the update and the assignment as it now stands. Honours
    Idempotency-Key: retrying with the same key and body returns the first answer. Who may call:
    admin, coordinator, unit_officer, service accounts with `tasks:write`."""
    unit_id = body.unit_id or actor.unit_id
    if unit_id is None:
        raise InvalidInput(
            "Say which unit this update is for: your account belongs to no unit.",
            errors=[{"loc": ["body", "unit_id"], "msg": "required for callers without a unit"}],
        )
    task_progress.check_acts_for(actor, unit_id)

    async def work() -> tuple[int, Any]:
        out = await task_progress.post_progress(
            session, actor, task_id, unit_id, body.status, body.percent, body.note
        )
        return 201, _jsonable(out)

    outcome = await run_once(
        session,
        scope=f"progress:{actor.audit_actor}:{task_id}",
        key=idempotency_key,
        payload=body.model_dump(mode="json"),
        work=work,
    )
    headers = {"Idempotent-Replayed": "true"} if outcome.replayed else None
    return _json(outcome.body, outcome.status_code, headers)


@router.post(
    "/tasks/{task_id}/assignments/{unit_id}/urge",
    response_model=UrgeOut,
    status_code=201,
    summary="Urge a unit on its assignment (coordinators)",
    responses=error_responses(401, 403, 404, 422),
)
async def urge(
    task_id: uuid.UUID, unit_id: uuid.UUID, body: UrgeCreate, session: Session, actor: Urger
) -> UrgeOut:
    """Send a unit a reminder on its assignment ("kiểm tra, đôn đốc"): recorded in the assignment's
    history and notified to the unit's officers. Answers 201 with the urge. Who may call: admin and
    coordinator. 404 when the unit has no assignment on the task."""
    assignment = await task_progress.get_assignment(session, task_id, unit_id)
    return UrgeOut.model_validate(await task_progress.urge(session, actor, assignment, body.message))


@router.get(
    "/tasks/{task_id}/assignments/{unit_id}/history",
    response_model=PageOf[HistoryEntry],
    summary="An assignment's progress updates and urges, oldest first",
    responses=error_responses(401, 403, 404),
)
async def assignment_history(
    task_id: uuid.UUID, unit_id: uuid.UUID, session: Session, _: Reader, page: Page
) -> PageOf[HistoryEntry]:
    """The assignment's progress updates and coordinators' urges, oldest first, each with its author.
    Who may call: every signed-in role, and service accounts with `tasks:read` or `tasks:write`."""
    assignment = await task_progress.get_assignment(session, task_id, unit_id)
    rows = await task_progress.assignment_history(session, assignment)
    items, cursor = page_in_memory(rows, page, lambda e: e["id"])
    names = await actor_names(session, (e["author"] for e in items))
    return PageOf(
        items=[HistoryEntry.model_validate({**e, "author_name": names.get(e["author"])}) for e in items],
        next_cursor=cursor,
    )


@me_router.get(
    "/assignments",
    tags=["tasks"],
    response_model=MyAssignmentPage,
    summary="My unit's assignments: overdue first, then by due date",
    responses=error_responses(401, 403, 404, 422),
)
async def my_assignments(
    session: Session,
    actor: Reader,
    page: Page,
    plan_id: Annotated[
        uuid.UUID | None,
        Query(
            description="Only the assignments of this plan (404 when there is no such plan). None (the "
            "default): every plan's. Combines with `status` and `unit_id`."
        ),
    ] = None,
    status: Annotated[list[AssignmentStatus] | None, Query(description="One or more statuses")] = None,
    unit_id: Annotated[uuid.UUID | None, Query(description="Another unit (default: your own)")] = None,
) -> Response:
    """The assignments of the caller's unit across all plans, overdue first, then by due date; filter by
    status, or look at another unit with `unit_id` (read-only: every signed-in role may already read
    every plan's tasks and their units' standing). Who may call: every signed-in user with a unit
    (officers mostly); 422 when the caller has no unit and names none."""
    unit = unit_id or actor.unit_id
    if unit is None:
        raise InvalidInput(
            "Your account belongs to no unit: say which with unit_id.",
            errors=[{"loc": ["query", "unit_id"], "msg": "required for callers without a unit"}],
        )
    rendered = await worklist_cache.worklist_page(
        session,
        unit,
        page,
        lambda items, cursor: _render({"items": items, "next_cursor": cursor}),
        plan_id=plan_id,
        statuses=tuple(status or ()),
    )
    return Response(rendered.body, media_type="application/json", headers={"ETag": rendered.etag})


# --- dashboard ---------------------------------------------------------------------


@dashboard_router.get(
    "/plans/{plan_id}/dashboard",
    response_model=Dashboard,
    summary="A plan's figures: by status, deadline standing, unit scoreboard, phases, next 14 days",
    responses=error_responses(401, 403, 404, 422),
)
async def plan_dashboard(
    plan_id: uuid.UUID,
    session: Session,
    _: Annotated[Principal, Depends(requires(Permission.plans_read, Permission.tasks_read))],
    today: Annotated[
        SafeDate | None,
        Query(description="The day to report as of (default: today in the plan's time zone)"),
    ] = None,
) -> Response:
    """The plan's figures as of `today` in the plan's time zone: tasks and assignments by status,
    deadline standing (on time, late, overdue by 1–7/8–30/30+ days, due within 7 days), a score line
    per unit, completion per phase and the next 14 days' deadlines and milestones. Computed in the
    database, then served from a per-process cache until any of the plan's data changes (exact:
    every write bumps the plan's data version in its own transaction). Who may call: every
    signed-in role, and service accounts with both `plans:read` and `tasks:read`."""
    rendered = await dashboard_cache.dashboard_body(session, plan_id, today, _render)
    return Response(rendered.body, media_type="application/json", headers={"ETag": rendered.etag})


# --- calendar ----------------------------------------------------------------------


@calendar_router.get(
    "/plans/{plan_id}/calendar.ics",
    summary="The plan's milestones and deadlines as an iCalendar feed (token in the URL)",
    response_class=Response,
    responses={
        200: {"content": {"text/calendar": {"schema": {"type": "string"}}}, "description": "RFC 5545"},
        **error_responses(401, 403, 404, 422),
    },
    dependencies=[Depends(public("authenticated by a per-user feed token"))],
)
async def plan_calendar(
    plan_id: uuid.UUID,
    session: Session,
    token: Annotated[StorableText | None, Query(max_length=200, description="Your feed token")] = None,
    unit_id: Annotated[uuid.UUID | None, Query(description="Only the deadlines this unit owes")] = None,
) -> Response:
    """The plan's milestones and task deadlines as an iCalendar (text/calendar) feed for calendar apps,
    optionally only the deadlines one unit owes. No sign-in: the caller's feed token goes in the URL
    (`token=`). 401 for a missing, unknown or rotated token (a password change rotates it); 403
    when the token's owner may no longer read calendars; 404 when the plan does not exist."""
    await calendar.principal_for_feed_token(session, token)
    body = await calendar.plan_calendar(session, plan_id, unit_id)
    return Response(
        body,
        media_type="text/calendar; charset=utf-8",
        headers={"Cache-Control": "private, max-age=300"},
    )


@me_router.post(
    "/feed-token",
    tags=["calendar"],
    response_model=FeedToken,
    status_code=201,
    summary="Create or rotate my calendar-feed token (shown once; the old one stops working)",
    responses=error_responses(401, 403, 422),
)
async def rotate_feed_token(
    request: Request,
    session: Session,
    settings: AppSettings,
    actor: Annotated[Principal, Depends(requires(Permission.calendar_read))],
    plan_id: Annotated[uuid.UUID | None, Query(description="Also return this plan's feed URL")] = None,
) -> FeedToken:
    """Create the caller's calendar-feed token, or replace it: the old token stops working at once. The
    token is shown only in this answer (201); the answer also gives the feed URL template and, with
    `plan_id`, that plan's feed URL. Who may call: every signed-in user."""
    token = await calendar.rotate_feed_token(session, actor, settings.feed_token_bytes)
    base = str(request.base_url).rstrip("/")
    template = f"{base}/api/v1/plans/{{plan_id}}/calendar.ics?token={token}"
    return FeedToken(
        token=token,
        url_template=template,
        url=template.replace("{plan_id}", str(plan_id)) if plan_id else None,
    )


@me_router.delete(
    "/feed-token",
    tags=["calendar"],
    status_code=204,
    summary="Revoke my calendar-feed token",
    responses=error_responses(401, 403, 422),
)
async def revoke_feed_token(
    session: Session, actor: Annotated[Principal, Depends(requires(Permission.calendar_read))]
) -> Response:
    """Revoke the caller's calendar-feed token: every feed URL with it stops working (204). Who may
    call: every signed-in user."""
    await calendar.revoke_feed_token(session, actor)
    return Response(status_code=204)
