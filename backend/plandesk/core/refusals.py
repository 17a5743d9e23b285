"""Refusals of well-formed requests that a schema cannot express, documented per operation.

A request can fit the OpenAPI document and still be refused, for reasons only the data or a
rule across fields decides: an id in the body that names no row, "give ids or all=true",
a file whose type is not one the operation reads. Each such operation says so in the
description of the status it answers (core/openapi.py puts these texts there), and the
contract run (schemathesis.toml) accepts that status for schema-valid requests of exactly
these operations — tests/contract/test_st_config.py keeps the two lists the same.
"""

from __future__ import annotations

_UNKNOWN = "an id in the body names no row (or one outside this plan/consultation): `errors` names the field"
_WEBHOOK_URL = (
    "the url's host does not resolve, or resolves to an address the server does not send to "
    "(loopback or a private network unless configured), or the url is plain http where the server "
    "does not allow it"
)
_QUOTE = (
    "a quote breaks its rules (both offsets or neither; offsets need the quote; a quote needs its "
    "section) or is not the section's text (at the offsets given)"
)
_SECTIONS = "two sections share a number or an id"
_UPLOAD = "the file is not of a type this operation reads (the type is told by the file's name and content)"

# "METHOD path" -> {status: why a schema-valid request gets it}
REFUSALS: dict[str, dict[int, str]] = {
    "POST /api/v1/answer-templates": {422: f"Not valid, or {_UNKNOWN} (consultation_id)."},
    "POST /api/v1/auth/password": {422: "Not valid, or current_password is not the caller's password."},
    "POST /api/v1/consultations": {422: f"Not valid, or {_UNKNOWN} (document_id, lead_unit_id)."},
    "POST /api/v1/consultations/{consultation_id}/feedback/bulk": {
        422: "Not valid, or the selection gives both or neither of ids and cluster_id, "
        f"or {_UNKNOWN} (template_id, assigned_to)."
    },
    "POST /api/v1/consultations/{consultation_id}/feedback": {
        422: f"Not valid, or {_QUOTE}, or {_UNKNOWN} (section_id)."
    },
    "POST /api/v1/consultations/{consultation_id}/feedback/meetings": {
        422: f"Not valid, or {_QUOTE}, or {_UNKNOWN} (unit_id, section_id)."
    },
    "POST /api/v1/documents": {
        422: f"Not valid, or {_SECTIONS}, or {_UNKNOWN} (a section id of no earlier version)."
    },
    "POST /api/v1/documents/{document_id}/versions": {
        422: f"Not valid, or {_SECTIONS}, or {_UNKNOWN} (a section id of no earlier version)."
    },
    "POST /api/v1/me/notifications/read": {422: "Not valid, or neither ids nor all=true is given."},
    "POST /api/v1/plans/{plan_id}/phases": {422: f"Not valid, or {_UNKNOWN} (parent_id, milestone_id)."},
    "POST /api/v1/plans/{plan_id}/reporting-periods": {
        422: f"Not valid, or {_UNKNOWN} (phase_id), or a one-off period of the plan already ends that day."
    },
    "POST /api/v1/plans/{plan_id}/reporting-periods/generate": {
        422: f"Not valid, or the schedule lacks what its kind needs (monthly: day_of_month), or {_UNKNOWN}."
    },
    "POST /api/v1/plans/{plan_id}/reviews": {422: f"Not valid, or {_UNKNOWN} (phase_id, consultation_id)."},
    "POST /api/v1/plans/{plan_id}/tasks": {
        422: f"Not valid, or both or neither of lead_unit_id and lead_group_id are given, or {_UNKNOWN}."
    },
    "POST /api/v1/reporting-periods/{period_id}/reports": {422: f"Not valid, or {_UNKNOWN} (unit_id)."},
    "POST /api/v1/tasks/{task_id}/updates": {
        422: "Not valid, or unit_id is missing for a caller without a unit, or names no unit of the task."
    },
    "PATCH /api/v1/tasks/{task_id}": {
        422: "Not valid, or the task is left with both or neither of lead_unit_id and lead_group_id, "
        f"or {_UNKNOWN}."
    },
    "POST /api/v1/plans/{plan_id}/milestones": {422: "Not valid, or precision is given without a date."},
    "PATCH /api/v1/milestones/{milestone_id}": {
        422: "Not valid, or precision is given while the milestone has (or is given) no date."
    },
    "POST /api/v1/units": {422: f"Not valid, or {_UNKNOWN} (parent_id)."},
    "PATCH /api/v1/units/{unit_id}": {
        422: f"Not valid, or {_UNKNOWN} (parent_id), or the new parent is the unit itself or one of its own."
    },
    "POST /api/v1/webhooks": {422: f"Not valid, or {_WEBHOOK_URL}, or {_UNKNOWN} (plan_id)."},
    "PATCH /api/v1/webhooks/{endpoint_id}": {422: f"Not valid, or {_WEBHOOK_URL}, or {_UNKNOWN} (plan_id)."},
    "POST /api/v1/unit-groups": {422: f"Not valid, or {_UNKNOWN} (unit_ids)."},
    "POST /api/v1/users": {422: f"Not valid, or {_UNKNOWN} (unit_id), or a unit_officer has no unit."},
    "PATCH /api/v1/users/{user_id}": {
        422: f"Not valid, or {_UNKNOWN} (unit_id), or a unit_officer is left without a unit."
    },
    "PATCH /api/v1/tasks/{task_id}/assignments/{unit_id}": {
        422: "Not valid, or neither status nor percent is given."
    },
    "PUT /api/v1/plans/{plan_id}/coordinators": {
        422: f"Not valid, or {_UNKNOWN} (user_ids), or a user named is not an active coordinator."
    },
    "PATCH /api/v1/unit-reports/{report_id}": {
        422: "Not valid, or task_lines names a task the report does not cover, "
        "or figures names a channel of another plan."
    },
    "PATCH /api/v1/consultations/{consultation_id}": {422: f"Not valid, or {_UNKNOWN} (lead_unit_id)."},
    "PATCH /api/v1/feedback/{feedback_id}": {422: f"Not valid, or {_UNKNOWN} (template_id)."},
    "PATCH /api/v1/phases/{phase_id}": {422: f"Not valid, or {_UNKNOWN} (parent_id, milestone_id)."},
    "PATCH /api/v1/unit-groups/{group_id}": {422: f"Not valid, or {_UNKNOWN} (unit_ids)."},
    "PATCH /api/v1/reviews/{review_id}": {422: f"Not valid, or {_UNKNOWN} (consultation_id)."},
    "PUT /api/v1/me/notification-preferences": {
        422: "Not valid, or only one of quiet_start_hour and quiet_end_hour is given (both or neither)."
    },
    "POST /api/v1/plans": {422: "Not valid, or timezone is not an IANA zone this server knows."},
    "PATCH /api/v1/plans/{plan_id}": {422: "Not valid, or timezone is not an IANA zone this server knows."},
    "POST /api/v1/documents/upload": {415: f"Unsupported: {_UPLOAD}."},
    "POST /api/v1/documents/{document_id}/versions/upload": {415: f"Unsupported: {_UPLOAD}."},
    "POST /api/v1/plans/import": {415: f"Unsupported: {_UPLOAD}."},
    "POST /api/v1/unit-reports/{report_id}/attachments": {415: f"Unsupported: {_UPLOAD}."},
}
