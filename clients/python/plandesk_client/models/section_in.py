from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SectionIn")


@_attrs_define
class SectionIn:
    """One section of a draft as written: its number, heading and text, in document order.

    Attributes:
        number (str): The section's number as printed, e.g. "I", "2.3", "Điều 5"; unique within a version.
        id (None | Unset | UUID): Keep the stable id of a section of an earlier version (by default sections keep their
            id when their number is unchanged).
        heading (str | Unset): The section's heading; may be empty. Default: ''.
        text (str | Unset): The section's body as plain text (NFC). Quotes in feedback are located in it by offsets
            counted in Unicode code points. Default: ''.
    """

    number: str
    id: None | Unset | UUID = UNSET
    heading: str | Unset = ""
    text: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        heading = self.heading

        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "number": number,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if heading is not UNSET:
            field_dict["heading"] = heading
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number")

        def _parse_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        id = _parse_id(d.pop("id", UNSET))

        heading = d.pop("heading", UNSET)

        text = d.pop("text", UNSET)

        section_in = cls(
            number=number,
            id=id,
            heading=heading,
            text=text,
        )

        return section_in
