from enum import StrEnum


class ListFeedbackContributorGroupType0(StrEnum):
    CITIZEN = "citizen"
    EXPERT = "expert"
    ORGANISATION = "organisation"
    OTHER = "other"
    PARTY_MEMBER = "party_member"
    UNIT = "unit"
    VETERAN = "veteran"

    def __str__(self) -> str:
        return str(self.value)
