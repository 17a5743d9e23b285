"""Security headers on every response (pure ASGI middleware).

* ``Content-Security-Policy``: the web client loads only its own scripts — no inline
  script, nothing from elsewhere. Styles may be inline because Mantine injects its
  CSS variables in a ``<style>`` element; that cannot run code. API responses get
  ``default-src 'none'``. ``/docs`` and ``/redoc`` get their own policy: they load
  Swagger UI and ReDoc from this origin (``core/docs.py``: no CDN) and start them
  with an inline script.
* ``frame-ancestors 'none'`` and ``X-Frame-Options: DENY``: never inside a frame.
* ``X-Content-Type-Options: nosniff``, ``Referrer-Policy: strict-origin-when-cross-origin``.
* ``Strict-Transport-Security`` in production (served over HTTPS behind the proxy).
* ``Cache-Control: no-store`` on API answers that did not choose their own caching:
  they carry personal data (contacts, the signed-in user) or tokens, and no shared
  cache should keep them.
"""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

SPA_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
API_POLICY = "default-src 'none'; frame-ancestors 'none'"
DOCS_POLICY = (
    "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "font-src 'self' data:; img-src 'self' data:; connect-src 'self'; worker-src blob:; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
DOCS_PATHS = ("/docs", "/redoc")
HSTS = "max-age=31536000; includeSubDomains"


def policy_for(path: str) -> str:
    if path.startswith(DOCS_PATHS):
        return DOCS_POLICY
    if path.startswith("/api/") or path in ("/openapi.json", "/healthz", "/readyz"):
        return API_POLICY
    return SPA_POLICY


class SecurityHeaders:
    def __init__(self, app: ASGIApp, *, hsts: bool) -> None:
        self.app = app
        self.hsts = hsts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("Content-Security-Policy", policy_for(path))
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
                headers.setdefault("X-Frame-Options", "DENY")
                if self.hsts:
                    headers.setdefault("Strict-Transport-Security", HSTS)
                if path.startswith("/api/"):
                    headers.setdefault("Cache-Control", "no-store")
            await send(message)

        await self.app(scope, receive, with_headers)
