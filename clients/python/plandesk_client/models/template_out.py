from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TemplateOut")


@_attrs_define
class TemplateOut:
    """A saved answer template.

    Attributes:
        etag (str): The ETag the single resource sends (`"<id>-<version>"`): send it as If-Match to change or delete
            this object straight from a list, without reading it first.
        id (UUID): The template's id.
        consultation_id (None | UUID): The consultation it belongs to; null: all of them.
        title (str): Its short name.
        body (str): The response text.
        created_at (datetime.datetime): When it was saved (UTC).
        updated_at (datetime.datetime): When it last changed (UTC).
    """

    etag: str
    id: UUID
    consultation_id: None | UUID
    title: str
    body: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        etag = self.etag

        id = str(self.id)

        consultation_id: None | str
        if isinstance(self.consultation_id, UUID):
            consultation_id = str(self.consultation_id)
        else:
            consultation_id = self.consultation_id

        title = self.title

        body = self.body

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "etag": etag,
                "id": id,
                "consultation_id": consultation_id,
                "title": title,
                "body": body,
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

        def _parse_consultation_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                consultation_id_type_0 = UUID(data)

                return consultation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        consultation_id = _parse_consultation_id(d.pop("consultation_id"))

        title = d.pop("title")

        body = d.pop("body")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        template_out = cls(
            etag=etag,
            id=id,
            consultation_id=consultation_id,
            title=title,
            body=body,
            created_at=created_at,
            updated_at=updated_at,
        )

        template_out.additional_properties = d
        return template_out

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
