from enum import StrEnum


class ListConsultationsStatusType0(StrEnum):
    ARCHIVED = "archived"
    CLOSED = "closed"
    DRAFT = "draft"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
