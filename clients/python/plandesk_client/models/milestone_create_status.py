from enum import StrEnum


class MilestoneCreateStatus(StrEnum):
    DONE = "done"
    MOVED = "moved"
    PLANNED = "planned"

    def __str__(self) -> str:
        return str(self.value)
