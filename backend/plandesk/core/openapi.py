"""The OpenAPI document as a contract: what FastAPI generates, completed.

FastAPI writes the paths and schemas from the routes; :func:`install_contract` wraps
``app.openapi`` to add what a client generator and an outside tester need and what the
routes cannot say themselves:

* ``operationId``s that read well (``listTasks``, ``updateAssignment``): camelCase of the
  endpoint's name, or an explicit name from :data:`OPERATION_IDS`; unique.
* Errors: every 4xx/5xx answers ``application/problem+json`` with the ``Problem`` schema;
  every operation lists the errors the middleware and validation can give (401/403 where
  a principal is needed, 413/415/422 where a body is read, 429, 500).
* ``If-Match`` is ``required: true`` where the code requires it, with 412 and 428.
* ``Idempotency-Key`` is described on every POST that honours it.
* Binary downloads (CSV, XLSX, DOCX, PDF, ICS) declare ``string``/``binary`` schemas.
* ``If-None-Match`` on every GET that sends an ETag, with the 304 answer.
* OpenAPI ``links`` from the answers that carry an object to the operations that take it
  (:mod:`plandesk.core.links`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI
from fastapi.routing import APIRoute

from plandesk.core.concurrency import IF_MATCH_REQUIRED
from plandesk.core.errors import PROBLEM_JSON
from plandesk.core.links import apply_links
from plandesk.core.refusals import REFUSALS
from plandesk.core.text import CLEAN_TEXT_MARK, TEXT_PATTERN

# Better names than the endpoint function's where the function's name reads badly in a
# generated client, or is shared by two endpoints. Keyed by "METHOD path".
OPERATION_IDS: dict[str, str] = {
    "GET /api/v1/consultations/{consultation_id}/feedback": "listFeedback",
    "GET /api/v1/consultations/{consultation_id}/feedback/counts": "countFeedback",
    "POST /api/v1/consultations/{consultation_id}/feedback/bulk": "bulkModerateFeedback",
    "POST /api/v1/consultations/{consultation_id}/feedback/meetings": "recordMeetingFeedback",
    "PATCH /api/v1/feedback/{feedback_id}": "moderateFeedback",
    "GET /api/v1/consultations/{consultation_id}/exports/feedback.csv": "exportFeedbackCsv",
    "GET /api/v1/consultations/{consultation_id}/exports/feedback.xlsx": "exportFeedbackXlsx",
    "GET /api/v1/consultations/{consultation_id}/exports/synthesis.docx": "exportSynthesisDocx",
    "POST /api/v1/tasks/{task_id}/updates": "postProgress",
    "POST /api/v1/tasks/{task_id}/assignments/{unit_id}/urge": "urgeAssignment",
    "GET /api/v1/tasks/{task_id}/assignments/{unit_id}/history": "listAssignmentHistory",
    "GET /api/v1/me/assignments": "listMyAssignments",
    "GET /api/v1/plans/{plan_id}/dashboard": "getPlanDashboard",
    "GET /api/v1/milestones/{milestone_id}/impact": "getMilestoneImpact",
    "GET /api/v1/plans/{plan_id}/calendar.ics": "getPlanCalendar",
    "GET /api/v1/public/plans/{plan_id}": "getPublicPlan",
    "POST /api/v1/auth/token": "issueToken",
    "POST /api/v1/auth/login": "logIn",
    "POST /api/v1/auth/refresh": "refreshSession",
    "POST /api/v1/auth/logout": "logOut",
    "GET /api/v1/auth/me": "getCurrentUser",
    "POST /api/v1/auth/password": "changePassword",
    "POST /api/v1/service-accounts/{service_account_id}/rotate-secret": "rotateServiceAccountSecret",
    "GET /api/v1/unit-groups": "listUnitGroups",
    "POST /api/v1/unit-groups": "createUnitGroup",
    "GET /api/v1/unit-groups/{group_id}": "getUnitGroup",
    "PATCH /api/v1/unit-groups/{group_id}": "updateUnitGroup",
    "DELETE /api/v1/unit-groups/{group_id}": "deleteUnitGroup",
    "GET /api/v1/audit": "listAuditEntries",
    "POST /api/v1/consultations/{consultation_id}/clusters/{cluster_id}/members/{feedback_id}/move-out": (
        "moveFeedbackOutOfCluster"
    ),
    "POST /api/v1/consultations/{consultation_id}/bulk-actions/{bulk_action_id}/recipients/{feedback_id}/undo": (  # noqa: E501
        "undoBulkAction"
    ),
    "POST /api/v1/documents/upload": "uploadDocument",
    "GET /api/v1/documents/{document_id}/versions": "listDocumentVersions",
    "POST /api/v1/documents/{document_id}/versions": "addDocumentVersion",
    "POST /api/v1/documents/{document_id}/versions/upload": "uploadDocumentVersion",
    "GET /api/v1/documents/{document_id}/versions/{number}": "getDocumentVersion",
    "GET /api/v1/answer-templates": "listAnswerTemplates",
    "POST /api/v1/answer-templates": "createAnswerTemplate",
    "GET /api/v1/answer-templates/{template_id}": "getAnswerTemplate",
    "PATCH /api/v1/answer-templates/{template_id}": "updateAnswerTemplate",
    "DELETE /api/v1/answer-templates/{template_id}": "deleteAnswerTemplate",
    "GET /api/v1/public/consultations": "listPublicConsultations",
    "GET /api/v1/public/consultations/{consultation_id}": "getPublicConsultation",
    "GET /api/v1/public/feedback/{receipt}": "getFeedbackReceipt",
    "POST /api/v1/plans/{plan_id}/baselines": "createBaseline",
    "GET /api/v1/plans/{plan_id}/reporting-periods": "listReportingPeriods",
    "POST /api/v1/plans/{plan_id}/reporting-periods": "createReportingPeriod",
    "POST /api/v1/plans/{plan_id}/reporting-periods/generate": "generateReportingPeriods",
    "GET /api/v1/reporting-periods/{period_id}/board": "getReportingBoard",
    "POST /api/v1/reporting-periods/{period_id}/urge": "urgeMissingReports",
    "POST /api/v1/reporting-periods/{period_id}/reports": "startUnitReport",
    "GET /api/v1/unit-reports/{report_id}": "getUnitReport",
    "PATCH /api/v1/unit-reports/{report_id}": "updateUnitReport",
    "POST /api/v1/unit-reports/{report_id}/submit": "submitUnitReport",
    "POST /api/v1/unit-reports/{report_id}/accept": "acceptUnitReport",
    "POST /api/v1/unit-reports/{report_id}/return": "returnUnitReport",
    "GET /api/v1/unit-reports/{report_id}/document.{fmt}": "getUnitReportDocument",
    "POST /api/v1/unit-reports/{report_id}/attachments": "addReportAttachment",
    "GET /api/v1/report-attachments/{attachment_id}": "getReportAttachment",
    "GET /api/v1/reviews/{review_id}/assembled": "getAssembledReview",
    "POST /api/v1/reviews/{review_id}/issues": "issueReview",
    "GET /api/v1/reviews/{review_id}/issues/{number}": "getReviewIssue",
    "GET /api/v1/reviews/{review_id}/document.{fmt}": "getReviewDocument",
    "GET /api/v1/webhooks/event-types": "listWebhookEventTypes",
    "GET /api/v1/webhooks": "listWebhooks",
    "POST /api/v1/webhooks": "createWebhook",
    "GET /api/v1/webhooks/{endpoint_id}": "getWebhook",
    "PATCH /api/v1/webhooks/{endpoint_id}": "updateWebhook",
    "DELETE /api/v1/webhooks/{endpoint_id}": "deleteWebhook",
    "POST /api/v1/webhooks/{endpoint_id}/rotate-secret": "rotateWebhookSecret",
    "POST /api/v1/webhooks/{endpoint_id}/test": "sendWebhookTestEvent",
    "GET /api/v1/webhooks/{endpoint_id}/attempts": "listWebhookAttempts",
    "POST /api/v1/webhooks/{endpoint_id}/deliveries/{delivery_id}/redeliver": "redeliverWebhookDelivery",
    "POST /api/v1/webhooks/{endpoint_id}/redeliver-failed": "redeliverFailedWebhookDeliveries",
    "GET /api/v1/admin/status": "getSystemStatus",
    "GET /metrics": "getMetrics",
    "GET /healthz": "getLiveness",
    "GET /readyz": "getReadiness",
}

# Downloads and their media types: the document says they are bytes, not JSON.
BINARY_MEDIA_TYPES: dict[str, tuple[str, ...]] = {
    "GET /api/v1/consultations/{consultation_id}/exports/feedback.csv": ("text/csv",),
    "GET /api/v1/consultations/{consultation_id}/exports/feedback.xlsx": (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ),
    "GET /api/v1/consultations/{consultation_id}/exports/synthesis.docx": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    "GET /api/v1/plans/{plan_id}/calendar.ics": ("text/calendar",),
    "GET /api/v1/unit-reports/{report_id}/document.{fmt}": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/pdf",
    ),
    "GET /api/v1/reviews/{review_id}/document.{fmt}": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/pdf",
    ),
    "GET /api/v1/report-attachments/{attachment_id}": ("application/octet-stream",),
    "GET /metrics": ("text/plain",),
}

IDEMPOTENCY_DESCRIPTION = (
    "A key of your choosing (a UUID) that makes this POST safe to retry: the same key with the same "
    "body returns the first answer and does the work once; the same key with another body is 422."
)
IF_NONE_MATCH_DESCRIPTION = (
    "The ETag of the copy you hold: when it is still current the answer is 304 with no body."
)

_ERROR_TEXT: dict[int, str] = {
    400: "The request could not be read (malformed JSON, a bad multipart body or header).",
    401: "No valid bearer token or session cookie.",
    403: "Signed in, but the role or scope does not allow this.",
    404: "No such resource, or not one the caller may see.",
    405: "This path does not answer that method (see the Allow header).",
    409: "The request conflicts with the resource's current state (a refused transition lists `allowed`), "
    "or with a change made at the same moment: reload and retry.",
    412: "If-Match does not name the current version: reload, apply the change again (`current_etag`).",
    413: "The body is larger than the limit.",
    415: "The body's Content-Type is not one this operation reads.",
    422: "The request is not valid: `errors` lists each field with a stable `type` code and its `ctx`.",
    428: "This change needs an If-Match header with the resource's ETag.",
    429: "Too many requests: retry after the number of seconds in Retry-After.",
    500: "An unexpected error; the request id in the answer finds it in the logs.",
}


def _camel(name: str) -> str:
    head, *rest = [p for p in re.split(r"[^0-9a-zA-Z]+", name) if p]
    return head.lower() + "".join(p[:1].upper() + p[1:] for p in rest)


def _route_key(method: str, path: str) -> str:
    return f"{method.upper()} {path}"


def operation_id(route: APIRoute) -> str:
    """``generate_unique_id_function``: the explicit name, else camelCase of the endpoint's name."""
    method = sorted(route.methods or ["GET"])[0]
    explicit = OPERATION_IDS.get(_route_key(method, route.path_format))
    return explicit or _camel(route.name)


