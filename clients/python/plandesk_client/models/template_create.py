from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateCreate")


@_attrs_define
class TemplateCreate:
    """A new answer template.

    Attributes:
        title (str): A short name moderators pick it by.
        body (str): The response text the contributor will read.
        consultation_id (None | Unset | UUID): Null: usable in every consultation
    """

    title: str
    body: str
    consultation_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        body = self.body

        consultation_id: None | str | Unset
        if isinstance(self.consultation_id, Unset):
            consultation_id = UNSET
        elif isinstance(self.consultation_id, UUID):
            consultation_id = str(self.consultation_id)
        else:
            consultation_id = self.consultation_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "body": body,
            }
        )
        if consultation_id is not UNSET:
            field_dict["consultation_id"] = consultation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        body = d.pop("body")

        def _parse_consultation_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                consultation_id_type_0 = UUID(data)

                return consultation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        consultation_id = _parse_consultation_id(d.pop("consultation_id", UNSET))

        template_create = cls(
            title=title,
            body=body,
            consultation_id=consultation_id,
        )

        return template_create
