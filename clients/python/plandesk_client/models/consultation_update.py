from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.consultation_update_audiences_type_0_item import ConsultationUpdateAudiencesType0Item
from ..models.consultation_update_status_type_0 import ConsultationUpdateStatusType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConsultationUpdate")


@_attrs_define
class ConsultationUpdate:
    """Changes to a consultation; omitted fields stay as they are.

    Attributes:
        title (None | str | Unset): A new title.
        description (None | str | Unset): A new invitation text; null removes it.
        audiences (list[ConsultationUpdateAudiencesType0Item] | None | Unset): The contributor groups the consultation
            addresses (for the public page). Who the opinion comes from: citizen (a member of the public), expert
            (scientist, specialist), veteran (cựu chiến binh), party_member (đảng viên), organisation (an association, a
            business, a mass organisation), unit (one of the plan's units, speaking for itself), other.
        opens_at (datetime.datetime | None | Unset): A new start of the window (inclusive).
        closes_at (datetime.datetime | None | Unset): A new end of the window (exclusive).
        lead_unit_id (None | Unset | UUID): A new lead unit; null removes it.
        synthesis_due (datetime.date | None | Unset): A new synthesis due date; null removes it.
        status (ConsultationUpdateStatusType0 | None | Unset): draft: being prepared, invisible to the public; open: on
            the public page, and feedback is accepted while the current time lies in [opens_at, closes_at); closed: no more
            feedback, moderation and synthesis go on; archived: final, read only. Moves: draft → open | archived; open →
            closed | draft; closed → open | archived; archived → nothing (a refused move is 409 with `allowed`).
    """

    title: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    audiences: list[ConsultationUpdateAudiencesType0Item] | None | Unset = UNSET
    opens_at: datetime.datetime | None | Unset = UNSET
    closes_at: datetime.datetime | None | Unset = UNSET
    lead_unit_id: None | Unset | UUID = UNSET
    synthesis_due: datetime.date | None | Unset = UNSET
    status: ConsultationUpdateStatusType0 | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        audiences: list[str] | None | Unset
        if isinstance(self.audiences, Unset):
            audiences = UNSET
        elif isinstance(self.audiences, list):
            audiences = []
            for audiences_type_0_item_data in self.audiences:
                audiences_type_0_item = audiences_type_0_item_data.value
                audiences.append(audiences_type_0_item)

        else:
            audiences = self.audiences

        opens_at: None | str | Unset
        if isinstance(self.opens_at, Unset):
            opens_at = UNSET
        elif isinstance(self.opens_at, datetime.datetime):
            opens_at = self.opens_at.isoformat()
        else:
            opens_at = self.opens_at

        closes_at: None | str | Unset
        if isinstance(self.closes_at, Unset):
            closes_at = UNSET
        elif isinstance(self.closes_at, datetime.datetime):
            closes_at = self.closes_at.isoformat()
        else:
            closes_at = self.closes_at

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

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ConsultationUpdateStatusType0):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if audiences is not UNSET:
            field_dict["audiences"] = audiences
        if opens_at is not UNSET:
            field_dict["opens_at"] = opens_at
        if closes_at is not UNSET:
            field_dict["closes_at"] = closes_at
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

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_audiences(data: object) -> list[ConsultationUpdateAudiencesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                audiences_type_0 = []
                _audiences_type_0 = data
                for audiences_type_0_item_data in _audiences_type_0:
                    audiences_type_0_item = ConsultationUpdateAudiencesType0Item(audiences_type_0_item_data)

                    audiences_type_0.append(audiences_type_0_item)

                return audiences_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ConsultationUpdateAudiencesType0Item] | None | Unset, data)

        audiences = _parse_audiences(d.pop("audiences", UNSET))

        def _parse_opens_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                opens_at_type_0 = datetime.datetime.fromisoformat(data)

                return opens_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        opens_at = _parse_opens_at(d.pop("opens_at", UNSET))

        def _parse_closes_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closes_at_type_0 = datetime.datetime.fromisoformat(data)

                return closes_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        closes_at = _parse_closes_at(d.pop("closes_at", UNSET))

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

        def _parse_status(data: object) -> ConsultationUpdateStatusType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ConsultationUpdateStatusType0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConsultationUpdateStatusType0 | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        consultation_update = cls(
            title=title,
            description=description,
            audiences=audiences,
            opens_at=opens_at,
            closes_at=closes_at,
            lead_unit_id=lead_unit_id,
            synthesis_due=synthesis_due,
            status=status,
        )

        return consultation_update
