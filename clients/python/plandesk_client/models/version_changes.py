from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VersionChanges")


@_attrs_define
class VersionChanges:
    """Which sections a version added, changed or removed, by stable section id.

    Attributes:
        added (list[UUID] | Unset): Sections new in this version.
        changed (list[UUID] | Unset): Sections whose heading or text changed.
        removed (list[UUID] | Unset): Sections of the previous version left out.
    """

    added: list[UUID] | Unset = UNSET
    changed: list[UUID] | Unset = UNSET
    removed: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        added: list[str] | Unset = UNSET
        if not isinstance(self.added, Unset):
            added = []
            for added_item_data in self.added:
                added_item = str(added_item_data)
                added.append(added_item)

        changed: list[str] | Unset = UNSET
        if not isinstance(self.changed, Unset):
            changed = []
            for changed_item_data in self.changed:
                changed_item = str(changed_item_data)
                changed.append(changed_item)

        removed: list[str] | Unset = UNSET
        if not isinstance(self.removed, Unset):
            removed = []
            for removed_item_data in self.removed:
                removed_item = str(removed_item_data)
                removed.append(removed_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if added is not UNSET:
            field_dict["added"] = added
        if changed is not UNSET:
            field_dict["changed"] = changed
        if removed is not UNSET:
            field_dict["removed"] = removed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _added = d.pop("added", UNSET)
        added: list[UUID] | Unset = UNSET
        if _added is not UNSET:
            added = []
            for added_item_data in _added:
                added_item = UUID(added_item_data)

                added.append(added_item)

        _changed = d.pop("changed", UNSET)
        changed: list[UUID] | Unset = UNSET
        if _changed is not UNSET:
            changed = []
            for changed_item_data in _changed:
                changed_item = UUID(changed_item_data)

                changed.append(changed_item)

        _removed = d.pop("removed", UNSET)
        removed: list[UUID] | Unset = UNSET
        if _removed is not UNSET:
            removed = []
            for removed_item_data in _removed:
                removed_item = UUID(removed_item_data)

                removed.append(removed_item)

        version_changes = cls(
            added=added,
            changed=changed,
            removed=removed,
        )

        version_changes.additional_properties = d
        return version_changes

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
