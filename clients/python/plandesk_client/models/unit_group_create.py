from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnitGroupCreate")


@_attrs_define
class UnitGroupCreate:
    """
    Attributes:
        name (str): The group's name as the plan addresses it ("Các huyện ủy, thị ủy, thành ủy và đảng ủy trực
            thuộc"), 1–300 characters.
        description (None | str | Unset): Notes on who belongs and why; null when none. At most 2000 characters.
        unit_ids (list[UUID] | Unset): The member units; a task addressed to the group gives each active member its own
            assignment. At
            most 500. On update, null leaves the members as they are.
    """

    name: str
    description: None | str | Unset = UNSET
    unit_ids: list[UUID] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        unit_ids: list[str] | Unset = UNSET
        if not isinstance(self.unit_ids, Unset):
            unit_ids = []
            for unit_ids_item_data in self.unit_ids:
                unit_ids_item = str(unit_ids_item_data)
                unit_ids.append(unit_ids_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if unit_ids is not UNSET:
            field_dict["unit_ids"] = unit_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _unit_ids = d.pop("unit_ids", UNSET)
        unit_ids: list[UUID] | Unset = UNSET
        if _unit_ids is not UNSET:
            unit_ids = []
            for unit_ids_item_data in _unit_ids:
                unit_ids_item = UUID(unit_ids_item_data)

                unit_ids.append(unit_ids_item)

        unit_group_create = cls(
            name=name,
            description=description,
            unit_ids=unit_ids,
        )

        return unit_group_create
