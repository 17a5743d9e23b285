from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.document_update_status_type_0 import DocumentUpdateStatusType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentUpdate")


@_attrs_define
class DocumentUpdate:
    """Changes to a document's title, description or status; omitted fields stay as they are.

    Attributes:
        title (None | str | Unset): A new title; omit to keep the current one.
        description (None | str | Unset): A new description; null removes it.
        status (DocumentUpdateStatusType0 | None | Unset): draft: still being written; published: released for
            consultation; archived: kept for the record, no longer in use. Signed-in staff read documents; the public reads
            a version's sections only through an open consultation.
    """

    title: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    status: DocumentUpdateStatusType0 | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, DocumentUpdateStatusType0):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_status(data: object) -> DocumentUpdateStatusType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = DocumentUpdateStatusType0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DocumentUpdateStatusType0 | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        document_update = cls(
            title=title,
            description=description,
            status=status,
        )

        return document_update
