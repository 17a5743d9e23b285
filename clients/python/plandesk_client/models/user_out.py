from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserOut")


@_attrs_define
class UserOut:
    """
    Attributes:
        etag (str): The ETag the single resource sends (`"<id>-<version>"`): send it as If-Match to change or delete
            this object straight from a list, without reading it first.
        id (UUID): The user's id (UUID); audit entries and progress updates name the author by it.
        email (str): The address the user signs in with; unique, compared case-insensitively. Notifications go there
            when e-mail is on.
        full_name (str): The user's full name as shown to others ("Trần Thị Bích"), 1–200 characters.
        role (Role):
        unit_id (None | UUID): The unit the user works for; required for `unit_officer` (422 otherwise), optional for
            other
            roles.
        active (bool): False blocks the user at once: their tokens stop working on the next request and they cannot sign
            in.
        unit_head (bool | Unset): Head of the unit: overdue work of the unit is escalated to them. Default: False.
    """

    etag: str
    id: UUID
    email: str
    full_name: str
    role: Role
    unit_id: None | UUID
    active: bool
    unit_head: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        etag = self.etag

        id = str(self.id)

        email = self.email

        full_name = self.full_name

        role = self.role.value

        unit_id: None | str
        if isinstance(self.unit_id, UUID):
            unit_id = str(self.unit_id)
        else:
            unit_id = self.unit_id

        active = self.active

        unit_head = self.unit_head

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "etag": etag,
                "id": id,
                "email": email,
                "full_name": full_name,
                "role": role,
                "unit_id": unit_id,
                "active": active,
            }
        )
        if unit_head is not UNSET:
            field_dict["unit_head"] = unit_head

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        etag = d.pop("etag")

        id = UUID(d.pop("id"))

        email = d.pop("email")

        full_name = d.pop("full_name")

        role = Role(d.pop("role"))

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

        active = d.pop("active")

        unit_head = d.pop("unit_head", UNSET)

        user_out = cls(
            etag=etag,
            id=id,
            email=email,
            full_name=full_name,
            role=role,
            unit_id=unit_id,
            active=active,
            unit_head=unit_head,
        )

        user_out.additional_properties = d
        return user_out

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
