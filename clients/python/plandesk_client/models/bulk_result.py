from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkResult")


@_attrs_define
class BulkResult:
    """What a bulk action did.

    Attributes:
        matched (int): Submissions the selection named.
        updated (int): Of those, how many were changed.
        skipped (int): How many were left alone (their status could not make the move).
        skipped_ids (list[UUID]): Up to 100 of the skipped submissions
        bulk_action_id (None | Unset | UUID): The recorded action (which submissions it changed, and from what): undo
            per submission
    """

    matched: int
    updated: int
    skipped: int
    skipped_ids: list[UUID]
    bulk_action_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        matched = self.matched

        updated = self.updated

        skipped = self.skipped

        skipped_ids = []
        for skipped_ids_item_data in self.skipped_ids:
            skipped_ids_item = str(skipped_ids_item_data)
            skipped_ids.append(skipped_ids_item)

        bulk_action_id: None | str | Unset
        if isinstance(self.bulk_action_id, Unset):
            bulk_action_id = UNSET
        elif isinstance(self.bulk_action_id, UUID):
            bulk_action_id = str(self.bulk_action_id)
        else:
            bulk_action_id = self.bulk_action_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "matched": matched,
                "updated": updated,
                "skipped": skipped,
                "skipped_ids": skipped_ids,
            }
        )
        if bulk_action_id is not UNSET:
            field_dict["bulk_action_id"] = bulk_action_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        matched = d.pop("matched")

        updated = d.pop("updated")

        skipped = d.pop("skipped")

        skipped_ids = []
        _skipped_ids = d.pop("skipped_ids")
        for skipped_ids_item_data in _skipped_ids:
            skipped_ids_item = UUID(skipped_ids_item_data)

            skipped_ids.append(skipped_ids_item)

        def _parse_bulk_action_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                bulk_action_id_type_0 = UUID(data)

                return bulk_action_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        bulk_action_id = _parse_bulk_action_id(d.pop("bulk_action_id", UNSET))

        bulk_result = cls(
            matched=matched,
            updated=updated,
            skipped=skipped,
            skipped_ids=skipped_ids,
            bulk_action_id=bulk_action_id,
        )

        bulk_result.additional_properties = d
        return bulk_result

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
