from enum import StrEnum


class ExportXlsxApiV1ConsultationsConsultationIdExportsFeedbackXlsxGetLang(StrEnum):
    EN = "en"
    VI = "vi"

    def __str__(self) -> str:
        return str(self.value)
