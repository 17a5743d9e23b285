from enum import StrEnum


class ListConsultationsApiV1ConsultationsGetStatusType0(StrEnum):
    ARCHIVED = "archived"
    CLOSED = "closed"
    DRAFT = "draft"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
