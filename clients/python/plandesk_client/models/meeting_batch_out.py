from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.meeting_receipt import MeetingReceipt


T = TypeVar("T", bound="MeetingBatchOut")


@_attrs_define
class MeetingBatchOut:
    """The outcome of recording a meeting: one receipt per opinion, in the order given.

    Attributes:
        meeting_id (UUID): The recorded meeting (filter the queue with meeting_id).
        consultation_id (UUID): The consultation the opinions were given on.
        unit_id (UUID): The unit that held the meeting.
        count (int): How many submissions were recorded.
        receipts (list[MeetingReceipt]): One receipt per opinion, in the order given.
    """

    meeting_id: UUID
    consultation_id: UUID
    unit_id: UUID
    count: int
    receipts: list[MeetingReceipt]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meeting_id = str(self.meeting_id)

        consultation_id = str(self.consultation_id)

        unit_id = str(self.unit_id)

        count = self.count

        receipts = []
        for receipts_item_data in self.receipts:
            receipts_item = receipts_item_data.to_dict()
            receipts.append(receipts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meeting_id": meeting_id,
                "consultation_id": consultation_id,
                "unit_id": unit_id,
                "count": count,
                "receipts": receipts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meeting_receipt import MeetingReceipt  # noqa: PLC0415

        d = dict(src_dict)
        meeting_id = UUID(d.pop("meeting_id"))

        consultation_id = UUID(d.pop("consultation_id"))

        unit_id = UUID(d.pop("unit_id"))

        count = d.pop("count")

        receipts = []
        _receipts = d.pop("receipts")
        for receipts_item_data in _receipts:
            receipts_item = MeetingReceipt.from_dict(receipts_item_data)

            receipts.append(receipts_item)

        meeting_batch_out = cls(
            meeting_id=meeting_id,
            consultation_id=consultation_id,
            unit_id=unit_id,
            count=count,
            receipts=receipts,
        )

        meeting_batch_out.additional_properties = d
        return meeting_batch_out

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
