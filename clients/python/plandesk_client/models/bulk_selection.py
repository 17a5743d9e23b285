from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkSelection")


@_attrs_define
class BulkSelection:
    """Which submissions a bulk action applies to: a list of ids, or a whole duplicate cluster.

    Attributes:
        ids (list[UUID] | None | Unset): The submissions, 1 to 1,000 ids of this consultation; exclusive with
            cluster_id.
        cluster_id (None | Unset | UUID): Every member of this near-duplicate cluster; exclusive with ids.
        exclude_ids (list[UUID] | Unset): With cluster_id: members left out (unticked)
        include_flagged_ids (list[UUID] | Unset): With cluster_id: members that differ in content from the cluster's
            first text are left out unless listed here (ticked)
    """

    ids: list[UUID] | None | Unset = UNSET
    cluster_id: None | Unset | UUID = UNSET
    exclude_ids: list[UUID] | Unset = UNSET
    include_flagged_ids: list[UUID] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        ids: list[str] | None | Unset
        if isinstance(self.ids, Unset):
            ids = UNSET
        elif isinstance(self.ids, list):
            ids = []
            for ids_type_0_item_data in self.ids:
                ids_type_0_item = str(ids_type_0_item_data)
                ids.append(ids_type_0_item)

        else:
            ids = self.ids

        cluster_id: None | str | Unset
        if isinstance(self.cluster_id, Unset):
            cluster_id = UNSET
        elif isinstance(self.cluster_id, UUID):
            cluster_id = str(self.cluster_id)
        else:
            cluster_id = self.cluster_id

        exclude_ids: list[str] | Unset = UNSET
        if not isinstance(self.exclude_ids, Unset):
            exclude_ids = []
            for exclude_ids_item_data in self.exclude_ids:
                exclude_ids_item = str(exclude_ids_item_data)
                exclude_ids.append(exclude_ids_item)

        include_flagged_ids: list[str] | Unset = UNSET
        if not isinstance(self.include_flagged_ids, Unset):
            include_flagged_ids = []
            for include_flagged_ids_item_data in self.include_flagged_ids:
                include_flagged_ids_item = str(include_flagged_ids_item_data)
                include_flagged_ids.append(include_flagged_ids_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id
        if exclude_ids is not UNSET:
            field_dict["exclude_ids"] = exclude_ids
        if include_flagged_ids is not UNSET:
            field_dict["include_flagged_ids"] = include_flagged_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ids_type_0 = []
                _ids_type_0 = data
                for ids_type_0_item_data in _ids_type_0:
                    ids_type_0_item = UUID(ids_type_0_item_data)

                    ids_type_0.append(ids_type_0_item)

                return ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        ids = _parse_ids(d.pop("ids", UNSET))

        def _parse_cluster_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cluster_id_type_0 = UUID(data)

                return cluster_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        cluster_id = _parse_cluster_id(d.pop("cluster_id", UNSET))

        _exclude_ids = d.pop("exclude_ids", UNSET)
        exclude_ids: list[UUID] | Unset = UNSET
        if _exclude_ids is not UNSET:
            exclude_ids = []
            for exclude_ids_item_data in _exclude_ids:
                exclude_ids_item = UUID(exclude_ids_item_data)

                exclude_ids.append(exclude_ids_item)

        _include_flagged_ids = d.pop("include_flagged_ids", UNSET)
        include_flagged_ids: list[UUID] | Unset = UNSET
        if _include_flagged_ids is not UNSET:
            include_flagged_ids = []
            for include_flagged_ids_item_data in _include_flagged_ids:
                include_flagged_ids_item = UUID(include_flagged_ids_item_data)

                include_flagged_ids.append(include_flagged_ids_item)

        bulk_selection = cls(
            ids=ids,
            cluster_id=cluster_id,
            exclude_ids=exclude_ids,
            include_flagged_ids=include_flagged_ids,
        )

        return bulk_selection
