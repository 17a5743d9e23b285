"""What a client needs to know about the API as data: the state machines.

``GET /api/v1/meta/transitions`` lists, for each resource with a status, the states it has,
which state may follow which, and who may make the restricted moves. The tables are the
ones the services enforce (a refused move is 409 ``transition-refused`` with ``allowed``).
"""

from __future__ import annotations

from typing import get_args

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field

from plandesk.auth.deps import public
from plandesk.consultations.consultations import STATUS_TRANSITIONS as CONSULTATION_TRANSITIONS
from plandesk.consultations.moderation.moderation import ANSWER_REQUIRED
from plandesk.consultations.moderation.moderation import TRANSITIONS as FEEDBACK_TRANSITIONS
from plandesk.core.errors import error_responses
from plandesk.reports.unit_reports import REPORT_TRANSITIONS
from plandesk.tasks.schemas import AssignmentStatus

router = APIRouter(prefix="/meta", tags=["meta"])


class StateMachine(BaseModel):
    resource: str = Field(
        description="The resource whose `status` follows this machine", examples=["feedback"]
    )
    field: str = Field(description="The field that holds the state", examples=["status"])
    changed_by: str = Field(
        description="The operation that moves the state", examples=["PATCH /api/v1/feedback/{feedback_id}"]
    )
    states: list[str] = Field(
        description="Every state, the initial one first", examples=[["received", "in_review"]]
    )
    initial: str = Field(description="The state a new resource starts in", examples=["received"])
    transitions: dict[str, list[str]] = Field(
        description="For each state, the states it may move to (empty: final)",
        examples=[{"received": ["duplicate", "in_review", "spam"]}],
    )
    rules: list[str] = Field(description="Conditions on the moves beyond the table, in words")


class Transitions(BaseModel):
    machines: list[StateMachine] = Field(description="One state machine per resource with a status")


def _table(table: dict[str, frozenset[str]] | dict[str, set[str]]) -> dict[str, list[str]]:
    return {state: sorted(targets) for state, targets in table.items()}


def machines() -> list[StateMachine]:
    assignment_states = list(get_args(AssignmentStatus))
    return [
        StateMachine(
            resource="feedback",
            field="status",
            changed_by=(
                "PATCH /api/v1/feedback/{feedback_id}, "
                "POST /api/v1/consultations/{consultation_id}/feedback/bulk"
            ),
            states=list(FEEDBACK_TRANSITIONS),
            initial="received",
            transitions=_table(FEEDBACK_TRANSITIONS),
            rules=[
                f"{', '.join(sorted(ANSWER_REQUIRED))} need an official answer (`response`).",
                "A bulk action skips (or refuses, without skip_ineligible) submissions that cannot move.",
            ],
        ),
        StateMachine(
            resource="assignment",
            field="status",
            changed_by=(
                "PATCH /api/v1/tasks/{task_id}/assignments/{unit_id}, POST /api/v1/tasks/{task_id}/updates"
            ),
            states=assignment_states,
            initial="not_started",
            transitions={s: [t for t in assignment_states if t != s] for s in assignment_states},
            rules=[
                "Only coordinators (tasks:write) move an assignment to or from cancelled.",
                "Reporting a percent on a not_started assignment starts it (in_progress); done sets 100 %.",
                "A task's status follows its assignments: done when all are, cancelled when all are.",
            ],
        ),
        StateMachine(
            resource="consultation",
            field="status",
            changed_by="PATCH /api/v1/consultations/{consultation_id}",
            states=list(CONSULTATION_TRANSITIONS),
            initial="draft",
            transitions=_table(CONSULTATION_TRANSITIONS),
            rules=["Feedback is accepted only while open and between opens_at and closes_at."],
        ),
        StateMachine(
            resource="unit_report",
            field="status",
            changed_by="POST /api/v1/unit-reports/{report_id}/submit, /accept, /return",
            states=list(REPORT_TRANSITIONS),
            initial="draft",
            transitions=_table(REPORT_TRANSITIONS),
            rules=[
                "Only draft and returned reports can be edited.",
                "A unit's officers submit; coordinators accept or return with a comment.",
            ],
        ),
    ]


@router.get(
    "/transitions",
    response_model=Transitions,
    summary="The state machines: which status may follow which",
    description=(
        "For feedback moderation, assignments, consultations and unit reports: every state, the moves "
        "the API allows from each, and the rules beyond the table. A refused move answers 409 "
        "`transition-refused` whose `allowed` lists the states reachable from the current one.\n\n"
        "**Who:** anyone, without a session (the tables are part of the published contract). "
        "**Errors:** 429 when the client exceeds the rate limit."
    ),
    responses=error_responses(429),
    dependencies=[Depends(public("the state machines are part of the published contract"))],
)
async def get_transitions() -> Transitions:
    return Transitions(machines=machines())
