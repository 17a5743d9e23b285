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
        email (str): The address the user signs in with; unique, compared case-insensitively. Notifications go there
            when e-mail is on.
        full_name (str): The user's full name as shown to others ("Trần Thị Bích"), 1–200 characters.
        role (Role):
        password (str): The initial password, 10–256 characters; stored only as an argon2 hash. The user should change
            it
            at first sign-in.
        unit_id (None | Unset | UUID): The unit the user works for; required for `unit_officer` (422 otherwise),
            optional for other
            roles.
        active (bool | Unset): False blocks the user at once: their tokens stop working on the next request and they
            cannot sign
            in. Default: True.
        unit_head (bool | Unset): Head of the unit: overdue work is escalated to them Default: False.
    """

    email: str
    full_name: str
    role: Role
    password: str
    unit_id: None | Unset | UUID = UNSET
    active: bool | Unset = True
    unit_head: bool | Unset = False

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

        unit_head = self.unit_head

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
        if unit_head is not UNSET:
            field_dict["unit_head"] = unit_head

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

        unit_head = d.pop("unit_head", UNSET)

        user_create = cls(
            email=email,
            full_name=full_name,
            role=role,
            password=password,
            unit_id=unit_id,
            active=active,
            unit_head=unit_head,
        )

        return user_create
