from enum import StrEnum


class ExportFeedbackXlsxStatusType0(StrEnum):
    ACCEPTED = "accepted"
    DUPLICATE = "duplicate"
    IN_REVIEW = "in_review"
    NOT_ACCEPTED = "not_accepted"
    PARTIALLY_ACCEPTED = "partially_accepted"
    RECEIVED = "received"
    SPAM = "spam"

    def __str__(self) -> str:
        return str(self.value)
