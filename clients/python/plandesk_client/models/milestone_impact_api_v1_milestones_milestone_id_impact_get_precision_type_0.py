from enum import StrEnum


class MilestoneImpactApiV1MilestonesMilestoneIdImpactGetPrecisionType0(StrEnum):
    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"

    def __str__(self) -> str:
        return str(self.value)
