from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Response

from plandesk.auth.deps import Session, public, requires
from plandesk.core.bounds import SafeDate
from plandesk.core.concurrency import etag_for, if_match_header, require_current, set_etag
from plandesk.core.errors import error_responses
from plandesk.core.pagination import Page, PageParams, page_in_memory, page_params
from plandesk.core.policy import Permission, Principal
from plandesk.core.text import CleanText, StorableText
from plandesk.plans import channels as plan_channels
from plandesk.plans import crud as plan_crud
from plandesk.plans import milestones as plan_milestones
from plandesk.plans import phases as plan_phases
from plandesk.plans import public as plan_public
from plandesk.plans.schedule import Precision
from plandesk.plans.schemas import (
    ChannelCreate,
    ChannelOut,
    ChannelUpdate,
    MilestoneCreate,
    MilestoneImpact,
    MilestoneMove,
    MilestoneOut,
    MilestoneUpdate,
    PhaseCreate,
    PhaseOut,
    PhaseUpdate,
    PlanCreate,
    PlanListItem,
    PlanOut,
    PlanStatus,
    PlanUpdate,
    PublicPlan,
)

router = APIRouter(tags=["plans"])
public_router = APIRouter(prefix="/public", tags=["public"])

Reader = Annotated[Principal, Depends(requires(Permission.plans_read))]
Writer = Annotated[Principal, Depends(requires(Permission.plans_write))]
IfMatch = Annotated[str, Depends(if_match_header)]
Pages = Annotated[PageParams, Depends(page_params)]
OptionalIfMatch = Annotated[
    CleanText | None,
    Header(
        alias="If-Match", max_length=1000, description="Optional: the milestone's ETag, checked when sent"
    ),
]

READ_ERRORS = error_responses(401, 403, 404)
WRITE_ERRORS = error_responses(401, 403, 404, 409, 412, 422, 428)


def _milestone_out(m: Any) -> MilestoneOut:
    return MilestoneOut(
        id=m.id,
        plan_id=m.plan_id,
        title=m.title,
        description=m.description,
        kind=m.kind,
        date=m.date,
        precision=m.precision,
        range_start=m.range_start,
        range_end=m.range_end,
        status=m.status,
        etag=etag_for(m.id, m.version),
    )


def _channel_out(c: Any) -> ChannelOut:
    return ChannelOut(
        id=c.id,
        plan_id=c.plan_id,
        label=c.label,
        position=c.position,
        title=c.title,
        items=c.items,
        etag=etag_for(c.id, c.version),
    )


# --- plans -------------------------------------------------------------------------


@router.get(
    "/plans",
    response_model=Page[PlanListItem],
    summary="List plans",
    responses=error_responses(401, 403, 422),
)
async def list_plans(
    session: Session,
    _: Reader,
    page: Annotated[PageParams, Depends(page_params)],
    q: Annotated[
        StorableText | None, Query(max_length=200, description="Title or code, diacritic-insensitive")
    ] = None,
    status: Annotated[
        PlanStatus | None,
        Query(
            description="Only plans in this status (one value): `draft`, `active`, `completed` or "
            "`archived`. None (the default): every status."
        ),
    ] = None,
    published: Annotated[
        bool | None,
        Query(
            description="true: only plans whose public summary anyone may read (GET "
            "/public/plans/{plan_id}); false: only the unpublished ones. None (the default): both."
        ),
    ] = None,
) -> Page[PlanListItem]:
    """The plans, newest first, as short items (no purposes or legal bases). Filter by `q` (title or
    code, diacritic- and case-insensitive: "ke hoach 148" finds "Kế hoạch 148-KH/TU"), `status` and
    `published`. Who may call: every signed-in role, and service accounts with the `plans:read`
    scope."""
    items, cursor = await plan_crud.list_plans(session, page, q=q, status=status, published=published)
    return Page(items=[PlanListItem(**i) for i in items], next_cursor=cursor)


@router.post(
    "/plans",
    response_model=PlanOut,
    status_code=201,
    summary="Create a plan",
    responses=error_responses(401, 403, 422),
)
async def create_plan(body: PlanCreate, response: Response, session: Session, actor: Writer) -> PlanOut:
    """Create a plan with its header (code, title, issuing body, signer, legal bases, purposes,
    requirements, recipients). It starts as `draft` unless told otherwise; the creator becomes one of
    its coordinators. Answers 201 with the plan and its ETag. Who may call: admin and coordinator.
    409 when another plan already has the code."""
    plan = await plan_crud.create_plan(session, actor, body)
    set_etag(response, plan.id, plan.version)
    return PlanOut(**plan_crud.plan_view(plan))


