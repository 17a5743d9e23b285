from enum import StrEnum


class DiffSegmentOp(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    SAME = "same"

    def __str__(self) -> str:
        return str(self.value)
