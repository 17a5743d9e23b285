from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Contacts")


@_attrs_define
class Contacts:
    """Who sent a submission and how to reach them (PII): moderators and admins only.

    Attributes:
        name (None | str): The contributor's name; null when not given or purged.
        organisation (None | str): The organisation they speak for; null when none.
        contact (None | str): E-mail, phone or address they gave; null when none.
    """

    name: None | str
    organisation: None | str
    contact: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str
        name = self.name

        organisation: None | str
        organisation = self.organisation

        contact: None | str
        contact = self.contact

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "organisation": organisation,
                "contact": contact,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_organisation(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organisation = _parse_organisation(d.pop("organisation"))

        def _parse_contact(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact = _parse_contact(d.pop("contact"))

        contacts = cls(
            name=name,
            organisation=organisation,
            contact=contact,
        )

        contacts.additional_properties = d
        return contacts

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
