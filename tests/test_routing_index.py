"""The routers' prefilter (core/routing.py) answers exactly what FastAPI's full walk answers."""

from __future__ import annotations

import re
import uuid
from typing import Any

from fastapi import APIRouter, FastAPI
from fastapi.routing import _IncludedRouter
from starlette.routing import Match

from plandesk.core.routing import UNFILTERED, index_routers

_PARAM = re.compile(r"\{[^}]+\}")
_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")


def _scope(method: str, path: str) -> dict[str, Any]:
    return {
        "type": "http",
        "method": method,
        "path": path,
        "root_path": "",
        "headers": [],
        "query_string": b"",
    }


def _sample_paths(app: FastAPI) -> list[str]:
    paths: list[str] = []
    for template in app.openapi()["paths"]:
        paths.append(_PARAM.sub(str(uuid.uuid4()), template))
        paths.append(_PARAM.sub("x", template))
        paths.append(_PARAM.sub(str(uuid.uuid4()), template) + "/")
        paths.append(_PARAM.sub(str(uuid.uuid4()), template) + "/extra")
    return [*paths, "/", "/api", "/api/v1", "/api/v1/", "/nope", "/api/v1/plans/%00", "/healthz/x"]


def test_every_included_router_is_indexed(app: FastAPI) -> None:  # type: ignore[no-untyped-def]
    included = [r for r in app.router.routes if isinstance(r, _IncludedRouter)]
    assert included and all(hasattr(r, UNFILTERED) for r in included)


def test_the_prefilter_agrees_with_the_full_walk_for_every_operation(app: FastAPI) -> None:  # type: ignore[no-untyped-def]
    included = [r for r in app.router.routes if isinstance(r, _IncludedRouter)]
    skipped = 0
    for path in _sample_paths(app):
        for method in _METHODS:
            for router in included:
                fast, _ = router.matches(_scope(method, path))
                full, _ = getattr(router, UNFILTERED)(_scope(method, path))
                assert fast == full, (method, path, router.include_context.prefix)
                skipped += fast == Match.NONE
    assert skipped  # the prefilter did answer "no match" for most routers


def test_the_index_follows_routes_added_later() -> None:
    router = APIRouter()

    @router.get("/a")
    async def a() -> dict[str, str]:
        return {}

    app = FastAPI()
    app.include_router(router, prefix="/p")
    index_routers(app)
    (included,) = [r for r in app.router.routes if isinstance(r, _IncludedRouter)]
    assert included.matches(_scope("GET", "/p/b"))[0] == Match.NONE

    @router.get("/b")
    async def b() -> dict[str, str]:
        return {}

    assert included.matches(_scope("GET", "/p/b"))[0] == Match.FULL
    assert included.matches(_scope("POST", "/p/b"))[0] == Match.PARTIAL


def test_cached_routes_versions_move_with_every_change() -> None:
    """The cached answer of ``_get_routes_version`` equals FastAPI's own count, for the app's
    router and every router it includes, before and after a route is added to a nested one."""
    from plandesk.core.routing import _VERSION_CACHE, cache_routes_versions

    cache_routes_versions()
    count = getattr(APIRouter, _VERSION_CACHE)  # FastAPI's own walk

    inner = APIRouter()
    outer = APIRouter()

    @inner.get("/a")
    async def a() -> dict[str, str]:
        return {}

    outer.include_router(inner, prefix="/inner")
    app = FastAPI()
    app.include_router(outer, prefix="/outer")
    index_routers(app)
    routers = [app.router, outer, inner]

    def versions() -> list[int]:
        cached = [r._get_routes_version() for r in routers]
        assert cached == [count(r) for r in routers]
        return cached

    before = versions()
    assert versions() == before  # asked again: the same, from the cache

    @inner.get("/b")
    async def b() -> dict[str, str]:
        return {}

    after = versions()
    assert all(new > old for new, old in zip(after, before, strict=True))
    (included,) = [r for r in app.router.routes if isinstance(r, _IncludedRouter)]
    assert included.matches(_scope("GET", "/outer/inner/b"))[0] == Match.FULL
