from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.date_change import DateChange


T = TypeVar("T", bound="TaskImpact")


@_attrs_define
class TaskImpact:
    """
    Attributes:
        id (UUID): The task whose deadline would move.
        title (str): The task's title.
        due_date (DateChange):
        unit_ids (list[UUID]): The units assigned to the task (lead, support or member), who will see the new deadline.
    """

    id: UUID
    title: str
    due_date: DateChange
    unit_ids: list[UUID]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        title = self.title

        due_date = self.due_date.to_dict()

        unit_ids = []
        for unit_ids_item_data in self.unit_ids:
            unit_ids_item = str(unit_ids_item_data)
            unit_ids.append(unit_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "due_date": due_date,
                "unit_ids": unit_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.date_change import DateChange  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        title = d.pop("title")

        due_date = DateChange.from_dict(d.pop("due_date"))

        unit_ids = []
        _unit_ids = d.pop("unit_ids")
        for unit_ids_item_data in _unit_ids:
            unit_ids_item = UUID(unit_ids_item_data)

            unit_ids.append(unit_ids_item)

        task_impact = cls(
            id=id,
            title=title,
            due_date=due_date,
            unit_ids=unit_ids,
        )

        task_impact.additional_properties = d
        return task_impact

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
