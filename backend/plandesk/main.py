"""The ASGI application: ``plandesk.main:app``, built by :func:`create_app`."""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import AsyncIterator, Callable, Coroutine
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy import text
from sqlalchemy.orm.exc import StaleDataError

from plandesk import __version__
from plandesk.audit.router import router as audit_router
from plandesk.auth.deps import public
from plandesk.auth.router import admin_router as service_accounts_router
from plandesk.auth.router import router as auth_router
from plandesk.consultations.clustering import dedup as feedback_dedup
from plandesk.consultations.clustering.cluster_routes import router as cluster_review_router
from plandesk.consultations.consultation_routes import consultations_router
from plandesk.consultations.documents.document_routes import documents_router
from plandesk.consultations.moderation.moderation_routes import moderation_router
from plandesk.consultations.moderation.template_routes import templates_router as answer_templates_router
from plandesk.consultations.public_routes import public_router as public_consultations_router
from plandesk.consultations.submissions.feedback_routes import feedback_router
from plandesk.consultations.synthesis.export_routes import exports_router as feedback_exports_router
from plandesk.core import localtime, logredact, param_speedups
from plandesk.core.conditional import ConditionalGet
from plandesk.core.config import Settings
from plandesk.core.db import make_engine, make_sessionmaker
from plandesk.core.docs import install_offline_docs
from plandesk.core.errors import install_problem_handlers, problem_response
from plandesk.core.examples import attach_examples
from plandesk.core.filelock import FileLock, beside, one_process_at_a_time, sqlite_file
from plandesk.core.headers import SecurityPolicy
from plandesk.core.limits import BodySizeLimit
from plandesk.core.methods import MethodNotAllowed
from plandesk.core.metrics import observe_request
from plandesk.core.migrations import SchemaNotAtHead, current_heads, ensure_schema_at_head, script_heads
from plandesk.core.openapi import install_contract, operation_id
from plandesk.core.proxies import TrustedProxies, parse_networks
from plandesk.core.ratelimit import make_counter_store
from plandesk.core.requestlog import RequestContext
from plandesk.core.routing import index_routers
from plandesk.core.tracing import install_tracing, tracing_enabled
from plandesk.importer.examples import SCHEMA_EXAMPLES as IMPORTER_EXAMPLES
from plandesk.importer.router import router as import_router
from plandesk.jobs import make_runtime
from plandesk.jobs.examples import SCHEMA_EXAMPLES as JOBS_EXAMPLES
from plandesk.jobs.router import router as jobs_admin_router
from plandesk.meta.examples import SCHEMA_EXAMPLES as META_EXAMPLES
from plandesk.meta.router import router as meta_router
from plandesk.notifications.examples import SCHEMA_EXAMPLES as NOTIFICATIONS_EXAMPLES
from plandesk.notifications.router import router as notifications_router
from plandesk.ops.examples import SCHEMA_EXAMPLES as OPS_EXAMPLES
from plandesk.ops.router import metrics_router
from plandesk.ops.router import router as ops_router
from plandesk.plans.coordinator_routes import coordinators_router as plan_coordinators_router
from plandesk.plans.examples import SCHEMA_EXAMPLES as PLANS_EXAMPLES
from plandesk.plans.router import public_router as public_plans_router
from plandesk.plans.router import router as plans_router
from plandesk.reports.examples import SCHEMA_EXAMPLES as REPORTS_EXAMPLES
from plandesk.reports.router import router as reports_router
from plandesk.sync.router import router as sync_router
from plandesk.sync.schemas import example as sync_example
from plandesk.tasks.examples import SCHEMA_EXAMPLES as TASKS_EXAMPLES
from plandesk.tasks.router import calendar_router, dashboard_router, me_router
from plandesk.tasks.router import router as tasks_router
from plandesk.units.examples import SCHEMA_EXAMPLES as UNITS_EXAMPLES
from plandesk.units.router import groups_router as unit_groups_router
from plandesk.units.router import router as units_router
from plandesk.users.router import router as users_router
from plandesk.webhooks.catalogue import install_webhook_docs
from plandesk.webhooks.examples import SCHEMA_EXAMPLES as WEBHOOKS_EXAMPLES
from plandesk.webhooks.router import router as webhooks_router
from plandesk.webhooks.sealing import seal_legacy

log = logging.getLogger("plandesk")

API_PREFIX = "/api/v1"
ROOT = Path(__file__).resolve().parents[2]

