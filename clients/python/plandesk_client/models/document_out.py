from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_out_status import DocumentOutStatus

if TYPE_CHECKING:
    from ..models.section_out import SectionOut


T = TypeVar("T", bound="DocumentOut")


@_attrs_define
class DocumentOut:
    """A draft document with the sections of its current version.

    Attributes:
        etag (str): The ETag the single resource sends (`"<id>-<version>"`): send it as If-Match to change or delete
            this object straight from a list, without reading it first.
        id (UUID): The document's id.
        title (str): The document's title.
        description (None | str): What the document is; null when none was given.
        status (DocumentOutStatus): draft: still being written; published: released for consultation; archived: kept for
            the record, no longer in use. Signed-in staff read documents; the public reads a version's sections only through
            an open consultation.
        current_version (int): Number of the latest version (1, 2, …); its sections are shown.
        created_at (datetime.datetime): When the document was created (UTC).
        updated_at (datetime.datetime): When the document last changed (UTC).
        sections (list[SectionOut]): The current version's sections, in reading order.
    """

    etag: str
    id: UUID
    title: str
    description: None | str
    status: DocumentOutStatus
    current_version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    sections: list[SectionOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        etag = self.etag

        id = str(self.id)

        title = self.title

        description: None | str
        description = self.description

        status = self.status.value

        current_version = self.current_version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        sections = []
        for sections_item_data in self.sections:
            sections_item = sections_item_data.to_dict()
            sections.append(sections_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "etag": etag,
                "id": id,
                "title": title,
                "description": description,
                "status": status,
                "current_version": current_version,
                "created_at": created_at,
                "updated_at": updated_at,
                "sections": sections,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.section_out import SectionOut  # noqa: PLC0415

        d = dict(src_dict)
        etag = d.pop("etag")

        id = UUID(d.pop("id"))

        title = d.pop("title")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        status = DocumentOutStatus(d.pop("status"))

        current_version = d.pop("current_version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        sections = []
        _sections = d.pop("sections")
        for sections_item_data in _sections:
            sections_item = SectionOut.from_dict(sections_item_data)

            sections.append(sections_item)

        document_out = cls(
            etag=etag,
            id=id,
            title=title,
            description=description,
            status=status,
            current_version=current_version,
            created_at=created_at,
            updated_at=updated_at,
            sections=sections,
        )

        document_out.additional_properties = d
        return document_out

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
