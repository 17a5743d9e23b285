from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sync_task_status import SyncTaskStatus

if TYPE_CHECKING:
    from ..models.assignment_brief import AssignmentBrief
    from ..models.fixed_date import FixedDate
    from ..models.milestone_anchor import MilestoneAnchor


T = TypeVar("T", bound="SyncTask")


@_attrs_define
class SyncTask:
    """
    Attributes:
        object_ (Literal['task']): Always `task`: tells the item's kind (the union's tag).
        id (UUID): The task's id (UUID).
        etag (str): The ETag GET of this object answers: send it as If-Match to change it
        plan_id (UUID): The plan the task belongs to.
        phase_id (None | UUID): The phase the task is carried out in; null when not tied to a phase.
        source_section (None | str): Where the task stands in the source document ("III.2"); null when created by hand.
        title (str): The task's title.
        body (str): The task's full text as written in the plan (may be empty).
        lead_unit_id (None | UUID): Null when the task is addressed to a unit group
        due (FixedDate | MilestoneAnchor | None): The deadline: a fixed date or a date relative to a milestone; null
            when none.
        due_date (datetime.date | None): `due` resolved to a calendar date with the current milestone dates; null when
            none.
        status (SyncTaskStatus): Where the task stands as a whole: `not_started`, `in_progress`, `done`, `blocked` or
            `cancelled`.
        percent (int): Overall progress, 0–100.
        completed_on (datetime.date | None): The day the task was completed (in the plan's zone); null until done.
        assignments (list[AssignmentBrief]): Every unit's standing on the task, lead first
        updated_at (datetime.datetime): When the task last changed (UTC, ISO 8601).
    """

    object_: Literal["task"]
    id: UUID
    etag: str
    plan_id: UUID
    phase_id: None | UUID
    source_section: None | str
    title: str
    body: str
    lead_unit_id: None | UUID
    due: FixedDate | MilestoneAnchor | None
    due_date: datetime.date | None
    status: SyncTaskStatus
    percent: int
    completed_on: datetime.date | None
    assignments: list[AssignmentBrief]
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.fixed_date import FixedDate  # noqa: PLC0415
        from ..models.milestone_anchor import MilestoneAnchor  # noqa: PLC0415

        object_ = self.object_

        id = str(self.id)

        etag = self.etag

        plan_id = str(self.plan_id)

        phase_id: None | str
        if isinstance(self.phase_id, UUID):
            phase_id = str(self.phase_id)
        else:
            phase_id = self.phase_id

        source_section: None | str
        source_section = self.source_section

        title = self.title

        body = self.body

        lead_unit_id: None | str
        if isinstance(self.lead_unit_id, UUID):
            lead_unit_id = str(self.lead_unit_id)
        else:
            lead_unit_id = self.lead_unit_id

        due: dict[str, Any] | None
        if isinstance(self.due, FixedDate):
            due = self.due.to_dict()
        elif isinstance(self.due, MilestoneAnchor):
            due = self.due.to_dict()
        else:
            due = self.due

        due_date: None | str
        if isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        status = self.status.value

        percent = self.percent

        completed_on: None | str
        if isinstance(self.completed_on, datetime.date):
            completed_on = self.completed_on.isoformat()
        else:
            completed_on = self.completed_on

        assignments = []
        for assignments_item_data in self.assignments:
            assignments_item = assignments_item_data.to_dict()
            assignments.append(assignments_item)

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "id": id,
                "etag": etag,
                "plan_id": plan_id,
                "phase_id": phase_id,
                "source_section": source_section,
                "title": title,
                "body": body,
                "lead_unit_id": lead_unit_id,
                "due": due,
                "due_date": due_date,
                "status": status,
                "percent": percent,
                "completed_on": completed_on,
                "assignments": assignments,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assignment_brief import AssignmentBrief  # noqa: PLC0415
        from ..models.fixed_date import FixedDate  # noqa: PLC0415
        from ..models.milestone_anchor import MilestoneAnchor  # noqa: PLC0415

        d = dict(src_dict)
        object_ = cast(Literal["task"], d.pop("object"))
        if object_ != "task":
            raise ValueError(f"object must match const 'task', got '{object_}'")

        id = UUID(d.pop("id"))

        etag = d.pop("etag")

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

        def _parse_source_section(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_section = _parse_source_section(d.pop("source_section"))

        title = d.pop("title")

        body = d.pop("body")

        def _parse_lead_unit_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                lead_unit_id_type_0 = UUID(data)

                return lead_unit_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        lead_unit_id = _parse_lead_unit_id(d.pop("lead_unit_id"))

        def _parse_due(data: object) -> FixedDate | MilestoneAnchor | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                due_type_0_type_0 = FixedDate.from_dict(data)

                return due_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                due_type_0_type_1 = MilestoneAnchor.from_dict(data)

                return due_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FixedDate | MilestoneAnchor | None, data)

        due = _parse_due(d.pop("due"))

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

        status = SyncTaskStatus(d.pop("status"))

        percent = d.pop("percent")

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

        assignments = []
        _assignments = d.pop("assignments")
        for assignments_item_data in _assignments:
            assignments_item = AssignmentBrief.from_dict(assignments_item_data)

            assignments.append(assignments_item)

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        sync_task = cls(
            object_=object_,
            id=id,
            etag=etag,
            plan_id=plan_id,
            phase_id=phase_id,
            source_section=source_section,
            title=title,
            body=body,
            lead_unit_id=lead_unit_id,
            due=due,
            due_date=due_date,
            status=status,
            percent=percent,
            completed_on=completed_on,
            assignments=assignments,
            updated_at=updated_at,
        )

        sync_task.additional_properties = d
        return sync_task

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