# Each domain's routers, mounted under /api/v1 in this order. Requests are matched
# against routes in order, so the busiest read paths (task lists, a unit's work list,
# dashboards) come first.
API_ROUTERS: list[APIRouter] = [
    # First: routing tries routers in order, and feedback submission is the hottest route.
    feedback_router,
    moderation_router,  # then the rest of the feedback routes, in their former order
    feedback_exports_router,
    tasks_router,
    me_router,
    dashboard_router,
    plans_router,
    plan_coordinators_router,
    import_router,
    calendar_router,
    public_plans_router,
    auth_router,
    users_router,
    service_accounts_router,
    units_router,
    unit_groups_router,
    audit_router,
    cluster_review_router,
    documents_router,
    consultations_router,
    answer_templates_router,
    public_consultations_router,
    reports_router,
    webhooks_router,
    notifications_router,
    jobs_admin_router,
    ops_router,
    sync_router,
    meta_router,
]

# Each domain's OpenAPI examples (plandesk.core.examples), by component schema name.
# The sync example goes on its schema: FastAPI drops the nulls of a response's own example, which
# made that one invalid (nullable fields are required).
SCHEMA_EXAMPLES = [
    PLANS_EXAMPLES,
    TASKS_EXAMPLES,
    UNITS_EXAMPLES,
    REPORTS_EXAMPLES,
    WEBHOOKS_EXAMPLES,
    NOTIFICATIONS_EXAMPLES,
    IMPORTER_EXAMPLES,
    JOBS_EXAMPLES,
    META_EXAMPLES,
    OPS_EXAMPLES,
    {"SyncResponse": sync_example()},
]

OPENAPI_TAGS = [
    {"name": "auth", "description": "Sign-in, tokens, the current user"},
    {"name": "users", "description": "User accounts (admin)"},
    {"name": "service accounts", "description": "Client-credentials integrations (admin)"},
    {"name": "units", "description": "Organisational units and unit groups"},
    {"name": "plans", "description": "Plans, their milestones (fuzzy dates), phases and channels"},
    {"name": "import", "description": "Plan documents (.txt, .md, .docx) read into plans, with a dry run"},
    {"name": "tasks", "description": "Tasks, unit assignments, progress updates and urging"},
    {"name": "dashboard", "description": "A plan's figures: status, deadlines, units, phases"},
    {"name": "calendar", "description": "iCalendar feeds and the per-user feed tokens that open them"},
    {"name": "public", "description": "What anyone may read without signing in"},
    {"name": "audit", "description": "Who changed what, when"},
    {"name": "documents", "description": "Draft documents, their versions and sections"},
    {"name": "consultations", "description": "Consultations on draft documents"},
    {"name": "feedback", "description": "Feedback submissions, moderation, synthesis and exports"},
    {"name": "public", "description": "What the public reads without signing in"},
    {
        "name": "reports",
        "description": "Approved baselines, periodic unit reports, interim and final reviews",
    },
    {"name": "webhooks", "description": "Signed outbound webhooks: endpoints, the delivery log, redelivery"},
    {"name": "sync", "description": "The change feed for offline (mobile) clients"},
    {
        "name": "notifications",
        "description": "In-app and e-mail notifications, preferences, per-plan reminder schedules",
    },
    {"name": "jobs", "description": "Background jobs (admin)"},
    {"name": "meta", "description": "The contract as data: state machines"},
    {"name": "health", "description": "Liveness and readiness"},
    {"name": "operations", "description": "Admin status page and Prometheus metrics"},
]


def _feedback_clustering(app: FastAPI) -> Coroutine[None, None, None] | None:
    """Near-duplicate clustering in the API process: on SQLite (no worker process needed), or
    where PLANDESK_FEEDBACK_CLUSTERING_IN_API asks; otherwise `plandesk worker` runs it."""
    settings: Settings = app.state.settings
    if not settings.clusters_in_api:
        return None

    def worker() -> Coroutine[None, None, None]:
        return feedback_dedup.run_worker(
            app.state.sessionmaker,
            settings.feedback_clustering_interval_seconds,
            settings.feedback_clustering_batch,
        )

    database = sqlite_file(app.state.engine.url)
    if database is None:
        return worker()  # PostgreSQL: an advisory lock lets one pass run at a time
    # SQLite has no SKIP LOCKED: every API process would cluster the same queued rows (and
    # all but one fail at their commit). One process clusters; another takes over if it stops.
    lock = FileLock(beside(database, "clustering"))
    return one_process_at_a_time(lock, worker, settings.feedback_clustering_interval_seconds)


