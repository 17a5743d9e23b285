from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.consultation_create_audiences_item import ConsultationCreateAudiencesItem
from ..models.consultation_create_status import ConsultationCreateStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConsultationCreate")


@_attrs_define
class ConsultationCreate:
    """A consultation to open on one version of a draft document.

    Attributes:
        document_id (UUID): The draft document put before the public.
        title (str): The consultation's title, shown publicly.
        opens_at (datetime.datetime): When feedback starts being accepted (with a UTC offset); inclusive.
        closes_at (datetime.datetime): When feedback stops being accepted (with a UTC offset); exclusive, after
            opens_at.
        document_version (int | None | Unset): Default: the current version. Fixed for the consultation's life, so
            quotes always refer to the text people read.
        description (None | str | Unset): The invitation to comment, shown on the public page.
        audiences (list[ConsultationCreateAudiencesItem] | Unset): The contributor groups the consultation addresses
            (for the public page). Who the opinion comes from: citizen (a member of the public), expert (scientist,
            specialist), veteran (cựu chiến binh), party_member (đảng viên), organisation (an association, a business, a
            mass organisation), unit (one of the plan's units, speaking for itself), other.
        lead_unit_id (None | Unset | UUID): The unit in charge of synthesising the opinions (chủ trì tổng hợp).
        synthesis_due (datetime.date | None | Unset): The date the synthesis (tổng hợp ý kiến) is due, local calendar
            date.
        status (ConsultationCreateStatus | Unset): draft: prepare it out of public sight; open: on the public page at
            once (feedback is accepted inside the window). Default: ConsultationCreateStatus.DRAFT.
    """

    document_id: UUID
    title: str
    opens_at: datetime.datetime
    closes_at: datetime.datetime
    document_version: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    audiences: list[ConsultationCreateAudiencesItem] | Unset = UNSET
    lead_unit_id: None | Unset | UUID = UNSET
    synthesis_due: datetime.date | None | Unset = UNSET
    status: ConsultationCreateStatus | Unset = ConsultationCreateStatus.DRAFT

    def to_dict(self) -> dict[str, Any]:
        document_id = str(self.document_id)

        title = self.title

        opens_at = self.opens_at.isoformat()

        closes_at = self.closes_at.isoformat()

        document_version: int | None | Unset
        if isinstance(self.document_version, Unset):
            document_version = UNSET
        else:
            document_version = self.document_version

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        audiences: list[str] | Unset = UNSET
        if not isinstance(self.audiences, Unset):
            audiences = []
            for audiences_item_data in self.audiences:
                audiences_item = audiences_item_data.value
                audiences.append(audiences_item)

        lead_unit_id: None | str | Unset
        if isinstance(self.lead_unit_id, Unset):
            lead_unit_id = UNSET
        elif isinstance(self.lead_unit_id, UUID):
            lead_unit_id = str(self.lead_unit_id)
        else:
            lead_unit_id = self.lead_unit_id

        synthesis_due: None | str | Unset
        if isinstance(self.synthesis_due, Unset):
            synthesis_due = UNSET
        elif isinstance(self.synthesis_due, datetime.date):
            synthesis_due = self.synthesis_due.isoformat()
        else:
            synthesis_due = self.synthesis_due

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "document_id": document_id,
                "title": title,
                "opens_at": opens_at,
                "closes_at": closes_at,
            }
        )
        if document_version is not UNSET:
            field_dict["document_version"] = document_version
        if description is not UNSET:
            field_dict["description"] = description
        if audiences is not UNSET:
            field_dict["audiences"] = audiences
        if lead_unit_id is not UNSET:
            field_dict["lead_unit_id"] = lead_unit_id
        if synthesis_due is not UNSET:
            field_dict["synthesis_due"] = synthesis_due
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_id = UUID(d.pop("document_id"))

        title = d.pop("title")

        opens_at = datetime.datetime.fromisoformat(d.pop("opens_at"))

        closes_at = datetime.datetime.fromisoformat(d.pop("closes_at"))

        def _parse_document_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        document_version = _parse_document_version(d.pop("document_version", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _audiences = d.pop("audiences", UNSET)
        audiences: list[ConsultationCreateAudiencesItem] | Unset = UNSET
        if _audiences is not UNSET:
            audiences = []
            for audiences_item_data in _audiences:
                audiences_item = ConsultationCreateAudiencesItem(audiences_item_data)

                audiences.append(audiences_item)

        def _parse_lead_unit_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                lead_unit_id_type_0 = UUID(data)

                return lead_unit_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        lead_unit_id = _parse_lead_unit_id(d.pop("lead_unit_id", UNSET))

        def _parse_synthesis_due(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                synthesis_due_type_0 = datetime.date.fromisoformat(data)

                return synthesis_due_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        synthesis_due = _parse_synthesis_due(d.pop("synthesis_due", UNSET))

        _status = d.pop("status", UNSET)
        status: ConsultationCreateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ConsultationCreateStatus(_status)

        consultation_create = cls(
            document_id=document_id,
            title=title,
            opens_at=opens_at,
            closes_at=closes_at,
            document_version=document_version,
            description=description,
            audiences=audiences,
            lead_unit_id=lead_unit_id,
            synthesis_due=synthesis_due,
            status=status,
        )

        return consultation_create
