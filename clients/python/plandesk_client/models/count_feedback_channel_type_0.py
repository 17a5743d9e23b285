from enum import StrEnum


class CountFeedbackChannelType0(StrEnum):
    LETTER = "letter"
    MEETING = "meeting"
    MOBILE = "mobile"
    PHONE = "phone"
    WEB = "web"

    def __str__(self) -> str:
        return str(self.value)
