from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChannelCreate")


@_attrs_define
class ChannelCreate:
    """
    Attributes:
        label (str): The channel's number in the plan's list of forms ("1", "2" of "Hình thức tuyên truyền"), 1–32
            characters.
        title (str): The channel's name ("Tuyên truyền trên các phương tiện thông tin đại chúng").
        position (int | None | Unset): Order among the plan's channels, from 0; default: after the last one.
        items (list[str] | Unset): What is done through the channel, one activity per item, in order; at most 200.
    """

    label: str
    title: str
    position: int | None | Unset = UNSET
    items: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        title = self.title

        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        items: list[str] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = self.items

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "label": label,
                "title": title,
            }
        )
        if position is not UNSET:
            field_dict["position"] = position
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        title = d.pop("title")

        def _parse_position(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        items = cast(list[str], d.pop("items", UNSET))

        channel_create = cls(
            label=label,
            title=title,
            position=position,
            items=items,
        )

        return channel_create
