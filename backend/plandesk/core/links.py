"""OpenAPI links: where a response's ids lead, declared once for the whole document.

A client (or a stateful test such as schemathesis's) that creates a plan learns from the
``201`` answer of ``createPlan`` which operations take that plan next (``getPlan``,
``updatePlan`` with the plan's ``etag`` as If-Match, ``createTask`` …) and which field of
the answer fills which parameter. Each :class:`Resource` below names the operations that
answer with one such object (``sources``: where in their body it sits) and the operations
that take it (``targets``: which of its fields fill which parameter).
:func:`apply_links` writes them into every 2xx JSON response of the sources.

Parameters are named with their location (``path.plan_id``, ``header.If-Match``,
``query.date``), as OpenAPI allows, so a header and a path parameter of the same name
cannot be confused. A value is a field of the object (``id`` becomes
``$response.body#/<where>/id``) or, starting with ``$``, a runtime expression as written
(``$request.path.plan_id``, ``$response.header.ETag``).

tests/test_openapi_links.py walks the document: every link names an operation that exists,
every parameter it sets exists there, every field it reads exists in the source's response
schema, and every operation that returns an object with an ``id`` links to the operation
that reads that object by id.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# The object's own id and ETag, the usual pair for a change: {"path.x_id": ID, IF_MATCH: ETAG}.
ID = "id"
ETAG = "etag"
IF_MATCH = "header.If-Match"


@dataclass(frozen=True)
class Resource:
    """One kind of object: the operations answering with it and those taking it.

    ``sources`` maps an operationId to where the object sits in its answer: ``""`` for the
    body itself, ``"items/0/"`` for the first item of a page, ``"plan/"`` for a field;
    ``codes`` limits the answers that carry it (default: every 2xx JSON answer).
    ``targets`` maps an operationId to its parameters and the field (or expression) that
    fills each.
    """

    name: str
    sources: dict[str, str]
    targets: dict[str, dict[str, str]]
    codes: dict[str, tuple[str, ...]] = field(default_factory=dict)


def _by_id(param: str, *operation_ids: str) -> dict[str, dict[str, str]]:
    return {op: {f"path.{param}": ID} for op in operation_ids}


def _changed_by_id(param: str, *operation_ids: str) -> dict[str, dict[str, str]]:
    return {op: {f"path.{param}": ID, IF_MATCH: ETAG} for op in operation_ids}


def _plan_targets() -> dict[str, dict[str, str]]:
    return {
        **_by_id(
            "plan_id",
            "getPlan",
            "getPlanDashboard",
            "getPublicPlan",
            "getPlanCalendar",
            "listTasks",
            "createTask",
            "listMilestones",
            "createMilestone",
            "listPhases",
            "createPhase",
            "listChannels",
            "createChannel",
            "listPlanCoordinators",
            "listBaselines",
            "createBaseline",
            "getBaselineDiff",
            "getBaselineSchedule",
            "listReportingPeriods",
            "createReportingPeriod",
            "generateReportingPeriods",
            "listReviews",
            "createReview",
            "getReminderRules",
        ),
        **_changed_by_id("plan_id", "updatePlan", "deletePlan", "setPlanCoordinators"),
    }


_CONSULTATION_TARGETS: dict[str, dict[str, str]] = {
    **_by_id(
        "consultation_id",
        "getConsultation",
        "submitFeedback",
        "listFeedback",
        "recordMeetingFeedback",
        "countFeedback",
        "bulkModerateFeedback",
        "listClusters",
        "getSynthesis",
        "exportFeedbackCsv",
        "exportFeedbackXlsx",
        "exportSynthesisDocx",
        "publishSynthesis",
        "withdrawSynthesis",
        "getPublicConsultation",
        "publicSynthesis",
    ),
    **_changed_by_id("consultation_id", "updateConsultation", "deleteConsultation"),
    "listAnswerTemplates": {"query.consultation_id": ID},
}

_ASSIGNMENT = {"path.task_id": "task_id", "path.unit_id": "unit_id"}

RESOURCES: tuple[Resource, ...] = (
    Resource(
        "plan",
        sources={
            "createPlan": "",
            "getPlan": "",
            "updatePlan": "",
            "listPlans": "items/0/",
            "importPlan": "plan/",
        },
        targets=_plan_targets(),
        codes={"importPlan": ("201",)},  # 200 is a dry run's preview: nothing was saved
    ),
    Resource("public plan", sources={"getPublicPlan": ""}, targets=_by_id("plan_id", "getPublicPlan")),
    Resource(
        "task",
        sources={"createTask": "", "getTask": "", "updateTask": "", "listTasks": "items/0/"},
        targets={
            **_by_id("task_id", "getTask", "postProgress"),
            **_changed_by_id("task_id", "updateTask", "deleteTask"),
            # The lead unit's share (null for a task given to a unit group: no link then).
            **{
                op: {"path.task_id": ID, "path.unit_id": "lead_unit_id"}
                for op in ("getAssignment", "urgeAssignment", "listAssignmentHistory")
            },
        },
    ),
    Resource(
        "assignment",
        sources={
            "getAssignment": "",
            "updateAssignment": "",
            "listMyAssignments": "items/0/",
            "postProgress": "assignment/",
        },
        targets={
            "getAssignment": _ASSIGNMENT,
            "updateAssignment": {**_ASSIGNMENT, IF_MATCH: ETAG},
            "urgeAssignment": _ASSIGNMENT,
            "listAssignmentHistory": _ASSIGNMENT,
            "postProgress": {"path.task_id": "task_id"},
            "getTask": {"path.task_id": "task_id"},
        },
    ),
    Resource(
        "milestone",
        sources={
            "createMilestone": "",
            "getMilestone": "",
            "updateMilestone": "",
            "moveMilestone": "",
            "listMilestones": "items/0/",
        },
        targets={
            **_by_id("milestone_id", "getMilestone"),
            **_changed_by_id("milestone_id", "updateMilestone", "deleteMilestone", "moveMilestone"),
            # What moving it to the start of its current range would change.
            "getMilestoneImpact": {"path.milestone_id": ID, "query.date": "range_start"},
        },
    ),
    Resource(
        "phase",
        sources={"createPhase": "", "getPhase": "", "updatePhase": "", "listPhases": "items/0/"},
        targets={
            **_by_id("phase_id", "getPhase"),
            **_changed_by_id("phase_id", "updatePhase", "deletePhase"),
        },
    ),
    Resource(
        "channel",
        sources={"createChannel": "", "getChannel": "", "updateChannel": "", "listChannels": "items/0/"},
        targets={
            **_by_id("channel_id", "getChannel"),
            **_changed_by_id("channel_id", "updateChannel", "deleteChannel"),
        },
    ),
    Resource(
        "user",
        sources={"createUser": "", "getUser": "", "updateUser": "", "listUsers": "items/0/"},
        targets={**_by_id("user_id", "getUser"), **_changed_by_id("user_id", "updateUser")},
    ),
    Resource(
        "service account",
        sources={
            "createServiceAccount": "",
            "getServiceAccount": "",
            "updateServiceAccount": "",
            "rotateServiceAccountSecret": "",
            "listServiceAccounts": "items/0/",
        },
        targets={
            **_by_id("service_account_id", "getServiceAccount", "rotateServiceAccountSecret"),
            **_changed_by_id("service_account_id", "updateServiceAccount"),
        },
    ),
    Resource(
        "unit",
        sources={"createUnit": "", "getUnit": "", "updateUnit": "", "listUnits": "items/0/"},
        targets={
            **_by_id("unit_id", "getUnit", "listUnitNotifications"),
            **_changed_by_id("unit_id", "updateUnit", "deleteUnit"),
        },
    ),
    Resource(
        "unit group",
        sources={
            "createUnitGroup": "",
            "getUnitGroup": "",
            "updateUnitGroup": "",
            "listUnitGroups": "items/0/",
        },
        targets={
            **_by_id("group_id", "getUnitGroup"),
            **_changed_by_id("group_id", "updateUnitGroup", "deleteUnitGroup"),
        },
    ),
    Resource(
        "document",
        sources={
            "createDocument": "",
            "uploadDocument": "",
            "getDocument": "",
            "updateDocument": "",
            "listDocuments": "items/0/",
        },
        targets={
            **_by_id("document_id", "getDocument", "listDocumentVersions"),
            **_changed_by_id(
                "document_id",
                "updateDocument",
                "deleteDocument",
                "addDocumentVersion",
                "uploadDocumentVersion",
            ),
            "getDocumentVersion": {"path.document_id": ID, "path.number": "current_version"},
        },
    ),
    Resource(
        "document version",
        sources={"addDocumentVersion": "", "uploadDocumentVersion": "", "getDocumentVersion": ""},
        targets={"getDocumentVersion": {"path.document_id": "document_id", "path.number": "number"}},
    ),
    Resource(
        "listed document version",
        sources={"listDocumentVersions": "items/0/"},
        targets={
            "getDocumentVersion": {"path.document_id": "$request.path.document_id", "path.number": "number"}
        },
    ),
    Resource(
        "consultation",
        sources={
            "createConsultation": "",
            "getConsultation": "",
            "updateConsultation": "",
            "publishSynthesis": "",
            "withdrawSynthesis": "",
            "listConsultations": "items/0/",
        },
        targets=_CONSULTATION_TARGETS,
    ),
    Resource(
        "public consultation",
        sources={"getPublicConsultation": "", "listPublicConsultations": "items/0/"},
        targets=_by_id("consultation_id", "getPublicConsultation", "publicSynthesis", "submitFeedback"),
    ),
    Resource(
        "feedback receipt",
        sources={"submitFeedback": "", "recordMeetingFeedback": "receipts/0/"},
        targets={
            "getFeedback": {"path.feedback_id": ID},
            "getFeedbackReceipt": {"path.receipt": "receipt_code"},
        },
    ),
    Resource(
        "feedback",
        sources={"getFeedback": "", "moderateFeedback": "", "listFeedback": "items/0/"},
        targets={**_by_id("feedback_id", "getFeedback"), **_changed_by_id("feedback_id", "moderateFeedback")},
    ),
    Resource(
        "cluster",
        sources={"listClusters": "items/0/"},
        targets={
            "getCluster": {
                "path.consultation_id": "$request.path.consultation_id",
                "path.cluster_id": "cluster_id",
            }
        },
    ),
    Resource(
        "cluster member",
        sources={"getCluster": "members/0/"},
        targets={
            "moveFeedbackOutOfCluster": {
                "path.consultation_id": "$request.path.consultation_id",
                "path.cluster_id": "$request.path.cluster_id",
                "path.feedback_id": ID,
            },
            "getFeedback": {"path.feedback_id": ID},
        },
    ),
    Resource(
        "answer template",
        sources={
            "createAnswerTemplate": "",
            "getAnswerTemplate": "",
            "updateAnswerTemplate": "",
            "listAnswerTemplates": "items/0/",
        },
        targets={
            **_by_id("template_id", "getAnswerTemplate"),
            **_changed_by_id("template_id", "updateAnswerTemplate", "deleteAnswerTemplate"),
        },
    ),
    Resource(
        "baseline",
        sources={"createBaseline": "", "listBaselines": "items/0/"},
        targets={
            op: {"path.plan_id": "plan_id", "query.baseline": "number"}
            for op in ("getBaselineDiff", "getBaselineSchedule")
        },
    ),
    Resource(
        "reporting period",
        sources={
            "createReportingPeriod": "",
            "listReportingPeriods": "items/0/",
            "generateReportingPeriods": "0/",
        },
        targets=_by_id("period_id", "getReportingBoard", "urgeMissingReports", "startUnitReport"),
    ),
    Resource(
        "unit report",
        sources={
            "startUnitReport": "",
            "getUnitReport": "",
            "updateUnitReport": "",
            "submitUnitReport": "",
            "acceptUnitReport": "",
            "returnUnitReport": "",
        },
        targets={
            **_by_id(
                "report_id",
                "getUnitReport",
                "submitUnitReport",
                "acceptUnitReport",
                "returnUnitReport",
                "getUnitReportDocument",
                "addReportAttachment",
                "renderUnitReport",
            ),
            **_changed_by_id("report_id", "updateUnitReport"),
        },
    ),
    Resource(
        "report attachment",
        sources={"addReportAttachment": ""},
        targets=_by_id("attachment_id", "getReportAttachment"),
    ),
    Resource(
        "review",
        sources={"createReview": "", "getReview": "", "updateReview": "", "listReviews": "items/0/"},
        targets={
            **_by_id(
                "review_id",
                "getReview",
                "getAssembledReview",
                "issueReview",
                "getReviewDocument",
                "renderReview",
            ),
            **_changed_by_id("review_id", "updateReview"),
        },
    ),
    Resource(
        "review issue",
        sources={"issueReview": "", "getReviewIssue": ""},
        targets={"getReviewIssue": {"path.review_id": "review_id", "path.number": "number"}},
    ),
    Resource(
        "render",
        sources={"renderReview": "", "renderUnitReport": "", "getRender": ""},
        targets=_by_id("render_id", "getRender", "downloadRender"),
    ),
    Resource(
        "webhook endpoint",
        sources={
            "createWebhook": "",
            "getWebhook": "",
            "updateWebhook": "",
            "rotateWebhookSecret": "",
            "listWebhooks": "items/0/",
        },
        targets={
            **_by_id(
                "endpoint_id",
                "getWebhook",
                "sendWebhookTestEvent",
                "listWebhookAttempts",
                "redeliverFailedWebhookDeliveries",
            ),
            **_changed_by_id("endpoint_id", "updateWebhook", "deleteWebhook", "rotateWebhookSecret"),
        },
    ),
    Resource(
        "webhook delivery",
        sources={"listWebhookAttempts": "items/0/"},
        targets={
            "redeliverWebhookDelivery": {
                "path.endpoint_id": "$request.path.endpoint_id",
                "path.delivery_id": "delivery_id",
            }
        },
    ),
    # Objects without an etag in their body: the ETag header of the read is the If-Match.
    Resource(
        "plan coordinators",
        sources={"listPlanCoordinators": ""},
        targets={
            "setPlanCoordinators": {
                "path.plan_id": "$request.path.plan_id",
                IF_MATCH: "$response.header.ETag",
            }
        },
    ),
    Resource(
        "reminder rules",
        sources={"getReminderRules": ""},
        targets={"putReminderRules": {"path.plan_id": "plan_id", IF_MATCH: "$response.header.ETag"}},
    ),
    Resource(
        "notification preferences",
        sources={"getMyPreferences": ""},
        targets={"putMyPreferences": {IF_MATCH: "$response.header.ETag"}},
    ),
)


def expression(where: str, value: str) -> str:
    """The runtime expression for a field of the object at ``where`` (or ``value`` as written)."""
    return value if value.startswith("$") else f"$response.body#/{where}{value}"


def _describe(resource: Resource, params: dict[str, str]) -> str:
    parts = []
    for name, value in params.items():
        location, _, param = name.partition(".")
        what = f"`{value}`" if value.startswith("$") else f"its `{value}`"
        parts.append(f"{what} as the {location} parameter `{param}`")
    return f"The {resource.name} in this answer: " + ", ".join(parts) + "."


def _codes(resource: Resource, source: str, responses: dict[str, Any]) -> list[str]:
    wanted = resource.codes.get(source)
    return [
        code
        for code, response in responses.items()
        if code.startswith("2")
        and "application/json" in response.get("content", {})
        and (wanted is None or code in wanted)
    ]


def apply_links(doc: dict[str, Any]) -> dict[str, Any]:
    """Write the links into the document's responses (in place); returns it.

    Raises if a source operationId is not in the document, so a renamed operation cannot
    leave its links behind unnoticed.
    """
    operations = {
        op["operationId"]: op
        for item in doc.get("paths", {}).values()
        for method, op in item.items()
        if method in {"get", "post", "put", "patch", "delete"} and "operationId" in op
    }
    for resource in RESOURCES:
        for source, where in resource.sources.items():
            if source not in operations:
                raise RuntimeError(f"links of the {resource.name}: no operation {source}")
            responses = operations[source]["responses"]
            codes = _codes(resource, source, responses)
            if not codes:
                raise RuntimeError(f"links of the {resource.name}: {source} answers no JSON 2xx")
            for code in codes:
                links = responses[code].setdefault("links", {})
                for target, params in resource.targets.items():
                    name = target if target not in links else f"{target}From{_camel(resource.name)}"
                    links[name] = {
                        "operationId": target,
                        "parameters": {param: expression(where, value) for param, value in params.items()},
                        "description": _describe(resource, params),
                    }
    return doc


def _camel(name: str) -> str:
    return "".join(word.title() for word in name.split())
