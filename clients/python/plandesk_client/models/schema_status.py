from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SchemaStatus")


@_attrs_define
class SchemaStatus:
    """
    Attributes:
        database (list[str]): Migration heads recorded in the database.
        code (list[str]): Migration heads this version of the code expects.
        at_head (bool): True when the two agree.
    """

    database: list[str]
    code: list[str]
    at_head: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        database = self.database

        code = self.code

        at_head = self.at_head

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "database": database,
                "code": code,
                "at_head": at_head,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        database = cast(list[str], d.pop("database"))

        code = cast(list[str], d.pop("code"))

        at_head = d.pop("at_head")

        schema_status = cls(
            database=database,
            code=code,
            at_head=at_head,
        )

        schema_status.additional_properties = d
        return schema_status

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
