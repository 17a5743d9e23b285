from enum import StrEnum


class AssignmentOutRole(StrEnum):
    LEAD = "lead"
    SUPPORT = "support"

    def __str__(self) -> str:
        return str(self.value)
