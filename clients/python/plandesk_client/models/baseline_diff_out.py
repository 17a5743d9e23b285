from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.baseline_diff_out_unit_names import BaselineDiffOutUnitNames
    from ..models.baseline_diff_summary import BaselineDiffSummary
    from ..models.baseline_ref import BaselineRef
    from ..models.milestone_change import MilestoneChange
    from ..models.milestone_move_out import MilestoneMoveOut
    from ..models.phase_move import PhaseMove
    from ..models.task_change import TaskChange
    from ..models.task_move import TaskMove
    from ..models.task_reassignment import TaskReassignment


T = TypeVar("T", bound="BaselineDiffOut")


@_attrs_define
class BaselineDiffOut:
    """What changed in the plan since a baseline (tasks moved: the most days lost first).

    Attributes:
        plan_id (UUID): The plan compared.
        baseline (BaselineRef): The baseline a comparison or schedule is taken from.
        unit_names (BaselineDiffOutUnitNames): Unit id → the unit's name, for every unit the lists name.
        summary (BaselineDiffSummary): The counts of the comparison, for a dashboard's tiles.
        phases_moved (list[PhaseMove]): Phases whose window moved.
        milestones_moved (list[MilestoneMoveOut]): Milestones whose date moved.
        milestones_added (list[MilestoneChange]): Milestones added since the baseline.
        milestones_removed (list[MilestoneChange]): Milestones of the baseline that are gone.
        tasks_moved (list[TaskMove]): Tasks whose due date moved.
        tasks_added (list[TaskChange]): Tasks added since the baseline.
        tasks_cancelled (list[TaskChange]): Tasks of the baseline now cancelled.
        tasks_removed (list[TaskChange]): Tasks of the baseline that were deleted.
        tasks_reassigned (list[TaskReassignment]): Tasks whose units changed.
    """

    plan_id: UUID
    baseline: BaselineRef
    unit_names: BaselineDiffOutUnitNames
    summary: BaselineDiffSummary
    phases_moved: list[PhaseMove]
    milestones_moved: list[MilestoneMoveOut]
    milestones_added: list[MilestoneChange]
    milestones_removed: list[MilestoneChange]
    tasks_moved: list[TaskMove]
    tasks_added: list[TaskChange]
    tasks_cancelled: list[TaskChange]
    tasks_removed: list[TaskChange]
    tasks_reassigned: list[TaskReassignment]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_id = str(self.plan_id)

        baseline = self.baseline.to_dict()

        unit_names = self.unit_names.to_dict()

        summary = self.summary.to_dict()

        phases_moved = []
        for phases_moved_item_data in self.phases_moved:
            phases_moved_item = phases_moved_item_data.to_dict()
            phases_moved.append(phases_moved_item)

        milestones_moved = []
        for milestones_moved_item_data in self.milestones_moved:
            milestones_moved_item = milestones_moved_item_data.to_dict()
            milestones_moved.append(milestones_moved_item)

        milestones_added = []
        for milestones_added_item_data in self.milestones_added:
            milestones_added_item = milestones_added_item_data.to_dict()
            milestones_added.append(milestones_added_item)

        milestones_removed = []
        for milestones_removed_item_data in self.milestones_removed:
            milestones_removed_item = milestones_removed_item_data.to_dict()
            milestones_removed.append(milestones_removed_item)

        tasks_moved = []
        for tasks_moved_item_data in self.tasks_moved:
            tasks_moved_item = tasks_moved_item_data.to_dict()
            tasks_moved.append(tasks_moved_item)

        tasks_added = []
        for tasks_added_item_data in self.tasks_added:
            tasks_added_item = tasks_added_item_data.to_dict()
            tasks_added.append(tasks_added_item)

        tasks_cancelled = []
        for tasks_cancelled_item_data in self.tasks_cancelled:
            tasks_cancelled_item = tasks_cancelled_item_data.to_dict()
            tasks_cancelled.append(tasks_cancelled_item)

        tasks_removed = []
        for tasks_removed_item_data in self.tasks_removed:
            tasks_removed_item = tasks_removed_item_data.to_dict()
            tasks_removed.append(tasks_removed_item)

        tasks_reassigned = []
        for tasks_reassigned_item_data in self.tasks_reassigned:
            tasks_reassigned_item = tasks_reassigned_item_data.to_dict()
            tasks_reassigned.append(tasks_reassigned_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan_id": plan_id,
                "baseline": baseline,
                "unit_names": unit_names,
                "summary": summary,
                "phases_moved": phases_moved,
                "milestones_moved": milestones_moved,
                "milestones_added": milestones_added,
                "milestones_removed": milestones_removed,
                "tasks_moved": tasks_moved,
                "tasks_added": tasks_added,
                "tasks_cancelled": tasks_cancelled,
                "tasks_removed": tasks_removed,
                "tasks_reassigned": tasks_reassigned,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.baseline_diff_out_unit_names import BaselineDiffOutUnitNames  # noqa: PLC0415
        from ..models.baseline_diff_summary import BaselineDiffSummary  # noqa: PLC0415
        from ..models.baseline_ref import BaselineRef  # noqa: PLC0415
        from ..models.milestone_change import MilestoneChange  # noqa: PLC0415
        from ..models.milestone_move_out import MilestoneMoveOut  # noqa: PLC0415
        from ..models.phase_move import PhaseMove  # noqa: PLC0415
        from ..models.task_change import TaskChange  # noqa: PLC0415
        from ..models.task_move import TaskMove  # noqa: PLC0415
        from ..models.task_reassignment import TaskReassignment  # noqa: PLC0415

        d = dict(src_dict)
        plan_id = UUID(d.pop("plan_id"))

        baseline = BaselineRef.from_dict(d.pop("baseline"))

        unit_names = BaselineDiffOutUnitNames.from_dict(d.pop("unit_names"))

        summary = BaselineDiffSummary.from_dict(d.pop("summary"))

        phases_moved = []
        _phases_moved = d.pop("phases_moved")
        for phases_moved_item_data in _phases_moved:
            phases_moved_item = PhaseMove.from_dict(phases_moved_item_data)

            phases_moved.append(phases_moved_item)

        milestones_moved = []
        _milestones_moved = d.pop("milestones_moved")
        for milestones_moved_item_data in _milestones_moved:
            milestones_moved_item = MilestoneMoveOut.from_dict(milestones_moved_item_data)

            milestones_moved.append(milestones_moved_item)

        milestones_added = []
        _milestones_added = d.pop("milestones_added")
        for milestones_added_item_data in _milestones_added:
            milestones_added_item = MilestoneChange.from_dict(milestones_added_item_data)

            milestones_added.append(milestones_added_item)

        milestones_removed = []
        _milestones_removed = d.pop("milestones_removed")
        for milestones_removed_item_data in _milestones_removed:
            milestones_removed_item = MilestoneChange.from_dict(milestones_removed_item_data)

            milestones_removed.append(milestones_removed_item)

        tasks_moved = []
        _tasks_moved = d.pop("tasks_moved")
        for tasks_moved_item_data in _tasks_moved:
            tasks_moved_item = TaskMove.from_dict(tasks_moved_item_data)

            tasks_moved.append(tasks_moved_item)

        tasks_added = []
        _tasks_added = d.pop("tasks_added")
        for tasks_added_item_data in _tasks_added:
            tasks_added_item = TaskChange.from_dict(tasks_added_item_data)

            tasks_added.append(tasks_added_item)

        tasks_cancelled = []
        _tasks_cancelled = d.pop("tasks_cancelled")
        for tasks_cancelled_item_data in _tasks_cancelled:
            tasks_cancelled_item = TaskChange.from_dict(tasks_cancelled_item_data)

            tasks_cancelled.append(tasks_cancelled_item)

        tasks_removed = []
        _tasks_removed = d.pop("tasks_removed")
        for tasks_removed_item_data in _tasks_removed:
            tasks_removed_item = TaskChange.from_dict(tasks_removed_item_data)

            tasks_removed.append(tasks_removed_item)

        tasks_reassigned = []
        _tasks_reassigned = d.pop("tasks_reassigned")
        for tasks_reassigned_item_data in _tasks_reassigned:
            tasks_reassigned_item = TaskReassignment.from_dict(tasks_reassigned_item_data)

            tasks_reassigned.append(tasks_reassigned_item)

        baseline_diff_out = cls(
            plan_id=plan_id,
            baseline=baseline,
            unit_names=unit_names,
            summary=summary,
            phases_moved=phases_moved,
            milestones_moved=milestones_moved,
            milestones_added=milestones_added,
            milestones_removed=milestones_removed,
            tasks_moved=tasks_moved,
            tasks_added=tasks_added,
            tasks_cancelled=tasks_cancelled,
            tasks_removed=tasks_removed,
            tasks_reassigned=tasks_reassigned,
        )

        baseline_diff_out.additional_properties = d
        return baseline_diff_out

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
