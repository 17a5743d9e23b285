from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UnitGroupOut")


@_attrs_define
class UnitGroupOut:
    """
    Attributes:
        etag (str): The ETag the single resource sends (`"<id>-<version>"`): send it as If-Match to change or delete
            this object straight from a list, without reading it first.
        id (UUID): The group's id (UUID).
        name (str): The group's name as the plan addresses it ("Các huyện ủy, thị ủy, thành ủy và đảng ủy trực
            thuộc"), 1–300 characters.
        description (None | str): Notes on who belongs and why; null when none. At most 2000 characters.
        unit_ids (list[UUID]): The member units; a task addressed to the group gives each active member its own
            assignment. At
            most 500. On update, null leaves the members as they are.
        awaiting_members (bool): No member units yet: tasks addressed to the group wait for them to be chosen
    """

    etag: str
    id: UUID
    name: str
    description: None | str
    unit_ids: list[UUID]
    awaiting_members: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        etag = self.etag

        id = str(self.id)

        name = self.name

        description: None | str
        description = self.description

        unit_ids = []
        for unit_ids_item_data in self.unit_ids:
            unit_ids_item = str(unit_ids_item_data)
            unit_ids.append(unit_ids_item)

        awaiting_members = self.awaiting_members

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "etag": etag,
                "id": id,
                "name": name,
                "description": description,
                "unit_ids": unit_ids,
                "awaiting_members": awaiting_members,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        etag = d.pop("etag")

        id = UUID(d.pop("id"))

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        unit_ids = []
        _unit_ids = d.pop("unit_ids")
        for unit_ids_item_data in _unit_ids:
            unit_ids_item = UUID(unit_ids_item_data)

            unit_ids.append(unit_ids_item)

        awaiting_members = d.pop("awaiting_members")

        unit_group_out = cls(
            etag=etag,
            id=id,
            name=name,
            description=description,
            unit_ids=unit_ids,
            awaiting_members=awaiting_members,
        )

        unit_group_out.additional_properties = d
        return unit_group_out

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
