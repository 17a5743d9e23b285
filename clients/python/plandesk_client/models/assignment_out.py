from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assignment_out_role import AssignmentOutRole
from ..models.assignment_out_status import AssignmentOutStatus

T = TypeVar("T", bound="AssignmentOut")


@_attrs_define
class AssignmentOut:
    """
    Attributes:
        id (UUID): The assignment's id (UUID).
        task_id (UUID): The task the assignment is part of.
        unit_id (UUID): The unit that owes this share of the task.
        role (AssignmentOutRole): The unit's part in the task: `lead` (chủ trì: answers for the task), `support` (phối
            hợp: helps
            the lead) or `member` (a member unit of the group the task is addressed to, owning its own
            share).
        status (AssignmentOutStatus): The unit's standing on the task: `not_started` (nothing reported yet),
            `in_progress` (work under
            way), `done` (finished; counts as on time when done by the due date), `blocked` (cannot go on:
            the note says why) or `cancelled` (no longer required; left out of every count).
        percent (int): How far the unit is, 0–100, as last reported.
        completed_at (datetime.datetime | None): When the assignment was set to `done` (UTC); null while it is not done.
        last_update_at (datetime.datetime | None): When the unit last reported progress or changed the status (UTC);
            null if never.
        etag (str): Send as If-Match to PATCH this assignment
    """

    id: UUID
    task_id: UUID
    unit_id: UUID
    role: AssignmentOutRole
    status: AssignmentOutStatus
    percent: int
    completed_at: datetime.datetime | None
    last_update_at: datetime.datetime | None
    etag: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        task_id = str(self.task_id)

        unit_id = str(self.unit_id)

        role = self.role.value

        status = self.status.value

        percent = self.percent

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        last_update_at: None | str
        if isinstance(self.last_update_at, datetime.datetime):
            last_update_at = self.last_update_at.isoformat()
        else:
            last_update_at = self.last_update_at

        etag = self.etag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "task_id": task_id,
                "unit_id": unit_id,
                "role": role,
                "status": status,
                "percent": percent,
                "completed_at": completed_at,
                "last_update_at": last_update_at,
                "etag": etag,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        task_id = UUID(d.pop("task_id"))

        unit_id = UUID(d.pop("unit_id"))

        role = AssignmentOutRole(d.pop("role"))

        status = AssignmentOutStatus(d.pop("status"))

        percent = d.pop("percent")

        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        completed_at = _parse_completed_at(d.pop("completed_at"))

        def _parse_last_update_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_update_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_update_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_update_at = _parse_last_update_at(d.pop("last_update_at"))

        etag = d.pop("etag")

        assignment_out = cls(
            id=id,
            task_id=task_id,
            unit_id=unit_id,
            role=role,
            status=status,
            percent=percent,
            completed_at=completed_at,
            last_update_at=last_update_at,
            etag=etag,
        )

        assignment_out.additional_properties = d
        return assignment_out

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
