"""``GET /api/v1/admin/status`` (admins) and ``GET /metrics`` (Prometheus, behind a token)."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from plandesk.auth.deps import AppSettings, public, requires
from plandesk.core.errors import NotAuthenticated, NotFound, error_responses
from plandesk.core.metrics import observe_pool, render
from plandesk.core.policy import Permission, Principal
from plandesk.ops.backlog import BacklogCache, BacklogCollector
from plandesk.ops.schemas import SystemStatus
from plandesk.ops.service import system_status

router = APIRouter(prefix="/admin", tags=["operations"])
metrics_router = APIRouter(tags=["operations"])


def backlog_cache(request: Request) -> BacklogCache:
    """The process's backlog snapshot (made on first use): scrapes and the status page share it."""
    cache: BacklogCache | None = getattr(request.app.state, "backlog", None)
    if cache is None or cache.engine is not request.app.state.engine:
        cache = request.app.state.backlog = BacklogCache(request.app.state.engine)
    return cache


@router.get(
    "/status",
    response_model=SystemStatus,
    response_model_by_alias=True,
    summary="What an on-call engineer checks first: version, schema, database, Redis, backlogs",
    responses=error_responses(401, 403),
)
async def get_system_status(
    request: Request,
    settings: AppSettings,
    _: Annotated[Principal, Depends(requires(Permission.system_status))],
) -> SystemStatus:
    """What an on-call engineer checks first, in one answer.

    **Who:** admins only (permission `system:status`).

    The running version; the database's migration heads against the code's; whether the database
    and Redis answer (and the database's round trip); the backlogs: jobs waiting or running per
    queue and job, each periodic job's last run, webhook events not yet fanned out and deliveries
    due, the feedback near-duplicate comparison queue; whether e-mail is configured; and the process
    that answered. `status` is `ok` when every dependency answers and the schema is at head, else
    `degraded` (the answer is still 200: the page is for reading, probes use /readyz). When the
    database does not answer, `jobs` and `webhooks` are null.

    **Errors:** 401 without a valid session or token; 403 for any other role.
    """
    return await system_status(request.app.state.engine, settings, backlog_cache(request))


@metrics_router.get(
    "/metrics",
    summary="Prometheus metrics (bearer PLANDESK_METRICS_TOKEN; 404 when no token is configured)",
    response_class=Response,
    responses={
        200: {"content": {"text/plain": {"schema": {"type": "string"}}}, "description": "Exposition text"},
        **error_responses(401, 404),
    },
    dependencies=[Depends(public("Prometheus scrape: guarded by its own bearer token"))],
)
async def metrics(request: Request, settings: AppSettings) -> Response:
    """Prometheus metrics in the text exposition format, for a scraper.

    **Who:** not a user: the scraper sends `Authorization: Bearer <PLANDESK_METRICS_TOKEN>`.
    Without a configured token the endpoint does not exist (404), so metrics are never public.

    Request counts and durations per route, rate-limit refusals, webhook deliveries, feedback
    clustering, the database pool, and the job and webhook backlogs (the figures of the status
    page, from the same snapshot).
    The answer is `text/plain` and never cached.

    **Errors:** 401 when the bearer token is missing or wrong; 404 when no token is configured.
    """
    expected = settings.metrics_token.get_secret_value() if settings.metrics_token else None
    if not expected:
        raise NotFound("metrics")
    header = request.headers.get("authorization", "")
    scheme, _, presented = header.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(presented.encode(), expected.encode()):
        raise NotAuthenticated("Send the metrics token as a bearer token.")
    observe_pool(request.app.state.engine)
    cache = backlog_cache(request)
    await cache.get()
    body, content_type = render(BacklogCollector(cache))
    return Response(body, media_type=content_type, headers={"Cache-Control": "no-store"})
