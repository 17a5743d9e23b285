from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UrgeOut")


@_attrs_define
class UrgeOut:
    """
    Attributes:
        id (UUID): The urge's id (UUID).
        task_id (UUID): The task the assignment is part of.
        unit_id (UUID): The unit whose assignment this is about.
        message (str): The reminder sent to the unit.
        author (str): Who wrote it: a user's id, or `service:<id>` for a service account.
        created_at (datetime.datetime): When it was recorded (UTC).
    """

    id: UUID
    task_id: UUID
    unit_id: UUID
    message: str
    author: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        task_id = str(self.task_id)

        unit_id = str(self.unit_id)

        message = self.message

        author = self.author

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "task_id": task_id,
                "unit_id": unit_id,
                "message": message,
                "author": author,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        task_id = UUID(d.pop("task_id"))

        unit_id = UUID(d.pop("unit_id"))

        message = d.pop("message")

        author = d.pop("author")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        urge_out = cls(
            id=id,
            task_id=task_id,
            unit_id=unit_id,
            message=message,
            author=author,
            created_at=created_at,
        )

        urge_out.additional_properties = d
        return urge_out

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
