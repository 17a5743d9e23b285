from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OverdueBuckets")


@_attrs_define
class OverdueBuckets:
    """
    Attributes:
        days_1_7 (int): Overdue tasks 1 to 7 days past their deadline.
        days_8_30 (int): Overdue tasks 8 to 30 days past their deadline.
        days_over_30 (int): Overdue tasks more than 30 days past their deadline.
    """

    days_1_7: int
    days_8_30: int
    days_over_30: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        days_1_7 = self.days_1_7

        days_8_30 = self.days_8_30

        days_over_30 = self.days_over_30

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "days_1_7": days_1_7,
                "days_8_30": days_8_30,
                "days_over_30": days_over_30,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        days_1_7 = d.pop("days_1_7")

        days_8_30 = d.pop("days_8_30")

        days_over_30 = d.pop("days_over_30")

        overdue_buckets = cls(
            days_1_7=days_1_7,
            days_8_30=days_8_30,
            days_over_30=days_over_30,
        )

        overdue_buckets.additional_properties = d
        return overdue_buckets

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