def problem_response(status: int, text: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "description": text or _ERROR_TEXT.get(status) or HTTPStatus(status).phrase,
        "content": {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}},
    }
    if status == 429:
        out["headers"] = {
            "Retry-After": {"description": "Seconds to wait before retrying", "schema": {"type": "integer"}}
        }
    if status == 405:
        out["headers"] = {
            "Allow": {"description": "The methods this path answers", "schema": {"type": "string"}}
        }
    return out


def _has_body(op: dict[str, Any]) -> bool:
    return "requestBody" in op


def _is_public(op: dict[str, Any]) -> bool:
    return not op.get("security")


def complete(doc: dict[str, Any]) -> dict[str, Any]:
    """Complete a generated document in place (see the module docstring); returns it."""
    _dedupe_tags(doc)
    schemas = doc.setdefault("components", {}).setdefault("schemas", {})
    for path, item in doc.get("paths", {}).items():
        for method, op in item.items():
            if method not in {"get", "post", "put", "patch", "delete"}:
                continue
            key = _route_key(method, path)
            responses: dict[str, Any] = op.setdefault("responses", {})
            params: list[dict[str, Any]] = op.setdefault("parameters", [])
            _headers(method, op, params, responses)
            _describe_path_ids(params)
            codes = {400, 500}
            if params or _has_body(op):
                codes.add(422)
            if any(p.get("in") in ("path", "query") for p in params) or _has_body(op):
                codes.add(404)  # a named plan, unit, task … that does not exist
            if _has_body(op):
                codes.update({413, 415})
            if not _is_public(op):
                codes.update({401, 403})
            if path.startswith("/api/"):
                codes.add(429)
                if method != "get":
                    codes.add(409)  # two writers racing for one row or one unique slot
            for status in sorted(codes):
                responses.setdefault(str(status), {})
            for code, response in list(responses.items()):
                if code[0] in "45":
                    described = response.get("description")
                    generic = not described or described == HTTPStatus(int(code)).phrase
                    responses[code] = problem_response(int(code), None if generic else described) | {
                        k: v for k, v in response.items() if k not in {"content", "description"}
                    }
            for status, why in REFUSALS.get(key, {}).items():
                responses[str(status)]["description"] = why
            if key in BINARY_MEDIA_TYPES:
                ok = next(c for c in responses if c.startswith("2"))
                responses[ok]["content"] = {
                    media: {"schema": {"type": "string", "format": "binary"}}
                    for media in BINARY_MEDIA_TYPES[key]
                }
            op["responses"] = dict(sorted(responses.items()))
            if not op.get("operationId"):
                op["operationId"] = _camel(f"{method}_{path}")
            if not params:
                op.pop("parameters")
    # Webhooks describe what PlanDesk POSTs to a receiver: FastAPI's validation answer is not one.
    for item in doc.get("webhooks", {}).values():
        for op in item.values():
            op.get("responses", {}).pop("422", None)
    _problem_schema(schemas)
    _bounds_as_json_schema(doc)
    # FastAPI's own validation-error schemas are no longer referenced: errors are Problems.
    for name in ("HTTPValidationError", "ValidationError"):
        schemas.pop(name, None)
    _check_unique_operation_ids(doc)
    apply_links(doc)
    return doc


