from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpcomingMilestone")


@_attrs_define
class UpcomingMilestone:
    """
    Attributes:
        id (UUID): The milestone.
        title (str): The milestone's title.
        kind (str): `event`, `deadline` or `review`.
        status (str): `planned`, `done` or `moved`.
        precision (None | str): How precisely its date is known (`day`, `month`, `quarter`, `year`).
        range_start (datetime.date): First day of the milestone's range.
        range_end (datetime.date): Last day of the milestone's range.
    """

    id: UUID
    title: str
    kind: str
    status: str
    precision: None | str
    range_start: datetime.date
    range_end: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        title = self.title

        kind = self.kind

        status = self.status

        precision: None | str
        precision = self.precision

        range_start = self.range_start.isoformat()

        range_end = self.range_end.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "kind": kind,
                "status": status,
                "precision": precision,
                "range_start": range_start,
                "range_end": range_end,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        title = d.pop("title")

        kind = d.pop("kind")

        status = d.pop("status")

        def _parse_precision(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        precision = _parse_precision(d.pop("precision"))

        range_start = datetime.date.fromisoformat(d.pop("range_start"))

        range_end = datetime.date.fromisoformat(d.pop("range_end"))

        upcoming_milestone = cls(
            id=id,
            title=title,
            kind=kind,
            status=status,
            precision=precision,
            range_start=range_start,
            range_end=range_end,
        )

        upcoming_milestone.additional_properties = d
        return upcoming_milestone

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
