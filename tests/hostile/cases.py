"""Requests built from the OpenAPI document: a plausible baseline per operation, then one
hostile value at a time in every parameter and body field, plus whole-body attacks.

Everything is generated in a fixed order from the document and the corpus, so a run is
reproducible and a failure names the exact request.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from tests.hostile import corpus

MISSING = object()


@dataclass
class Request:
    method: str
    path: str  # template, e.g. /api/v1/plans/{plan_id}
    path_params: dict[str, Any]
    query: dict[str, Any]
    headers: dict[str, bytes]
    body: Any = MISSING  # JSON value, form dict, or raw bytes (with content_type)
    body_kind: str = "none"  # none | json | form | multipart | raw
    content_type: str | None = None
    label: str = "baseline"
    roles: tuple[str, ...] | None = None  # None: every role
    authorization: bytes | None = None  # replaces the role's token

    def url(self) -> str:
        path = self.path
        for name, value in self.path_params.items():
            path = path.replace("{" + name + "}", _quote(value))
        items = []
        for name, value in self.query.items():
            values = value if isinstance(value, list) else [value]
            items += [f"{quote(name)}={_quote(v)}" for v in values]
        return path + ("?" + "&".join(items) if items else "")

    def encoded_body(self) -> tuple[bytes | None, str | None]:
        if self.body_kind == "none" or self.body is MISSING:
            return None, None
        if self.body_kind == "json":
            # ensure_ascii: lone surrogates travel as \ud800 escapes, as an attacker sends them.
            return json.dumps(self.body, ensure_ascii=True, allow_nan=True).encode(), "application/json"
        if self.body_kind == "form":
            pairs = "&".join(f"{quote(k)}={_quote(v)}" for k, v in self.body.items() if v is not None)
            return pairs.encode(), "application/x-www-form-urlencoded"
        if self.body_kind == "multipart":
            return _multipart(self.body)
        return self.body, self.content_type


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode("latin-1")
    return json.dumps(value) if isinstance(value, list | dict) else str(value)


def _quote(value: Any) -> str:
    return quote(_text(value).encode("utf-8", "surrogatepass"), safe="")


BOUNDARY = "hostile-boundary-7f3a"


def _multipart(fields: dict[str, Any]) -> tuple[bytes, str]:
    out = bytearray()
    for name, value in fields.items():
        if value is None:
            continue
        out += f"--{BOUNDARY}\r\n".encode()
        if isinstance(value, tuple):  # a file: (file name, content)
            filename, content = value
            disposition = f'form-data; name="{name}"; filename="{filename}"'
            out += b"Content-Disposition: " + disposition.encode("utf-8", "surrogatepass") + b"\r\n"
            out += b"Content-Type: application/octet-stream\r\n\r\n" + content + b"\r\n"
        else:
            out += f'Content-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
            out += _text(value).encode("utf-8", "surrogatepass") + b"\r\n"
    out += f"--{BOUNDARY}--\r\n".encode()
    return bytes(out), f"multipart/form-data; boundary={BOUNDARY}"


# --- schemas ------------------------------------------------------------------------


class Schemas:
    def __init__(self, document: dict[str, Any], ids: dict[str, str]) -> None:
        self.components = document.get("components", {}).get("schemas", {})
        self.ids = ids

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        for _ in range(20):
            if "$ref" in schema:
                schema = self.components[schema["$ref"].rsplit("/", 1)[-1]]
                continue
            options = schema.get("anyOf") or schema.get("oneOf")
            if options:
                non_null = [o for o in options if o.get("type") != "null"]
                schema = non_null[0] if non_null else options[0]
                continue
            break
        return schema

    def kind(self, schema: dict[str, Any], name: str) -> str:
        s = self.resolve(schema)
        kind = s.get("type")
        if name == "cursor":
            return "cursor"
        if kind == "string":
            if "enum" in s or "const" in s:
                return "enum"
            if "contentMediaType" in s or s.get("format") == "binary":
                return "file"
            return {"uuid": "uuid", "date": "date", "date-time": "datetime"}.get(s.get("format", ""), "text")
        if kind in ("integer", "number"):
            return "int"
        if kind == "boolean":
            return "bool"
        if kind == "array":
            return "array"
        if kind == "object" or "properties" in s:
            return "object"
        return "text"

    def example(self, schema: dict[str, Any], name: str = "", depth: int = 0) -> Any:
        """A plausible valid value (required properties only)."""
        s = self.resolve(schema)
        if "const" in s:
            return s["const"]
        if "enum" in s:
            return s["enum"][0]
        if "default" in s and s["default"] is not None and depth > 0:
            return s["default"]
        kind = s.get("type")
        if kind == "object" or "properties" in s:
            required = s.get("required", [])
            return {
                key: self.example(sub, key, depth + 1)
                for key, sub in s.get("properties", {}).items()
                if key in required
            }
        if kind == "array":
            if s.get("minItems", 0) > 0:
                return [self.example(s.get("items", {}), name, depth + 1)]
            return []
        if kind == "integer":
            return max(1, s.get("minimum", 1))
        if kind == "number":
            return 1
        if kind == "boolean":
            return False
        fmt = s.get("format")
        if fmt == "uuid":
            return self.id_for(name)
        if fmt == "date":
            return "2024-05-01"
        if fmt == "date-time":
            return "2024-05-01T00:00:00Z"
        pattern = s.get("pattern", "")
        if pattern.startswith("^(") and pattern.endswith(")$"):
            return pattern[2:-2].split("|")[0]
        if pattern.startswith("^-?") and pattern.endswith("$") and pattern[3:-1].isidentifier():
            return pattern[3:-1]
        if name == "email":
            return "nobody@example.org"
        if name in ("password", "new_password", "current_password"):
            return "not-the-password-1"
        return "x" * max(1, s.get("minLength", 1))

    def id_for(self, name: str) -> str:
        base = name.removesuffix("_ids").removesuffix("_id")
        for candidate in (
            name,
            f"{base}_id",
            {"lead_unit": "unit_id", "assigned_to": "user_id"}.get(base, ""),
        ):
            if candidate in self.ids:
                return self.ids[candidate]
        return self.ids.get("unit_id", str(uuid.UUID(int=1)))

    def slots(self, schema: dict[str, Any], prefix: tuple[Any, ...] = (), depth: int = 0) -> Iterator[Any]:
        """(path into the body, property schema) for every field, nested objects and list items."""
        s = self.resolve(schema)
        for key, sub in s.get("properties", {}).items():
            path = (*prefix, key)
            yield path, sub
            r = self.resolve(sub)
            if depth < 3 and (r.get("type") == "object" or "properties" in r):
                yield from self.slots(sub, path, depth + 1)
            if depth < 3 and r.get("type") == "array":
                item = self.resolve(r.get("items", {}))
                yield (*path, 0), r.get("items", {})
                if item.get("type") == "object" or "properties" in item:
                    yield from self.slots(item, (*path, 0), depth + 1)


def values_for(kind: str, where: str, signed_cursors: list[str]) -> list[Any]:
    in_url = where in ("path", "query")
    text = corpus.QUERY_TEXT if in_url else corpus.TEXT
    by_kind: dict[str, list[Any]] = {
        "text": text,
        "uuid": corpus.UUIDS,
        "date": corpus.DATES,
        "datetime": corpus.DATETIMES,
        "int": corpus.INTS,
        "enum": corpus.ENUMS,
        "bool": corpus.BOOLS,
        "cursor": corpus.cursors(signed_cursors),
        "array": [["B" * 2000] * 3, list(range(300)), "x"]
        if in_url
        else [[corpus.LONG] * 3, list(range(3000)), "x"],
        "object": ["x", [1]],
        "file": [],
    }
    values = list(by_kind[kind])
    if where == "body":
        values += [w for w in corpus.WRONG if kind != "object" or w != {}]
    return values


def _set(body: Any, path: tuple[Any, ...], value: Any) -> Any:
    """A deep copy of ``body`` with ``value`` at ``path`` (creating what is missing)."""
    body = json.loads(json.dumps(body))
    node = body
    for i, key in enumerate(path[:-1]):
        nxt = path[i + 1]
        if isinstance(node, list):
            while len(node) <= key:
                node.append({} if not isinstance(nxt, int) else [])
            node = node[key]
        else:
            if key not in node or not isinstance(node[key], dict | list):
                node[key] = [] if isinstance(nxt, int) else {}
            node = node[key]
    last = path[-1]
    if isinstance(node, list):
        while len(node) <= last:
            node.append(None)
    node[last] = value
    return body


def operation_requests(
    method: str, path: str, op: dict[str, Any], schemas: Schemas, signed_cursors: list[str]
) -> Iterator[Request]:
    params = op.get("parameters", [])
    base_path = {
        p["name"]: schemas.ids.get(p["name"], schemas.example(p["schema"], p["name"]))
        for p in params
        if p["in"] == "path"
    }
    base_query = {
        p["name"]: schemas.example(p["schema"], p["name"])
        for p in params
        if p["in"] == "query" and p.get("required")
    }
    base_headers: dict[str, bytes] = {}
    for p in params:
        if p["in"] == "header" and p["name"] == "If-Match":
            # "*" reaches the handler; DELETE gets a stale tag so the seeded world survives.
            base_headers["If-Match"] = b'"stale"' if method == "delete" else b"*"
    content = op.get("requestBody", {}).get("content", {})
    media, body_schema = next(iter(content.items()), (None, {}))
    body_kind = {
        "application/json": "json",
        "application/x-www-form-urlencoded": "form",
        "multipart/form-data": "multipart",
    }.get(media or "", "none")
    base_body: Any = MISSING
    if body_kind != "none":
        base_body = schemas.example(body_schema.get("schema", {}))
        if body_kind == "multipart":
            for key, sub in schemas.resolve(body_schema["schema"]).get("properties", {}).items():
                if schemas.kind(sub, key) == "file":
                    base_body[key] = ("plan.txt", "I. Mở đầu\nNội dung dự thảo.\n".encode())

    def make(label: str, **changes: Any) -> Request:
        request = Request(
            method.upper(),
            path,
            dict(base_path),
            dict(base_query),
            dict(base_headers),
            base_body,
            body_kind,
            label=label,
        )
        for key, value in changes.items():
            setattr(request, key, value)
        return request

    yield make("baseline")
    for p in params:
        where, name = p["in"], p["name"]
        kind = schemas.kind(p["schema"], name)
        if where == "header" or where == "cookie":
            for value in corpus.HEADER_VALUES:
                if where == "cookie":
                    headers = {**base_headers, "Cookie": f"{name}=".encode() + value}
                else:
                    headers = {**base_headers, name: value}
                yield make(f"{where}:{name}={value[:40]!r}", headers=headers)
            continue
        for value in values_for(kind, where, signed_cursors):
            label = f"{where}:{name}={_text(value)[:40]!r}"
            if where == "path":
                yield make(label, path_params={**base_path, name: value})
            else:
                yield make(label, query={**base_query, name: value})
    if body_kind == "json":
        for slot, sub in schemas.slots(body_schema.get("schema", {})):
            kind = schemas.kind(sub, str(slot[-1]))
            for value in values_for(kind, "body", signed_cursors):
                yield make(
                    f"body:{'.'.join(map(str, slot))}={_text(value)[:40]!r}",
                    body=_set(base_body, slot, value),
                )
        # The whole body: wrong shapes, broken JSON, deep nesting, too large (roles: all).
        for label, raw in (
            ("body=[]", b"[]"),
            ("body=null", b"null"),
            ("body=broken", b'{"a": '),
            ("body=deep", b"[" * 100_000 + b"]" * 100_000),
            ("body=nul", b"\x00"),
            ("body=not-utf8", b'{"x": "\xff\xfe"}'),
        ):
            yield make(label, body=raw, body_kind="raw", content_type="application/json")
        yield make("body=text/plain", body=b"hello", body_kind="raw", content_type="text/plain")
    if body_kind in ("form", "multipart"):
        properties = schemas.resolve(body_schema["schema"]).get("properties", {})
        for key, sub in properties.items():
            kind = schemas.kind(sub, key)
            if kind == "file":
                for filename, data in corpus.files():
                    yield make(f"file:{key}={filename[:40]!r}", body={**base_body, key: (filename, data)})
                continue
            for value in values_for(kind, "query", signed_cursors):
                yield make(f"form:{key}={_text(value)[:40]!r}", body={**base_body, key: value})
        yield make("body=no-boundary", body=b"--x\r\n", body_kind="raw", content_type="multipart/form-data")
    if body_kind != "none":
        # 10 MB: the body limit answers 413 from the declared length, before anything is parsed.
        yield make("body=10MB", body=TEN_MB_BODY, body_kind="raw", content_type="application/json")
    for value in corpus.AUTHORIZATIONS:
        yield make(f"authorization={value[:30]!r}", authorization=value, roles=("anonymous",))


TEN_MB_BODY = b'{"x": "' + b"A" * corpus.TEN_MB + b'"}'
