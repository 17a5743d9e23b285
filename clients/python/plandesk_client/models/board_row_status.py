from enum import StrEnum


class BoardRowStatus(StrEnum):
    ACCEPTED = "accepted"
    DRAFT = "draft"
    MISSING = "missing"
    RETURNED = "returned"
    SUBMITTED = "submitted"

    def __str__(self) -> str:
        return str(self.value)
