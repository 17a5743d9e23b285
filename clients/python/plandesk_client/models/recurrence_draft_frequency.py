from enum import StrEnum


class RecurrenceDraftFrequency(StrEnum):
    HALF_YEARLY = "half_yearly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    WEEKLY = "weekly"
    YEARLY = "yearly"

    def __str__(self) -> str:
        return str(self.value)
