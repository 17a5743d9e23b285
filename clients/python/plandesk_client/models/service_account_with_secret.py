from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scope import Scope

T = TypeVar("T", bound="ServiceAccountWithSecret")


@_attrs_define
class ServiceAccountWithSecret:
    """
    Attributes:
        etag (str): The ETag the single resource sends (`"<id>-<version>"`): send it as If-Match to change or delete
            this object straight from a list, without reading it first.
        id (UUID): The service account's id (UUID).
        name (str): What the integration is ("Cổng thông tin điện tử tỉnh"), 1–200 characters.
        client_id (str): The `client_id` to send with the client-credentials grant at POST /auth/token.
        scopes (list[Scope]): A service account's scopes (`plans:read`, `tasks:read`, `tasks:write`, `feedback:read`,
            `feedback:write`, `notifications:read`); empty for a user.
        active (bool): False blocks the account at once: the client-credentials grant is refused and its tokens stop
            working.
        client_secret (str): Shown once; store it now
    """

    etag: str
    id: UUID
    name: str
    client_id: str
    scopes: list[Scope]
    active: bool
    client_secret: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        etag = self.etag

        id = str(self.id)

        name = self.name

        client_id = self.client_id

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item = scopes_item_data.value
            scopes.append(scopes_item)

        active = self.active

        client_secret = self.client_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "etag": etag,
                "id": id,
                "name": name,
                "client_id": client_id,
                "scopes": scopes,
                "active": active,
                "client_secret": client_secret,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        etag = d.pop("etag")

        id = UUID(d.pop("id"))

        name = d.pop("name")

        client_id = d.pop("client_id")

        scopes = []
        _scopes = d.pop("scopes")
        for scopes_item_data in _scopes:
            scopes_item = Scope(scopes_item_data)

            scopes.append(scopes_item)

        active = d.pop("active")

        client_secret = d.pop("client_secret")

        service_account_with_secret = cls(
            etag=etag,
            id=id,
            name=name,
            client_id=client_id,
            scopes=scopes,
            active=active,
            client_secret=client_secret,
        )

        service_account_with_secret.additional_properties = d
        return service_account_with_secret

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
