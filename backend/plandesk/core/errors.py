"""Domain errors and their RFC 9457 ``application/problem+json`` rendering.

Services raise the domain errors below and know nothing of HTTP; the handlers
installed by :func:`install_problem_handlers` turn every error — ours,
FastAPI's own 404/405/422 and unexpected exceptions — into problem+json.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field, ValidationError
from sqlalchemy.exc import IntegrityError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from plandesk.core.requestlog import current_request_id

log = logging.getLogger("plandesk.errors")

PROBLEM_JSON = "application/problem+json"


class FieldError(BaseModel):
    loc: list[str | int] = Field(
        description='Where the error is: "body", "query", "path" or "header", then the field names and '
        'list indexes down to it (["body", "legal_bases", 0, "reference"])'
    )
    msg: str = Field(description="What is wrong with that value, in English")
    type: str | None = Field(
        default=None, description="Pydantic's error code (e.g. string_too_short): clients translate by it"
    )
    ctx: dict[str, Any] | None = Field(
        default=None, description="The code's parameters (e.g. min_length), JSON-safe"
    )


class Problem(BaseModel):
    """An RFC 9457 problem document."""

    type: str = Field(
        default="about:blank",
        description="A URI naming the kind of problem (stable: clients branch on it); about:blank when "
        "the status says it all",
    )
    title: str = Field(description='A short summary of the kind of problem ("Precondition Failed")')
    status: int = Field(description="The HTTP status code, repeated from the response")
    detail: str | None = Field(
        default=None, description="What went wrong in this case, for a person (never a stack trace)"
    )
    instance: str | None = Field(default=None, description="The path of the request that failed")
    request_id: str | None = Field(
        default=None,
        description="The request's id (also in the X-Request-ID header): it finds the request in the logs",
    )
    errors: list[FieldError] | None = Field(
        default=None, description="For 422: one entry per invalid field; null for other problems"
    )
    current_etag: str | None = Field(
        default=None, description="412 on a write: the ETag of the resource's current version"
    )
    current: dict[str, Any] | str | None = Field(
        default=None,
        description="412 on a write: the resource's current version (an object), as GET answers it "
        "(show it beside the stale copy; send current_etag as If-Match to overwrite). "
        "409 transition-refused: the state the resource is in (a string).",
    )
    requested: str | None = Field(
        default=None, description="409 transition-refused: the state the request asked for"
    )
    machine: str | None = Field(
        default=None,
        description="409 transition-refused: which state machine refused (see GET /api/v1/meta/transitions)",
    )


class DomainError(Exception):
    status: int = 400
    slug: str = "bad-request"

    def __init__(
        self,
        detail: str,
        *,
        errors: list[dict[str, Any]] | None = None,
        headers: dict[str, str] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        self.errors = errors
        self.headers = headers or {}
        self.extra = extra or {}


class NotAuthenticated(DomainError):
    status, slug = 401, "not-authenticated"


class PermissionDenied(DomainError):
    status, slug = 403, "forbidden"


class NotFound(DomainError):
    status, slug = 404, "not-found"

    def __init__(self, entity: str, entity_id: object | None = None) -> None:
        what = f"{entity} {entity_id}" if entity_id is not None else entity
        super().__init__(f"{what} not found")


class Conflict(DomainError):
    status, slug = 409, "conflict"


class TransitionRefused(Conflict):
    """409 for a state change the resource's state machine does not allow from where it is.

    The problem carries ``current``, ``requested`` and ``allowed`` (the states reachable
    from ``current``; GET /api/v1/meta/transitions has every machine).
    """

    slug = "transition-refused"

    def __init__(self, what: str, current: str, requested: str, allowed: Iterable[str]) -> None:
        targets = sorted(allowed)
        super().__init__(
            f"A {what} cannot go from {current} to {requested} (allowed: {', '.join(targets) or 'none'}).",
            extra={"machine": what, "current": current, "requested": requested, "allowed": targets},
        )


class PreconditionFailed(DomainError):
    status, slug = 412, "precondition-failed"


class PayloadTooLarge(DomainError):
    status, slug = 413, "payload-too-large"


class UnsupportedMediaType(DomainError):
    status, slug = 415, "unsupported-media-type"


class InvalidInput(DomainError):
    status, slug = 422, "invalid-input"


class PreconditionRequired(DomainError):
    status, slug = 428, "precondition-required"


class ServiceUnavailable(DomainError):
    """A dependency the answer needs does not answer (e.g. the shared rate-limit store)."""

    status, slug = 503, "service-unavailable"

    def __init__(self, detail: str, retry_after: int = 1) -> None:
        super().__init__(detail, headers={"Retry-After": str(max(1, retry_after))})


class TooManyRequests(DomainError):
    status, slug = 429, "too-many-requests"

    def __init__(self, detail: str, retry_after: int) -> None:
        super().__init__(detail, headers={"Retry-After": str(max(1, retry_after))})
        self.retry_after = retry_after


def problem_response(
    request: Request,
    status: int,
    detail: str | None,
    *,
    slug: str | None = None,
    errors: list[dict[str, Any]] | None = None,
    headers: dict[str, str] | None = None,
    extra: dict[str, Any] | None = None,
) -> JSONResponse:
    title = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "Error"
    body: dict[str, Any] = {
        "type": f"https://plandesk.dev/problems/{slug}" if slug else "about:blank",
        "title": title,
        "status": status,
        "detail": detail,
        "instance": request.url.path,
    }
    request_id = current_request_id()
    if request_id is not None:
        body["request_id"] = request_id
    if errors:
        body["errors"] = errors
    if extra:
        body.update(extra)
    return JSONResponse(body, status_code=status, headers=headers, media_type=PROBLEM_JSON)


def _json_safe(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple):
        return [_json_safe(v) for v in value]
    return str(value)  # an exception, a Decimal, a pattern: their text


def _field_error(e: Mapping[str, Any]) -> dict[str, Any]:
    """One Pydantic error as a field error: where, the English message, and the code with its
    parameters so a client can say it in its own language."""
    out: dict[str, Any] = {"loc": _loc(e.get("loc", ())), "msg": str(e.get("msg", ""))}
    if e.get("type"):
        out["type"] = str(e["type"])
    ctx = e.get("ctx")
    if ctx:
        out["ctx"] = {str(k): _json_safe(v) for k, v in ctx.items()}
    return out


def _loc(loc: Any) -> list[str | int]:
    return [p if isinstance(p, int) else str(p) for p in loc]


def install_problem_handlers(
    app: FastAPI, not_found_fallback: Callable[[Request], Response | None] | None = None
) -> None:
    @app.exception_handler(DomainError)
    async def _domain(request: Request, exc: DomainError) -> JSONResponse:
        return problem_response(
            request,
            exc.status,
            exc.detail,
            slug=exc.slug,
            errors=exc.errors,
            headers=exc.headers,
            extra=exc.extra,
        )

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [_field_error(e) for e in exc.errors()]
        return problem_response(
            request, 422, "The request is not valid: see errors.", slug="validation", errors=errors
        )

    @app.exception_handler(ValidationError)
    async def _model(request: Request, exc: ValidationError) -> JSONResponse:
        # A model built inside a service from request data (an imported document's dates,
        # say) refused it: that is the caller's input, not a server fault.
        errors = [{"loc": _loc(e.get("loc", ())), "msg": str(e.get("msg", ""))} for e in exc.errors()]
        return problem_response(
            request, 422, "The request is not valid: see errors.", slug="validation", errors=errors
        )

    @app.exception_handler(IntegrityError)
    async def _integrity(request: Request, exc: IntegrityError) -> JSONResponse:
        # A constraint the service did not expect to hit: in practice two requests racing
        # for the same slot (the next version number, a unique name). The caller may retry.
        log.info("integrity error on %s %s: %s", request.method, request.url.path, exc.orig)
        return problem_response(
            request,
            409,
            "This conflicts with a change made at the same moment or with existing data: reload and retry.",
            slug="conflict",
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 404 and not_found_fallback is not None:
            served = not_found_fallback(request)
            if served is not None:
                return served
        detail = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"No resource at {request.url.path}"
        return problem_response(request, exc.status_code, detail, headers=getattr(exc, "headers", None))

    app.add_middleware(UnexpectedErrors)


class UnexpectedErrors:
    """Answer an unexpected exception with a 500 problem and *end the request normally*.

    Starlette's own handler for ``Exception`` sends the 500 and then re-raises, and
    uvicorn closes the connection of any request whose app raised: the client's next
    request on that keep-alive connection then failed too. Only when the response had
    already started (headers sent, body cut short) is the exception passed on, because
    then the connection cannot be trusted to carry another response.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as exc:
            request = Request(scope)
            unavailable = database_unavailable(exc)
            if unavailable:
                log.warning("database unavailable on %s %s: %r", request.method, request.url.path, exc)
            else:
                log.exception("unhandled error on %s %s", request.method, request.url.path)
            if started:
                raise
            if unavailable:
                response = problem_response(
                    request,
                    503,
                    "The database does not answer at the moment; nothing was changed unless an earlier "
                    "attempt was acknowledged. Retry shortly (with the same Idempotency-Key).",
                    slug="database-unavailable",
                    headers={"Retry-After": "1"},
                )
            else:
                response = problem_response(request, 500, "An unexpected error occurred.", slug="internal")
            await response(scope, receive, send)


