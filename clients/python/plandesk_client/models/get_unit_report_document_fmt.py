from enum import StrEnum


class GetUnitReportDocumentFmt(StrEnum):
    DOCX = "docx"
    PDF = "pdf"

    def __str__(self) -> str:
        return str(self.value)
