from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UnitImpact")


@_attrs_define
class UnitImpact:
    """
    Attributes:
        unit_id (UUID): A unit with at least one task whose deadline would move.
        name (None | str): The unit's name ("Ban Tuyên giáo Tỉnh ủy"); null if the unit was deleted.
        task_count (int): How many of this unit's tasks would get a new deadline.
    """

    unit_id: UUID
    name: None | str
    task_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unit_id = str(self.unit_id)

        name: None | str
        name = self.name

        task_count = self.task_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "unit_id": unit_id,
                "name": name,
                "task_count": task_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unit_id = UUID(d.pop("unit_id"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        task_count = d.pop("task_count")

        unit_impact = cls(
            unit_id=unit_id,
            name=name,
            task_count=task_count,
        )

        unit_impact.additional_properties = d
        return unit_impact

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
