from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    COORDINATOR = "coordinator"
    MODERATOR = "moderator"
    UNIT_OFFICER = "unit_officer"
    VIEWER = "viewer"

    def __str__(self) -> str:
        return str(self.value)
