from enum import StrEnum


class UnitReportDocumentApiV1UnitReportsReportIdDocumentFmtGetFmt(StrEnum):
    DOCX = "docx"
    PDF = "pdf"

    def __str__(self) -> str:
        return str(self.value)
