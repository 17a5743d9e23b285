from enum import StrEnum


class ExportFeedbackXlsxLang(StrEnum):
    EN = "en"
    VI = "vi"

    def __str__(self) -> str:
        return str(self.value)