@router.get("/plans/{plan_id}", response_model=PlanOut, summary="Read a plan", responses=READ_ERRORS)
async def get_plan(plan_id: uuid.UUID, response: Response, session: Session, _: Reader) -> PlanOut:
    """One plan with its full header; the answer carries an ETag to send as If-Match when changing it.
    Who may call: every signed-in role, and service accounts with the `plans:read` scope."""
    plan = await plan_crud.get_plan(session, plan_id)
    set_etag(response, plan.id, plan.version)
    return PlanOut(**plan_crud.plan_view(plan))


@router.patch(
    "/plans/{plan_id}",
    response_model=PlanOut,
    summary="Change a plan's header, status or published flag",
    responses=WRITE_ERRORS,
)
async def update_plan(
    plan_id: uuid.UUID,
    body: PlanUpdate,
    response: Response,
    session: Session,
    actor: Writer,
    if_match: IfMatch,
) -> PlanOut:
    """Change any of the plan's header fields, its status (`draft`, `active`, `completed`, `archived`)
    or its `published` flag; fields left out stay as they are. Every change is audited. Send the ETag
    you read as If-Match: 428 without it, 412 (with the current version) when someone changed it
    since. Who may call: admin and coordinator. 409 when the new code is taken."""
    plan = await plan_crud.get_plan(session, plan_id)
    await require_current(if_match, plan.id, plan.version, lambda: PlanOut(**plan_crud.plan_view(plan)))
    plan = await plan_crud.update_plan(session, actor, plan, body.model_dump(exclude_unset=True))
    set_etag(response, plan.id, plan.version)
    return PlanOut(**plan_crud.plan_view(plan))


@router.delete(
    "/plans/{plan_id}",
    status_code=204,
    summary="Delete a draft plan with everything in it",
    responses=error_responses(401, 403, 404, 409, 412, 428),
)
async def delete_plan(plan_id: uuid.UUID, session: Session, actor: Writer, if_match: IfMatch) -> Response:
    """Delete a `draft` plan with its phases, milestones, channels and tasks (204). A plan that has been
    active is archived instead: deleting it is 409. Send the ETag you read as If-Match: 428 without
    it, 412 (with the current version) when someone changed it since. Who may call: admin and
    coordinator."""
    plan = await plan_crud.get_plan(session, plan_id)
    await require_current(if_match, plan.id, plan.version, lambda: PlanOut(**plan_crud.plan_view(plan)))
    await plan_crud.delete_plan(session, actor, plan)
    return Response(status_code=204)


# --- milestones --------------------------------------------------------------------


@router.get(
    "/plans/{plan_id}/milestones",
    response_model=Page[MilestoneOut],
    summary="A plan's milestones in date order",
    responses=READ_ERRORS,
)
async def list_milestones(plan_id: uuid.UUID, session: Session, _: Reader, page: Pages) -> Page[MilestoneOut]:
    """The plan's milestones ordered by date (undated ones last), each with its precision and the date
    range it stands for. Who may call: every signed-in role, and service accounts with the
    `plans:read` scope."""
    rows = await plan_milestones.list_milestones(session, plan_id)
    items, cursor = page_in_memory(rows, page, lambda m: m.id)
    return Page(items=[_milestone_out(m) for m in items], next_cursor=cursor)


@router.post(
    "/plans/{plan_id}/milestones",
    response_model=MilestoneOut,
    status_code=201,
    summary="Add a milestone (a date with a precision)",
    responses=error_responses(401, 403, 404, 422),
)
async def create_milestone(
    plan_id: uuid.UUID, body: MilestoneCreate, response: Response, session: Session, actor: Writer
) -> MilestoneOut:
    """Add a milestone: an event (a congress), a deadline or a review, dated to a day, month, quarter or
    year ("cuối tháng 8/2025" is `2025-08-31` with precision `month`). Who may call: admin and
    coordinator. 404 when the plan does not exist."""
    milestone = await plan_milestones.create_milestone(session, actor, plan_id, body)
    set_etag(response, milestone.id, milestone.version)
    return _milestone_out(milestone)


