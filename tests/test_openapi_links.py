"""The OpenAPI links the document declares (backend/plandesk/core/links.py), walked.

Fails on a link to an operation that does not exist, a parameter the target does not have,
an expression that reads a field (or header, or request parameter) the source does not
have or of another type than the parameter, a required If-Match a link leaves out, and an
operation that answers with an object carrying an ``id`` but does not link to the
operation that reads that object by id (so a new route without links fails here).
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from plandesk.cli import render_openapi
from plandesk.core.links import RESOURCES, apply_links

DOC = json.loads(render_openapi())
SCHEMAS = DOC["components"]["schemas"]
METHODS = {"get", "post", "put", "patch", "delete"}
OPS: dict[str, tuple[str, str, dict[str, Any]]] = {
    op["operationId"]: (method, path, op)
    for path, item in DOC["paths"].items()
    for method, op in item.items()
    if method in METHODS
}
LINKS = [
    (source, code, name, link)
    for source, (_, _, op) in OPS.items()
    for code, response in op["responses"].items()
    for name, link in response.get("links", {}).items()
]


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[1]]
    return schema


def _non_null(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema without its ``null`` alternative (an optional field's type)."""
    schema = _resolve(schema)
    options = [s for s in schema.get("anyOf", []) if _resolve(s).get("type") != "null"]
    return _resolve(options[0]) if len(options) == 1 else schema


def _at(schema: dict[str, Any], pointer: str) -> dict[str, Any] | None:
    """The schema of the value a JSON pointer reaches in a document of ``schema``; None if none."""
    for token in pointer.strip("/").split("/") if pointer.strip("/") else []:
        schema = _non_null(schema)
        if schema.get("type") == "array" and token.isdigit():
            schema = schema["items"]
        elif token in schema.get("properties", {}):
            schema = schema["properties"][token]
        else:
            return None
    return _non_null(schema)


def _param(op: dict[str, Any], location: str, name: str) -> dict[str, Any] | None:
    return next((p for p in op.get("parameters", []) if p["in"] == location and p["name"] == name), None)


def _json_schema(op: dict[str, Any], code: str) -> dict[str, Any]:
    return op["responses"][code]["content"]["application/json"]["schema"]


def _source_value(source: str, code: str, expression: str) -> dict[str, Any] | str | None:
    """The schema an expression reads in ``source``'s ``code`` answer (or its request); None if nothing."""
    _, _, op = OPS[source]
    if expression.startswith("$response.body#"):
        return _at(_json_schema(op, code), expression.removeprefix("$response.body#"))
    if match := re.fullmatch(r"\$request\.(path|query|header)\.(.+)", expression):
        param = _param(op, match[1], match[2])
        return None if param is None else _non_null(param["schema"])
    if match := re.fullmatch(r"\$response\.header\.(.+)", expression):
        headers = {h.lower(): h for h in op["responses"][code].get("headers", {})}
        return "header" if match[1].lower() in headers else None
    return None


def test_the_document_declares_links():
    assert len(LINKS) >= 500
    assert {source for source, *_ in LINKS} >= {
        "createPlan", "createTask", "createConsultation", "createUnit", "createUser", "createWebhook",
        "createDocument", "createAnswerTemplate", "submitFeedback",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("source", "code", "name", "link"), LINKS, ids=[f"{s}-{c}-{n}" for s, c, n, _ in LINKS]
)
def test_a_link_names_a_real_operation_and_reads_what_the_source_answers(source, code, name, link):
    assert set(link) == {"operationId", "parameters", "description"}
    assert link["operationId"] in OPS, f"no operation {link['operationId']}"
    _, _, target = OPS[link["operationId"]]
    assert link["parameters"], "a link sets at least one parameter"
    for qualified, expression in link["parameters"].items():
        location, _, param_name = qualified.partition(".")
        param = _param(target, location, param_name)
        assert param is not None, f"{link['operationId']} has no {location} parameter {param_name}"
        read = _source_value(source, code, expression)
        assert read is not None, f"{source} {code} has nothing at {expression}"
        if isinstance(read, dict) and "type" in read:
            wanted = _non_null(param["schema"]).get("type")
            assert read["type"] == wanted, f"{expression} is {read['type']}, {qualified} is {wanted}"
    set_paths = {q.partition(".")[2] for q in link["parameters"] if q.startswith("path.")}
    for param in target.get("parameters", []):
        if param["in"] == "path" and "enum" not in _non_null(param["schema"]):
            assert param["name"] in set_paths, f"{link['operationId']}: path {param['name']} left to chance"
    if_match = _param(target, "header", "If-Match")
    if if_match is not None and if_match.get("required"):
        assert "header.If-Match" in link["parameters"], f"{link['operationId']} needs If-Match"


def _resource_name(schema_ref: str) -> str:
    """``PlanOut``, ``PlanListItem`` → ``Plan``; ``EndpointWithSecret`` → ``Endpoint``;
    ``MyAssignment`` → ``Assignment``: the object a schema shows, in its different cuts."""
    name = schema_ref.rsplit("/", 1)[-1].removeprefix("My")
    for suffix in ("WithSecret", "ListItem", "SummaryOut", "Detail", "Out"):
        name = name.removesuffix(suffix)
    return name


def _objects(op: dict[str, Any]) -> list[tuple[str, str]]:
    """``(code, resource name)`` of each object with an ``id`` that a 2xx JSON answer carries,
    as its body or as the items of a page."""
    out = []
    for code, response in op["responses"].items():
        media = response.get("content", {}).get("application/json")
        if not code.startswith("2") or media is None:
            continue
        ref = media["schema"].get("$ref")
        schema = _resolve(media["schema"])
        items = schema.get("properties", {}).get("items", {})
        if "next_cursor" in schema.get("properties", {}) and "$ref" in items.get("items", {}):
            ref = items["items"]["$ref"]
        if ref and "id" in _resolve({"$ref": ref}).get("properties", {}):
            out.append((code, _resource_name(ref)))
    return out


def _readers() -> dict[str, set[str]]:
    """Resource name → the GETs that read one such object by the ids in their path."""
    readers: dict[str, set[str]] = {}
    for operation_id, (method, path, op) in OPS.items():
        if method == "get" and "{" in path:
            for code, name in _objects(op):
                if code == "200" and "next_cursor" not in _resolve(_json_schema(op, code)).get(
                    "properties", {}
                ):
                    readers.setdefault(name, set()).add(operation_id)
    return readers


def test_every_answer_with_an_object_links_to_the_operation_that_reads_it():
    readers = _readers()
    assert readers["Plan"] == {"getPlan"} and readers["Task"] == {"getTask"}
    missing = []
    for operation_id, (_, _, op) in OPS.items():
        for code, name in _objects(op):
            linked = {link["operationId"] for link in op["responses"][code].get("links", {}).values()}
            for reader in readers.get(name, set()) - {operation_id} - linked:
                missing.append(f"{operation_id} {code} ({name}) → {reader}")
            if operation_id in readers.get(name, set()) and operation_id not in linked:
                missing.append(f"{operation_id} {code} ({name}) → itself (read it again)")
    assert not missing, "\n".join(missing)


def test_a_link_to_an_operation_that_is_gone_fails_the_generation():
    doc = json.loads(render_openapi())
    for item in doc["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == "createPlan":
                op["operationId"] = "makePlan"
    with pytest.raises(RuntimeError, match="no operation createPlan"):
        apply_links(doc)


def test_every_resource_has_sources_and_targets_in_the_document():
    for resource in RESOURCES:
        assert resource.sources and resource.targets, resource.name
        assert set(resource.targets) <= set(OPS), resource.name
