from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unit_out_kind import UnitOutKind

T = TypeVar("T", bound="UnitOut")


@_attrs_define
class UnitOut:
    """
    Attributes:
        etag (str): The ETag the single resource sends (`"<id>-<version>"`): send it as If-Match to change or delete
            this object straight from a list, without reading it first.
        id (UUID): The unit's id (UUID).
        name (str): The unit's full name as used in plans ("Ban Tuyên giáo Tỉnh ủy"), 1–300 characters; searched
            diacritic-insensitively.
        short_name (None | str): A short name for tight screens ("BTG", "Báo ĐL"); null when none. At most 80
            characters.
        kind (UnitOutKind): What sort of unit: `party_committee` (a party committee, e.g. Tỉnh ủy, huyện ủy),
            `department` (a
            party board or state department, e.g. Ban Tuyên giáo Tỉnh ủy), `mass_org` (Mặt trận, Đoàn, Hội
            …), `media` (newspaper, radio-television), `district` (a district-level body) or `other`.
        parent_id (None | UUID): The unit this one belongs to in the hierarchy (a huyện ủy's board under the huyện ủy);
            null at
            the top. A unit cannot be its own ancestor.
        active (bool): False for a unit that no longer exists or takes work: it keeps its history but gets no new
            assignments, and groups skip it.
    """

    etag: str
    id: UUID
    name: str
    short_name: None | str
    kind: UnitOutKind
    parent_id: None | UUID
    active: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        etag = self.etag

        id = str(self.id)

        name = self.name

        short_name: None | str
        short_name = self.short_name

        kind = self.kind.value

        parent_id: None | str
        if isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "etag": etag,
                "id": id,
                "name": name,
                "short_name": short_name,
                "kind": kind,
                "parent_id": parent_id,
                "active": active,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        etag = d.pop("etag")

        id = UUID(d.pop("id"))

        name = d.pop("name")

        def _parse_short_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        short_name = _parse_short_name(d.pop("short_name"))

        kind = UnitOutKind(d.pop("kind"))

        def _parse_parent_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_id_type_0 = UUID(data)

                return parent_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        parent_id = _parse_parent_id(d.pop("parent_id"))

        active = d.pop("active")

        unit_out = cls(
            etag=etag,
            id=id,
            name=name,
            short_name=short_name,
            kind=kind,
            parent_id=parent_id,
            active=active,
        )

        unit_out.additional_properties = d
        return unit_out

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