def _jobs_in_process(app: FastAPI) -> Coroutine[None, None, None] | None:
    """On the embedded database the API process runs the jobs (and the outbox relay) itself."""
    settings: Settings = app.state.settings
    if not settings.runs_jobs_in_process:
        return None

    def runner() -> Coroutine[None, None, None]:
        return app.state.jobs.run(asyncio.Event(), concurrency=settings.jobs_concurrency)  # type: ignore[no-any-return]

    database = sqlite_file(app.state.engine.url)
    if database is None:
        return runner()
    # Several API processes on one SQLite file: one runs the jobs and the loops (outbox relay,
    # notifications) — each pass of theirs is a write transaction taking SQLite's one write
    # lock, every 0.2 s per process. A job deferred in another process waits at most a poll.
    lock = FileLock(beside(database, "jobs"))
    return one_process_at_a_time(lock, runner, 1.0)


_NO_NATIVE_TELEMETRY: Any = {"tracing": False, "metrics": False, "logs": False, "operation_spans": False}


# Work each API process does in the background while it serves (after-commit jobs).
BACKGROUND_WORKERS: list[Callable[[FastAPI], Coroutine[None, None, None] | None]] = [
    _feedback_clustering,
    _jobs_in_process,
]


class ImmutableStaticFiles(StaticFiles):
    """Hashed build assets never change under the same name: cache them for a year."""

    async def get_response(self, path: str, scope: Any) -> Response:
        response = await super().get_response(path, scope)
        if response.status_code == 200:
            response.headers["Cache-Control"] = "public, max-age=31536000, immutable"
        return response


