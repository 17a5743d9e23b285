from enum import StrEnum


class PreferencesInEmailMode(StrEnum):
    DIGEST = "digest"
    IMMEDIATE = "immediate"
    OFF = "off"

    def __str__(self) -> str:
        return str(self.value)
