from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AssignmentOverdue")


@_attrs_define
class AssignmentOverdue:
    """
    Attributes:
        object_ (str): What the event is about: plan, phase, milestone, task, assignment, unit_report, reporting_period,
            review, …
        id (str): The object's id
        plan_id (None | str): The plan it belongs to (null for consultations and feedback)
        task_id (str):
        unit_id (str):
        due_date (datetime.date):
    """

    object_: str
    id: str
    plan_id: None | str
    task_id: str
    unit_id: str
    due_date: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        id = self.id

        plan_id: None | str
        plan_id = self.plan_id

        task_id = self.task_id

        unit_id = self.unit_id

        due_date = self.due_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "id": id,
                "plan_id": plan_id,
                "task_id": task_id,
                "unit_id": unit_id,
                "due_date": due_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_ = d.pop("object")

        id = d.pop("id")

        def _parse_plan_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        plan_id = _parse_plan_id(d.pop("plan_id"))

        task_id = d.pop("task_id")

        unit_id = d.pop("unit_id")

        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        assignment_overdue = cls(
            object_=object_,
            id=id,
            plan_id=plan_id,
            task_id=task_id,
            unit_id=unit_id,
            due_date=due_date,
        )

        assignment_overdue.additional_properties = d
        return assignment_overdue

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
