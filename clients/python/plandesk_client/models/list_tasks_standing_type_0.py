from enum import StrEnum


class ListTasksStandingType0(StrEnum):
    DONE_LATE = "done_late"
    DONE_ON_TIME = "done_on_time"
    IN_PROGRESS = "in_progress"
    NOT_STARTED = "not_started"
    NO_DEADLINE = "no_deadline"
    OVERDUE = "overdue"

    def __str__(self) -> str:
        return str(self.value)
