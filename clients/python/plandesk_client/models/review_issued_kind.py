from enum import StrEnum


class ReviewIssuedKind(StrEnum):
    FINAL = "final"
    INTERIM = "interim"

    def __str__(self) -> str:
        return str(self.value)
