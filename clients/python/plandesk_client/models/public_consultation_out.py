from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.public_consultation_out_audiences_item import PublicConsultationOutAudiencesItem

if TYPE_CHECKING:
    from ..models.public_document_ref import PublicDocumentRef


T = TypeVar("T", bound="PublicConsultationOut")


@_attrs_define
class PublicConsultationOut:
    """An open consultation as anyone sees it, without signing in (no internal fields).

    Attributes:
        id (UUID): The consultation's id (used to submit feedback).
        title (str): The consultation's title.
        description (None | str): The invitation to comment; null when none.
        audiences (list[PublicConsultationOutAudiencesItem]): The contributor groups the consultation addresses (for the
            public page). Who the opinion comes from: citizen (a member of the public), expert (scientist, specialist),
            veteran (cựu chiến binh), party_member (đảng viên), organisation (an association, a business, a mass
            organisation), unit (one of the plan's units, speaking for itself), other.
        opens_at (datetime.datetime): Start of the feedback window (UTC, inclusive).
        closes_at (datetime.datetime): End of the feedback window (UTC, exclusive).
        synthesis_due (datetime.date | None): When the synthesis of the opinions is due; null when not set.
        accepting_feedback (bool): True when a submission would be accepted now.
        document (PublicDocumentRef): The document a public consultation is about, and the version people comment on.
    """

    id: UUID
    title: str
    description: None | str
    audiences: list[PublicConsultationOutAudiencesItem]
    opens_at: datetime.datetime
    closes_at: datetime.datetime
    synthesis_due: datetime.date | None
    accepting_feedback: bool
    document: PublicDocumentRef
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        title = self.title

        description: None | str
        description = self.description

        audiences = []
        for audiences_item_data in self.audiences:
            audiences_item = audiences_item_data.value
            audiences.append(audiences_item)

        opens_at = self.opens_at.isoformat()

        closes_at = self.closes_at.isoformat()

        synthesis_due: None | str
        if isinstance(self.synthesis_due, datetime.date):
            synthesis_due = self.synthesis_due.isoformat()
        else:
            synthesis_due = self.synthesis_due

        accepting_feedback = self.accepting_feedback

        document = self.document.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "description": description,
                "audiences": audiences,
                "opens_at": opens_at,
                "closes_at": closes_at,
                "synthesis_due": synthesis_due,
                "accepting_feedback": accepting_feedback,
                "document": document,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.public_document_ref import PublicDocumentRef  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        title = d.pop("title")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        audiences = []
        _audiences = d.pop("audiences")
        for audiences_item_data in _audiences:
            audiences_item = PublicConsultationOutAudiencesItem(audiences_item_data)

            audiences.append(audiences_item)

        opens_at = datetime.datetime.fromisoformat(d.pop("opens_at"))

        closes_at = datetime.datetime.fromisoformat(d.pop("closes_at"))

        def _parse_synthesis_due(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                synthesis_due_type_0 = datetime.date.fromisoformat(data)

                return synthesis_due_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        synthesis_due = _parse_synthesis_due(d.pop("synthesis_due"))

        accepting_feedback = d.pop("accepting_feedback")

        document = PublicDocumentRef.from_dict(d.pop("document"))

        public_consultation_out = cls(
            id=id,
            title=title,
            description=description,
            audiences=audiences,
            opens_at=opens_at,
            closes_at=closes_at,
            synthesis_due=synthesis_due,
            accepting_feedback=accepting_feedback,
            document=document,
        )

        public_consultation_out.additional_properties = d
        return public_consultation_out

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
