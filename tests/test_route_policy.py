"""Every route declares who may call it; none is open by accident."""

from __future__ import annotations

from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

from plandesk.core.policy import PUBLIC_ATTR, REQUIREMENT_ATTR

# Routes that need no token, and why. Adding one here is a security decision.
PUBLIC_ROUTES = {
    ("POST", "/api/v1/auth/token"),
    ("POST", "/api/v1/auth/login"),
    ("POST", "/api/v1/auth/refresh"),
    ("POST", "/api/v1/auth/logout"),
    ("GET", "/healthz"),
    ("GET", "/readyz"),
    # A published plan's summary (title, phases, channels, milestones; never tasks or progress).
    ("GET", "/api/v1/public/plans/{plan_id}"),
    ("GET", "/api/v1/meta/transitions"),
    # Calendar apps cannot send bearer headers: the route checks a per-user feed token itself.
    ("GET", "/api/v1/plans/{plan_id}/calendar.ics"),
    # The public consultation: read the open drafts, submit feedback (a token is optional),
    # follow a submission by its receipt code.
    ("GET", "/api/v1/public/consultations"),
    ("GET", "/api/v1/public/consultations/{consultation_id}"),
    ("GET", "/api/v1/public/feedback/{receipt}"),
    # A closed consultation's synthesis, once its coordinator published it (counts only).
    ("GET", "/api/v1/public/consultations/{consultation_id}/synthesis"),
    ("POST", "/api/v1/consultations/{consultation_id}/feedback"),
    # Prometheus cannot sign in: the route checks PLANDESK_METRICS_TOKEN itself (404 when unset).
    ("GET", "/metrics"),
    # One-click unsubscribe from e-mail (RFC 8058): mail clients POST the signed link without a token.
    ("POST", "/api/v1/notifications/unsubscribe"),
}


def iter_api_routes(routes, prefix="", inherited=()):
    """(full path, route, include-level dependencies) for every APIRoute, through included routers.

    FastAPI ≥ 0.16x keeps included routers as nodes instead of copying their routes.
    """
    for route in routes:
        if isinstance(route, APIRoute):
            yield prefix + route.path, route, inherited
        elif hasattr(route, "original_router"):
            ctx = route.include_context
            yield from iter_api_routes(
                route.original_router.routes, prefix + ctx.prefix, (*inherited, *ctx.dependencies)
            )


def _markers(dependant: Dependant) -> tuple[bool, bool]:
    has_req = has_public = False
    for dep in dependant.dependencies:
        call = dep.call
        if call is not None and hasattr(call, REQUIREMENT_ATTR) and not hasattr(call, PUBLIC_ATTR):
            has_req = True
        if call is not None and hasattr(call, PUBLIC_ATTR):
            has_public = True
        sub_req, sub_pub = _markers(dep)
        has_req, has_public = has_req or sub_req, has_public or sub_pub
    return has_req, has_public


def test_every_route_declares_its_requirement(app):
    undeclared, unexpected_public = [], []
    for path, route, inherited in iter_api_routes(app.routes):
        has_req, has_public = _markers(route.dependant)
        for dep in inherited:
            has_req = has_req or hasattr(dep.dependency, REQUIREMENT_ATTR)
            has_public = has_public or hasattr(dep.dependency, PUBLIC_ATTR)
        for method in route.methods:
            key = (method, path)
            if has_public and key not in PUBLIC_ROUTES:
                unexpected_public.append(key)
            if not has_req and not has_public:
                undeclared.append(key)
    assert not undeclared, f"routes with no declared requirement: {undeclared}"
    assert not unexpected_public, f"routes open to anonymous callers but not listed: {unexpected_public}"


def test_walk_finds_the_api_routes(app):
    paths = {path for path, _, _ in iter_api_routes(app.routes)}
    assert "/api/v1/users/{user_id}" in paths and "/healthz" in paths


def test_public_list_has_no_stale_entries(app):
    present = {(m, path) for path, r, _ in iter_api_routes(app.routes) for m in r.methods}
    assert PUBLIC_ROUTES <= present
