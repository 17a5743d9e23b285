from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.version_changes import VersionChanges


T = TypeVar("T", bound="VersionSummaryOut")


@_attrs_define
class VersionSummaryOut:
    """A version in a document's history: what it is and what it changed.

    Attributes:
        number (int): The version's number: 1 for the first, then 2, 3, …
        note (None | str): What the version is, as its author wrote; null when none.
        source_filename (None | str): The uploaded file the version was read from; null when typed in as JSON.
        created_at (datetime.datetime): When the version was added (UTC).
        section_count (int): How many sections the version has.
        changes (VersionChanges): Which sections a version added, changed or removed, by stable section id.
    """

    number: int
    note: None | str
    source_filename: None | str
    created_at: datetime.datetime
    section_count: int
    changes: VersionChanges
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
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        version_summary_out = cls(
            number=number,
            note=note,
            source_filename=source_filename,
            created_at=created_at,
            section_count=section_count,
            changes=changes,
        )

        version_summary_out.additional_properties = d
        return version_summary_out

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
