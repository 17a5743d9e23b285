"""Route matching that skips, with one regular expression, the routers a path cannot be in.

FastAPI 0.165 keeps included routers nested and matches a request by asking every
included router in turn, which asks every route it holds, each through a layer of
scope bookkeeping. With ~30 routers and ~160 operations that walk was most of the CPU
a request costs before it reaches its endpoint (a profile of ``/healthz``: 70 % in
``fastapi/routing.py`` matching; 1.2 ms of CPU per request in process).

:func:`index_routers` gives each router the app includes a prefilter: the union of the
path patterns of every route it can serve, compiled once. A request whose path matches
none of them is answered "no match" at once, which is what the full walk would have
answered (a route matches partially only when its path matches); any other request takes
the full walk, so which route is chosen, 405s, redirects and path parameters are exactly
FastAPI's. The index is rebuilt when the router's routes change; a router holding
something without a path pattern (a host route, the SPA's frontend group) is not indexed.

FastAPI also asks a router for its routes' version (``_get_routes_version``) several times
per request — the prefilter once per router, each match again — and each answer walks the
router and every router it includes: on ``/healthz`` a quarter of the request's CPU went to
recounting versions that had not changed. :func:`cache_routes_versions` keeps each router's
answer until a route is added anywhere (every change goes through ``_mark_routes_changed``,
which now also moves one generation counter that all cached answers are checked against).

This reads FastAPI internals (``_IncludedRouter``, ``_EffectiveRouteContext``,
``_mark_routes_changed``, ``_get_routes_version``); FastAPI is pinned by requirements.lock and
tests/test_routing_index.py checks the index against the full walk for every operation of
the document, and the cached versions against FastAPI's own count.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI
from fastapi.routing import APIRoute, APIRouter, _EffectiveRouteContext, _IncludedRouter
from starlette._utils import get_route_path
from starlette.routing import Match
from starlette.types import Scope

_NAMED_GROUP = re.compile(r"\(\?P<[^>]+>")
UNFILTERED = "_plandesk_unfiltered_matches"


_VERSION_CACHE = "_plandesk_routes_version"
_generation = [0]  # moves whenever any router's routes change


def cache_routes_versions() -> None:
    """Make ``APIRouter._get_routes_version`` remember its answer until routes change (once)."""
    if getattr(APIRouter, _VERSION_CACHE, None) is not None:
        return
    count = APIRouter._get_routes_version
    mark = APIRouter._mark_routes_changed

    def _mark_routes_changed(self: APIRouter) -> None:
        mark(self)
        _generation[0] += 1

    def _get_routes_version(self: APIRouter, seen: set[int] | None = None) -> int:
        if seen is not None:  # inside FastAPI's own walk: count as it does
            return count(self, seen)
        cached: tuple[int, int] | None = self.__dict__.get(_VERSION_CACHE)
        if cached is not None and cached[0] == _generation[0]:
            return cached[1]
        generation = _generation[0]
        version = count(self)
        self.__dict__[_VERSION_CACHE] = (generation, version)
        return version

    setattr(APIRouter, _VERSION_CACHE, count)
    APIRouter._mark_routes_changed = _mark_routes_changed  # type: ignore[method-assign]
    APIRouter._get_routes_version = _get_routes_version  # type: ignore[method-assign]


def _patterns(included: _IncludedRouter) -> list[str] | None:
    """The path patterns of everything ``included`` can serve (None: not expressible)."""
    out: list[str] = []
    for candidate in included.effective_candidates():
        if isinstance(candidate, _IncludedRouter):
            nested = _patterns(candidate)
            if nested is None:
                return None
            out.extend(nested)
            continue
        assert isinstance(candidate, _EffectiveRouteContext)
        if isinstance(candidate.original_route, APIRoute):
            regex = candidate.path_regex
        else:
            regex = getattr(candidate.starlette_route, "path_regex", None)
        if regex is None:
            return None
        out.append(_NAMED_GROUP.sub("(?:", regex.pattern))
    return out


def _prefilter(included: _IncludedRouter) -> None:
    unfiltered: Callable[[Scope], tuple[Match, Scope]] = included.matches
    state: dict[str, Any] = {"version": object(), "regex": None}

    def matches(scope: Scope) -> tuple[Match, Scope]:
        version = included.original_router._get_routes_version()
        if version != state["version"]:
            patterns = _patterns(included)
            state["regex"] = None if patterns is None else re.compile("|".join(f"(?:{p})" for p in patterns))
            state["version"] = version
        regex = state["regex"]
        if regex is not None and regex.match(get_route_path(scope)) is None:
            return Match.NONE, {}
        return unfiltered(scope)

    setattr(included, UNFILTERED, unfiltered)
    included.matches = matches  # type: ignore[method-assign]


def index_routers(app: FastAPI) -> int:
    """Give every router ``app`` includes its prefilter; returns how many were indexed."""
    cache_routes_versions()
    count = 0
    for route in app.router.routes:
        if isinstance(route, _IncludedRouter) and not hasattr(route, UNFILTERED):
            _prefilter(route)
            count += 1
    return count
