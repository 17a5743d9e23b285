from enum import StrEnum


class EndpointUpdateEventTypesType0Item(StrEnum):
    ASSIGNMENT = "assignment.*"
    ASSIGNMENT_CREATED = "assignment.created"
    ASSIGNMENT_OVERDUE = "assignment.overdue"
    ASSIGNMENT_PROGRESSED = "assignment.progressed"
    ASSIGNMENT_STATUS_CHANGED = "assignment.status_changed"
    ASSIGNMENT_URGED = "assignment.urged"
    CONSULTATION = "consultation.*"
    CONSULTATION_CLOSED = "consultation.closed"
    CONSULTATION_OPENED = "consultation.opened"
    FEEDBACK = "feedback.*"
    FEEDBACK_ANSWERED = "feedback.answered"
    FEEDBACK_SUBMITTED = "feedback.submitted"
    MILESTONE = "milestone.*"
    MILESTONE_MOVED = "milestone.moved"
    PHASE = "phase.*"
    PHASE_CHANGED = "phase.changed"
    PLAN = "plan.*"
    PLAN_PUBLISHED = "plan.published"
    PLAN_UPDATED = "plan.updated"
    REPORT = "report.*"
    REPORT_ACCEPTED = "report.accepted"
    REPORT_RETURNED = "report.returned"
    REPORT_SUBMITTED = "report.submitted"
    REPORT_URGED = "report.urged"
    REVIEW = "review.*"
    REVIEW_ISSUED = "review.issued"
    TASK = "task.*"
    TASK_CREATED = "task.created"
    TASK_DELETED = "task.deleted"
    TASK_UPDATED = "task.updated"
    VALUE_0 = "*"

    def __str__(self) -> str:
        return str(self.value)
