from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SyncChannel")


@_attrs_define
class SyncChannel:
    """
    Attributes:
        object_ (Literal['channel']): Always `channel`: tells the item's kind (the union's tag).
        id (UUID): The channel's id (UUID).
        etag (str): The ETag GET of this object answers: send it as If-Match to change it
        plan_id (UUID): The plan the channel belongs to.
        label (str): The channel's label in the document ("1", "a").
        position (int): The channel's order in the plan (0 first).
        title (str): The channel's title ("Tuyên truyền trên báo chí").
        items (list[str]): The channel's items as printed, one string each.
        updated_at (datetime.datetime): When the channel last changed (UTC, ISO 8601).
    """

    object_: Literal["channel"]
    id: UUID
    etag: str
    plan_id: UUID
    label: str
    position: int
    title: str
    items: list[str]
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        id = str(self.id)

        etag = self.etag

        plan_id = str(self.plan_id)

        label = self.label

        position = self.position

        title = self.title

        items = self.items

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "id": id,
                "etag": etag,
                "plan_id": plan_id,
                "label": label,
                "position": position,
                "title": title,
                "items": items,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_ = cast(Literal["channel"], d.pop("object"))
        if object_ != "channel":
            raise ValueError(f"object must match const 'channel', got '{object_}'")

        id = UUID(d.pop("id"))

        etag = d.pop("etag")

        plan_id = UUID(d.pop("plan_id"))

        label = d.pop("label")

        position = d.pop("position")

        title = d.pop("title")

        items = cast(list[str], d.pop("items"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        sync_channel = cls(
            object_=object_,
            id=id,
            etag=etag,
            plan_id=plan_id,
            label=label,
            position=position,
            title=title,
            items=items,
            updated_at=updated_at,
        )

        sync_channel.additional_properties = d
        return sync_channel

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
