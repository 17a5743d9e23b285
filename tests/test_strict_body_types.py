"""JSON bodies take a boolean or an integer only as what the document says (issue #16, item 5).

Pydantic's lax mode reads ``"yes"``/``1`` as ``true`` and ``false``/``"5"`` as ``0``/``5``: a
schema-violating request the API accepted (schemathesis ST201). Every boolean and integer
field reachable from a JSON request body is strict; the web client and the SDK send real types.
An integer is what JSON Schema calls one: ``5.0`` is the integer 5 (refusing it was a
schema-valid request rejected, ST202), ``5.5`` is not.
"""

from __future__ import annotations

import types
import typing
from typing import Any, Union

from pydantic import BaseModel, ValidationError

WRONG: dict[type, list[Any]] = {bool: ["true", "yes", 1, 0], int: ["5", 5.5, True, False]}


def _subclasses(cls: type) -> list[type]:
    out = []
    for sub in cls.__subclasses__():
        out += [sub, *_subclasses(sub)]
    return out


def _scalar(annotation: Any) -> type | None:
    """bool or int when the field holds one (optionally None), else None."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _scalar(typing.get_args(annotation)[0])
    if origin in (Union, types.UnionType):
        kinds = {_scalar(a) for a in typing.get_args(annotation) if a is not type(None)}
        return kinds.pop() if len(kinds) == 1 else None
    return annotation if annotation in (bool, int) else None


def json_body_models(document: dict[str, Any]) -> set[str]:
    """Names of the component schemas reachable from a JSON request body."""
    components = document["components"]["schemas"]
    names: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if ref:
                name = ref.rsplit("/", 1)[-1]
                if name not in names:
                    names.add(name)
                    walk(components[name])
            for sub in node.values():
                walk(sub)
        elif isinstance(node, list):
            for sub in node:
                walk(sub)

    for ops in document["paths"].values():
        for op in ops.values():
            walk(op.get("requestBody", {}).get("content", {}).get("application/json"))
    return names


def body_scalars(app: Any) -> list[tuple[type[BaseModel], str, type]]:
    import plandesk.main  # noqa: F401  (every module with a model is imported by the app)

    names = json_body_models(app.openapi())
    models = [
        m for m in _subclasses(BaseModel) if m.__module__.startswith("plandesk.") and m.__name__ in names
    ]
    out = []
    for model in models:
        for name, field in model.model_fields.items():
            kind = _scalar(field.annotation)
            if kind is not None:
                out.append((model, field.alias or name, kind))
    return out


def test_every_boolean_and_integer_of_a_json_body_is_strict(app) -> None:  # type: ignore[no-untyped-def]
    found = body_scalars(app)
    assert len(found) > 30, found  # the walk reaches the bodies
    lax = []
    for model, name, kind in found:
        for value in WRONG[kind]:
            try:
                model.model_validate({name: value})
            except ValidationError as exc:
                if any(e["loc"][:1] == (name,) and e["type"].endswith("_type") for e in exc.errors()):
                    continue
            lax.append(f"{model.__name__}.{name}={value!r}")
    assert lax == []


def test_an_integral_number_is_an_integer(app) -> None:  # type: ignore[no-untyped-def]
    refused = []
    for model, name, kind in body_scalars(app):
        if kind is not int:
            continue
        try:
            model.model_validate({name: 5.0})
        except ValidationError as exc:
            if any(e["loc"][:1] == (name,) and e["type"] == "int_type" for e in exc.errors()):
                refused.append(f"{model.__name__}.{name}")
    assert refused == []


async def test_a_float_with_no_fraction_is_read_as_an_integer_on_the_wire(client, factory) -> None:  # type: ignore[no-untyped-def]
    admin = await factory.actor("admin")
    url = "/api/v1/me/notification-preferences"
    etag = (await client.get(url, headers=admin.headers)).headers["ETag"]
    half = await client.put(
        url,
        json={"quiet_start_hour": 22.0, "quiet_end_hour": 6.5},
        headers={**admin.headers, "If-Match": etag},
    )
    assert half.status_code == 422 and [e["loc"] for e in half.json()["errors"]] == [
        ["body", "quiet_end_hour"]
    ]
    whole = await client.put(
        url,
        json={"quiet_start_hour": 22.0, "quiet_end_hour": 6.0},
        headers={**admin.headers, "If-Match": etag},
    )
    assert whole.status_code == 200, whole.text
    assert (whole.json()["quiet_start_hour"], whole.json()["quiet_end_hour"]) == (22, 6)


async def test_a_string_for_a_boolean_is_refused_on_the_wire(client, factory) -> None:  # type: ignore[no-untyped-def]
    admin = await factory.actor("admin")
    resp = await client.post(
        "/api/v1/units",
        json={"name": "Sở Nội vụ", "kind": "department", "active": "yes"},
        headers=admin.headers,
    )
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["body", "active"]
    ok = await client.post(
        "/api/v1/units",
        json={"name": "Sở Nội vụ", "kind": "department", "active": True},
        headers=admin.headers,
    )
    assert ok.status_code == 201, ok.text


def test_integer_bounds_are_exact_in_a_double(app) -> None:  # type: ignore[no-untyped-def]
    """A bound past 2**53 - 1 is rounded by every JSON reader: 2**63 - 1 + 192 then passes a
    schema validator's ``maximum`` and is refused by the server (a schema-valid request rejected)."""
    past = []

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            for key in ("maximum", "minimum", "exclusiveMaximum", "exclusiveMinimum"):
                if isinstance(node.get(key), int | float) and abs(node[key]) > 2**53 - 1:
                    past.append(f"{where}.{key}={node[key]}")
            for key, sub in node.items():
                walk(sub, f"{where}.{key}")
        elif isinstance(node, list):
            for i, sub in enumerate(node):
                walk(sub, f"{where}[{i}]")

    walk(app.openapi(), "")
    assert past == []


def test_integer_bounds_reach_the_document_as_minimum_and_maximum(app) -> None:  # type: ignore[no-untyped-def]
    """A bound on ``Annotated[JsonInt, Field(ge=…)]`` reached the document as ``ge``/``le``, which
    no generator reads: the contract run sent -218 for an hour of 0..23 as valid data (ST202)."""
    found = []

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            if node.get("type") == "integer" and ({"ge", "le", "gt", "lt"} & node.keys()):
                found.append(where)
            for key, sub in node.items():
                walk(sub, f"{where}.{key}")
        elif isinstance(node, list):
            for i, sub in enumerate(node):
                walk(sub, f"{where}[{i}]")

    document = app.openapi()
    walk(document, "")
    assert found == []
    hour = document["components"]["schemas"]["PreferencesIn"]["properties"]["quiet_start_hour"]
    assert hour["anyOf"][0]["minimum"] == 0 and hour["anyOf"][0]["maximum"] == 23