def _headers(
    method: str, op: dict[str, Any], params: list[dict[str, Any]], responses: dict[str, Any]
) -> None:
    for param in params:
        if param.get("in") != "header":
            continue
        name = param.get("name", "").lower()
        if name == "if-match" and IF_MATCH_REQUIRED in (param.get("description") or ""):
            param["required"] = True
            param["schema"] = {
                "type": "string",
                "minLength": 1,
                "maxLength": 1000,
                "pattern": TEXT_PATTERN,
                CLEAN_TEXT_MARK: "text",
            }
            responses.setdefault("412", {})
            responses.setdefault("428", {})
        elif name == "if-match":
            responses.setdefault("412", {})
        elif name == "idempotency-key":
            param["description"] = IDEMPOTENCY_DESCRIPTION
    ok = responses.get("200", {})
    if method == "get" and "application/json" in ok.get("content", {}):
        # core/conditional.py: every JSON GET sends an ETag and honours If-None-Match.
        ok.setdefault("headers", {})["ETag"] = {
            "description": 'The resource\'s ETag (strong, `"<id>-<version>"`) or, for a list or a '
            "report, a weak ETag over the body: send it back as If-None-Match.",
            "schema": {"type": "string"},
        }
        if not any(p.get("name", "").lower() == "if-none-match" for p in params):
            params.append(
                {
                    "name": "If-None-Match",
                    "in": "header",
                    "required": False,
                    "description": IF_NONE_MATCH_DESCRIPTION,
                    # Only compared with the current ETag, never stored: a value that is not a
                    # list of ETags (too long, control characters) matches nothing (RFC 9110
                    # §13.1.2), so any string is a valid request (core/conditional.py).
                    "schema": {"type": "string", CLEAN_TEXT_MARK: "etags"},
                }
            )
        responses.setdefault(
            "304",
            {
                "description": "Not modified: the copy named by If-None-Match is current.",
                "headers": {"ETag": {"description": "The current ETag", "schema": {"type": "string"}}},
            },
        )


