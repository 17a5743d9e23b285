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


def security_headers(path: str, *, hsts: bool) -> list[tuple[bytes, bytes]]:
    """The headers every response to ``path`` carries unless it set them itself."""
    headers = [
        (b"content-security-policy", policy_for(path).encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"strict-origin-when-cross-origin"),
        (b"x-frame-options", b"DENY"),
    ]
    if hsts:
        headers.append((b"strict-transport-security", HSTS.encode()))
    if path.startswith("/api/"):
        headers.append((b"cache-control", b"no-store"))
    return headers


class SecurityPolicy:
    """:func:`security_headers`, computed once per kind of path (the policy depends only on
    which of four kinds a path is), applied to a response's raw header list."""

    def __init__(self, *, hsts: bool) -> None:
        self.hsts = hsts
        self._by_kind = {
            kind: security_headers(sample, hsts=hsts)
            for kind, sample in (("docs", "/docs"), ("api", "/api/"), ("probe", "/healthz"), ("spa", "/"))
        }

    def headers_for(self, path: str) -> list[tuple[bytes, bytes]]:
        if path.startswith("/api/"):
            return self._by_kind["api"]
        if path.startswith(DOCS_PATHS):
            return self._by_kind["docs"]
        if path in ("/openapi.json", "/healthz", "/readyz"):
            return self._by_kind["probe"]
        return self._by_kind["spa"]

    def add_to(self, path: str, headers: list[tuple[bytes, bytes]]) -> None:
        """Append the policy's headers that ``headers`` (raw, lower-case names) lacks."""
        present = {name.lower() for name, _ in headers}
        headers.extend(h for h in self.headers_for(path) if h[0] not in present)


class SecurityHeaders:
    """The headers as a middleware of their own. The application applies them in
    :class:`plandesk.core.requestlog.RequestContext` (one middleware, one send wrapper)."""

    def __init__(self, app: ASGIApp, *, hsts: bool) -> None:
        self.app = app
        self.policy = SecurityPolicy(hsts=hsts)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                self.policy.add_to(path, headers)
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)
