from enum import StrEnum


class AssignmentBriefRole(StrEnum):
    LEAD = "lead"
    MEMBER = "member"
    SUPPORT = "support"

    def __str__(self) -> str:
        return str(self.value)
