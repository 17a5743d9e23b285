from enum import StrEnum


class UnitReportOutStatus(StrEnum):
    ACCEPTED = "accepted"
    DRAFT = "draft"
    RETURNED = "returned"
    SUBMITTED = "submitted"

    def __str__(self) -> str:
        return str(self.value)
