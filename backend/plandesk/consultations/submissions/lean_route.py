"""A route documented from its declared signature but served without FastAPI's dependency solving.

FastAPI solves a route's declared parameters on every request: each sub-dependency (the
caller's token, the security check built on it) and each header costs more to solve than
the work it does. On the hottest route there is (public feedback) that solving was about
a third of the application's CPU per submission.

:class:`LeanRoute` keeps the declared endpoint for everything that reads a route — the
OpenAPI document (security, the ``Idempotency-Key`` header), the route-policy check,
``dependant`` itself — and answers requests with the endpoint's *lean* twin, registered
with :func:`served_by`. The twin takes only ``request`` and the raw body (``body:
Annotated[Any, Body()] = NO_BODY``) and calls
:func:`solve_declared`, which resolves what FastAPI would have, in FastAPI's order and with
its functions: the security dependencies first (a bad token is 401 whatever the body),
then path and header parameters and the body, every validation error in one 422 with
FastAPI's ``loc``. Path and header parameters holding one value are looked up as
``request_params_to_args`` looks them up, with what it works out per field on every request
(the keys, whether a list or a model is wanted) read once at start-up (:func:`plain_params`).
What it does not support it refuses at start-up: sub-dependencies with
their own parameters other than ``request`` and the bearer token, query or cookie
parameters, route or router dependencies.
"""

from __future__ import annotations

import inspect
import json
import typing
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import fastapi.routing
from fastapi import Request, Response
from fastapi._compat import ModelField, field_annotation_is_sequence
from fastapi.dependencies.models import Dependant
from fastapi.dependencies.utils import (
    _get_param_aliases,
    _get_param_model,
    _is_json_field,
    _validate_value_with_model_field,
    get_dependant,
    request_body_to_args,
    request_params_to_args,
)
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from fastapi.security.base import SecurityBase
from fastapi.telemetry import get_telemetry_data
from pydantic_core import PydanticUndefined as Undefined

LEAN_ATTR = "__plandesk_served_by__"


class _NoBody:
    """The lean twin's body default: no body was sent (FastAPI's ``Undefined``, which a
    parameter default cannot be). FastAPI deep-copies defaults: this one stays itself."""

    def __deepcopy__(self, memo: dict[int, Any]) -> _NoBody:
        return self

    def __repr__(self) -> str:
        return "NO_BODY"


NO_BODY: Any = _NoBody()


def served_by(lean: Callable[..., Awaitable[Any]]) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Mark a declared endpoint as answered by ``lean(request, body)`` under :class:`LeanRoute`."""

    def mark(declared: Callable[..., Any]) -> Callable[..., Any]:
        setattr(declared, LEAN_ATTR, lean)
        return declared

    return mark


@dataclass(frozen=True)
class Guard:
    """A declared sub-dependency: ``call(request=…, token=scheme(request))``."""

    name: str  # the endpoint's parameter it fills
    call: Callable[..., Awaitable[Any]]
    request_param: str | None
    token_param: str | None
    scheme: Callable[[Request], Awaitable[Any]] | None


@dataclass(frozen=True)
class PlainParam:
    """A path or header parameter holding one value (no model, no list, no JSON): its field
    and the request keys FastAPI looks it up under, in its order."""

    field: ModelField
    keys: tuple[str, ...]


Params = tuple[PlainParam, ...] | None  # None: not all plain, FastAPI's own function reads them


def plain_params(fields: list[ModelField]) -> Params:
    """What :func:`request_params_to_args` works out for each field on every request, once."""
    plan = []
    for field in fields:
        if (
            _get_param_model(field) is not None
            or _is_json_field(field)
            or field_annotation_is_sequence(field.field_info.annotation)
        ):
            return None
        plan.append(PlainParam(field, tuple(key for _, key in _get_param_aliases(field))))
    return tuple(plan)


def params_to_args(plan: Params, fields: list[ModelField], received: Any) -> tuple[dict[str, Any], list[Any]]:
    """:func:`request_params_to_args` for parameters read once by :func:`plain_params`: the same
    key, the same missing value, the same validation and ``loc`` (tests/consultations/test_lean_route.py)."""
    if plan is None:
        return request_params_to_args(fields, received)
    values: dict[str, Any] = {}
    errors: list[Any] = []
    for param in plan:
        key = next((k for k in param.keys if k in received), param.keys[0])
        value = received.get(key)
        field = param.field
        value_, errors_ = _validate_value_with_model_field(
            field=field,
            value=Undefined if value is None else value,
            values=values,
            loc=(field.field_info.in_.value, key),  # type: ignore[attr-defined]
        )
        if errors_:
            errors.extend(errors_)
        else:
            values[field.name] = value_
    return values, errors


@dataclass(frozen=True)
class Declared:
    """What a declared endpoint asks FastAPI for, resolved by :func:`solve_declared`."""

    dependant: Dependant
    guards: tuple[Guard, ...]
    path_params: Params = None
    header_params: Params = None


def declare(path: str, endpoint: Callable[..., Any]) -> Declared:
    """Read ``endpoint``'s declared parameters once (at import) and check they are supported."""
    dependant = get_dependant(path=path, call=endpoint)
    if dependant.query_params or dependant.cookie_params:
        raise TypeError(f"{endpoint.__name__}: query and cookie parameters are not supported by LeanRoute")
    guards = []
    for sub in dependant.dependencies:
        if sub.call is None or sub.name is None or len(sub.dependencies) > 1:
            raise TypeError(f"{endpoint.__name__}: LeanRoute supports guards on one security scheme")
        scheme = token_param = None
        if sub.dependencies:
            inner = sub.dependencies[0]
            if not isinstance(inner.call, SecurityBase) or inner.dependencies:
                raise TypeError(f"{endpoint.__name__}: {sub.name} depends on more than a security scheme")
            scheme, token_param = inner.call, inner.name
        params = set(inspect.signature(sub.call).parameters)
        allowed = {sub.request_param_name, token_param} - {None}
        if params != allowed or sub.path_params or sub.header_params or sub.body_params:
            raise TypeError(f"{endpoint.__name__}: {sub.name} takes parameters LeanRoute does not pass")
        guards.append(Guard(sub.name, sub.call, sub.request_param_name, token_param, scheme))
    return Declared(
        dependant,
        tuple(guards),
        plain_params(dependant.path_params),
        plain_params(dependant.header_params),
    )


