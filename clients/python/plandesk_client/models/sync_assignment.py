from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sync_assignment_role import SyncAssignmentRole
from ..models.sync_assignment_status import SyncAssignmentStatus

T = TypeVar("T", bound="SyncAssignment")


@_attrs_define
class SyncAssignment:
    """
    Attributes:
        object_ (Literal['assignment']): Always `assignment`: tells the item's kind (the union's tag).
        id (UUID): The assignment's id (UUID).
        etag (str): The ETag GET of this object answers: send it as If-Match to change it
        task_id (UUID): The task the assignment is on.
        plan_id (UUID): The plan of that task.
        unit_id (UUID): The unit assigned.
        role (SyncAssignmentRole): The unit's role on the task: `lead`, `support` or `member` (of the unit group
            addressed).
        due_date (datetime.date | None): The unit's deadline (the task's, unless set for this unit); null when none.
        status (SyncAssignmentStatus): Where this unit stands on the task: `not_started`, `in_progress`, `done`,
            `blocked` or `cancelled`.
        percent (int): This unit's reported progress, 0–100.
        completed_at (datetime.datetime | None): When the unit reported the work done (UTC); null until done.
        completed_on (datetime.date | None): `completed_at` as a day in the plan's zone; null until done.
        last_update_at (datetime.datetime | None): When the unit last reported progress (UTC); null before the first
            report.
        updated_at (datetime.datetime): When the assignment last changed (UTC, ISO 8601).
    """

    object_: Literal["assignment"]
    id: UUID
    etag: str
    task_id: UUID
    plan_id: UUID
    unit_id: UUID
    role: SyncAssignmentRole
    due_date: datetime.date | None
    status: SyncAssignmentStatus
    percent: int
    completed_at: datetime.datetime | None
    completed_on: datetime.date | None
    last_update_at: datetime.datetime | None
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        id = str(self.id)

        etag = self.etag

        task_id = str(self.task_id)

        plan_id = str(self.plan_id)

        unit_id = str(self.unit_id)

        role = self.role.value

        due_date: None | str
        if isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        status = self.status.value

        percent = self.percent

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        completed_on: None | str
        if isinstance(self.completed_on, datetime.date):
            completed_on = self.completed_on.isoformat()
        else:
            completed_on = self.completed_on

        last_update_at: None | str
        if isinstance(self.last_update_at, datetime.datetime):
            last_update_at = self.last_update_at.isoformat()
        else:
            last_update_at = self.last_update_at

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "id": id,
                "etag": etag,
                "task_id": task_id,
                "plan_id": plan_id,
                "unit_id": unit_id,
                "role": role,
                "due_date": due_date,
                "status": status,
                "percent": percent,
                "completed_at": completed_at,
                "completed_on": completed_on,
                "last_update_at": last_update_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_ = cast(Literal["assignment"], d.pop("object"))
        if object_ != "assignment":
            raise ValueError(f"object must match const 'assignment', got '{object_}'")

        id = UUID(d.pop("id"))

        etag = d.pop("etag")

        task_id = UUID(d.pop("task_id"))

        plan_id = UUID(d.pop("plan_id"))

        unit_id = UUID(d.pop("unit_id"))

        role = SyncAssignmentRole(d.pop("role"))

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

        status = SyncAssignmentStatus(d.pop("status"))

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

        def _parse_completed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_on_type_0 = datetime.date.fromisoformat(data)

                return completed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        completed_on = _parse_completed_on(d.pop("completed_on"))

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

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        sync_assignment = cls(
            object_=object_,
            id=id,
            etag=etag,
            task_id=task_id,
            plan_id=plan_id,
            unit_id=unit_id,
            role=role,
            due_date=due_date,
            status=status,
            percent=percent,
            completed_at=completed_at,
            completed_on=completed_on,
            last_update_at=last_update_at,
            updated_at=updated_at,
        )

        sync_assignment.additional_properties = d
        return sync_assignment

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
