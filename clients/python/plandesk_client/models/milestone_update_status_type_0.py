from enum import StrEnum


class MilestoneUpdateStatusType0(StrEnum):
    DONE = "done"
    MOVED = "moved"
    PLANNED = "planned"

    def __str__(self) -> str:
        return str(self.value)
