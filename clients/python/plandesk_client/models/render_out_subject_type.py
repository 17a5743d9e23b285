from enum import StrEnum


class RenderOutSubjectType(StrEnum):
    REVIEW = "review"
    UNIT_REPORT = "unit_report"

    def __str__(self) -> str:
        return str(self.value)