@router.get(
    "/milestones/{milestone_id}",
    response_model=MilestoneOut,
    summary="Read a milestone",
    responses=READ_ERRORS,
)
async def get_milestone(
    milestone_id: uuid.UUID, response: Response, session: Session, _: Reader
) -> MilestoneOut:
    """One milestone with its resolved range; the answer carries an ETag. Who may call: every signed-in
    role, and service accounts with the `plans:read` scope."""
    milestone = await plan_milestones.get_milestone(session, milestone_id)
    set_etag(response, milestone.id, milestone.version)
    return _milestone_out(milestone)


@router.patch(
    "/milestones/{milestone_id}",
    response_model=MilestoneOut,
    summary="Change a milestone (a new date re-resolves every date anchored to it)",
    responses=WRITE_ERRORS,
)
async def update_milestone(
    milestone_id: uuid.UUID,
    body: MilestoneUpdate,
    response: Response,
    session: Session,
    actor: Writer,
    if_match: IfMatch,
) -> MilestoneOut:
    """Change a milestone's title, notes, kind, status or date. A new date or precision re-resolves, in
    the same transaction, every phase window and task deadline anchored to it, and audits each
    change; 409 when that would make a phase end before it starts (see the preview at GET
    /milestones/{milestone_id}/impact). Send the ETag you read as If-Match: 428 without it, 412 (with
    the current version) when someone changed it since. Who may call: admin and coordinator."""
    milestone = await plan_milestones.get_milestone(session, milestone_id)
    await require_current(if_match, milestone.id, milestone.version, lambda: _milestone_out(milestone))
    milestone = await plan_milestones.update_milestone(
        session, actor, milestone, body.model_dump(exclude_unset=True)
    )
    set_etag(response, milestone.id, milestone.version)
    return _milestone_out(milestone)


@router.post(
    "/milestones/{milestone_id}/move",
    response_model=MilestoneOut,
    summary="Move a milestone and every phase window and due date anchored to it",
    responses=error_responses(401, 403, 404, 409, 412, 422),
)
async def move_milestone(
    milestone_id: uuid.UUID,
    body: MilestoneMove,
    response: Response,
    session: Session,
    actor: Writer,
    if_match: OptionalIfMatch = None,
) -> MilestoneOut:
    """Give the milestone a new date (and optionally precision), then re-resolve every phase window and
    task deadline anchored to it in one transaction; the answer is the moved milestone. 409 lists
    `conflicts` when a phase would end before it starts; nothing is changed then. If-Match is
    optional here (412 when a stale one is sent). Who may call: admin and coordinator."""
    milestone = await plan_milestones.get_milestone(session, milestone_id)
    if if_match:
        await require_current(if_match, milestone.id, milestone.version, lambda: _milestone_out(milestone))
    milestone = await plan_milestones.move_milestone(session, actor, milestone, body.date, body.precision)
    set_etag(response, milestone.id, milestone.version)
    return _milestone_out(milestone)


@router.get(
    "/milestones/{milestone_id}/impact",
    response_model=MilestoneImpact,
    summary="Preview moving a milestone: what would move, which units, conflicts (changes nothing)",
    responses=error_responses(401, 403, 404, 422),
)
async def milestone_impact(
    milestone_id: uuid.UUID,
    session: Session,
    _: Reader,
    date: Annotated[SafeDate, Query(description="The new date")],
    precision: Annotated[Precision | None, Query(description="Default: the milestone's")] = None,
) -> MilestoneImpact:
    """What moving the milestone to `date` (with `precision`) would change: its own range, the phases
    and task deadlines anchored to it, the units whose tasks move and any phase window that would
    become inconsistent. Changes nothing. Who may call: every signed-in role, and service accounts
    with the `plans:read` scope."""
    milestone = await plan_milestones.get_milestone(session, milestone_id)
    impact = await plan_milestones.milestone_impact(session, milestone, date, precision)
    return MilestoneImpact.model_validate(impact)


@router.delete(
    "/milestones/{milestone_id}",
    status_code=204,
    summary="Delete a milestone nothing is anchored to",
    responses=error_responses(401, 403, 404, 409, 412, 428),
)
async def delete_milestone(
    milestone_id: uuid.UUID, session: Session, actor: Writer, if_match: IfMatch
) -> Response:
    """Delete a milestone that no phase window or task deadline hangs on; while something does, 409
    names it. Send the ETag you read as If-Match: 428 without it, 412 (with the current version) when
    someone changed it since. Who may call: admin and coordinator."""
    milestone = await plan_milestones.get_milestone(session, milestone_id)
    await require_current(if_match, milestone.id, milestone.version, lambda: _milestone_out(milestone))
    await plan_milestones.delete_milestone(session, actor, milestone)
    return Response(status_code=204)


