from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.section_with_change_out import SectionWithChangeOut
    from ..models.version_changes import VersionChanges


T = TypeVar("T", bound="VersionOut")


@_attrs_define
class VersionOut:
    """One version of a document with all its sections, each marked added, changed or unchanged.

    Attributes:
        number (int): The version's number: 1 for the first, then 2, 3, …
        note (None | str): What the version is, as its author wrote; null when none.
        source_filename (None | str): The uploaded file the version was read from; null when typed in as JSON.
        created_at (datetime.datetime): When the version was added (UTC).
        section_count (int): How many sections the version has.
        changes (VersionChanges): Which sections a version added, changed or removed, by stable section id.
        document_id (UUID): The document this version belongs to.
        sections (list[SectionWithChangeOut]): The version's sections, in reading order.
    """

    number: int
    note: None | str
    source_filename: None | str
    created_at: datetime.datetime
    section_count: int
    changes: VersionChanges
    document_id: UUID
    sections: list[SectionWithChangeOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        note: None | str
        note = self.note

        source_filename: None | str
        source_filename = self.source_filename

        created_at = self.created_at.isoformat()

        section_count = self.section_count

        changes = self.changes.to_dict()

        document_id = str(self.document_id)

        sections = []
        for sections_item_data in self.sections:
            sections_item = sections_item_data.to_dict()
            sections.append(sections_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "note": note,
                "source_filename": source_filename,
                "created_at": created_at,
                "section_count": section_count,
                "changes": changes,
                "document_id": document_id,
                "sections": sections,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.section_with_change_out import SectionWithChangeOut  # noqa: PLC0415
        from ..models.version_changes import VersionChanges  # noqa: PLC0415

        d = dict(src_dict)
        number = d.pop("number")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        def _parse_source_filename(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_filename = _parse_source_filename(d.pop("source_filename"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        section_count = d.pop("section_count")

        changes = VersionChanges.from_dict(d.pop("changes"))

        document_id = UUID(d.pop("document_id"))

        sections = []
        _sections = d.pop("sections")
        for sections_item_data in _sections:
            sections_item = SectionWithChangeOut.from_dict(sections_item_data)

            sections.append(sections_item)

        version_out = cls(
            number=number,
            note=note,
            source_filename=source_filename,
            created_at=created_at,
            section_count=section_count,
            changes=changes,
            document_id=document_id,
            sections=sections,
        )

        version_out.additional_properties = d
        return version_out

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
