from enum import StrEnum


class GetReviewDocumentFmt(StrEnum):
    DOCX = "docx"
    PDF = "pdf"

    def __str__(self) -> str:
        return str(self.value)
