from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assignment_brief_role import AssignmentBriefRole
from ..models.assignment_brief_status import AssignmentBriefStatus

T = TypeVar("T", bound="AssignmentBrief")


@_attrs_define
class AssignmentBrief:
    """
    Attributes:
        unit_id (UUID): The unit that owes this share of the task.
        role (AssignmentBriefRole): The unit's part in the task: `lead` (chủ trì: answers for the task), `support` (phối
            hợp: helps
            the lead) or `member` (a member unit of the group the task is addressed to, owning its own
            share).
        status (AssignmentBriefStatus): The unit's standing on the task: `not_started` (nothing reported yet),
            `in_progress` (work under
            way), `done` (finished; counts as on time when done by the due date), `blocked` (cannot go on:
            the note says why) or `cancelled` (no longer required; left out of every count).
        percent (int): How far the unit is, 0–100, as last reported.
    """

    unit_id: UUID
    role: AssignmentBriefRole
    status: AssignmentBriefStatus
    percent: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unit_id = str(self.unit_id)

        role = self.role.value

        status = self.status.value

        percent = self.percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "unit_id": unit_id,
                "role": role,
                "status": status,
                "percent": percent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unit_id = UUID(d.pop("unit_id"))

        role = AssignmentBriefRole(d.pop("role"))

        status = AssignmentBriefStatus(d.pop("status"))

        percent = d.pop("percent")

        assignment_brief = cls(
            unit_id=unit_id,
            role=role,
            status=status,
            percent=percent,
        )

        assignment_brief.additional_properties = d
        return assignment_brief

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
