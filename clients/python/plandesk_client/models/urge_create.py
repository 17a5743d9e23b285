from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="UrgeCreate")


@_attrs_define
class UrgeCreate:
    """
    Attributes:
        message (str): The reminder to the unit ("Đề nghị khẩn trương hoàn thành, báo cáo trước 15/4"), 1–2000
            characters; the unit's officers are notified.
    """

    message: str

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        urge_create = cls(
            message=message,
        )

        return urge_create
