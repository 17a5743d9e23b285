from enum import StrEnum


class ListTasksRoleType0(StrEnum):
    LEAD = "lead"
    MEMBER = "member"
    SUPPORT = "support"

    def __str__(self) -> str:
        return str(self.value)
