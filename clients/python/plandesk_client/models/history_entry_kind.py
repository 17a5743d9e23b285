from enum import StrEnum


class HistoryEntryKind(StrEnum):
    UPDATE = "update"
    URGE = "urge"

    def __str__(self) -> str:
        return str(self.value)
