from enum import StrEnum


class KindInfoKind(StrEnum):
    ASSIGNMENT_CREATED = "assignment_created"
    CONSULTATION_CLOSING = "consultation_closing"
    DEADLINE_APPROACHING = "deadline_approaching"
    DEADLINE_MOVED = "deadline_moved"
    DEADLINE_TODAY = "deadline_today"
    ESCALATION = "escalation"
    FEEDBACK_ASSIGNED = "feedback_assigned"
    OVERDUE = "overdue"
    PROGRESS_REPORTED = "progress_reported"
    REPORT_MISSING = "report_missing"
    URGED = "urged"

    def __str__(self) -> str:
        return str(self.value)
