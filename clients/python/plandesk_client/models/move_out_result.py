from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MoveOutResult")


@_attrs_define
class MoveOutResult:
    """The outcome of moving a submission out of its cluster.

    Attributes:
        feedback_id (UUID): The submission moved out.
        cluster_id (UUID): The cluster it left.
        cluster_size (int): The cluster's size after the move (0: the cluster is gone)
    """

    feedback_id: UUID
    cluster_id: UUID
    cluster_size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feedback_id = str(self.feedback_id)

        cluster_id = str(self.cluster_id)

        cluster_size = self.cluster_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feedback_id": feedback_id,
                "cluster_id": cluster_id,
                "cluster_size": cluster_size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        feedback_id = UUID(d.pop("feedback_id"))

        cluster_id = UUID(d.pop("cluster_id"))

        cluster_size = d.pop("cluster_size")

        move_out_result = cls(
            feedback_id=feedback_id,
            cluster_id=cluster_id,
            cluster_size=cluster_size,
        )

        move_out_result.additional_properties = d
        return move_out_result

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
