from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PlanCoordinatorOut")


@_attrs_define
class PlanCoordinatorOut:
    """
    Attributes:
        user_id (UUID): The coordinator's user id.
        full_name (str): The coordinator's name, as shown to colleagues.
        active (bool): False once the account is deactivated (it then receives nothing).
    """

    user_id: UUID
    full_name: str
    active: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = str(self.user_id)

        full_name = self.full_name

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "full_name": full_name,
                "active": active,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = UUID(d.pop("user_id"))

        full_name = d.pop("full_name")

        active = d.pop("active")

        plan_coordinator_out = cls(
            user_id=user_id,
            full_name=full_name,
            active=active,
        )

        plan_coordinator_out.additional_properties = d
        return plan_coordinator_out

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
