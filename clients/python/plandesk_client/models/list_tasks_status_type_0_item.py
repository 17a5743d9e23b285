from enum import StrEnum


class ListTasksStatusType0Item(StrEnum):
    BLOCKED = "blocked"
    CANCELLED = "cancelled"
    DONE = "done"
    IN_PROGRESS = "in_progress"
    NOT_STARTED = "not_started"

    def __str__(self) -> str:
        return str(self.value)
