from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.upcoming_deadline_status import UpcomingDeadlineStatus

T = TypeVar("T", bound="UpcomingDeadline")


@_attrs_define
class UpcomingDeadline:
    """
    Attributes:
        task_id (UUID): The task.
        title (str): The task's title.
        due_date (datetime.date): Its deadline, within the next 14 days.
        status (UpcomingDeadlineStatus): The task's derived status.
        lead_unit_id (None | UUID): The lead unit; null for a task addressed to a unit group.
    """

    task_id: UUID
    title: str
    due_date: datetime.date
    status: UpcomingDeadlineStatus
    lead_unit_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = str(self.task_id)

        title = self.title

        due_date = self.due_date.isoformat()

        status = self.status.value

        lead_unit_id: None | str
        if isinstance(self.lead_unit_id, UUID):
            lead_unit_id = str(self.lead_unit_id)
        else:
            lead_unit_id = self.lead_unit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
                "title": title,
                "due_date": due_date,
                "status": status,
                "lead_unit_id": lead_unit_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = UUID(d.pop("task_id"))

        title = d.pop("title")

        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        status = UpcomingDeadlineStatus(d.pop("status"))

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

        upcoming_deadline = cls(
            task_id=task_id,
            title=title,
            due_date=due_date,
            status=status,
            lead_unit_id=lead_unit_id,
        )

        upcoming_deadline.additional_properties = d
        return upcoming_deadline

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
