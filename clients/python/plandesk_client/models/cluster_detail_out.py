from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.cluster_member_out import ClusterMemberOut
    from ..models.moved_out_out import MovedOutOut


T = TypeVar("T", bound="ClusterDetailOut")


@_attrs_define
class ClusterDetailOut:
    """A cluster under review: its members compared with its first text, flagged first.

    Attributes:
        cluster_id (UUID): The cluster's id.
        consultation_id (UUID): The consultation its members belong to.
        size (int): How many submissions it holds.
        flagged (int): Members whose text differs from the first one in content words.
        representative_id (UUID): Its first submission.
        members (list[ClusterMemberOut]): Flagged members first, then by submission time; at most `limit`
        members_shown (int): How many members this answer lists (≤ size).
        moved_out (list[MovedOutOut]): Members moderators moved out of this cluster
    """

    cluster_id: UUID
    consultation_id: UUID
    size: int
    flagged: int
    representative_id: UUID
    members: list[ClusterMemberOut]
    members_shown: int
    moved_out: list[MovedOutOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_id = str(self.cluster_id)

        consultation_id = str(self.consultation_id)

        size = self.size

        flagged = self.flagged

        representative_id = str(self.representative_id)

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        members_shown = self.members_shown

        moved_out = []
        for moved_out_item_data in self.moved_out:
            moved_out_item = moved_out_item_data.to_dict()
            moved_out.append(moved_out_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cluster_id": cluster_id,
                "consultation_id": consultation_id,
                "size": size,
                "flagged": flagged,
                "representative_id": representative_id,
                "members": members,
                "members_shown": members_shown,
                "moved_out": moved_out,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cluster_member_out import ClusterMemberOut  # noqa: PLC0415
        from ..models.moved_out_out import MovedOutOut  # noqa: PLC0415

        d = dict(src_dict)
        cluster_id = UUID(d.pop("cluster_id"))

        consultation_id = UUID(d.pop("consultation_id"))

        size = d.pop("size")

        flagged = d.pop("flagged")

        representative_id = UUID(d.pop("representative_id"))

        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = ClusterMemberOut.from_dict(members_item_data)

            members.append(members_item)

        members_shown = d.pop("members_shown")

        moved_out = []
        _moved_out = d.pop("moved_out")
        for moved_out_item_data in _moved_out:
            moved_out_item = MovedOutOut.from_dict(moved_out_item_data)

            moved_out.append(moved_out_item)

        cluster_detail_out = cls(
            cluster_id=cluster_id,
            consultation_id=consultation_id,
            size=size,
            flagged=flagged,
            representative_id=representative_id,
            members=members,
            members_shown=members_shown,
            moved_out=moved_out,
        )

        cluster_detail_out.additional_properties = d
        return cluster_detail_out

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
