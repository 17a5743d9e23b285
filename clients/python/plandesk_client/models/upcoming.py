from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.upcoming_deadline import UpcomingDeadline
    from ..models.upcoming_milestone import UpcomingMilestone


T = TypeVar("T", bound="Upcoming")


@_attrs_define
class Upcoming:
    """
    Attributes:
        until (datetime.date): The last day covered (today + 14, local).
        deadlines (list[UpcomingDeadline]): Open tasks due from today to `until`, by date.
        milestones (list[UpcomingMilestone]): Milestones whose range overlaps today to `until`.
    """

    until: datetime.date
    deadlines: list[UpcomingDeadline]
    milestones: list[UpcomingMilestone]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        until = self.until.isoformat()

        deadlines = []
        for deadlines_item_data in self.deadlines:
            deadlines_item = deadlines_item_data.to_dict()
            deadlines.append(deadlines_item)

        milestones = []
        for milestones_item_data in self.milestones:
            milestones_item = milestones_item_data.to_dict()
            milestones.append(milestones_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "until": until,
                "deadlines": deadlines,
                "milestones": milestones,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.upcoming_deadline import UpcomingDeadline  # noqa: PLC0415
        from ..models.upcoming_milestone import UpcomingMilestone  # noqa: PLC0415

        d = dict(src_dict)
        until = datetime.date.fromisoformat(d.pop("until"))

        deadlines = []
        _deadlines = d.pop("deadlines")
        for deadlines_item_data in _deadlines:
            deadlines_item = UpcomingDeadline.from_dict(deadlines_item_data)

            deadlines.append(deadlines_item)

        milestones = []
        _milestones = d.pop("milestones")
        for milestones_item_data in _milestones:
            milestones_item = UpcomingMilestone.from_dict(milestones_item_data)

            milestones.append(milestones_item)

        upcoming = cls(
            until=until,
            deadlines=deadlines,
            milestones=milestones,
        )

        upcoming.additional_properties = d
        return upcoming

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
