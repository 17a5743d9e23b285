from enum import StrEnum


class ListJobsStateType0(StrEnum):
    CANCELLED = "cancelled"
    DOING = "doing"
    FAILED = "failed"
    SUCCEEDED = "succeeded"
    TODO = "todo"

    def __str__(self) -> str:
        return str(self.value)
