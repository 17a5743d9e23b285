"""JSON bodies take a boolean or an integer only as what the document says (issue #16, item 5).

Pydantic's lax mode reads ``"yes"``/``1`` as ``true`` and ``false``/``"5"`` as ``0``/``5``: a
schema-violating request the API accepted (schemathesis ST201). Every boolean and integer
field reachable from a JSON request body is strict; the web client and the SDK send real types.
"""

from __future__ import annotations

import types
import typing
from typing import Any, Union

from pydantic import BaseModel, ValidationError

WRONG: dict[type, list[Any]] = {bool: ["true", "yes", 1, 0], int: ["5", 5.0, True, False]}


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
