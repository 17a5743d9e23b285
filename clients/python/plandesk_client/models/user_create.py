from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserCreate")


@_attrs_define
class UserCreate:
    """
    Attributes:
        email (str):
        full_name (str):
        role (Role):
        password (str):
        unit_id (None | Unset | UUID):
        active (bool | Unset):  Default: True.
    """

    email: str
    full_name: str
    role: Role
    password: str
    unit_id: None | Unset | UUID = UNSET
    active: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        full_name = self.full_name

        role = self.role.value

        password = self.password

        unit_id: None | str | Unset
        if isinstance(self.unit_id, Unset):
            unit_id = UNSET
        elif isinstance(self.unit_id, UUID):
            unit_id = str(self.unit_id)
        else:
            unit_id = self.unit_id

        active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "full_name": full_name,
                "role": role,
                "password": password,
            }
        )
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        full_name = d.pop("full_name")

        role = Role(d.pop("role"))

        password = d.pop("password")

        def _parse_unit_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unit_id_type_0 = UUID(data)

                return unit_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        unit_id = _parse_unit_id(d.pop("unit_id", UNSET))

        active = d.pop("active", UNSET)

        user_create = cls(
            email=email,
            full_name=full_name,
            role=role,
            password=password,
            unit_id=unit_id,
            active=active,
        )

        return user_create