# --- phases ------------------------------------------------------------------------


@router.get(
    "/plans/{plan_id}/phases",
    response_model=Page[PhaseOut],
    summary="A plan's phases in reading order (each phase, then its sub-phases)",
    responses=READ_ERRORS,
)
async def list_phases(plan_id: uuid.UUID, session: Session, _: Reader, page: Pages) -> Page[PhaseOut]:
    """The plan's phases in reading order (I, II, III, then 3.1, 3.2 … after their parent), each with
    its topics, its window as DateRefs and the resolved dates. Who may call: every signed-in role,
    and service accounts with the `plans:read` scope."""
    rows = await plan_phases.list_phases(session, plan_id)
    items, cursor = page_in_memory(rows, page, lambda p: p.id)
    return Page(items=[PhaseOut.model_validate(plan_phases.phase_view(p)) for p in items], next_cursor=cursor)


@router.post(
    "/plans/{plan_id}/phases",
    response_model=PhaseOut,
    status_code=201,
    summary="Add a phase or sub-phase with its topics and window",
    responses=error_responses(401, 403, 404, 409, 422),
)
async def create_phase(
    plan_id: uuid.UUID, body: PhaseCreate, response: Response, session: Session, actor: Writer
) -> PhaseOut:
    """Add a phase, or a sub-phase with `parent_id`, with its content topics and window. `start`/`end`
    are fixed dates or milestone anchors; anchors must be milestones of the same plan (422
    otherwise). 409 when the plan already has a phase with the label. Who may call: admin and
    coordinator."""
    phase = await plan_phases.create_phase(session, actor, plan_id, body)
    set_etag(response, phase.id, phase.version)
    return PhaseOut.model_validate(plan_phases.phase_view(phase))


@router.get("/phases/{phase_id}", response_model=PhaseOut, summary="Read a phase", responses=READ_ERRORS)
async def get_phase(phase_id: uuid.UUID, response: Response, session: Session, _: Reader) -> PhaseOut:
    """One phase with its topics, window and resolved dates; the answer carries an ETag. Who may call:
    every signed-in role, and service accounts with the `plans:read` scope."""
    phase = await plan_phases.get_phase(session, phase_id)
    set_etag(response, phase.id, phase.version)
    return PhaseOut.model_validate(plan_phases.phase_view(phase))


@router.patch(
    "/phases/{phase_id}",
    response_model=PhaseOut,
    summary="Change a phase (send start or end as null to clear it)",
    responses=WRITE_ERRORS,
)
async def update_phase(
    phase_id: uuid.UUID,
    body: PhaseUpdate,
    response: Response,
    session: Session,
    actor: Writer,
    if_match: IfMatch,
) -> PhaseOut:
    """Change a phase's label, title, parent, position, topics or window; send `start` or `end` as null
    to open that end. Resolved dates are recomputed. Send the ETag you read as If-Match: 428 without
    it, 412 (with the current version) when someone changed it since. Who may call: admin and
    coordinator. 409 on a label already used in the plan."""
    phase = await plan_phases.get_phase(session, phase_id)
    await require_current(
        if_match, phase.id, phase.version, lambda: PhaseOut.model_validate(plan_phases.phase_view(phase))
    )
    changes = {name: getattr(body, name) for name in body.model_fields_set}
    phase = await plan_phases.update_phase(session, actor, phase, changes)
    set_etag(response, phase.id, phase.version)
    return PhaseOut.model_validate(plan_phases.phase_view(phase))


@router.delete(
    "/phases/{phase_id}",
    status_code=204,
    summary="Delete a phase and its sub-phases (their tasks stay, without a phase)",
    responses=error_responses(401, 403, 404, 412, 428),
)
async def delete_phase(phase_id: uuid.UUID, session: Session, actor: Writer, if_match: IfMatch) -> Response:
    """Delete a phase and its sub-phases; their tasks stay in the plan without a phase. Send the ETag
    you read as If-Match: 428 without it, 412 (with the current version) when someone changed it
    since. Who may call: admin and coordinator."""
    phase = await plan_phases.get_phase(session, phase_id)
    await require_current(
        if_match, phase.id, phase.version, lambda: PhaseOut.model_validate(plan_phases.phase_view(phase))
    )
    await plan_phases.delete_phase(session, actor, phase)
    return Response(status_code=204)