def _frontend_fallback(dist: Path) -> Callable[[Request], Response | None] | None:
    """Serve the built web client for unknown non-API GETs (history fallback)."""
    index = dist / "index.html"
    if not index.is_file():
        return None
    root = dist.resolve()

    def fallback(request: Request) -> Response | None:
        path = request.url.path
        if request.method not in ("GET", "HEAD") or path.startswith(("/api/", "/assets/")) or path == "/api":
            return None  # API errors stay problem+json; a missing hashed asset is a real 404
        candidate = (root / path.lstrip("/")).resolve()
        if candidate.is_file() and root in candidate.parents:
            return FileResponse(candidate, headers={"Cache-Control": "public, max-age=3600"})
        # The client router handles /plans/… after a reload; index.html is never cached.
        return FileResponse(index, headers={"Cache-Control": "no-cache"})

    return fallback


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    localtime.configure(settings.timezone)
    logredact.install()
    param_speedups.install()
    engine = make_engine(settings.effective_database_url, null_pool=settings.db_null_pool)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if settings.check_schema_on_startup:
            await ensure_schema_at_head(engine, settings.effective_database_url)
        settings.signing_key  # noqa: B018 -- resolve (or create) the secret key before serving
        if settings.check_schema_on_startup:
            await seal_legacy(app.state.sessionmaker, settings)  # webhook secrets stored in clear
        # Everything loaded so far lives as long as the process: take it out of the cyclic
        # GC's reach, so full collections stay short instead of stalling every request.
        gc.collect()
        gc.freeze()
        jobs = [job for start in BACKGROUND_WORKERS if (job := start(app)) is not None]
        tasks = [asyncio.create_task(job) for job in jobs]
        yield
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        # In-flight requests are done: what the feedback writer still holds is written now.
        close_writer = getattr(getattr(app.state, "feedback_writer", None), "close", None)
        if close_writer is not None:
            await close_writer()
        await app.state.counters.close()
        await app.state.jobs.close()
        await engine.dispose()

    app = FastAPI(
        title="PlanDesk API",
        version=__version__,
        description=(
            "Run a multi-phase public communications plan: phases and their windows, tasks owed by "
            "responsible units, milestones, and the public consultation on draft documents. "
            "Errors are RFC 9457 problem+json. Use **Authorize** with an e-mail and password "
            "(password grant) or a service account's client id and secret (client credentials)."
        ),
        openapi_tags=OPENAPI_TAGS,
        lifespan=lifespan,
        docs_url=None,  # /docs and /redoc: install_offline_docs below, no CDN
        redoc_url=None,
        # Tracing is core/tracing.py's, on only with an OTLP endpoint; FastAPI's own
        # telemetry would otherwise look the global OpenTelemetry providers up on every
        # request to find it has nothing to do.
        telemetry=None if tracing_enabled() else _NO_NATIVE_TELEMETRY,
        generate_unique_id_function=operation_id,
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.sessionmaker = make_sessionmaker(engine)
    app.state.counters = make_counter_store(settings.redis_url, settings.redis_key_prefix)
    app.state.jobs = make_runtime(settings, app.state.sessionmaker)

    dist = settings.frontend_dist or ROOT / "frontend" / "dist"
    fallback = _frontend_fallback(dist) if settings.serve_frontend else None
    install_problem_handlers(app, not_found_fallback=fallback)
    if fallback is not None and (dist / "assets").is_dir():
        app.mount("/assets", ImmutableStaticFiles(directory=dist / "assets"), name="assets")

    @app.exception_handler(StaleDataError)
    async def _stale(request: Request, exc: StaleDataError) -> JSONResponse:
        # Another writer's commit won the row: a failed precondition when the caller named a
        # version (If-Match), otherwise a conflict the caller may retry.
        if "if-match" in request.headers:
            return problem_response(
                request,
                412,
                "Someone else changed this at the same moment: reload it and try again.",
                slug="precondition-failed",
            )
        return problem_response(
            request, 409, "Someone else changed this at the same moment: retry.", slug="conflict"
        )

    # Innermost of ours: ETags and 304s see the route's own answer, before the security headers.
    app.add_middleware(ConditionalGet)
    # 405 with the Allow header the document promises, before a looser route takes the request.
    app.add_middleware(MethodNotAllowed, fastapi_app=app)
    app.add_middleware(
        BodySizeLimit, max_body_bytes=settings.max_body_bytes, max_upload_bytes=settings.max_upload_bytes
    )
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_credentials=True,
            allow_methods=["*"],
            allow_headers=["*"],
            expose_headers=["ETag", "Retry-After", "Location"],
        )

    # The request id exists before anything else runs, and the access line and metrics
    # see the final status, whatever answered it; the security headers are added to every
    # response in the same pass (core/headers.py).
    app.add_middleware(
        RequestContext,
        observers=[observe_request],
        security=SecurityPolicy(hsts=settings.env == "production"),
    )
    # Outermost: everything inside (the access line included) sees the client's real address.
    # With no trusted proxy (the default) it would only pass requests through.
    trusted = parse_networks(settings.trusted_proxies)
    if trusted:
        app.add_middleware(TrustedProxies, trusted=trusted)

    for router in API_ROUTERS:
        app.include_router(router, prefix=API_PREFIX)
    install_webhook_docs(app)
    install_offline_docs(app, swagger_ui_parameters={"persistAuthorization": False})
    install_contract(app, extra=[attach_examples(*SCHEMA_EXAMPLES)])
    app.include_router(metrics_router)
    install_tracing(app, engine)

    @app.get(
        "/healthz",
        tags=["health"],
        summary="Liveness: the process is up",
        responses={200: {"content": {"application/json": {"example": {"status": "ok"}}}}},
        dependencies=[Depends(public("health probe"))],
    )
    async def healthz() -> dict[str, str]:
        """Liveness probe: answers 200 `{"status": "ok"}` as long as the process serves requests.

        **Who:** anyone, without a session (for the orchestrator's liveness probe).

        It checks nothing else (not the database): a failing dependency must not get a healthy
        process restarted. Use /readyz to decide whether to send traffic.
        """
        return {"status": "ok"}

    @app.get(
        "/readyz",
        tags=["health"],
        summary="Readiness: the database answers and its schema is at head",
        responses={
            200: {
                "content": {
                    "application/json": {
                        "example": {"status": "ready", "schema": ["0023_partial_event_indexes"]}
                    }
                }
            },
            503: {"description": "Not ready", "content": {"application/problem+json": {}}},
        },
        dependencies=[Depends(public("readiness probe"))],
    )
    async def readyz(request: Request) -> Response:
        """Readiness probe: 200 when the database answers and its schema is at the code's head.

        **Who:** anyone, without a session (for the load balancer's readiness probe).

        The answer lists the migration heads the database is at. **Errors:** 503 (problem+json)
        when the database does not answer, or when its schema is not at head (run
        `plandesk db upgrade`): take the process out of rotation until it is ready.
        """
        try:
            async with engine.connect() as conn:
                await conn.execute(text("SELECT 1"))
            have = await current_heads(engine)
        except Exception:
            log.exception("readiness check failed")
            return problem_response(request, 503, "The database is not reachable.")
        want = script_heads(settings.effective_database_url)
        if have != want:
            return problem_response(
                request,
                503,
                f"The schema is not at head ({sorted(have)} != {sorted(want)}): run `plandesk db upgrade`.",
            )
        return JSONResponse({"status": "ready", "schema": sorted(have)})

    # Last: every route is in place (core/routing.py).
    index_routers(app)
    return app


def __getattr__(name: str) -> Any:
    # `plandesk.main:app` for uvicorn, built on first access so importing the
    # module (tests, the CLI) has no side effects.
    if name == "app":
        from plandesk.core.logs import configure_logging

        settings = Settings()
        configure_logging(settings.log_format, settings.log_level)
        return create_app(settings)
    raise AttributeError(name)


__all__ = ["SchemaNotAtHead", "create_app"]
