from enum import StrEnum


class Scope(StrEnum):
    FEEDBACKREAD = "feedback:read"
    FEEDBACKWRITE = "feedback:write"
    PLANSREAD = "plans:read"
    TASKSREAD = "tasks:read"
    TASKSWRITE = "tasks:write"

    def __str__(self) -> str:
        return str(self.value)
