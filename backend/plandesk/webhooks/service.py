"""Webhook endpoints: who may manage which, secrets, the delivery log, redelivery, test events."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import and_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core import audit
from plandesk.core.config import Settings
from plandesk.core.db import utcnow
from plandesk.core.errors import InvalidInput, NotFound, PermissionDenied
from plandesk.core.events import Event
from plandesk.core.pagination import PageParams, SortKey, keyset, split_page
from plandesk.core.policy import Principal, Role
from plandesk.plans.coordinators import may_manage
from plandesk.plans.models import Plan, PlanCoordinator
from plandesk.webhooks import sender
from plandesk.webhooks.delivery import message_id
from plandesk.webhooks.models import WebhookAttempt, WebhookDelivery, WebhookEndpoint
from plandesk.webhooks.sealing import seal
from plandesk.webhooks.signing import new_secret

AUDITED = ("url", "description", "event_types", "plan_id", "active")
TEST_EVENT_TYPE = "webhook.test"


async def check_url(settings: Settings, url: str) -> None:
    """422 unless ``url`` is https (or allowed http) and resolves only to allowed addresses."""
    try:
        await sender.checked_target(
            url, allow_http=settings.webhooks_allow_http, allowed=settings.webhook_allowed_networks
        )
    except sender.UnsafeURL as exc:
        raise InvalidInput(str(exc), errors=[{"loc": ["body", "url"], "msg": str(exc)}]) from exc


async def _check_plan(session: AsyncSession, actor: Principal, plan_id: uuid.UUID | None) -> None:
    if not await may_manage(session, actor, plan_id):
        raise PermissionDenied("Coordinators manage webhooks for a plan they coordinate: name the plan.")
    if plan_id is not None and await session.get(Plan, plan_id) is None:
        raise InvalidInput(
            f"Unknown plan {plan_id}.", errors=[{"loc": ["body", "plan_id"], "msg": "unknown plan"}]
        )


async def _may_see(session: AsyncSession, actor: Principal, endpoint: WebhookEndpoint) -> bool:
    """Admins see every endpoint; a coordinator, those filtered to a plan they coordinate."""
    return await may_manage(session, actor, endpoint.plan_id)


async def get_endpoint(session: AsyncSession, actor: Principal, endpoint_id: uuid.UUID) -> WebhookEndpoint:
    """The endpoint if the caller may manage it; 404 otherwise (its existence is not revealed)."""
    endpoint = await session.get(WebhookEndpoint, endpoint_id)
    if endpoint is None or not await _may_see(session, actor, endpoint):
        raise NotFound("webhook endpoint", endpoint_id)
    return endpoint


async def list_endpoints(
    session: AsyncSession, actor: Principal, params: PageParams
) -> tuple[list[WebhookEndpoint], str | None]:
    stmt = select(WebhookEndpoint)
    if not (actor.role == Role.admin and not actor.is_service):
        stmt = stmt.where(
            WebhookEndpoint.plan_id.in_(
                select(PlanCoordinator.plan_id).where(PlanCoordinator.user_id == actor.id)
            )
        )
    keys = [SortKey(WebhookEndpoint.created_at), SortKey(WebhookEndpoint.id)]
    rows = list((await session.execute(keyset(stmt, keys, params))).scalars())
    return split_page(rows, params, lambda e: (e.created_at, e.id))


async def create_endpoint(
    session: AsyncSession, actor: Principal, settings: Settings, data: dict[str, Any]
) -> tuple[WebhookEndpoint, str]:
    """Create an endpoint; returns it with its secret (shown once). Commits."""
    await _check_plan(session, actor, data.get("plan_id"))
    await check_url(settings, data["url"])
    secret = new_secret()
    endpoint = WebhookEndpoint(
        id=uuid.uuid4(),
        url=data["url"],
        description=data.get("description") or "",
        event_types=data["event_types"],
        plan_id=data.get("plan_id"),
        active=data.get("active", True),
        owner_id=None if actor.is_service else actor.id,
        secret=seal(settings, secret),
        consecutive_failures=0,
    )
    session.add(endpoint)
    await session.flush()
    audit.record(
        session,
        actor,
        "webhook.created",
        "webhook_endpoint",
        endpoint.id,
        audit.diff({}, audit.snapshot(endpoint, AUDITED)),
    )
    await session.commit()
    return endpoint, secret


async def update_endpoint(
    session: AsyncSession,
    actor: Principal,
    settings: Settings,
    endpoint: WebhookEndpoint,
    changes: dict[str, Any],
) -> WebhookEndpoint:
    changes = {k: v for k, v in changes.items() if v is not None or k == "plan_id"}
    if "plan_id" in changes:
        await _check_plan(session, actor, changes["plan_id"])
    if "url" in changes:
        await check_url(settings, changes["url"])
    before = audit.snapshot(endpoint, changes.keys())
    for key, value in changes.items():
        setattr(endpoint, key, value)
    if changes.get("active") is True:
        endpoint.disabled_reason = None
        endpoint.consecutive_failures = 0
        endpoint.failing_since = None
    audit.record(
        session, actor, "webhook.updated", "webhook_endpoint", endpoint.id, audit.diff(before, changes)
    )
    await session.commit()
    return endpoint


async def delete_endpoint(session: AsyncSession, actor: Principal, endpoint: WebhookEndpoint) -> None:
    audit.record(
        session,
        actor,
        "webhook.deleted",
        "webhook_endpoint",
        endpoint.id,
        audit.diff(audit.snapshot(endpoint, AUDITED), {}),
    )
    await session.delete(endpoint)
    await session.commit()


async def rotate_secret(
    session: AsyncSession, actor: Principal, settings: Settings, endpoint: WebhookEndpoint, overlap_hours: int
) -> tuple[WebhookEndpoint, str]:
    """A new secret; the old one keeps signing beside it for ``overlap_hours``. Commits."""
    secret = new_secret()
    endpoint.previous_secret = endpoint.secret if overlap_hours else None
    endpoint.previous_secret_expires_at = (
        utcnow() + dt.timedelta(hours=overlap_hours) if overlap_hours else None
    )
    endpoint.secret = seal(settings, secret)
    audit.record(
        session,
        actor,
        "webhook.secret_rotated",
        "webhook_endpoint",
        endpoint.id,
        {"overlap_hours": {"before": None, "after": overlap_hours}},
    )
    await session.commit()
    return endpoint, secret


async def send_test_event(session: AsyncSession, actor: Principal, endpoint: WebhookEndpoint) -> Event:
    """Queue a ``webhook.test`` event for this endpoint alone (the relay's sweep sends it)."""
    now = utcnow()
    event = Event(
        id=uuid.uuid4(),
        type=TEST_EVENT_TYPE,
        subject_type="webhook_endpoint",
        subject_id=str(endpoint.id),
        plan_id=endpoint.plan_id,
        data={"message": "A test event from PlanDesk.", "requested_by": actor.audit_actor},
        occurred_at=now,
        dispatched_at=now,  # fanned out here, to this endpoint only
    )
    session.add(event)
    await session.flush()
    session.add(
        WebhookDelivery(
            endpoint_id=endpoint.id,
            event_seq=event.seq,
            event_id=event.id,
            event_type=event.type,
            subject_key=f"webhook_endpoint:{endpoint.id}:{event.id}",
            state="pending",
            attempts=0,
            next_attempt_at=now,
            created_at=now,
        )
    )
    await session.commit()
    return event


async def list_attempts(
    session: AsyncSession,
    endpoint: WebhookEndpoint,
    params: PageParams,
    *,
    state: str | None = None,
    event_type: str | None = None,
    succeeded: bool | None = None,
    since: dt.datetime | None = None,
) -> tuple[list[dict[str, Any]], str | None]:
    """The endpoint's delivery log, newest first, with filters."""
    A, D = WebhookAttempt, WebhookDelivery
    stmt = select(A, D.state).join(D, D.id == A.delivery_id).where(A.endpoint_id == endpoint.id)
    if state:
        stmt = stmt.where(D.state == state)
    if event_type:
        stmt = stmt.where(A.event_type == event_type)
    if succeeded is True:
        stmt = stmt.where(and_(A.status_code >= 200, A.status_code < 300))
    elif succeeded is False:
        stmt = stmt.where((A.status_code.is_(None)) | (A.status_code < 200) | (A.status_code >= 300))
    if since:
        stmt = stmt.where(A.at >= since)
    keys = [SortKey(A.at, descending=True), SortKey(A.id, descending=True)]
    rows = list((await session.execute(keyset(stmt, keys, params))).all())
    items, cursor = split_page(rows, params, lambda r: (r[0].at, r[0].id))
    return [
        {
            **{c: getattr(a, c) for c in ("id", "delivery_id", "event_id", "event_type", "attempt", "at")},
            "webhook_id": message_id(a.event_id),
            "status_code": a.status_code,
            "duration_ms": a.duration_ms,
            "response_body": a.response_body,
            "error": a.error,
            "next_attempt_at": a.next_attempt_at,
            "delivery_state": state_,
        }
        for a, state_ in items
    ], cursor


async def redeliver(
    session: AsyncSession, actor: Principal, endpoint: WebhookEndpoint, delivery_id: uuid.UUID
) -> int:
    """Send one delivery again now (same ``webhook-id``), whatever its state. Commits."""
    result = await session.execute(
        update(WebhookDelivery)
        .where(WebhookDelivery.id == delivery_id, WebhookDelivery.endpoint_id == endpoint.id)
        .values(state="pending", attempts=0, next_attempt_at=utcnow())
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise NotFound("delivery", delivery_id)
    audit.record(
        session,
        actor,
        "webhook.redelivered",
        "webhook_endpoint",
        endpoint.id,
        {"delivery_id": str(delivery_id)},
    )
    await session.commit()
    return 1


async def redeliver_failed(
    session: AsyncSession, actor: Principal, endpoint: WebhookEndpoint, since: dt.datetime
) -> int:
    """Send again every delivery that failed since ``since``. Commits; how many."""
    result = await session.execute(
        update(WebhookDelivery)
        .where(
            WebhookDelivery.endpoint_id == endpoint.id,
            WebhookDelivery.state == "failed",
            WebhookDelivery.created_at >= since,
        )
        .values(state="pending", attempts=0, next_attempt_at=utcnow())
    )
    count = int(result.rowcount or 0)  # type: ignore[attr-defined]
    audit.record(
        session,
        actor,
        "webhook.redelivered",
        "webhook_endpoint",
        endpoint.id,
        {"since": since, "count": count},
    )
    await session.commit()
    return count
