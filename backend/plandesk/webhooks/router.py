from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request, Response

from plandesk.auth.deps import Session, requires
from plandesk.core.bounds import SafeDatetime
from plandesk.core.concurrency import check_if_match, if_match_header, set_etag
from plandesk.core.errors import error_responses
from plandesk.core.events import EVENT_TYPES
from plandesk.core.pagination import Page, PageParams, page_in_memory, page_params
from plandesk.core.policy import Permission, Principal
from plandesk.core.text import CleanText
from plandesk.webhooks import service
from plandesk.webhooks.delivery import message_id
from plandesk.webhooks.schemas import (
    AttemptOut,
    EndpointCreate,
    EndpointOut,
    EndpointUpdate,
    EndpointWithSecret,
    EventTypeOut,
    RedeliverFailed,
    RedeliverOutcome,
    RotateSecret,
    TestEventOut,
)

router = APIRouter(prefix="/webhooks", tags=["webhooks"])

# Admins, and coordinators for plans they coordinate (checked per endpoint in the service).
Manager = Annotated[Principal, Depends(requires(Permission.webhooks_manage))]
IfMatch = Annotated[str, Depends(if_match_header)]


@router.get(
    "/event-types",
    response_model=Page[EventTypeOut],
    summary="The event catalogue: every type an endpoint can subscribe to",
    responses=error_responses(401, 403),
)
async def list_event_types(
    _: Manager, page: Annotated[PageParams, Depends(page_params)]
) -> Page[EventTypeOut]:
    """Every event type an endpoint can subscribe to, by name and with when it is sent, grouped by object.
    Subscribe to a family with `task.*` and to everything with `*`. Each event is POSTed as
    `{type, timestamp, data}`, signed per Standard Webhooks; the document's `webhooks` section gives
    each payload's schema. Who may call: admins and coordinators."""
    items, cursor = page_in_memory(list(EVENT_TYPES.items()), page, lambda item: item[0])
    return Page(items=[EventTypeOut(type=t, description=d) for t, d in items], next_cursor=cursor)


@router.get(
    "",
    response_model=Page[EndpointOut],
    summary="List webhook endpoints",
    responses=error_responses(401, 403, 422),
)
async def list_endpoints(
    session: Session, actor: Manager, page: Annotated[PageParams, Depends(page_params)]
) -> Page[EndpointOut]:
    """The webhook endpoints the caller manages, oldest first: every endpoint for an admin; for a
    coordinator, those filtered to a plan they coordinate. Secrets are never shown. Who may call:
    admins and coordinators (service accounts see none)."""
    items, cursor = await service.list_endpoints(session, actor, page)
    return Page(items=[EndpointOut.model_validate(e) for e in items], next_cursor=cursor)


@router.post(
    "",
    response_model=EndpointWithSecret,
    status_code=201,
    summary="Create a webhook endpoint (its secret is shown this once)",
    responses=error_responses(401, 403, 422),
)
async def create_endpoint(
    body: EndpointCreate, request: Request, response: Response, session: Session, actor: Manager
) -> EndpointWithSecret:
    """Register a receiver URL for a set of event types, optionally only for one plan. Answers 201 with the
    endpoint, its ETag and its signing secret, shown this once. The URL must be https and resolve only
    to allowed addresses (422 otherwise); unknown event types and unknown plans are 422. Who may call:
    admins (any plan, or all plans); coordinators only for a plan they coordinate (403 without one)."""
    endpoint, secret = await service.create_endpoint(
        session, actor, request.app.state.settings, body.model_dump()
    )
    set_etag(response, endpoint.id, endpoint.version)
    return EndpointWithSecret.model_validate(
        {**EndpointOut.model_validate(endpoint).model_dump(), "secret": secret}
    )


@router.get(
    "/{endpoint_id}",
    response_model=EndpointOut,
    summary="Read a webhook endpoint",
    responses=error_responses(401, 403, 404),
)
async def get_endpoint(
    endpoint_id: uuid.UUID, response: Response, session: Session, actor: Manager
) -> EndpointOut:
    """One endpoint with its health (failure count, failing-since, why it was disabled) and its ETag to
    send as If-Match when changing it. The secret is never shown. Who may call: admins, and
    coordinators for endpoints filtered to a plan they coordinate; 404 for any other endpoint."""
    endpoint = await service.get_endpoint(session, actor, endpoint_id)
    set_etag(response, endpoint.id, endpoint.version)
    return EndpointOut.model_validate(endpoint)


