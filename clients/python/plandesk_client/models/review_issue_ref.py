from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReviewIssueRef")


@_attrs_define
class ReviewIssueRef:
    """An issued version of a review.

    Attributes:
        id (UUID): The issue's id.
        number (int): The issue's number in its review: 1, 2, …
        issued_on (datetime.date): The date printed on it.
        issued_by (str): Who issued it, as the audit log names the actor.
        issued_at (datetime.datetime): When it was issued (UTC).
    """

    id: UUID
    number: int
    issued_on: datetime.date
    issued_by: str
    issued_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        number = self.number

        issued_on = self.issued_on.isoformat()

        issued_by = self.issued_by

        issued_at = self.issued_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "issued_on": issued_on,
                "issued_by": issued_by,
                "issued_at": issued_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        number = d.pop("number")

        issued_on = datetime.date.fromisoformat(d.pop("issued_on"))

        issued_by = d.pop("issued_by")

        issued_at = datetime.datetime.fromisoformat(d.pop("issued_at"))

        review_issue_ref = cls(
            id=id,
            number=number,
            issued_on=issued_on,
            issued_by=issued_by,
            issued_at=issued_at,
        )

        review_issue_ref.additional_properties = d
        return review_issue_ref

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
