from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SectionOut")


@_attrs_define
class SectionOut:
    """One section of a document version as stored.

    Attributes:
        id (UUID): Stable section id (the same across versions)
        number (str): The section's number as printed ("I", "2.3", "Điều 5").
        heading (str): The section's heading; empty when it has none.
        text (str): The section's text (NFC); feedback quote offsets count code points in it.
        position (int): 0-based place of the section in the version, in reading order.
    """

    id: UUID
    number: str
    heading: str
    text: str
    position: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        number = self.number

        heading = self.heading

        text = self.text

        position = self.position

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "heading": heading,
                "text": text,
                "position": position,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        number = d.pop("number")

        heading = d.pop("heading")

        text = d.pop("text")

        position = d.pop("position")

        section_out = cls(
            id=id,
            number=number,
            heading=heading,
            text=text,
            position=position,
        )

        section_out.additional_properties = d
        return section_out

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
