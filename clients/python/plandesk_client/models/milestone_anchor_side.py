from enum import StrEnum


class MilestoneAnchorSide(StrEnum):
    END = "end"
    START = "start"

    def __str__(self) -> str:
        return str(self.value)
