from enum import StrEnum


class ConsultationOutStatus(StrEnum):
    ARCHIVED = "archived"
    CLOSED = "closed"
    DRAFT = "draft"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
