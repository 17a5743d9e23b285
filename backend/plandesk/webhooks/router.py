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
    state: Literal["pending", "delivered", "failed", "cancelled"] | None = None,
    event_type: Annotated[CleanText | None, Query(max_length=64)] = None,
    succeeded: bool | None = None,
    since: SafeDatetime | None = None,
) -> Page[AttemptOut]:
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
    endpoint = await service.get_endpoint(session, actor, endpoint_id)
    since = body.since if body.since.tzinfo else body.since.replace(tzinfo=dt.UTC)
    return RedeliverOutcome(queued=await service.redeliver_failed(session, actor, endpoint, since))
