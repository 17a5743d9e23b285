from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.public_feedback_status_status import PublicFeedbackStatusStatus

if TYPE_CHECKING:
    from ..models.public_section_ref import PublicSectionRef


T = TypeVar("T", bound="PublicFeedbackStatus")


@_attrs_define
class PublicFeedbackStatus:
    """A submission as its contributor follows it by receipt code: never the contact details.

    Attributes:
        consultation_id (UUID): The consultation the submission was given on.
        consultation_title (str): Its title.
        section (None | PublicSectionRef): The section commented on; null for the whole draft.
        quote (None | str): The passage quoted; null when none.
        body (str): The opinion as submitted.
        status (PublicFeedbackStatusStatus): Where the submission stands in moderation: received (new, nobody has looked
            at it); in_review (a moderator is considering it); accepted (taken into the revised draft); partially_accepted
            (taken in part); not_accepted (considered, not taken); duplicate (says what an earlier submission says); spam
            (not an opinion on the draft). Moves: received → in_review | duplicate | spam; in_review → received | accepted |
            partially_accepted | not_accepted | duplicate | spam; every decided status → in_review (reopen). accepted,
            partially_accepted and not_accepted need an official response.
        submitted_at (datetime.datetime): When it was submitted (UTC).
        response (None | str): The official response (phản hồi), once a moderator gave one.
        responded_at (datetime.datetime | None): When the response was given (UTC); null before.
    """

    consultation_id: UUID
    consultation_title: str
    section: None | PublicSectionRef
    quote: None | str
    body: str
    status: PublicFeedbackStatusStatus
    submitted_at: datetime.datetime
    response: None | str
    responded_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.public_section_ref import PublicSectionRef  # noqa: PLC0415

        consultation_id = str(self.consultation_id)

        consultation_title = self.consultation_title

        section: dict[str, Any] | None
        if isinstance(self.section, PublicSectionRef):
            section = self.section.to_dict()
        else:
            section = self.section

        quote: None | str
        quote = self.quote

        body = self.body

        status = self.status.value

        submitted_at = self.submitted_at.isoformat()

        response: None | str
        response = self.response

        responded_at: None | str
        if isinstance(self.responded_at, datetime.datetime):
            responded_at = self.responded_at.isoformat()
        else:
            responded_at = self.responded_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "consultation_id": consultation_id,
                "consultation_title": consultation_title,
                "section": section,
                "quote": quote,
                "body": body,
                "status": status,
                "submitted_at": submitted_at,
                "response": response,
                "responded_at": responded_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.public_section_ref import PublicSectionRef  # noqa: PLC0415

        d = dict(src_dict)
        consultation_id = UUID(d.pop("consultation_id"))

        consultation_title = d.pop("consultation_title")

        def _parse_section(data: object) -> None | PublicSectionRef:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                section_type_0 = PublicSectionRef.from_dict(data)

                return section_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PublicSectionRef, data)

        section = _parse_section(d.pop("section"))

        def _parse_quote(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        quote = _parse_quote(d.pop("quote"))

        body = d.pop("body")

        status = PublicFeedbackStatusStatus(d.pop("status"))

        submitted_at = datetime.datetime.fromisoformat(d.pop("submitted_at"))

        def _parse_response(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        response = _parse_response(d.pop("response"))

        def _parse_responded_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                responded_at_type_0 = datetime.datetime.fromisoformat(data)

                return responded_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        responded_at = _parse_responded_at(d.pop("responded_at"))

        public_feedback_status = cls(
            consultation_id=consultation_id,
            consultation_title=consultation_title,
            section=section,
            quote=quote,
            body=body,
            status=status,
            submitted_at=submitted_at,
            response=response,
            responded_at=responded_at,
        )

        public_feedback_status.additional_properties = d
        return public_feedback_status

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