def _describe_path_ids(params: list[dict[str, Any]]) -> None:
    """A path's ``<thing>_id`` says what it names, unless the route already describes it."""
    for param in params:
        name = param.get("name", "")
        if param.get("in") == "path" and name.endswith("_id") and not param.get("description"):
            param["description"] = f"The {name[:-3].replace('_', ' ')}'s id (a UUID)."


def _problem_schema(schemas: dict[str, Any]) -> None:
    problem = schemas.get("Problem")
    if problem is None:
        return
    props = problem.setdefault("properties", {})
    props.setdefault(
        "allowed",
        {
            "type": "array",
            "items": {"type": "string"},
            "description": "For a refused state transition (409): the states the resource may move to "
            "from its current one (see GET /api/v1/meta/transitions).",
        },
    )
    props.setdefault(
        "current_etag",
        {"type": "string", "description": "For 412: the resource's current ETag, to send after reloading."},
    )
    problem["additionalProperties"] = True


_BOUNDS = {
    "ge": ("minimum", max),
    "le": ("maximum", min),
    "gt": ("exclusiveMinimum", max),
    "lt": ("exclusiveMaximum", min),
}


def _bounds_as_json_schema(node: Any) -> None:
    """Pydantic's own names of a bound (``ge``, ``le``…) as JSON Schema's (``minimum``…).

    A field's ``Field(ge=…)`` on an optional integer whose type has a validator before it
    (``JsonInt``, ``Int64 | None``) reaches the schema as ``ge``: a keyword no validator or
    generator knows, so the document said "any integer" where the server checks a range.
    Where both are present the tighter bound is the one the server applies.
    """
    if isinstance(node, dict):
        if node.get("type") in ("integer", "number"):
            for key, (name, tighter) in _BOUNDS.items():
                if key in node:
                    value = node.pop(key)
                    node[name] = tighter(value, node[name]) if name in node else value
        for sub in node.values():
            _bounds_as_json_schema(sub)
    elif isinstance(node, list):
        for sub in node:
            _bounds_as_json_schema(sub)


def _dedupe_tags(doc: dict[str, Any]) -> None:
    seen: dict[str, dict[str, Any]] = {}
    for tag in doc.get("tags", []):
        if tag["name"] not in seen:
            seen[tag["name"]] = tag
    if "tags" in doc:
        doc["tags"] = list(seen.values())


def _check_unique_operation_ids(doc: dict[str, Any]) -> None:
    seen: dict[str, str] = {}
    for path, item in doc.get("paths", {}).items():
        for method, op in item.items():
            oid = op.get("operationId")
            if oid is None:
                continue
            if oid in seen:
                raise RuntimeError(f"operationId {oid} used twice: {seen[oid]} and {method.upper()} {path}")
            seen[oid] = f"{method.upper()} {path}"


def install_contract(app: FastAPI, extra: list[Callable[[dict[str, Any]], None]] | None = None) -> None:
    """Wrap ``app.openapi`` so the served and committed document is the completed one."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            doc = complete(generate())
            for step in extra or ():
                step(doc)
            app.openapi_schema = doc
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
