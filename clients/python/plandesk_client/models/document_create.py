from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.document_create_status import DocumentCreateStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.section_in import SectionIn


T = TypeVar("T", bound="DocumentCreate")


@_attrs_define
class DocumentCreate:
    """A new draft document typed in as sections; it becomes version 1.

    Attributes:
        title (str): The document's title, as people cite it.
        sections (list[SectionIn]): The sections in document order (1 to 2,000).
        description (None | str | Unset): What the document is and who drafted it; optional.
        status (DocumentCreateStatus | Unset): draft: still being written; published: released for consultation;
            archived: kept for the record, no longer in use. Signed-in staff read documents; the public reads a version's
            sections only through an open consultation. Default: DocumentCreateStatus.DRAFT.
        note (None | str | Unset): What this version is, e.g. "Dự thảo lần 1".
    """

    title: str
    sections: list[SectionIn]
    description: None | str | Unset = UNSET
    status: DocumentCreateStatus | Unset = DocumentCreateStatus.DRAFT
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        sections = []
        for sections_item_data in self.sections:
            sections_item = sections_item_data.to_dict()
            sections.append(sections_item)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "sections": sections,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.section_in import SectionIn  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        sections = []
        _sections = d.pop("sections")
        for sections_item_data in _sections:
            sections_item = SectionIn.from_dict(sections_item_data)

            sections.append(sections_item)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _status = d.pop("status", UNSET)
        status: DocumentCreateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DocumentCreateStatus(_status)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        document_create = cls(
            title=title,
            sections=sections,
            description=description,
            status=status,
            note=note,
        )

        return document_create
