from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_list_item_status import TaskListItemStatus

if TYPE_CHECKING:
    from ..models.assignment_brief import AssignmentBrief


T = TypeVar("T", bound="TaskListItem")


@_attrs_define
class TaskListItem:
    """
    Attributes:
        etag (str): The ETag the single resource sends (`"<id>-<version>"`): send it as If-Match to change or delete
            this object straight from a list, without reading it first.
        id (UUID): The task's id (UUID).
        plan_id (UUID): The plan the task belongs to.
        phase_id (None | UUID): The phase (of the same plan) the task belongs to; null when it runs across phases.
        source_section (None | str): Where the task stands in the plan document ("IV.1": section IV, item 1), to find it
            in the
            original; at most 32 characters.
        title (str): What the unit must do, as the plan words it ("Mở chuyên trang, chuyên mục tuyên truyền đại hội"),
            1–1000 characters.
        lead_unit_id (None | UUID): The unit that leads the task (chủ trì); null when it is addressed to a unit group.
        lead_group_id (None | UUID): The unit group the task is addressed to, instead of a lead unit; null when it has a
            lead unit.
        awaiting_members (bool): True when the task is addressed to a unit group with no member units yet; it is not
            counted late
            meanwhile.
        due_date (datetime.date | None): The deadline resolved to a calendar date in the plan's time zone (due at the
            end of that day);
            null without a deadline.
        status (TaskListItemStatus): Derived from the assignments, never set directly: `not_started` (nothing reported
            yet),
            `in_progress` (work under way), `done` (finished; counts as on time when done by the due date),
            `blocked` (cannot go on: the note says why) or `cancelled` (no longer required; left out of every
            count). `done` when every assignment not cancelled is done.
        percent (int): Progress of the whole task, 0–100: the average of its assignments' percents (cancelled ones left
            out).
        overdue (bool): True when the deadline has passed (end of the local due day) and the task is not done or
            cancelled.
        completed_on (datetime.date | None): The local date the last assignment was done, when the task is done; null
            otherwise.
        assignments (list[AssignmentBrief]): Each unit's role, status and percent on the task, in short.
        created_at (datetime.datetime): When the task was created (UTC).
    """

    etag: str
    id: UUID
    plan_id: UUID
    phase_id: None | UUID
    source_section: None | str
    title: str
    lead_unit_id: None | UUID
    lead_group_id: None | UUID
    awaiting_members: bool
    due_date: datetime.date | None
    status: TaskListItemStatus
    percent: int
    overdue: bool
    completed_on: datetime.date | None
    assignments: list[AssignmentBrief]
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        etag = self.etag

        id = str(self.id)

        plan_id = str(self.plan_id)

        phase_id: None | str
        if isinstance(self.phase_id, UUID):
            phase_id = str(self.phase_id)
        else:
            phase_id = self.phase_id

        source_section: None | str
        source_section = self.source_section

        title = self.title

        lead_unit_id: None | str
        if isinstance(self.lead_unit_id, UUID):
            lead_unit_id = str(self.lead_unit_id)
        else:
            lead_unit_id = self.lead_unit_id

        lead_group_id: None | str
        if isinstance(self.lead_group_id, UUID):
            lead_group_id = str(self.lead_group_id)
        else:
            lead_group_id = self.lead_group_id

        awaiting_members = self.awaiting_members

        due_date: None | str
        if isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        status = self.status.value

        percent = self.percent

        overdue = self.overdue

        completed_on: None | str
        if isinstance(self.completed_on, datetime.date):
            completed_on = self.completed_on.isoformat()
        else:
            completed_on = self.completed_on

        assignments = []
        for assignments_item_data in self.assignments:
            assignments_item = assignments_item_data.to_dict()
            assignments.append(assignments_item)

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "etag": etag,
                "id": id,
                "plan_id": plan_id,
                "phase_id": phase_id,
                "source_section": source_section,
                "title": title,
                "lead_unit_id": lead_unit_id,
                "lead_group_id": lead_group_id,
                "awaiting_members": awaiting_members,
                "due_date": due_date,
                "status": status,
                "percent": percent,
                "overdue": overdue,
                "completed_on": completed_on,
                "assignments": assignments,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assignment_brief import AssignmentBrief  # noqa: PLC0415

        d = dict(src_dict)
        etag = d.pop("etag")

        id = UUID(d.pop("id"))

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

        def _parse_lead_group_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                lead_group_id_type_0 = UUID(data)

                return lead_group_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        lead_group_id = _parse_lead_group_id(d.pop("lead_group_id"))

        awaiting_members = d.pop("awaiting_members")

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

        status = TaskListItemStatus(d.pop("status"))

        percent = d.pop("percent")

        overdue = d.pop("overdue")

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

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        task_list_item = cls(
            etag=etag,
            id=id,
            plan_id=plan_id,
            phase_id=phase_id,
            source_section=source_section,
            title=title,
            lead_unit_id=lead_unit_id,
            lead_group_id=lead_group_id,
            awaiting_members=awaiting_members,
            due_date=due_date,
            status=status,
            percent=percent,
            overdue=overdue,
            completed_on=completed_on,
            assignments=assignments,
            created_at=created_at,
        )

        task_list_item.additional_properties = d
        return task_list_item

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
