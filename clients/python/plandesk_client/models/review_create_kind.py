from enum import StrEnum


class ReviewCreateKind(StrEnum):
    FINAL = "final"
    INTERIM = "interim"

    def __str__(self) -> str:
        return str(self.value)
