from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ClusteringStatus")


@_attrs_define
class ClusteringStatus:
    """
    Attributes:
        backlog (int): Submissions waiting for near-duplicate comparison.
        oldest_waiting_seconds (float | None): Age of the oldest waiting submission.
    """

    backlog: int
    oldest_waiting_seconds: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        backlog = self.backlog

        oldest_waiting_seconds: float | None
        oldest_waiting_seconds = self.oldest_waiting_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "backlog": backlog,
                "oldest_waiting_seconds": oldest_waiting_seconds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        backlog = d.pop("backlog")

        def _parse_oldest_waiting_seconds(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        oldest_waiting_seconds = _parse_oldest_waiting_seconds(d.pop("oldest_waiting_seconds"))

        clustering_status = cls(
            backlog=backlog,
            oldest_waiting_seconds=oldest_waiting_seconds,
        )

        clustering_status.additional_properties = d
        return clustering_status

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
