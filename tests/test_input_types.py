"""Every input of the API uses the checked types (issue #9, items 2, 5, 14, 15).

Walks the OpenAPI document: every parameter and every schema reachable from a request
body. A plain string must carry the clean-text mark (NFC, no NUL, surrogates or
control characters), a date or datetime the range mark, an integer both bounds.
Enumerations, uuids and binary file contents are exempt: they are checked by type.
"""

from __future__ import annotations

from typing import Any

from plandesk.core.bounds import RANGE_MARK
from plandesk.core.text import CLEAN_TEXT_MARK

EXEMPT_FORMATS = {"uuid", "binary"}  # file contents: "contentMediaType" (OpenAPI 3.1)


def _problems(schema: Any, components: dict[str, Any], where: str, seen: set[str]) -> list[str]:
    if not isinstance(schema, dict):
        return []
    ref = schema.get("$ref")
    if ref:
        name = ref.rsplit("/", 1)[-1]
        if name in seen:
            return []
        seen.add(name)
        return _problems(components[name], components, name, seen)
    out: list[str] = []
    for key in ("anyOf", "oneOf", "allOf"):
        for i, sub in enumerate(schema.get(key, [])):
            out += _problems(sub, components, where, seen)
    kind = schema.get("type")
    fmt = schema.get("format")
    if (
        kind == "string"
        and "enum" not in schema
        and "const" not in schema
        and fmt not in EXEMPT_FORMATS
        and "contentMediaType" not in schema
    ):
        if fmt in ("date", "date-time"):
            if RANGE_MARK not in schema:
                out.append(f"{where}: {fmt} without a range")
        elif CLEAN_TEXT_MARK not in schema:
            out.append(f"{where}: plain string")
    if kind == "integer" and ("minimum" not in schema or "maximum" not in schema):
        out.append(f"{where}: integer without bounds")
    for name, sub in schema.get("properties", {}).items():
        out += _problems(sub, components, f"{where}.{name}", seen)
    if "items" in schema:
        out += _problems(schema["items"], components, f"{where}[]", seen)
    if isinstance(schema.get("additionalProperties"), dict):
        out += _problems(schema["additionalProperties"], components, f"{where}{{}}", seen)
    return out


def unchecked_inputs(document: dict[str, Any]) -> list[str]:
    components = document.get("components", {}).get("schemas", {})
    out: list[str] = []
    for path, operations in document["paths"].items():
        for method, op in operations.items():
            label = f"{method.upper()} {path}"
            for param in op.get("parameters", []):
                out += _problems(param["schema"], components, f"{label} {param['in']}:{param['name']}", set())
            for media in op.get("requestBody", {}).get("content", {}).values():
                out += _problems(media.get("schema", {}), components, f"{label} body", set())
    return sorted(set(out))


def test_every_input_string_date_and_integer_is_checked(app) -> None:  # type: ignore[no-untyped-def]
    assert unchecked_inputs(app.openapi()) == []


def test_the_walk_finds_a_plain_string() -> None:
    document = {
        "paths": {"/x": {"get": {"parameters": [{"in": "query", "name": "q", "schema": {"type": "string"}}]}}}
    }
    assert unchecked_inputs(document) == ["GET /x query:q: plain string"]


def test_the_walk_finds_an_unbounded_integer_and_an_open_date_in_a_body() -> None:
    document = {
        "paths": {
            "/x": {
                "post": {
                    "requestBody": {
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/B"}}}
                    }
                }
            }
        },
        "components": {
            "schemas": {
                "B": {
                    "properties": {
                        "n": {"type": "integer", "minimum": 0},
                        "d": {"anyOf": [{"type": "string", "format": "date"}, {"type": "null"}]},
                    }
                }
            }
        },
    }
    assert unchecked_inputs(document) == ["B.d: date without a range", "B.n: integer without bounds"]
