from enum import StrEnum


class ListUnitsKindType0(StrEnum):
    DEPARTMENT = "department"
    DISTRICT = "district"
    MASS_ORG = "mass_org"
    MEDIA = "media"
    OTHER = "other"
    PARTY_COMMITTEE = "party_committee"

    def __str__(self) -> str:
        return str(self.value)
