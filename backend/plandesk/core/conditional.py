"""Conditional and cacheable GETs (pure ASGI middleware).

Every successful JSON ``GET`` under ``/api/`` carries an ETag: the one the route set
(a single resource: ``"<id>-<version>"``, :mod:`plandesk.core.concurrency`) or, when the
route set none (a list, a dashboard), a weak ETag over the body. A request whose
``If-None-Match`` names it gets ``304 Not Modified`` with no body.

Public reads (open consultations and their documents, published plan summaries) also
send ``Cache-Control: public, max-age=60, stale-while-revalidate=600`` so a reverse proxy
or a CDN can absorb a national audience. Receipt look-ups are never cached.
"""

from __future__ import annotations

import hashlib
import re

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

PUBLIC_CACHE = "public, max-age=60, stale-while-revalidate=600"

# Public reads a shared cache may keep; never a receipt look-up (it names a contributor).
PUBLIC_CACHEABLE = re.compile(r"^/api/v1/public/(consultations(/[^/]+)?|plans/[^/]+)$")


def weak_etag(body: bytes) -> str:
    return f'W/"{hashlib.blake2b(body, digest_size=16).hexdigest()}"'


def etag_matches(if_none_match: str, etag: str) -> bool:
    """Weak comparison (RFC 9110 §13.1.2): ``W/`` is ignored on both sides; ``*`` matches."""
    if if_none_match.strip() == "*":
        return True
    want = etag.removeprefix("W/")
    return any(c.strip().removeprefix("W/") == want for c in if_none_match.split(","))


_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")


def _valid_condition(value: str) -> bool:
    """A header worth comparing: bounded, without control characters (HTAB aside: RFC 9110 allows it)."""
    return len(value) <= 1000 and not _CONTROL.search(value)


def cache_control_for(path: str) -> str | None:
    return PUBLIC_CACHE if PUBLIC_CACHEABLE.match(path) else None


class ConditionalGet:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        if not path.startswith("/api/"):
            await self.app(scope, receive, send)
            return
        if_none_match = Headers(scope=scope).get("if-none-match")
        if if_none_match is not None and not _valid_condition(if_none_match):
            # Not a list of ETags: it names no representation, so it matches none and the
            # request is answered as if it had no condition (RFC 9110 §13.1.2).
            if_none_match = None
        cache_control = cache_control_for(path)
        start: Message | None = None
        chunks: list[bytes] = []
        passthrough = False

        async def buffered(message: Message) -> None:
            nonlocal start, passthrough
            if passthrough:
                await send(message)
                return
            if message["type"] == "http.response.start":
                headers = Headers(raw=message["headers"])
                json_ok = message["status"] == 200 and headers.get("content-type", "").startswith(
                    "application/json"
                )
                if not json_ok:
                    passthrough = True
                    await send(message)
                    return
                start = message
                return
            if message["type"] != "http.response.body" or start is None:
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            body = b"".join(chunks)
            headers = MutableHeaders(scope=start)
            etag = headers.get("etag") or weak_etag(body)
            headers["ETag"] = etag
            if cache_control is not None:
                headers["Cache-Control"] = cache_control
            if if_none_match and etag_matches(if_none_match, etag):
                kept = [
                    (k, v)
                    for k, v in start["headers"]
                    if k.lower() not in (b"content-type", b"content-length")
                ]
                await send({"type": "http.response.start", "status": 304, "headers": kept})
                await send({"type": "http.response.body", "body": b"", "more_body": False})
                return
            await send(start)
            await send({"type": "http.response.body", "body": body, "more_body": False})

        await self.app(scope, receive, buffered)