# --- channels ----------------------------------------------------------------------


@router.get(
    "/plans/{plan_id}/channels",
    response_model=Page[ChannelOut],
    summary="A plan's channels (forms of communication), in order",
    responses=READ_ERRORS,
)
async def list_channels(plan_id: uuid.UUID, session: Session, _: Reader, page: Pages) -> Page[ChannelOut]:
    """The plan's channels (forms of communication: mass media, oral briefings, visual displays …) in
    order, each with its activities. Who may call: every signed-in role, and service accounts with
    the `plans:read` scope."""
    rows = await plan_channels.list_channels(session, plan_id)
    items, cursor = page_in_memory(rows, page, lambda c: c.id)
    return Page(items=[_channel_out(c) for c in items], next_cursor=cursor)


@router.post(
    "/plans/{plan_id}/channels",
    response_model=ChannelOut,
    status_code=201,
    summary="Add a channel",
    responses=error_responses(401, 403, 404, 422),
)
async def create_channel(
    plan_id: uuid.UUID, body: ChannelCreate, response: Response, session: Session, actor: Writer
) -> ChannelOut:
    """Add a channel to the plan with its list of activities; it goes after the last one unless
    `position` says otherwise. Who may call: admin and coordinator."""
    channel = await plan_channels.create_channel(session, actor, plan_id, body)
    set_etag(response, channel.id, channel.version)
    return _channel_out(channel)


@router.get(
    "/channels/{channel_id}", response_model=ChannelOut, summary="Read a channel", responses=READ_ERRORS
)
async def get_channel(channel_id: uuid.UUID, response: Response, session: Session, _: Reader) -> ChannelOut:
    """One channel; the answer carries an ETag. Who may call: every signed-in role, and service accounts
    with the `plans:read` scope."""
    channel = await plan_channels.get_channel(session, channel_id)
    set_etag(response, channel.id, channel.version)
    return _channel_out(channel)


@router.patch(
    "/channels/{channel_id}", response_model=ChannelOut, summary="Change a channel", responses=WRITE_ERRORS
)
async def update_channel(
    channel_id: uuid.UUID,
    body: ChannelUpdate,
    response: Response,
    session: Session,
    actor: Writer,
    if_match: IfMatch,
) -> ChannelOut:
    """Change a channel's label, title, position or activities. Send the ETag you read as If-Match: 428
    without it, 412 (with the current version) when someone changed it since. Who may call: admin and
    coordinator."""
    channel = await plan_channels.get_channel(session, channel_id)
    await require_current(if_match, channel.id, channel.version, lambda: _channel_out(channel))
    channel = await plan_channels.update_channel(session, actor, channel, body.model_dump(exclude_unset=True))
    set_etag(response, channel.id, channel.version)
    return _channel_out(channel)


@router.delete(
    "/channels/{channel_id}",
    status_code=204,
    summary="Delete a channel",
    responses=error_responses(401, 403, 404, 412, 428),
)
async def delete_channel(
    channel_id: uuid.UUID, session: Session, actor: Writer, if_match: IfMatch
) -> Response:
    """Delete a channel; tasks that listed it no longer do. Send the ETag you read as If-Match: 428
    without it, 412 (with the current version) when someone changed it since. Who may call: admin and
    coordinator."""
    channel = await plan_channels.get_channel(session, channel_id)
    await require_current(if_match, channel.id, channel.version, lambda: _channel_out(channel))
    await plan_channels.delete_channel(session, actor, channel)
    return Response(status_code=204)


# --- public ------------------------------------------------------------------------


@public_router.get(
    "/plans/{plan_id}",
    response_model=PublicPlan,
    summary="A published plan's summary: phases and topics, channels, milestones (no tasks)",
    responses=error_responses(404, 422),
    dependencies=[Depends(public("a published plan's summary is public information"))],
)
async def public_plan(plan_id: uuid.UUID, session: Session) -> PublicPlan:
    """What anyone, without signing in, may read of a published plan: its header, purposes and
    requirements, phases with topics and resolved dates, channels and milestones. No tasks, units'
    progress or feedback. 404 when the plan does not exist or is not published."""
    return PublicPlan.model_validate(await plan_public.public_plan(session, plan_id))
