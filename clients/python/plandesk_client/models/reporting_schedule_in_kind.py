from enum import StrEnum


class ReportingScheduleInKind(StrEnum):
    MONTHLY = "monthly"
    ONE_OFF = "one_off"
    QUARTERLY = "quarterly"

    def __str__(self) -> str:
        return str(self.value)
