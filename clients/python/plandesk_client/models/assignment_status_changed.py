from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.assignment_status_changed_changes import AssignmentStatusChangedChanges


T = TypeVar("T", bound="AssignmentStatusChanged")


@_attrs_define
class AssignmentStatusChanged:
    """
    Attributes:
        object_ (str): What the event is about: plan, phase, milestone, task, assignment, unit_report, reporting_period,
            review, …
        id (str): The object's id
        plan_id (None | str): The plan it belongs to (null for consultations and feedback)
        task_id (str):
        unit_id (str):
        changes (AssignmentStatusChangedChanges):
    """

    object_: str
    id: str
    plan_id: None | str
    task_id: str
    unit_id: str
    changes: AssignmentStatusChangedChanges
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        id = self.id

        plan_id: None | str
        plan_id = self.plan_id

        task_id = self.task_id

        unit_id = self.unit_id

        changes = self.changes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "id": id,
                "plan_id": plan_id,
                "task_id": task_id,
                "unit_id": unit_id,
                "changes": changes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assignment_status_changed_changes import AssignmentStatusChangedChanges  # noqa: PLC0415

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

        changes = AssignmentStatusChangedChanges.from_dict(d.pop("changes"))

        assignment_status_changed = cls(
            object_=object_,
            id=id,
            plan_id=plan_id,
            task_id=task_id,
            unit_id=unit_id,
            changes=changes,
        )

        assignment_status_changed.additional_properties = d
        return assignment_status_changed

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
