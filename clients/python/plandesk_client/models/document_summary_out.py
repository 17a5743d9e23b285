from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_summary_out_status import DocumentSummaryOutStatus

T = TypeVar("T", bound="DocumentSummaryOut")


@_attrs_define
class DocumentSummaryOut:
    """A draft document in a list: without its sections.

    Attributes:
        etag (str): The ETag the single resource sends (`"<id>-<version>"`): send it as If-Match to change or delete
            this object straight from a list, without reading it first.
        id (UUID): The document's id.
        title (str): The document's title.
        description (None | str): What the document is; null when none was given.
        status (DocumentSummaryOutStatus): draft: still being written; published: released for consultation; archived:
            kept for the record, no longer in use. Signed-in staff read documents; the public reads a version's sections
            only through an open consultation.
        current_version (int): Number of the latest version (1, 2, …); its sections are shown.
        created_at (datetime.datetime): When the document was created (UTC).
        updated_at (datetime.datetime): When the document last changed (UTC).
    """

    etag: str
    id: UUID
    title: str
    description: None | str
    status: DocumentSummaryOutStatus
    current_version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
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
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        etag = d.pop("etag")

        id = UUID(d.pop("id"))

        title = d.pop("title")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        status = DocumentSummaryOutStatus(d.pop("status"))

        current_version = d.pop("current_version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        document_summary_out = cls(
            etag=etag,
            id=id,
            title=title,
            description=description,
            status=status,
            current_version=current_version,
            created_at=created_at,
            updated_at=updated_at,
        )

        document_summary_out.additional_properties = d
        return document_summary_out

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
