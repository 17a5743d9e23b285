from enum import StrEnum


class SectionWithChangeOutChange(StrEnum):
    ADDED = "added"
    CHANGED = "changed"
    UNCHANGED = "unchanged"

    def __str__(self) -> str:
        return str(self.value)
