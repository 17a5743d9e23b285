from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ImportedGroup")


@_attrs_define
class ImportedGroup:
    """A unit group ("Các huyện ủy, thị ủy …") and its members.

    Attributes:
        key (str): The group's key in the draft (`units` with `is_group`).
        name (str): The group's name ("Các huyện ủy, thị ủy, thành ủy").
        matched (bool): An existing group with this name was found
        group_id (None | UUID): Null in a dry run for a group to be created
        member_keys (list[str]): Units the document nests under the group
        member_count (int): Members of the group: the existing group's, those nested under it and those chosen
        member_unit_ids (list[UUID]): The member units; empty: the review must ask the coordinator to choose them (form
            field `group_members`), or the group's tasks wait for members
    """

    key: str
    name: str
    matched: bool
    group_id: None | UUID
    member_keys: list[str]
    member_count: int
    member_unit_ids: list[UUID]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        matched = self.matched

        group_id: None | str
        if isinstance(self.group_id, UUID):
            group_id = str(self.group_id)
        else:
            group_id = self.group_id

        member_keys = self.member_keys

        member_count = self.member_count

        member_unit_ids = []
        for member_unit_ids_item_data in self.member_unit_ids:
            member_unit_ids_item = str(member_unit_ids_item_data)
            member_unit_ids.append(member_unit_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "name": name,
                "matched": matched,
                "group_id": group_id,
                "member_keys": member_keys,
                "member_count": member_count,
                "member_unit_ids": member_unit_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        name = d.pop("name")

        matched = d.pop("matched")

        def _parse_group_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                group_id_type_0 = UUID(data)

                return group_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        group_id = _parse_group_id(d.pop("group_id"))

        member_keys = cast(list[str], d.pop("member_keys"))

        member_count = d.pop("member_count")

        member_unit_ids = []
        _member_unit_ids = d.pop("member_unit_ids")
        for member_unit_ids_item_data in _member_unit_ids:
            member_unit_ids_item = UUID(member_unit_ids_item_data)

            member_unit_ids.append(member_unit_ids_item)

        imported_group = cls(
            key=key,
            name=name,
            matched=matched,
            group_id=group_id,
            member_keys=member_keys,
            member_count=member_count,
            member_unit_ids=member_unit_ids,
        )

        imported_group.additional_properties = d
        return imported_group

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
