"""Request ids and structured access logs.

Every HTTP request gets an id: the caller's ``X-Request-ID`` when it is a sane token
(a load balancer's or a client's, so one id follows a request across systems), else a
new one. The id is returned in the response's ``X-Request-ID``, carried by every
problem+json body and by every log line written while the request runs. When the
response has gone, one access line records the method, the route *template* (never
the raw path's query string, where feed tokens travel), the status, the duration and
who called (a user or service-account id — never an e-mail address or a token).

The context is a small mutable dict in a context variable: the authentication
dependency fills in the caller, and the middleware reads it back after the app has
answered, whatever task or context copy the dependency ran in.
"""

from __future__ import annotations

import logging
import re
import time
import uuid
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from plandesk.core.headers import SecurityPolicy

access_log = logging.getLogger("plandesk.access")

_REQUEST: ContextVar[dict[str, Any] | None] = ContextVar("plandesk_request", default=None)
_SANE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")


def current_request_id() -> str | None:
    """The id of the request being served in this context, if any."""
    ctx = _REQUEST.get()
    return ctx["request_id"] if ctx else None


def note_caller(caller_id: object, *, service: bool) -> None:
    """Record who the current request acts for (read by the access log)."""
    ctx = _REQUEST.get()
    if ctx is not None:
        ctx["service_account_id" if service else "user_id"] = str(caller_id)


def route_template(scope: Scope) -> str:
    """The matched route's path template (``/api/v1/tasks/{task_id}``), or a fixed label."""
    route = scope.get("route")
    template = getattr(route, "path_format", None) or getattr(route, "path", None)
    if not isinstance(template, str) or not template:
        return "unmatched"
    # Routers included with a prefix keep their own path on the route object: the
    # prefix is the request path's leading segments the template does not cover.
    wanted = template.strip("/").split("/")
    actual = str(scope.get("path", "")).strip("/").split("/")
    if len(actual) > len(wanted):
        return "/" + "/".join(actual[: len(actual) - len(wanted)]) + "/" + template.lstrip("/")
    return template


def request_id_from(scope: Scope) -> str:
    for name, value in scope.get("headers") or ():
        if name == b"x-request-id":
            candidate = value.decode("latin-1")
            if _SANE_ID.fullmatch(candidate):
                return candidate
            break
    return uuid.uuid4().hex


Observer = Callable[[str, str, int, float], None]


class RequestContext:
    """Pure ASGI middleware: request id in and out, security headers on every response
    (:class:`plandesk.core.headers.SecurityPolicy`, when given), one structured access
    line per request. One middleware, one send wrapper: this runs on every request."""

    def __init__(
        self, app: ASGIApp, observers: list[Observer] | None = None, security: SecurityPolicy | None = None
    ) -> None:
        self.app = app
        self.observers = observers or []
        self.security = security

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        rid = request_id_from(scope)
        ctx: dict[str, Any] = {"request_id": rid}
        token = _REQUEST.set(ctx)
        status = 500
        started = time.perf_counter()
        security = self.security

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = list(message.get("headers") or [])
                if security is not None:
                    security.add_to(scope.get("path", ""), headers)
                headers.append((b"x-request-id", rid.encode("latin-1")))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            duration = time.perf_counter() - started
            route = route_template(scope)
            method = scope.get("method", "")
            if access_log.isEnabledFor(logging.INFO):
                fields = {
                    "request_id": rid,
                    "method": method,
                    "route": route,
                    "status": status,
                    "duration_ms": round(duration * 1000, 2),
                }
                for key in ("user_id", "service_account_id"):
                    if key in ctx:
                        fields[key] = ctx[key]
                # The record is made here rather than by ``access_log.info``: that would walk
                # the stack for the caller's file and line, which an access line does not need.
                record = access_log.makeRecord(
                    access_log.name,
                    logging.INFO,
                    __file__,
                    0,
                    "request",
                    (),
                    None,
                    extra={"fields": fields},
                )
                access_log.handle(record)
            for observe in self.observers:
                observe(method, route, status, duration)
            _REQUEST.reset(token)
