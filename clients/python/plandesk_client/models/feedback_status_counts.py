from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.feedback_status_counts_by_status import FeedbackStatusCountsByStatus


T = TypeVar("T", bound="FeedbackStatusCounts")


@_attrs_define
class FeedbackStatusCounts:
    """How many submissions match the queue's other filters, per status.

    Attributes:
        total (int): Submissions matching the filters, whatever their status.
        by_status (FeedbackStatusCountsByStatus): Of those, how many are in each status.
    """

    total: int
    by_status: FeedbackStatusCountsByStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        by_status = self.by_status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "by_status": by_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.feedback_status_counts_by_status import FeedbackStatusCountsByStatus  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total")

        by_status = FeedbackStatusCountsByStatus.from_dict(d.pop("by_status"))

        feedback_status_counts = cls(
            total=total,
            by_status=by_status,
        )

        feedback_status_counts.additional_properties = d
        return feedback_status_counts

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
