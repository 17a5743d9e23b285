from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.my_assignment_role import MyAssignmentRole
from ..models.my_assignment_status import MyAssignmentStatus

T = TypeVar("T", bound="MyAssignment")


@_attrs_define
class MyAssignment:
    """
    Attributes:
        id (UUID): The assignment's id (UUID).
        task_id (UUID): The task the assignment is part of.
        plan_id (UUID): The plan the task belongs to.
        phase_id (None | UUID): The task's phase, if it has one.
        unit_id (UUID): The unit that owes this share of the task.
        title (str): The task's title.
        role (MyAssignmentRole): The unit's part in the task: `lead` (chủ trì: answers for the task), `support` (phối
            hợp: helps
            the lead) or `member` (a member unit of the group the task is addressed to, owning its own
            share).
        status (MyAssignmentStatus): The unit's standing on the task: `not_started` (nothing reported yet),
            `in_progress` (work under
            way), `done` (finished; counts as on time when done by the due date), `blocked` (cannot go on:
            the note says why) or `cancelled` (no longer required; left out of every count).
        percent (int): How far the unit is, 0–100, as last reported.
        due_date (datetime.date | None): The task's resolved deadline; null without one.
        overdue (bool): True when the deadline has passed and the assignment is neither done nor cancelled.
        completed_at (datetime.datetime | None): When the assignment was set to `done` (UTC); null while it is not done.
        etag (str): The assignment's ETag: send it as If-Match to PATCH /tasks/{task_id}/assignments/{unit_id}.
    """

    id: UUID
    task_id: UUID
    plan_id: UUID
    phase_id: None | UUID
    unit_id: UUID
    title: str
    role: MyAssignmentRole
    status: MyAssignmentStatus
    percent: int
    due_date: datetime.date | None
    overdue: bool
    completed_at: datetime.datetime | None
    etag: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        task_id = str(self.task_id)

        plan_id = str(self.plan_id)

        phase_id: None | str
        if isinstance(self.phase_id, UUID):
            phase_id = str(self.phase_id)
        else:
            phase_id = self.phase_id

        unit_id = str(self.unit_id)

        title = self.title

        role = self.role.value

        status = self.status.value

        percent = self.percent

        due_date: None | str
        if isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        overdue = self.overdue

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        etag = self.etag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "task_id": task_id,
                "plan_id": plan_id,
                "phase_id": phase_id,
                "unit_id": unit_id,
                "title": title,
                "role": role,
                "status": status,
                "percent": percent,
                "due_date": due_date,
                "overdue": overdue,
                "completed_at": completed_at,
                "etag": etag,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        task_id = UUID(d.pop("task_id"))

        plan_id = UUID(d.pop("plan_id"))

        def _parse_phase_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phase_id_type_0 = UUID(data)

                return phase_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        phase_id = _parse_phase_id(d.pop("phase_id"))

        unit_id = UUID(d.pop("unit_id"))

        title = d.pop("title")

        role = MyAssignmentRole(d.pop("role"))

        status = MyAssignmentStatus(d.pop("status"))

        percent = d.pop("percent")

        def _parse_due_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.date.fromisoformat(data)

                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        due_date = _parse_due_date(d.pop("due_date"))

        overdue = d.pop("overdue")

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

        etag = d.pop("etag")

        my_assignment = cls(
            id=id,
            task_id=task_id,
            plan_id=plan_id,
            phase_id=phase_id,
            unit_id=unit_id,
            title=title,
            role=role,
            status=status,
            percent=percent,
            due_date=due_date,
            overdue=overdue,
            completed_at=completed_at,
            etag=etag,
        )

        my_assignment.additional_properties = d
        return my_assignment

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