@router.patch(
    "/{endpoint_id}",
    response_model=EndpointOut,
    summary="Change an endpoint's URL, events, plan filter or active flag",
    responses=error_responses(401, 403, 404, 412, 422, 428),
)
async def update_endpoint(
    endpoint_id: uuid.UUID,
    body: EndpointUpdate,
    request: Request,
    response: Response,
    session: Session,
    actor: Manager,
    if_match: IfMatch,
) -> EndpointOut:
    """Change the fields sent; the others stay. `active: true` re-enables an endpoint the server disabled
    and clears its failure count. Requires If-Match with the endpoint's ETag: 428 without it, 412 when
    it changed since. The URL and plan are checked as on creation (422; 403 for a plan the
    coordinator does not coordinate). Audited. Who may call: admins, and coordinators for endpoints
    filtered to a plan they coordinate."""
    endpoint = await service.get_endpoint(session, actor, endpoint_id)
    check_if_match(if_match, endpoint.id, endpoint.version)
    endpoint = await service.update_endpoint(
        session, actor, request.app.state.settings, endpoint, body.model_dump(exclude_unset=True)
    )
    set_etag(response, endpoint.id, endpoint.version)
    return EndpointOut.model_validate(endpoint)


@router.delete(
    "/{endpoint_id}",
    status_code=204,
    summary="Delete a webhook endpoint and its delivery log",
    responses=error_responses(401, 403, 404, 412, 428),
)
async def delete_endpoint(
    endpoint_id: uuid.UUID, session: Session, actor: Manager, if_match: IfMatch
) -> Response:
    """Delete the endpoint with its pending deliveries and its delivery log; nothing more is sent to it.
    Requires If-Match with the endpoint's ETag (428 without, 412 when stale). Answers 204. Audited.
    Who may call: admins, and coordinators for endpoints filtered to a plan they coordinate."""
    endpoint = await service.get_endpoint(session, actor, endpoint_id)
    check_if_match(if_match, endpoint.id, endpoint.version)
    await service.delete_endpoint(session, actor, endpoint)
    return Response(status_code=204)


@router.post(
    "/{endpoint_id}/rotate-secret",
    response_model=EndpointWithSecret,
    summary="Rotate the signing secret; the old one keeps signing during the overlap",
    responses=error_responses(401, 403, 404, 412, 422, 428),
)
async def rotate_secret(
    endpoint_id: uuid.UUID,
    body: RotateSecret,
    request: Request,
    response: Response,
    session: Session,
    actor: Manager,
    if_match: IfMatch,
) -> EndpointWithSecret:
    """Issue a new signing secret, shown this once in the answer. For `overlap_hours` (default 24, 0–168)
    the old secret keeps signing too: `webhook-signature` then carries both signatures, so receivers
    can switch without missing an event. Requires If-Match (428 without, 412 when stale). Audited.
    Who may call: admins, and coordinators for endpoints filtered to a plan they coordinate."""
    endpoint = await service.get_endpoint(session, actor, endpoint_id)
    check_if_match(if_match, endpoint.id, endpoint.version)
    endpoint, secret = await service.rotate_secret(
        session, actor, request.app.state.settings, endpoint, body.overlap_hours
    )
    set_etag(response, endpoint.id, endpoint.version)
    return EndpointWithSecret.model_validate(
        {**EndpointOut.model_validate(endpoint).model_dump(), "secret": secret}
    )


