from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scope import Scope

T = TypeVar("T", bound="Me")


@_attrs_define
class Me:
    """
    Attributes:
        id (UUID): The user's or service account's id.
        kind (str): user or service_account
        email (None | str): The user's e-mail; null for a service account.
        full_name (None | str): The user's full name; null for a service account.
        role (str): The role (`admin`, `coordinator`, `unit_officer`, `moderator`, `viewer`), or `service` for a
            service account.
        unit_id (None | UUID): The user's unit, if any.
        unit_name (None | str): The name of the user's unit, if any.
        scopes (list[Scope]): A service account's scopes (`plans:read`, `tasks:read`, `tasks:write`, `feedback:read`,
            `feedback:write`, `notifications:read`); empty for a user.
        permissions (list[str]): Every permission the caller holds (e.g. `tasks:write`, `progress:post`), from the role
            or scopes:
            the web client shows or hides actions by them.
    """

    id: UUID
    kind: str
    email: None | str
    full_name: None | str
    role: str
    unit_id: None | UUID
    unit_name: None | str
    scopes: list[Scope]
    permissions: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        kind = self.kind

        email: None | str
        email = self.email

        full_name: None | str
        full_name = self.full_name

        role = self.role

        unit_id: None | str
        if isinstance(self.unit_id, UUID):
            unit_id = str(self.unit_id)
        else:
            unit_id = self.unit_id

        unit_name: None | str
        unit_name = self.unit_name

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item = scopes_item_data.value
            scopes.append(scopes_item)

        permissions = self.permissions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "email": email,
                "full_name": full_name,
                "role": role,
                "unit_id": unit_id,
                "unit_name": unit_name,
                "scopes": scopes,
                "permissions": permissions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        kind = d.pop("kind")

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        def _parse_full_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        full_name = _parse_full_name(d.pop("full_name"))

        role = d.pop("role")

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

        def _parse_unit_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit_name = _parse_unit_name(d.pop("unit_name"))

        scopes = []
        _scopes = d.pop("scopes")
        for scopes_item_data in _scopes:
            scopes_item = Scope(scopes_item_data)

            scopes.append(scopes_item)

        permissions = cast(list[str], d.pop("permissions"))

        me = cls(
            id=id,
            kind=kind,
            email=email,
            full_name=full_name,
            role=role,
            unit_id=unit_id,
            unit_name=unit_name,
            scopes=scopes,
            permissions=permissions,
        )

        me.additional_properties = d
        return me

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
