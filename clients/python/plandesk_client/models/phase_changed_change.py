from enum import StrEnum


class PhaseChangedChange(StrEnum):
    CREATED = "created"
    DELETED = "deleted"
    RESCHEDULED = "rescheduled"
    UPDATED = "updated"

    def __str__(self) -> str:
        return str(self.value)
