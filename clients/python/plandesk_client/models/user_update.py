from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserUpdate")


@_attrs_define
class UserUpdate:
    """
    Attributes:
        full_name (None | str | Unset): The user's full name as shown to others ("Trần Thị Bích"), 1–200 characters.
        role (None | Role | Unset): The user's role: `admin` (everything, incl. users and service accounts),
            `coordinator` (runs
            plans: tasks, urging, consultations, reviews), `unit_officer` (updates their own unit's
            assignments and reports; needs `unit_id`), `moderator` (moderates feedback, sees contributors'
            contacts) or `viewer` (reads).
        unit_id (None | Unset | UUID): The unit the user works for; required for `unit_officer` (422 otherwise),
            optional for other
            roles.
        active (bool | None | Unset): False blocks the user at once: their tokens stop working on the next request and
            they cannot sign
            in.
        unit_head (bool | None | Unset): Head of the unit: overdue work is escalated to them
        password (None | str | Unset): Reset the password
    """

    full_name: None | str | Unset = UNSET
    role: None | Role | Unset = UNSET
    unit_id: None | Unset | UUID = UNSET
    active: bool | None | Unset = UNSET
    unit_head: bool | None | Unset = UNSET
    password: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, Role):
            role = self.role.value
        else:
            role = self.role

        unit_id: None | str | Unset
        if isinstance(self.unit_id, Unset):
            unit_id = UNSET
        elif isinstance(self.unit_id, UUID):
            unit_id = str(self.unit_id)
        else:
            unit_id = self.unit_id

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        unit_head: bool | None | Unset
        if isinstance(self.unit_head, Unset):
            unit_head = UNSET
        else:
            unit_head = self.unit_head

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if role is not UNSET:
            field_dict["role"] = role
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if active is not UNSET:
            field_dict["active"] = active
        if unit_head is not UNSET:
            field_dict["unit_head"] = unit_head
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_full_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        full_name = _parse_full_name(d.pop("full_name", UNSET))

        def _parse_role(data: object) -> None | Role | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_0 = Role(data)

                return role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Role | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

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

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_unit_head(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        unit_head = _parse_unit_head(d.pop("unit_head", UNSET))

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))

        user_update = cls(
            full_name=full_name,
            role=role,
            unit_id=unit_id,
            active=active,
            unit_head=unit_head,
            password=password,
        )

        return user_update
