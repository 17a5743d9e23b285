from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PublicPhase")


@_attrs_define
class PublicPhase:
    """
    Attributes:
        id (UUID): The phase's id (UUID).
        label (str): The phase's label as the plan numbers it: "I", "II" for phases ("Đợt I"), "3.1" for sub-phases;
            1–32 characters.
        title (str): The phase's heading ("Từ đầu tháng 02/2025 đến kết thúc đại hội đảng bộ cấp huyện"), 1–1000
            characters.
        topics (list[str]): The content topics to communicate during the phase, in the plan's order, one per item; at
            most
            200.
        start_date (datetime.date | None): The start resolved to a calendar date (computed from `start` and re-computed
            when its milestone
            moves); null when open or unresolvable.
        end_date (datetime.date | None): The end resolved to a calendar date; null when open or unresolvable.
        sub_phases (list[PublicPhase]): The phase's sub-phases (3.1–3.3 under III), in order, each with the same fields.
    """

    id: UUID
    label: str
    title: str
    topics: list[str]
    start_date: datetime.date | None
    end_date: datetime.date | None
    sub_phases: list[PublicPhase]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        label = self.label

        title = self.title

        topics = self.topics

        start_date: None | str
        if isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        end_date: None | str
        if isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        sub_phases = []
        for sub_phases_item_data in self.sub_phases:
            sub_phases_item = sub_phases_item_data.to_dict()
            sub_phases.append(sub_phases_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "label": label,
                "title": title,
                "topics": topics,
                "start_date": start_date,
                "end_date": end_date,
                "sub_phases": sub_phases,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        label = d.pop("label")

        title = d.pop("title")

        topics = cast(list[str], d.pop("topics"))

        def _parse_start_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        start_date = _parse_start_date(d.pop("start_date"))

        def _parse_end_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        end_date = _parse_end_date(d.pop("end_date"))

        sub_phases = []
        _sub_phases = d.pop("sub_phases")
        for sub_phases_item_data in _sub_phases:
            sub_phases_item = PublicPhase.from_dict(sub_phases_item_data)

            sub_phases.append(sub_phases_item)

        public_phase = cls(
            id=id,
            label=label,
            title=title,
            topics=topics,
            start_date=start_date,
            end_date=end_date,
            sub_phases=sub_phases,
        )

        public_phase.additional_properties = d
        return public_phase

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
