from enum import StrEnum


class ReportUrgedStatus(StrEnum):
    DRAFT = "draft"
    MISSING = "missing"
    RETURNED = "returned"

    def __str__(self) -> str:
        return str(self.value)
