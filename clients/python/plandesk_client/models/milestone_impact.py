from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.date_change import DateChange
    from ..models.phase_impact import PhaseImpact
    from ..models.task_impact import TaskImpact
    from ..models.unit_impact import UnitImpact
    from ..models.window_conflict import WindowConflict


T = TypeVar("T", bound="MilestoneImpact")


@_attrs_define
class MilestoneImpact:
    """What moving a milestone would change (nothing is changed by previewing).

    Attributes:
        milestone_id (UUID): The milestone being moved.
        range_start (DateChange):
        range_end (DateChange):
        phases (list[PhaseImpact]): Phases whose start or end hangs on this milestone and would change.
        tasks (list[TaskImpact]): Tasks whose deadline hangs on this milestone and would change.
        units (list[UnitImpact]): Units whose tasks would change, with how many tasks each: who to tell.
        conflicts (list[WindowConflict]): Phase windows the move would make inconsistent (an end before its start); the
            move is still
            allowed.
    """

    milestone_id: UUID
    range_start: DateChange
    range_end: DateChange
    phases: list[PhaseImpact]
    tasks: list[TaskImpact]
    units: list[UnitImpact]
    conflicts: list[WindowConflict]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        milestone_id = str(self.milestone_id)

        range_start = self.range_start.to_dict()

        range_end = self.range_end.to_dict()

        phases = []
        for phases_item_data in self.phases:
            phases_item = phases_item_data.to_dict()
            phases.append(phases_item)

        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.to_dict()
            tasks.append(tasks_item)

        units = []
        for units_item_data in self.units:
            units_item = units_item_data.to_dict()
            units.append(units_item)

        conflicts = []
        for conflicts_item_data in self.conflicts:
            conflicts_item = conflicts_item_data.to_dict()
            conflicts.append(conflicts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "milestone_id": milestone_id,
                "range_start": range_start,
                "range_end": range_end,
                "phases": phases,
                "tasks": tasks,
                "units": units,
                "conflicts": conflicts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.date_change import DateChange  # noqa: PLC0415
        from ..models.phase_impact import PhaseImpact  # noqa: PLC0415
        from ..models.task_impact import TaskImpact  # noqa: PLC0415
        from ..models.unit_impact import UnitImpact  # noqa: PLC0415
        from ..models.window_conflict import WindowConflict  # noqa: PLC0415

        d = dict(src_dict)
        milestone_id = UUID(d.pop("milestone_id"))

        range_start = DateChange.from_dict(d.pop("range_start"))

        range_end = DateChange.from_dict(d.pop("range_end"))

        phases = []
        _phases = d.pop("phases")
        for phases_item_data in _phases:
            phases_item = PhaseImpact.from_dict(phases_item_data)

            phases.append(phases_item)

        tasks = []
        _tasks = d.pop("tasks")
        for tasks_item_data in _tasks:
            tasks_item = TaskImpact.from_dict(tasks_item_data)

            tasks.append(tasks_item)

        units = []
        _units = d.pop("units")
        for units_item_data in _units:
            units_item = UnitImpact.from_dict(units_item_data)

            units.append(units_item)

        conflicts = []
        _conflicts = d.pop("conflicts")
        for conflicts_item_data in _conflicts:
            conflicts_item = WindowConflict.from_dict(conflicts_item_data)

            conflicts.append(conflicts_item)

        milestone_impact = cls(
            milestone_id=milestone_id,
            range_start=range_start,
            range_end=range_end,
            phases=phases,
            tasks=tasks,
            units=units,
            conflicts=conflicts,
        )

        milestone_impact.additional_properties = d
        return milestone_impact

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
