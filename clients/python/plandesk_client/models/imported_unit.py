from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.imported_unit_kind import ImportedUnitKind

T = TypeVar("T", bound="ImportedUnit")


@_attrs_define
class ImportedUnit:
    """A unit the plan names and what the import did (or would do) with it.

    Attributes:
        key (str): The unit's key in the draft (lead_unit_key, supporting_unit_keys)
        name (str): The unit's name (the existing unit's when matched).
        kind (ImportedUnitKind): What sort of unit: `party_committee`, `department`, `mass_org`, `media`, `district` or
            `other`.
        parent_key (None | str): The key of the unit or group it is nested under in the document; null at the top.
        is_group (bool): A unit group, not a unit (see `groups`): its members each get an assignment
        matched (bool): An existing unit was found; nothing is created for it
        unit_id (None | UUID): The unit's id; null for a group, and in a dry run for a unit to be created
    """

    key: str
    name: str
    kind: ImportedUnitKind
    parent_key: None | str
    is_group: bool
    matched: bool
    unit_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        kind = self.kind.value

        parent_key: None | str
        parent_key = self.parent_key

        is_group = self.is_group

        matched = self.matched

        unit_id: None | str
        if isinstance(self.unit_id, UUID):
            unit_id = str(self.unit_id)
        else:
            unit_id = self.unit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "name": name,
                "kind": kind,
                "parent_key": parent_key,
                "is_group": is_group,
                "matched": matched,
                "unit_id": unit_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        name = d.pop("name")

        kind = ImportedUnitKind(d.pop("kind"))

        def _parse_parent_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        parent_key = _parse_parent_key(d.pop("parent_key"))

        is_group = d.pop("is_group")

        matched = d.pop("matched")

        def _parse_unit_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unit_id_type_0 = UUID(data)

                return unit_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        unit_id = _parse_unit_id(d.pop("unit_id"))

        imported_unit = cls(
            key=key,
            name=name,
            kind=kind,
            parent_key=parent_key,
            is_group=is_group,
            matched=matched,
            unit_id=unit_id,
        )

        imported_unit.additional_properties = d
        return imported_unit

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
