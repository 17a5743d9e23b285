from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MeetingReceipt")


@_attrs_define
class MeetingReceipt:
    """The receipt of one opinion recorded from a meeting.

    Attributes:
        id (UUID): The submission's id.
        receipt_code (str): Its receipt code, to hand to the contributor if they want to follow it.
    """

    id: UUID
    receipt_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        receipt_code = self.receipt_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "receipt_code": receipt_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        receipt_code = d.pop("receipt_code")

        meeting_receipt = cls(
            id=id,
            receipt_code=receipt_code,
        )

        meeting_receipt.additional_properties = d
        return meeting_receipt

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
