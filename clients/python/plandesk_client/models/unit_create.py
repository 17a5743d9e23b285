from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.unit_create_kind import UnitCreateKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="UnitCreate")


@_attrs_define
class UnitCreate:
    """
    Attributes:
        name (str): The unit's full name as used in plans ("Ban Tuyên giáo Tỉnh ủy"), 1–300 characters; searched
            diacritic-insensitively.
        short_name (None | str | Unset): A short name for tight screens ("BTG", "Báo ĐL"); null when none. At most 80
            characters.
        kind (UnitCreateKind | Unset): What sort of unit: `party_committee` (a party committee, e.g. Tỉnh ủy, huyện ủy),
            `department` (a
            party board or state department, e.g. Ban Tuyên giáo Tỉnh ủy), `mass_org` (Mặt trận, Đoàn, Hội
            …), `media` (newspaper, radio-television), `district` (a district-level body) or `other`. Default:
            UnitCreateKind.OTHER.
        parent_id (None | Unset | UUID): The unit this one belongs to in the hierarchy (a huyện ủy's board under the
            huyện ủy); null at
            the top. A unit cannot be its own ancestor.
        active (bool | Unset): False for a unit that no longer exists or takes work: it keeps its history but gets no
            new
            assignments, and groups skip it. Default: True.
    """

    name: str
    short_name: None | str | Unset = UNSET
    kind: UnitCreateKind | Unset = UnitCreateKind.OTHER
    parent_id: None | Unset | UUID = UNSET
    active: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        short_name: None | str | Unset
        if isinstance(self.short_name, Unset):
            short_name = UNSET
        else:
            short_name = self.short_name

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        elif isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

        active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
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
        name = d.pop("name")

        def _parse_short_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        short_name = _parse_short_name(d.pop("short_name", UNSET))

        _kind = d.pop("kind", UNSET)
        kind: UnitCreateKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = UnitCreateKind(_kind)

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

        active = d.pop("active", UNSET)

        unit_create = cls(
            name=name,
            short_name=short_name,
            kind=kind,
            parent_id=parent_id,
            active=active,
        )

        return unit_create
