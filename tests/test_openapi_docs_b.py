"""The consultation domain's part of the OpenAPI document is documented (issue #16, item 1).

Every operation served by a ``plandesk.consultations`` router has a description, a request
example when it reads a body, and an example of its success answer; every property of a
schema reachable from those operations has a description that says more than its name; and
every example validates against the schema it illustrates (JSON Schema over the document,
and the Pydantic model itself for the domain's models).

Every parameter of those operations (query, path, header, cookie) has a description that
says more than its name, too.

Schemas defined outside the consultation domain are documented elsewhere and listed here
explicitly; any other schema reachable from these operations must be the domain's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.routing import APIRoute
from jsonschema import Draft202012Validator, FormatChecker
from pydantic import BaseModel

from plandesk.consultations import schemas as consultation_schemas
from plandesk.core.config import Settings
from plandesk.core.openapi import BINARY_MEDIA_TYPES
from plandesk.main import create_app

APP = create_app(
    Settings(serve_frontend=False, check_schema_on_startup=False, database_url="sqlite+aiosqlite://")
)
DOC: dict[str, Any] = APP.openapi()
SCHEMAS: dict[str, Any] = DOC["components"]["schemas"]
METHODS = {"get", "post", "put", "patch", "delete"}

# Reachable from the consultation routes but defined (and documented) in plandesk.core.
OUTSIDE_SCOPE = {
    "Problem": "plandesk.core.errors: the problem+json body of every error",
    "FieldError": "plandesk.core.errors: one entry of a Problem's `errors`",
    "Page_*_": "plandesk.core.pagination.Page: the {items, next_cursor} envelope of every list",
}
# FastAPI builds the multipart bodies of the upload routes from their Form/File parameters.
FORM_BODIES = {"Body_uploadDocument", "Body_uploadDocumentVersion"}


def _api_routes(routes: list[Any], prefix: str = "") -> Iterator[tuple[str, APIRoute]]:
    # FastAPI keeps included routers as nodes (``original_router``) rather than copying routes.
    for route in routes:
        if isinstance(route, APIRoute):
            yield prefix + route.path, route
        elif hasattr(route, "original_router"):
            yield from _api_routes(route.original_router.routes, prefix + route.include_context.prefix)


def _scope() -> list[tuple[str, str]]:
    keys = []
    for path, route in _api_routes(APP.routes):
        if route.endpoint.__module__.startswith("plandesk.consultations."):
            keys += [(m.lower(), path) for m in sorted(route.methods or ())]
    return sorted(keys)


SCOPE = _scope()


def _domain_models() -> dict[str, type[BaseModel]]:
    found: dict[str, type[BaseModel]] = {}
    for value in vars(consultation_schemas).values():
        if isinstance(value, type) and issubclass(value, BaseModel) and value is not BaseModel:
            if value.__module__.startswith("plandesk.consultations."):
                found[value.__name__] = value
    return found


MODELS = _domain_models()


def _outside(name: str) -> bool:
    return name in OUTSIDE_SCOPE or re.fullmatch(r"Page_\w+_", name) is not None


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value.rsplit("/", 1)[1]
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _reachable() -> list[str]:
    todo = [name for method, path in SCOPE for name in _refs(DOC["paths"][path][method])]
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo += list(_refs(SCHEMAS[name]))
    return sorted(seen)


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[1]]
    return schema


def _media_examples(media: dict[str, Any]) -> list[Any]:
    out = [media["example"]] if "example" in media else []
    out += [e["value"] for e in media.get("examples", {}).values() if "value" in e]
    return out + list(_resolve(media.get("schema", {})).get("examples", []))


def _restates_name(name: str, description: str) -> bool:
    words = re.sub(r"[^a-z0-9]+", " ", description.lower()).strip()
    return words in {name.replace("_", " "), name.replace("_", " ") + "s", ""}


def undocumented_operations() -> list[str]:
    problems = []
    for method, path in SCOPE:
        op = DOC["paths"][path][method]
        where = f"{method.upper()} {path}"
        if len((op.get("description") or "").strip()) < 40:
            problems.append(f"{where}: no description")
        body = op.get("requestBody", {}).get("content", {})
        if body and not any(_media_examples(media) for media in body.values()):
            problems.append(f"{where}: no request example")
        ok = [r for code, r in op["responses"].items() if code.startswith("2") and r.get("content")]
        if f"{method.upper()} {path}" in BINARY_MEDIA_TYPES:
            continue  # a file download: plandesk.core.openapi writes its binary schema
        if ok and not any(_media_examples(media) for r in ok for media in r["content"].values()):
            problems.append(f"{where}: no success response example")
    return problems


def undocumented_fields() -> list[str]:
    problems = []
    for name in _reachable():
        if _outside(name):
            continue
        schema = SCHEMAS[name]
        if name not in MODELS and name not in FORM_BODIES:
            problems.append(f"{name}: reachable, but neither the domain's model nor listed in OUTSIDE_SCOPE")
        if name in MODELS and not schema.get("description"):
            problems.append(f"{name}: no description")
        for prop, spec in schema.get("properties", {}).items():
            description = spec.get("description") or ""
            if _restates_name(prop, description):
                problems.append(f"{name}.{prop}: no description")
    return problems


def undescribed_parameters() -> list[str]:
    problems = []
    for method, path in SCOPE:
        for param in DOC["paths"][path][method].get("parameters", []):
            name = re.sub(r"[^a-z0-9]+", "_", param["name"].lower())
            if _restates_name(name, param.get("description") or ""):
                problems.append(f"{method.upper()} {path}: {param['in']} parameter {param['name']}")
    return problems


def _validator(schema: dict[str, Any]) -> Draft202012Validator:
    # The document's components ride along, so "#/components/schemas/…" resolves.
    return Draft202012Validator({**schema, "components": DOC["components"]}, format_checker=FormatChecker())


def test_every_consultation_operation_has_a_description_and_examples() -> None:
    assert len(SCOPE) > 40, SCOPE
    problems = undocumented_operations()
    assert not problems, "\n".join(problems)


def test_every_property_of_the_consultation_schemas_is_described() -> None:
    problems = undocumented_fields()
    assert not problems, "\n".join(problems)


def test_every_parameter_of_the_consultation_operations_is_described() -> None:
    params = [p for m, path in SCOPE for p in DOC["paths"][path][m].get("parameters", [])]
    assert len(params) > 40, len(params)
    problems = undescribed_parameters()
    assert not problems, "\n".join(problems)


def test_the_examples_validate_against_their_schemas() -> None:
    problems = []
    for method, path in SCOPE:
        op = DOC["paths"][path][method]
        bodies = [("request", m) for m in op.get("requestBody", {}).get("content", {}).values()]
        bodies += [(code, m) for code, r in op["responses"].items() for m in r.get("content", {}).values()]
        for where, media in bodies:
            if "schema" not in media:
                continue
            validator = _validator(media["schema"])
            for example in _media_examples(media):
                for error in validator.iter_errors(example):
                    problems.append(f"{method.upper()} {path} {where}: {error.message} at {list(error.path)}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    "name", sorted(n for n, m in MODELS.items() if m.model_json_schema().get("examples"))
)
def test_each_model_example_validates_with_the_model(name: str) -> None:
    model = MODELS[name]
    for example in model.model_json_schema()["examples"]:
        model.model_validate(example)


def test_every_error_of_the_consultation_operations_is_problem_json() -> None:
    problems = []
    for method, path in SCOPE:
        for code, response in DOC["paths"][path][method]["responses"].items():
            if code[0] in "45":
                content = response.get("content", {})
                if list(content) != ["application/problem+json"] or not response.get("description"):
                    problems.append(f"{method.upper()} {path} {code}: {sorted(content)}")
    assert not problems, "\n".join(problems)
