from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterOut")


@_attrs_define
class ClusterOut:
    """A group of near-identical submissions (a campaign, a copied letter), found automatically.

    Attributes:
        cluster_id (UUID): The cluster's id (select it in a bulk action).
        size (int): How many submissions it holds.
        representative_id (UUID): Its earliest submission, the one the others are compared with.
        representative_text (str): The earliest submission of the cluster (first 1,000 chars)
        flagged (int | Unset): Members whose text differs from the first one in content words Default: 0.
    """

    cluster_id: UUID
    size: int
    representative_id: UUID
    representative_text: str
    flagged: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_id = str(self.cluster_id)

        size = self.size

        representative_id = str(self.representative_id)

        representative_text = self.representative_text

        flagged = self.flagged

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cluster_id": cluster_id,
                "size": size,
                "representative_id": representative_id,
                "representative_text": representative_text,
            }
        )
        if flagged is not UNSET:
            field_dict["flagged"] = flagged

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cluster_id = UUID(d.pop("cluster_id"))

        size = d.pop("size")

        representative_id = UUID(d.pop("representative_id"))

        representative_text = d.pop("representative_text")

        flagged = d.pop("flagged", UNSET)

        cluster_out = cls(
            cluster_id=cluster_id,
            size=size,
            representative_id=representative_id,
            representative_text=representative_text,
            flagged=flagged,
        )

        cluster_out.additional_properties = d
        return cluster_out

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
