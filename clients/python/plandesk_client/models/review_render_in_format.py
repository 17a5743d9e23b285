from enum import StrEnum


class ReviewRenderInFormat(StrEnum):
    DOCX = "docx"
    PDF = "pdf"

    def __str__(self) -> str:
        return str(self.value)
