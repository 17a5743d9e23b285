from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.consultation_out_audiences_item import ConsultationOutAudiencesItem
from ..models.consultation_out_status import ConsultationOutStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConsultationOut")


@_attrs_define
class ConsultationOut:
    """A consultation as staff see it.

    Attributes:
        etag (str): The ETag the single resource sends (`"<id>-<version>"`): send it as If-Match to change or delete
            this object straight from a list, without reading it first.
        id (UUID): The consultation's id.
        document_id (UUID): The draft document under consultation.
        document_title (str): That document's title.
        document_version (int): The version of the document people comment on.
        title (str): The consultation's title.
        description (None | str): The invitation to comment; null when none.
        audiences (list[ConsultationOutAudiencesItem]): The contributor groups the consultation addresses (for the
            public page). Who the opinion comes from: citizen (a member of the public), expert (scientist, specialist),
            veteran (cựu chiến binh), party_member (đảng viên), organisation (an association, a business, a mass
            organisation), unit (one of the plan's units, speaking for itself), other.
        opens_at (datetime.datetime): Start of the feedback window (UTC, inclusive).
        closes_at (datetime.datetime): End of the feedback window (UTC, exclusive).
        lead_unit_id (None | UUID): The unit in charge of the synthesis; null when none.
        synthesis_due (datetime.date | None): When the synthesis is due; null when not set.
        status (ConsultationOutStatus): draft: being prepared, invisible to the public; open: on the public page, and
            feedback is accepted while the current time lies in [opens_at, closes_at); closed: no more feedback, moderation
            and synthesis go on; archived: final, read only. Moves: draft → open | archived; open → closed | draft; closed →
            open | archived; archived → nothing (a refused move is 409 with `allowed`).
        accepting_feedback (bool): True when feedback is accepted now: status open and now in [opens_at, closes_at).
        created_at (datetime.datetime): When the consultation was created (UTC).
        updated_at (datetime.datetime): When it last changed (UTC).
        synthesis_published_at (datetime.datetime | None | Unset): When the synthesis was published on the public page;
            null: not published
    """

    etag: str
    id: UUID
    document_id: UUID
    document_title: str
    document_version: int
    title: str
    description: None | str
    audiences: list[ConsultationOutAudiencesItem]
    opens_at: datetime.datetime
    closes_at: datetime.datetime
    lead_unit_id: None | UUID
    synthesis_due: datetime.date | None
    status: ConsultationOutStatus
    accepting_feedback: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    synthesis_published_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        etag = self.etag

        id = str(self.id)

        document_id = str(self.document_id)

        document_title = self.document_title

        document_version = self.document_version

        title = self.title

        description: None | str
        description = self.description

        audiences = []
        for audiences_item_data in self.audiences:
            audiences_item = audiences_item_data.value
            audiences.append(audiences_item)

        opens_at = self.opens_at.isoformat()

        closes_at = self.closes_at.isoformat()

        lead_unit_id: None | str
        if isinstance(self.lead_unit_id, UUID):
            lead_unit_id = str(self.lead_unit_id)
        else:
            lead_unit_id = self.lead_unit_id

        synthesis_due: None | str
        if isinstance(self.synthesis_due, datetime.date):
            synthesis_due = self.synthesis_due.isoformat()
        else:
            synthesis_due = self.synthesis_due

        status = self.status.value

        accepting_feedback = self.accepting_feedback

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        synthesis_published_at: None | str | Unset
        if isinstance(self.synthesis_published_at, Unset):
            synthesis_published_at = UNSET
        elif isinstance(self.synthesis_published_at, datetime.datetime):
            synthesis_published_at = self.synthesis_published_at.isoformat()
        else:
            synthesis_published_at = self.synthesis_published_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "etag": etag,
                "id": id,
                "document_id": document_id,
                "document_title": document_title,
                "document_version": document_version,
                "title": title,
                "description": description,
                "audiences": audiences,
                "opens_at": opens_at,
                "closes_at": closes_at,
                "lead_unit_id": lead_unit_id,
                "synthesis_due": synthesis_due,
                "status": status,
                "accepting_feedback": accepting_feedback,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if synthesis_published_at is not UNSET:
            field_dict["synthesis_published_at"] = synthesis_published_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        etag = d.pop("etag")

        id = UUID(d.pop("id"))

        document_id = UUID(d.pop("document_id"))

        document_title = d.pop("document_title")

        document_version = d.pop("document_version")

        title = d.pop("title")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        audiences = []
        _audiences = d.pop("audiences")
        for audiences_item_data in _audiences:
            audiences_item = ConsultationOutAudiencesItem(audiences_item_data)

            audiences.append(audiences_item)

        opens_at = datetime.datetime.fromisoformat(d.pop("opens_at"))

        closes_at = datetime.datetime.fromisoformat(d.pop("closes_at"))

        def _parse_lead_unit_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                lead_unit_id_type_0 = UUID(data)

                return lead_unit_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        lead_unit_id = _parse_lead_unit_id(d.pop("lead_unit_id"))

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

        status = ConsultationOutStatus(d.pop("status"))

        accepting_feedback = d.pop("accepting_feedback")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_synthesis_published_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                synthesis_published_at_type_0 = datetime.datetime.fromisoformat(data)

                return synthesis_published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        synthesis_published_at = _parse_synthesis_published_at(d.pop("synthesis_published_at", UNSET))

        consultation_out = cls(
            etag=etag,
            id=id,
            document_id=document_id,
            document_title=document_title,
            document_version=document_version,
            title=title,
            description=description,
            audiences=audiences,
            opens_at=opens_at,
            closes_at=closes_at,
            lead_unit_id=lead_unit_id,
            synthesis_due=synthesis_due,
            status=status,
            accepting_feedback=accepting_feedback,
            created_at=created_at,
            updated_at=updated_at,
            synthesis_published_at=synthesis_published_at,
        )

        consultation_out.additional_properties = d
        return consultation_out

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
