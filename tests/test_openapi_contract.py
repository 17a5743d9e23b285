"""The OpenAPI document as a contract: a walk over every operation.

Fails on a list without the ``{items, next_cursor}`` envelope and a bounded ``limit``, a
list item without its ``etag`` where the single resource sends one, an error that is not
problem+json, an If-Match the code requires but the document calls optional, an
Idempotency-Key or If-None-Match used but not declared, a binary download without a
binary schema, an operationId that is not camelCase or not unique, and a document that
openapi-spec-validator refuses.
"""

from __future__ import annotations

import json
import re

import pytest
from openapi_spec_validator import validate

from plandesk.cli import render_openapi
from plandesk.core.openapi import BINARY_MEDIA_TYPES

DOC = json.loads(render_openapi())
SCHEMAS = DOC["components"]["schemas"]
OPS = [
    (method, path, op)
    for path, item in DOC["paths"].items()
    for method, op in item.items()
    if method in {"get", "post", "put", "patch", "delete"}
]
# A POST that returns a batch it created (not a list to page through).
BATCH_RESULTS = {"POST /api/v1/plans/{plan_id}/reporting-periods/generate"}


def _resolve(schema: dict) -> dict:
    while "$ref" in schema:
        schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[1]]
    return schema


def _ok_schema(op: dict) -> dict | None:
    for code, response in op["responses"].items():
        if code.startswith("2"):
            media = response.get("content", {}).get("application/json")
            if media:
                return _resolve(media["schema"])
    return None


def test_the_document_passes_openapi_spec_validator():
    validate(DOC)


def test_operation_ids_read_well_and_are_unique():
    ids = [op["operationId"] for _, _, op in OPS]
    assert len(ids) == len(set(ids))
    bad = [i for i in ids if not re.fullmatch(r"[a-z][a-zA-Z0-9]*", i)]
    assert not bad, bad


def test_every_list_has_the_envelope_and_a_bounded_limit():
    problems = []
    for method, path, op in OPS:
        schema = _ok_schema(op)
        where = f"{method.upper()} {path}"
        if schema is None or where in BATCH_RESULTS:
            continue
        if schema.get("type") == "array":
            problems.append(f"{where}: a bare array, not {{items, next_cursor}}")
            continue
        props = schema.get("properties", {})
        if "next_cursor" in props and method == "get":
            if props.get("items", {}).get("type") != "array":
                problems.append(f"{where}: next_cursor without items")
            limit = next((p for p in op.get("parameters", []) if p["name"] == "limit"), None)
            if limit is None or "maximum" not in limit["schema"]:
                problems.append(f"{where}: no bounded limit")
    assert not problems, "\n".join(problems)


def test_list_items_carry_the_etag_of_the_single_resource():
    problems = []
    for method, path, op in OPS:
        schema = _ok_schema(op)
        if method != "get" or schema is None or "next_cursor" not in schema.get("properties", {}):
            continue
        item = _resolve(schema["properties"]["items"]["items"])
        single = f"{path}/{{"
        has_single = any(p.startswith(single) and p.count("/") == path.count("/") + 1 for p in DOC["paths"])
        patchable = any(
            "patch" in DOC["paths"][p] or "delete" in DOC["paths"][p]
            for p in DOC["paths"]
            if p.startswith(single) and p.count("/") == path.count("/") + 1
        )
        if has_single and patchable and "etag" not in item.get("properties", {}):
            problems.append(f"GET {path}: items lack etag")
    assert not problems, "\n".join(problems)


def test_errors_are_problem_json_and_headers_are_declared():
    problems = []
    for method, path, op in OPS:
        where = f"{method.upper()} {path}"
        params = {p["name"].lower(): p for p in op.get("parameters", []) if p["in"] == "header"}
        for code, response in op["responses"].items():
            if code[0] in "45":
                content = response.get("content", {})
                if list(content) != ["application/problem+json"]:
                    problems.append(f"{where} {code}: not problem+json")
                elif content["application/problem+json"]["schema"] != {
                    "$ref": "#/components/schemas/Problem"
                }:
                    problems.append(f"{where} {code}: not the Problem schema")
            if not response.get("description"):
                problems.append(f"{where} {code}: no description")
        if "428" in op["responses"] and not params.get("if-match", {}).get("required"):
            problems.append(f"{where}: 428 documented but If-Match not required")
        if params.get("if-match", {}).get("required") and not {"412", "428"} <= set(op["responses"]):
            problems.append(f"{where}: required If-Match without 412/428")
        if "idempotency-key" in params and not params["idempotency-key"].get("description"):
            problems.append(f"{where}: Idempotency-Key undescribed")
        if "304" in op["responses"] and "if-none-match" not in params:
            problems.append(f"{where}: 304 without If-None-Match")
        if method == "get" and path.startswith("/api/") and _ok_schema(op) is not None:
            if "if-none-match" not in params or "304" not in op["responses"]:
                problems.append(f"{where}: a JSON GET without If-None-Match/304")
        if not op.get("summary"):
            problems.append(f"{where}: no summary")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("key", sorted(BINARY_MEDIA_TYPES))
def test_binary_downloads_declare_a_binary_schema(key):
    method, path = key.split(" ", 1)
    op = DOC["paths"][path][method.lower()]
    ok = next(r for c, r in op["responses"].items() if c.startswith("2"))
    for media in ok["content"].values():
        assert media["schema"] == {"type": "string", "format": "binary"}


def test_refused_transitions_are_machine_readable():
    problem = SCHEMAS["Problem"]["properties"]
    assert problem["allowed"]["type"] == "array"
