from enum import StrEnum


class MyAssignmentRole(StrEnum):
    LEAD = "lead"
    SUPPORT = "support"

    def __str__(self) -> str:
        return str(self.value)
