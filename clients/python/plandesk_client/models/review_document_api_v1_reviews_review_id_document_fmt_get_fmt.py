from enum import StrEnum


class ReviewDocumentApiV1ReviewsReviewIdDocumentFmtGetFmt(StrEnum):
    DOCX = "docx"
    PDF = "pdf"

    def __str__(self) -> str:
        return str(self.value)
