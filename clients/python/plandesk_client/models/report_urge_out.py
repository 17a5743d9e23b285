from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReportUrgeOut")


@_attrs_define
class ReportUrgeOut:
    """The units reminded.

    Attributes:
        urged_unit_ids (list[UUID]): The units urged: those asked for whose report is missing, a draft or returned.
    """

    urged_unit_ids: list[UUID]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        urged_unit_ids = []
        for urged_unit_ids_item_data in self.urged_unit_ids:
            urged_unit_ids_item = str(urged_unit_ids_item_data)
            urged_unit_ids.append(urged_unit_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "urged_unit_ids": urged_unit_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        urged_unit_ids = []
        _urged_unit_ids = d.pop("urged_unit_ids")
        for urged_unit_ids_item_data in _urged_unit_ids:
            urged_unit_ids_item = UUID(urged_unit_ids_item_data)

            urged_unit_ids.append(urged_unit_ids_item)

        report_urge_out = cls(
            urged_unit_ids=urged_unit_ids,
        )

        report_urge_out.additional_properties = d
        return report_urge_out

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
