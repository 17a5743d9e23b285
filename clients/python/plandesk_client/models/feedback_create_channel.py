from enum import StrEnum


class FeedbackCreateChannel(StrEnum):
    LETTER = "letter"
    MOBILE = "mobile"
    PHONE = "phone"
    WEB = "web"

    def __str__(self) -> str:
        return str(self.value)
