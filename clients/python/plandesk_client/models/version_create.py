from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.section_in import SectionIn


T = TypeVar("T", bound="VersionCreate")


@_attrs_define
class VersionCreate:
    """A new version of a document: the full list of its sections, replacing the previous version's.

    Attributes:
        sections (list[SectionIn]): Every section of the new version, in document order.
        note (None | str | Unset): What changed in this version, for the history.
    """

    sections: list[SectionIn]
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        sections = []
        for sections_item_data in self.sections:
            sections_item = sections_item_data.to_dict()
            sections.append(sections_item)

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sections": sections,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.section_in import SectionIn  # noqa: PLC0415

        d = dict(src_dict)
        sections = []
        _sections = d.pop("sections")
        for sections_item_data in _sections:
            sections_item = SectionIn.from_dict(sections_item_data)

            sections.append(sections_item)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        version_create = cls(
            sections=sections,
            note=note,
        )

        return version_create
