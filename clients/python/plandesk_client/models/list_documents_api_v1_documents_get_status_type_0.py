from enum import StrEnum


class ListDocumentsApiV1DocumentsGetStatusType0(StrEnum):
    ARCHIVED = "archived"
    DRAFT = "draft"
    PUBLISHED = "published"

    def __str__(self) -> str:
        return str(self.value)
