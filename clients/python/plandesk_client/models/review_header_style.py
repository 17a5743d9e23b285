from enum import StrEnum


class ReviewHeaderStyle(StrEnum):
    PARTY = "party"
    STATE = "state"

    def __str__(self) -> str:
        return str(self.value)
