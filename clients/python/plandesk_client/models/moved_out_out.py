from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.moved_out_out_status import MovedOutOutStatus

T = TypeVar("T", bound="MovedOutOut")


@_attrs_define
class MovedOutOut:
    """A submission a moderator moved out of the cluster.

    Attributes:
        id (UUID): The submission's id.
        body (str): Its text.
        status (MovedOutOutStatus): Where the submission stands in moderation: received (new, nobody has looked at it);
            in_review (a moderator is considering it); accepted (taken into the revised draft); partially_accepted (taken in
            part); not_accepted (considered, not taken); duplicate (says what an earlier submission says); spam (not an
            opinion on the draft). Moves: received → in_review | duplicate | spam; in_review → received | accepted |
            partially_accepted | not_accepted | duplicate | spam; every decided status → in_review (reopen). accepted,
            partially_accepted and not_accepted need an official response.
        moved_by (str): The name of the moderator who moved it out.
        moved_at (datetime.datetime): When (UTC).
    """

    id: UUID
    body: str
    status: MovedOutOutStatus
    moved_by: str
    moved_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        body = self.body

        status = self.status.value

        moved_by = self.moved_by

        moved_at = self.moved_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "body": body,
                "status": status,
                "moved_by": moved_by,
                "moved_at": moved_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        body = d.pop("body")

        status = MovedOutOutStatus(d.pop("status"))

        moved_by = d.pop("moved_by")

        moved_at = datetime.datetime.fromisoformat(d.pop("moved_at"))

        moved_out_out = cls(
            id=id,
            body=body,
            status=status,
            moved_by=moved_by,
            moved_at=moved_at,
        )

        moved_out_out.additional_properties = d
        return moved_out_out

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
