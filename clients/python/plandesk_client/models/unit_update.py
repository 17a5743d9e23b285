from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.unit_update_kind_type_0 import UnitUpdateKindType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="UnitUpdate")


@_attrs_define
class UnitUpdate:
    """
    Attributes:
        name (None | str | Unset): The unit's full name as used in plans ("Ban Tuyên giáo Tỉnh ủy"), 1–300 characters;
            searched
            diacritic-insensitively.
        short_name (None | str | Unset): A short name for tight screens ("BTG", "Báo ĐL"); null when none. At most 80
            characters.
        kind (None | UnitUpdateKindType0 | Unset): What sort of unit: `party_committee` (a party committee, e.g. Tỉnh
            ủy, huyện ủy), `department` (a
            party board or state department, e.g. Ban Tuyên giáo Tỉnh ủy), `mass_org` (Mặt trận, Đoàn, Hội
            …), `media` (newspaper, radio-television), `district` (a district-level body) or `other`.
        parent_id (None | Unset | UUID): The unit this one belongs to in the hierarchy (a huyện ủy's board under the
            huyện ủy); null at
            the top. A unit cannot be its own ancestor.
        active (bool | None | Unset): False for a unit that no longer exists or takes work: it keeps its history but
            gets no new
            assignments, and groups skip it.
    """

    name: None | str | Unset = UNSET
    short_name: None | str | Unset = UNSET
    kind: None | UnitUpdateKindType0 | Unset = UNSET
    parent_id: None | Unset | UUID = UNSET
    active: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        short_name: None | str | Unset
        if isinstance(self.short_name, Unset):
            short_name = UNSET
        else:
            short_name = self.short_name

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, UnitUpdateKindType0):
            kind = self.kind.value
        else:
            kind = self.kind

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        elif isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if short_name is not UNSET:
            field_dict["short_name"] = short_name
        if kind is not UNSET:
            field_dict["kind"] = kind
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_short_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        short_name = _parse_short_name(d.pop("short_name", UNSET))

        def _parse_kind(data: object) -> None | UnitUpdateKindType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = UnitUpdateKindType0(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UnitUpdateKindType0 | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))

        def _parse_parent_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_id_type_0 = UUID(data)

                return parent_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        unit_update = cls(
            name=name,
            short_name=short_name,
            kind=kind,
            parent_id=parent_id,
            active=active,
        )

        return unit_update
