from enum import StrEnum


class ReviewOutKind(StrEnum):
    FINAL = "final"
    INTERIM = "interim"

    def __str__(self) -> str:
        return str(self.value)
