from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BaselineOut")


@_attrs_define
class BaselineOut:
    """An approved baseline: the plan's phases, milestones and tasks as they stood when it was taken.

    Attributes:
        id (UUID): The baseline's id.
        plan_id (UUID): The plan the baseline belongs to.
        number (int): The baseline's number in its plan: 1 for the one taken when the plan was published, then 2, 3, …
        reason (str): Why it was taken ("Ban hành kế hoạch" for the first, "Đại hội tỉnh lùi sang tháng 10").
        created_by (str): Who took it, as the audit log names the actor.
        created_at (datetime.datetime): When it was taken (UTC).
    """

    id: UUID
    plan_id: UUID
    number: int
    reason: str
    created_by: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        plan_id = str(self.plan_id)

        number = self.number

        reason = self.reason

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "plan_id": plan_id,
                "number": number,
                "reason": reason,
                "created_by": created_by,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        plan_id = UUID(d.pop("plan_id"))

        number = d.pop("number")

        reason = d.pop("reason")

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        baseline_out = cls(
            id=id,
            plan_id=plan_id,
            number=number,
            reason=reason,
            created_by=created_by,
            created_at=created_at,
        )

        baseline_out.additional_properties = d
        return baseline_out

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