# asyncpg's errors for a connection that is gone or refused (matched by name: the driver is
# optional on SQLite deployments).
_LOST_CONNECTION = {
    "AdminShutdownError",
    "CannotConnectNowError",
    "ConnectionDoesNotExistError",
    "ConnectionFailureError",
    "TooManyConnectionsError",
    "CrashShutdownError",
    "InterfaceError",
}


def database_unavailable(exc: BaseException) -> bool:
    """Is this the database being unreachable (refused, terminated, pool exhausted, locked)
    rather than a bug? Such requests changed nothing and may be retried: 503, not 500."""
    from sqlalchemy import exc as sa_exc

    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, sa_exc.TimeoutError | ConnectionError):
            return True
        if isinstance(current, sa_exc.DBAPIError) and (
            current.connection_invalidated
            or isinstance(current, sa_exc.OperationalError | sa_exc.InterfaceError)
        ):
            return True
        if type(current).__name__ in _LOST_CONNECTION and type(current).__module__.startswith("asyncpg"):
            return True
        # `ALTER DATABASE … ALLOW_CONNECTIONS false` (maintenance; the scale harness's outage):
        # SQLSTATE 55000 at connect, "database … is not currently accepting connections".
        if getattr(current, "sqlstate", None) == "55000" and "accepting connections" in str(current):
            return True
        current = current.__cause__ or current.__context__ or getattr(current, "orig", None)
    return False


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses=`` entries documenting problem+json errors."""
    out: dict[int | str, dict[str, Any]] = {}
    for status in statuses:
        out[status] = {
            "model": Problem,
            "description": HTTPStatus(status).phrase,
            "content": {PROBLEM_JSON: {}},
        }
    return out
