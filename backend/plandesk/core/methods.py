"""``405 Method Not Allowed`` that agrees with the OpenAPI document (pure ASGI middleware).

Starlette answers a method a path does not serve with the methods of the *first* route
whose pattern matches, so ``OPTIONS /api/v1/plans`` said ``Allow: GET`` (not POST), and
``PATCH /api/v1/documents/upload`` reached ``PATCH /documents/{document_id}`` with
"upload" as an id. Here the path's most specific template decides — the one with the
most literal segments, as a reader of the document would match it: a method it does
not serve is 405 with ``Allow`` listing exactly the methods documented for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from fastapi import FastAPI
from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from plandesk.core.errors import problem_response


@dataclass(frozen=True)
class _Template:
    regex: re.Pattern[str]
    literals: int
    methods: frozenset[str]


_Index = dict[tuple[int, str | None], list[_Template]]


def _bucket(path: str) -> tuple[int, str | None]:
    """A path's segment count and its fourth segment (``/api/v1/<resource>/…``).

    A template's ``{param}`` matches exactly one segment, so a path can only match templates
    with as many segments; and nearly every template names its resource literally there.
    """
    segments = path.split("/")
    return len(segments), segments[3] if len(segments) > 3 else None


def _templates(app: FastAPI) -> _Index:
    """The document's paths and methods: the Allow header says what the document says,
    indexed by :func:`_bucket` (templates with a parameter there are in the ``None`` bucket)."""
    out: _Index = {}
    for path, item in app.openapi().get("paths", {}).items():
        methods = frozenset(m.upper() for m in item if m in _METHODS)
        pattern = re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(path))
        literals = sum(1 for seg in path.split("/") if seg and "{" not in seg)
        count, resource = _bucket(path)
        key = (count, None if resource is None or "{" in resource else resource)
        out.setdefault(key, []).append(_Template(re.compile(f"^{pattern}$"), literals, methods))
    return out


_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


class MethodNotAllowed:
    def __init__(self, app: ASGIApp, fastapi_app: FastAPI) -> None:
        self.app = app
        self.fastapi_app = fastapi_app
        self._cache: _Index | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope.get("path", "").startswith("/api/"):
            await self.app(scope, receive, send)
            return
        if self._cache is None:
            self._cache = _templates(self.fastapi_app)
        path: str = scope["path"]
        count, resource = _bucket(path)
        candidates = self._cache.get((count, resource), [])
        wildcard = self._cache.get((count, None), [])
        matched = [t for t in (*candidates, *wildcard) if t.regex.match(path)]
        if not matched:
            await self.app(scope, receive, send)
            return
        best = max(t.literals for t in matched)
        methods = frozenset().union(*(t.methods for t in matched if t.literals == best))
        if scope["method"] in methods:
            await self.app(scope, receive, send)
            return
        allow = ", ".join(sorted(methods))
        response = problem_response(
            Request(scope),
            405,
            f"{scope['method']} is not served at this path; it answers {allow}.",
            slug="method-not-allowed",
            headers={"Allow": allow},
        )
        await response(scope, receive, send)
