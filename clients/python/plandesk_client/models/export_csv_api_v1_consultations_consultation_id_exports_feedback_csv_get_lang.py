from enum import StrEnum


class ExportCsvApiV1ConsultationsConsultationIdExportsFeedbackCsvGetLang(StrEnum):
    EN = "en"
    VI = "vi"

    def __str__(self) -> str:
        return str(self.value)
