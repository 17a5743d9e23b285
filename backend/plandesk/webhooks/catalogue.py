"""The event payloads as schemas: OpenAPI 3.1 ``webhooks``, so typed clients can be generated.

Every body is ``{type, timestamp, data}``; ``data`` names the object (``object``,
``id``, ``plan_id``) and carries the change. Ids are strings; ``changes`` maps a
field to ``{"before": …, "after": …}``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from fastapi import APIRouter, FastAPI
from pydantic import BaseModel, ConfigDict, Field, create_model

from plandesk.core.events import EVENT_TYPES


class Change(BaseModel):
    before: Any = None
    after: Any = None


class _Data(BaseModel):
    model_config = ConfigDict(extra="allow")
    object: str = Field(
        description=(
            "What the event is about: plan, phase, milestone, task, assignment, unit_report, "
            "reporting_period, review, …"
        )
    )
    id: str = Field(description="The object's id")
    plan_id: str | None = Field(description="The plan it belongs to (null for consultations and feedback)")


class PlanUpdated(_Data):
    changes: dict[str, Change]


class PlanPublished(_Data):
    title: str


class PhaseChanged(_Data):
    change: Literal["created", "updated", "rescheduled", "deleted"]
    changes: dict[str, Change] | None = None


class MilestoneMoved(_Data):
    changes: dict[str, Change] = Field(
        description="range_start/range_end (and date, precision) before and after"
    )
    range_start: dt.date | None
    range_end: dt.date | None


class TaskCreated(_Data):
    title: str
    phase_id: str | None
    lead_unit_id: str
    supporting_unit_ids: list[str]
    due_date: dt.date | None


class TaskUpdated(_Data):
    changes: dict[str, Change]
    milestone_id: str | None = Field(
        default=None, description="Set when a milestone's move changed the due date"
    )


class TaskDeleted(_Data):
    title: str


class _AssignmentData(_Data):
    task_id: str
    unit_id: str


class AssignmentProgressed(_AssignmentData):
    update_id: str
    status: str
    percent: int


class AssignmentStatusChanged(_AssignmentData):
    changes: dict[str, Change]


class AssignmentUrged(_AssignmentData):
    urge_id: str


class AssignmentOverdue(_AssignmentData):
    due_date: dt.date


class ConsultationWindow(_Data):
    title: str
    document_id: str
    opens_at: dt.datetime
    closes_at: dt.datetime


class FeedbackSubmitted(_Data):
    consultation_id: str


class FeedbackAnswered(_Data):
    consultation_id: str
    status: str
    response: str = Field(description="The official answer (never the contributor's contact details)")


class _ReportData(_Data):
    period_id: str = Field(description="The reporting period")
    unit_id: str = Field(description="The unit whose report it is")
    changes: dict[str, Change] = Field(description="status before and after")


class ReportSubmitted(_ReportData):
    submitted_on: dt.date = Field(description="The day of submission in the plan's calendar")
    due_on: dt.date
    late: bool = Field(description="First submitted after the due day (judged on the first submission)")


class ReportAccepted(_ReportData):
    pass


class ReportReturned(_ReportData):
    comment: str | None = Field(description="What the coordinator asks the unit to correct")


class ReportUrged(_Data):
    """``id`` is the reporting period; one event per unit urged."""

    unit_id: str = Field(description="The unit to remind (notify its officers)")
    urge_id: str
    report_id: str | None = Field(description="The unit's report for the period, if it has started one")
    status: Literal["missing", "draft", "returned"] = Field(description="Where the unit's report stands")
    due_on: dt.date
    message: str = Field(description="The coordinator's reminder")


class ReviewIssued(_Data):
    issue_id: str
    kind: Literal["interim", "final"]
    number: int = Field(description="The issue's number within the review (1, 2, …)")
    issued_on: dt.date


DATA_MODELS: dict[str, type[_Data]] = {
    "plan.published": PlanPublished,
    "plan.updated": PlanUpdated,
    "phase.changed": PhaseChanged,
    "milestone.moved": MilestoneMoved,
    "task.created": TaskCreated,
    "task.updated": TaskUpdated,
    "task.deleted": TaskDeleted,
    "assignment.progressed": AssignmentProgressed,
    "assignment.status_changed": AssignmentStatusChanged,
    "assignment.urged": AssignmentUrged,
    "assignment.overdue": AssignmentOverdue,
    "consultation.opened": ConsultationWindow,
    "consultation.closed": ConsultationWindow,
    "feedback.submitted": FeedbackSubmitted,
    "feedback.answered": FeedbackAnswered,
    "report.submitted": ReportSubmitted,
    "report.accepted": ReportAccepted,
    "report.returned": ReportReturned,
    "report.urged": ReportUrged,
    "review.issued": ReviewIssued,
}
assert set(DATA_MODELS) == set(EVENT_TYPES), "every event type needs a payload schema"


def _event_model(event_type: str, data: type[BaseModel]) -> type[BaseModel]:
    name = "".join(part.capitalize() for part in event_type.replace("_", ".").split(".")) + "Event"
    return create_model(  # type: ignore[call-overload,no-any-return]
        name,
        type=(Literal[event_type], ...),  # type: ignore[valid-type,arg-type]
        timestamp=(dt.datetime, Field(description="When the change happened (UTC)")),
        data=(data, ...),
    )


def install_webhook_docs(app: FastAPI) -> None:
    """Describe each event as an OpenAPI ``webhooks`` entry (what PlanDesk POSTs to an endpoint)."""
    router: APIRouter = app.webhooks
    for event_type, data in DATA_MODELS.items():
        model = _event_model(event_type, data)

        async def receive(body: Any) -> None:  # documentation only: PlanDesk sends, never serves this
            return None

        receive.__annotations__["body"] = model
        router.add_api_route(
            event_type,
            receive,
            methods=["POST"],
            summary=EVENT_TYPES[event_type],
            description=(
                "Signed per Standard Webhooks: headers `webhook-id` (stable across retries), "
                "`webhook-timestamp`, `webhook-signature` (`v1,<base64 HMAC-SHA256 of id.timestamp.body>`). "
                "Answer 2xx within 10 s; 410 disables the endpoint; 429/503 may send Retry-After."
            ),
            tags=["webhooks"],
            response_model=None,
            operation_id=f"webhook_{event_type.replace('.', '_')}",
            responses={200: {"description": "Received"}, 410: {"description": "Gone: stop sending"}},
        )
