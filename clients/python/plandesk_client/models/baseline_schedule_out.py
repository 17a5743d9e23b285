from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.baseline_milestone import BaselineMilestone
    from ..models.baseline_phase import BaselinePhase
    from ..models.baseline_ref import BaselineRef


T = TypeVar("T", bound="BaselineScheduleOut")


@_attrs_define
class BaselineScheduleOut:
    """A baseline's phase windows and milestone dates: the timeline's ghost bars.

    Attributes:
        plan_id (UUID): The plan.
        baseline (BaselineRef): The baseline a comparison or schedule is taken from.
        phases (list[BaselinePhase]): Every phase of the baseline, in the plan's order.
        milestones (list[BaselineMilestone]): Every milestone of the baseline, by the start of its window, then title.
    """

    plan_id: UUID
    baseline: BaselineRef
    phases: list[BaselinePhase]
    milestones: list[BaselineMilestone]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_id = str(self.plan_id)

        baseline = self.baseline.to_dict()

        phases = []
        for phases_item_data in self.phases:
            phases_item = phases_item_data.to_dict()
            phases.append(phases_item)

        milestones = []
        for milestones_item_data in self.milestones:
            milestones_item = milestones_item_data.to_dict()
            milestones.append(milestones_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan_id": plan_id,
                "baseline": baseline,
                "phases": phases,
                "milestones": milestones,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.baseline_milestone import BaselineMilestone  # noqa: PLC0415
        from ..models.baseline_phase import BaselinePhase  # noqa: PLC0415
        from ..models.baseline_ref import BaselineRef  # noqa: PLC0415

        d = dict(src_dict)
        plan_id = UUID(d.pop("plan_id"))

        baseline = BaselineRef.from_dict(d.pop("baseline"))

        phases = []
        _phases = d.pop("phases")
        for phases_item_data in _phases:
            phases_item = BaselinePhase.from_dict(phases_item_data)

            phases.append(phases_item)

        milestones = []
        _milestones = d.pop("milestones")
        for milestones_item_data in _milestones:
            milestones_item = BaselineMilestone.from_dict(milestones_item_data)

            milestones.append(milestones_item)

        baseline_schedule_out = cls(
            plan_id=plan_id,
            baseline=baseline,
            phases=phases,
            milestones=milestones,
        )

        baseline_schedule_out.additional_properties = d
        return baseline_schedule_out

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
