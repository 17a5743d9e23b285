from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChannelOut")


@_attrs_define
class ChannelOut:
    """
    Attributes:
        etag (str): The ETag the single resource sends (`"<id>-<version>"`): send it as If-Match to change or delete
            this object straight from a list, without reading it first.
        id (UUID): The channel's id (UUID); tasks list the channels they use by it.
        plan_id (UUID): The plan the channel belongs to.
        label (str): The channel's number in the plan's list of forms ("1", "2" of "Hình thức tuyên truyền"), 1–32
            characters.
        position (int): Order among its siblings, from 0; lists are sorted by it.
        title (str): The channel's name ("Tuyên truyền trên các phương tiện thông tin đại chúng").
        items (list[str]): What is done through the channel, one activity per item, in order; at most 200.
    """

    etag: str
    id: UUID
    plan_id: UUID
    label: str
    position: int
    title: str
    items: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        etag = self.etag

        id = str(self.id)

        plan_id = str(self.plan_id)

        label = self.label

        position = self.position

        title = self.title

        items = self.items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "etag": etag,
                "id": id,
                "plan_id": plan_id,
                "label": label,
                "position": position,
                "title": title,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        etag = d.pop("etag")

        id = UUID(d.pop("id"))

        plan_id = UUID(d.pop("plan_id"))

        label = d.pop("label")

        position = d.pop("position")

        title = d.pop("title")

        items = cast(list[str], d.pop("items"))

        channel_out = cls(
            etag=etag,
            id=id,
            plan_id=plan_id,
            label=label,
            position=position,
            title=title,
            items=items,
        )

        channel_out.additional_properties = d
        return channel_out

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