@router.post(
    "/{endpoint_id}/test",
    response_model=TestEventOut,
    status_code=202,
    summary="Send a test event to this endpoint",
    responses=error_responses(401, 403, 404),
)
async def send_test_event(endpoint_id: uuid.UUID, session: Session, actor: Manager) -> TestEventOut:
    """Queue a `webhook.test` event for this endpoint alone; the relay sends it within a moment, signed
    like any event. Answers 202 with the event id and the `webhook-id` to look for in the receiver's
    log and in the delivery log. Who may call: admins, and coordinators for endpoints filtered to a
    plan they coordinate."""
    endpoint = await service.get_endpoint(session, actor, endpoint_id)
    event = await service.send_test_event(session, actor, endpoint)
    return TestEventOut(event_id=event.id, webhook_id=message_id(event.id))


@router.get(
    "/{endpoint_id}/attempts",
    response_model=Page[AttemptOut],
    summary="The delivery log: every attempt, newest first",
    responses=error_responses(401, 403, 404, 422),
)
async def list_attempts(
    endpoint_id: uuid.UUID,
    session: Session,
    actor: Manager,
    page: Annotated[PageParams, Depends(page_params)],
    state: Annotated[
        Literal["pending", "delivered", "failed", "cancelled"] | None,
        Query(description="Only attempts of deliveries now in this state"),
    ] = None,
    event_type: Annotated[
        CleanText | None,
        Query(max_length=64, description="Only attempts for this event type"),
    ] = None,
    succeeded: Annotated[
        bool | None,
        Query(description="true: only 2xx answers; false: only failures (no answer or not 2xx)"),
    ] = None,
    since: Annotated[
        SafeDatetime | None, Query(description="Only attempts made at or after this time (no time zone: UTC)")
    ] = None,
) -> Page[AttemptOut]:
    """The endpoint's delivery log, newest first: every attempt with the receiver's status, the first 2 KB
    of its answer, the time it took and when the next attempt is due. Filter by the delivery's
    `state`, the `event_type`, whether the attempt `succeeded` (2xx) and `since` a time. Attempts are
    kept for the configured retention (30 days by default). Who may call: admins, and coordinators for
    endpoints filtered to a plan they coordinate."""
    endpoint = await service.get_endpoint(session, actor, endpoint_id)
    if since is not None and since.tzinfo is None:
        since = since.replace(tzinfo=dt.UTC)
    items, cursor = await service.list_attempts(
        session, endpoint, page, state=state, event_type=event_type, succeeded=succeeded, since=since
    )
    return Page(items=[AttemptOut.model_validate(i) for i in items], next_cursor=cursor)


@router.post(
    "/{endpoint_id}/deliveries/{delivery_id}/redeliver",
    response_model=RedeliverOutcome,
    status_code=202,
    summary="Send one event again (same webhook-id)",
    responses=error_responses(401, 403, 404),
)
async def redeliver(
    endpoint_id: uuid.UUID, delivery_id: uuid.UUID, session: Session, actor: Manager
) -> RedeliverOutcome:
    """Send one delivery of this endpoint again now, whatever its state, with the same `webhook-id`
    (receivers drop duplicates) and a fresh retry schedule. Answers 202 with `queued: 1`; 404 when
    the delivery is not this endpoint's. Audited. Who may call: admins, and coordinators for
    endpoints filtered to a plan they coordinate."""
    endpoint = await service.get_endpoint(session, actor, endpoint_id)
    return RedeliverOutcome(queued=await service.redeliver(session, actor, endpoint, delivery_id))


@router.post(
    "/{endpoint_id}/redeliver-failed",
    response_model=RedeliverOutcome,
    status_code=202,
    summary="Send again everything that failed since a time",
    responses=error_responses(401, 403, 404, 422),
)
async def redeliver_failed(
    endpoint_id: uuid.UUID, body: RedeliverFailed, session: Session, actor: Manager
) -> RedeliverOutcome:
    """Send again every delivery of this endpoint that failed (all its attempts used up) and was created
    at or after `since` (no time zone: UTC), each with its original `webhook-id`. Answers 202 with how
    many were queued. Audited. Who may call: admins, and coordinators for endpoints filtered to a plan
    they coordinate."""
    endpoint = await service.get_endpoint(session, actor, endpoint_id)
    since = body.since if body.since.tzinfo else body.since.replace(tzinfo=dt.UTC)
    return RedeliverOutcome(queued=await service.redeliver_failed(session, actor, endpoint, since))
