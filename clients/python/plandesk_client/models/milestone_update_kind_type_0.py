from enum import StrEnum


class MilestoneUpdateKindType0(StrEnum):
    DEADLINE = "deadline"
    EVENT = "event"
    REVIEW = "review"

    def __str__(self) -> str:
        return str(self.value)
