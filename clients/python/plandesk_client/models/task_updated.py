from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_updated_changes import TaskUpdatedChanges


T = TypeVar("T", bound="TaskUpdated")


@_attrs_define
class TaskUpdated:
    """
    Attributes:
        object_ (str): What the event is about: plan, phase, milestone, task, assignment, unit_report, reporting_period,
            review, …
        id (str): The object's id
        plan_id (None | str): The plan it belongs to (null for consultations and feedback)
        changes (TaskUpdatedChanges):
        milestone_id (None | str | Unset): Set when a milestone's move changed the due date
    """

    object_: str
    id: str
    plan_id: None | str
    changes: TaskUpdatedChanges
    milestone_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        id = self.id

        plan_id: None | str
        plan_id = self.plan_id

        changes = self.changes.to_dict()

        milestone_id: None | str | Unset
        if isinstance(self.milestone_id, Unset):
            milestone_id = UNSET
        else:
            milestone_id = self.milestone_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "id": id,
                "plan_id": plan_id,
                "changes": changes,
            }
        )
        if milestone_id is not UNSET:
            field_dict["milestone_id"] = milestone_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_updated_changes import TaskUpdatedChanges  # noqa: PLC0415

        d = dict(src_dict)
        object_ = d.pop("object")

        id = d.pop("id")

        def _parse_plan_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        plan_id = _parse_plan_id(d.pop("plan_id"))

        changes = TaskUpdatedChanges.from_dict(d.pop("changes"))

        def _parse_milestone_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        milestone_id = _parse_milestone_id(d.pop("milestone_id", UNSET))

        task_updated = cls(
            object_=object_,
            id=id,
            plan_id=plan_id,
            changes=changes,
            milestone_id=milestone_id,
        )

        task_updated.additional_properties = d
        return task_updated

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
