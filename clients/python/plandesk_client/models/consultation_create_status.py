from enum import StrEnum


class ConsultationCreateStatus(StrEnum):
    DRAFT = "draft"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
