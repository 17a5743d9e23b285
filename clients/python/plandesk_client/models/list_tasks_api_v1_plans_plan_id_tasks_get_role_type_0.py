from enum import StrEnum


class ListTasksApiV1PlansPlanIdTasksGetRoleType0(StrEnum):
    LEAD = "lead"
    SUPPORT = "support"

    def __str__(self) -> str:
        return str(self.value)
