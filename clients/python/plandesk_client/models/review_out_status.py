from enum import StrEnum


class ReviewOutStatus(StrEnum):
    DRAFT = "draft"
    ISSUED = "issued"

    def __str__(self) -> str:
        return str(self.value)
