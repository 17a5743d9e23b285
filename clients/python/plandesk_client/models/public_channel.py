from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PublicChannel")


@_attrs_define
class PublicChannel:
    """
    Attributes:
        label (str): The channel's number in the plan's list of forms ("1", "2" of "Hình thức tuyên truyền"), 1–32
            characters.
        title (str): The channel's name ("Tuyên truyền trên các phương tiện thông tin đại chúng").
        items (list[str]): What is done through the channel, one activity per item, in order; at most 200.
    """

    label: str
    title: str
    items: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        title = self.title

        items = self.items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "title": title,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        title = d.pop("title")

        items = cast(list[str], d.pop("items"))

        public_channel = cls(
            label=label,
            title=title,
            items=items,
        )

        public_channel.additional_properties = d
        return public_channel

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
