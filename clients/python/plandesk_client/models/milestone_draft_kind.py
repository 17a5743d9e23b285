from enum import StrEnum


class MilestoneDraftKind(StrEnum):
    DEADLINE = "deadline"
    EVENT = "event"
    REVIEW = "review"

    def __str__(self) -> str:
        return str(self.value)