async def solve_declared(declared: Declared, request: Request, body: Any) -> dict[str, Any]:
    """The declared endpoint's keyword arguments, as FastAPI would solve them (or its error)."""
    values: dict[str, Any] = {}
    for guard in declared.guards:
        arguments: dict[str, Any] = {}
        if guard.request_param:
            arguments[guard.request_param] = request
        if guard.token_param and guard.scheme is not None:
            arguments[guard.token_param] = await guard.scheme(request)
        values[guard.name] = await guard.call(**arguments)
    if body is NO_BODY:
        body = Undefined
    dependant = declared.dependant
    path_values, errors = params_to_args(declared.path_params, dependant.path_params, request.path_params)
    header_values, header_errors = params_to_args(
        declared.header_params, dependant.header_params, request.headers
    )
    errors += header_errors
    values |= path_values | header_values
    if dependant.body_params:
        body_values, body_errors = await request_body_to_args(dependant.body_params, body, False)
        errors += body_errors
        values |= body_values
    if errors:
        raise RequestValidationError(errors, body=body)
    if dependant.request_param_name:
        values[dependant.request_param_name] = request
    return values


class LeanRoute(APIRoute):
    """Answers with the endpoint's lean twin (:func:`served_by`); documented from the endpoint."""

    def get_route_handler(self) -> Any:
        lean = getattr(self.endpoint, LEAN_ATTR, None)
        if lean is None or self.dependencies:
            return super().get_route_handler()
        # FastAPI ≥ 0.16x builds the handler of an included route on a per-inclusion copy
        # (prefix, tags); that copy is the one whose dependant the handler reads.
        context_var = getattr(fastapi.routing, "_effective_route_context_var", None)
        context = context_var.get() if context_var is not None else None
        route: Any = context if getattr(context, "original_route", None) is self else self
        if route.dependencies:
            return super().get_route_handler()
        declared = route.dependant
        route.dependant = get_dependant(path=route.path_format, call=lean, scope="function")
        try:
            handler = super().get_route_handler()
            twin = route.dependant
            body_names = [p.name for p in twin.body_params]
            if (
                twin.request_param_name == "request"
                and body_names == ["body"]
                and not twin.dependencies
                and _returns_response(lean)
            ):
                return json_object_handler(lean, handler)
            return handler
        finally:
            route.dependant = declared


def _returns_response(function: Callable[..., Any]) -> bool:
    """Is ``function`` declared to return a Starlette ``Response`` (which FastAPI passes on as
    it is, with no response model applied)?"""
    returned = typing.get_type_hints(function).get("return")
    return isinstance(returned, type) and issubclass(returned, Response)


# Content types FastAPI reads as JSON (``application/json``, ``…+json``), in the spellings
# clients send; any other spelling still reaches FastAPI's own handler, which decides.
PLAIN_JSON = frozenset(
    {"application/json", "application/json; charset=utf-8", "application/json;charset=utf-8"}
)


def json_object_handler(
    lean: Callable[..., Awaitable[Any]], fastapi_handler: Callable[[Request], Awaitable[Response]]
) -> Callable[[Request], Awaitable[Response]]:
    """The route's handler: a JSON object body goes straight to ``lean(request, body)``.

    For the lean twin (``request`` and one ``Any`` body) FastAPI's handler reads the body,
    parses a JSON content type with ``json.loads`` (``Request.json``), solves the two
    parameters (the body validated as ``Any``: itself) and returns the endpoint's
    ``Response`` as it is. That is what this does for a request with a plain JSON content
    type whose body is a JSON object — the same parser, the same call — without the
    solving and the per-request bookkeeping. Anything else (no body, another content type,
    a body that is not valid JSON or not an object, FastAPI telemetry on) is handed to
    FastAPI's handler, which answers exactly as before (the body read is cached on the request).
    """

    async def handler(request: Request) -> Response:
        if request.headers.get("content-type") not in PLAIN_JSON or get_telemetry_data() is not None:
            return await fastapi_handler(request)
        raw = await request.body()
        try:
            body = json.loads(raw) if raw else None
        except (ValueError, RecursionError):  # not JSON, not text, or nested too deep: FastAPI's 4xx
            return await fastapi_handler(request)
        if not isinstance(body, dict):
            return await fastapi_handler(request)
        return await lean(request=request, body=body)

    return handler
