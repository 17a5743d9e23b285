from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportCounts")


@_attrs_define
class ImportCounts:
    """What the import creates (or, in a dry run, would create).

    Attributes:
        milestones (int): Milestones.
        phases (int): Top-level phases
        sub_phases (int): Sub-phases ("3.1").
        channels (int): Channels (forms of communication).
        tasks (int): Tasks.
        tasks_with_deadline (int): Of those, tasks with a deadline.
        assignments (int): Assignments (one per unit on a task: lead, support or group member).
        units_matched (int): Units the document names that matched existing ones.
        units_created (int): Units created (nothing matched them).
        groups_matched (int): Unit groups matched to existing ones.
        groups_created (int): Unit groups created.
        warnings (int): Warnings on the document and on every item
        reporting_periods (int | Unset): Reporting periods made from recurring deadlines ('định kỳ hằng tháng, trước
            ngày 25') over the plan's dated phases (0 in a preview without a database) Default: 0.
    """

    milestones: int
    phases: int
    sub_phases: int
    channels: int
    tasks: int
    tasks_with_deadline: int
    assignments: int
    units_matched: int
    units_created: int
    groups_matched: int
    groups_created: int
    warnings: int
    reporting_periods: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        milestones = self.milestones

        phases = self.phases

        sub_phases = self.sub_phases

        channels = self.channels

        tasks = self.tasks

        tasks_with_deadline = self.tasks_with_deadline

        assignments = self.assignments

        units_matched = self.units_matched

        units_created = self.units_created

        groups_matched = self.groups_matched

        groups_created = self.groups_created

        warnings = self.warnings

        reporting_periods = self.reporting_periods

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "milestones": milestones,
                "phases": phases,
                "sub_phases": sub_phases,
                "channels": channels,
                "tasks": tasks,
                "tasks_with_deadline": tasks_with_deadline,
                "assignments": assignments,
                "units_matched": units_matched,
                "units_created": units_created,
                "groups_matched": groups_matched,
                "groups_created": groups_created,
                "warnings": warnings,
            }
        )
        if reporting_periods is not UNSET:
            field_dict["reporting_periods"] = reporting_periods

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        milestones = d.pop("milestones")

        phases = d.pop("phases")

        sub_phases = d.pop("sub_phases")

        channels = d.pop("channels")

        tasks = d.pop("tasks")

        tasks_with_deadline = d.pop("tasks_with_deadline")

        assignments = d.pop("assignments")

        units_matched = d.pop("units_matched")

        units_created = d.pop("units_created")

        groups_matched = d.pop("groups_matched")

        groups_created = d.pop("groups_created")

        warnings = d.pop("warnings")

        reporting_periods = d.pop("reporting_periods", UNSET)

        import_counts = cls(
            milestones=milestones,
            phases=phases,
            sub_phases=sub_phases,
            channels=channels,
            tasks=tasks,
            tasks_with_deadline=tasks_with_deadline,
            assignments=assignments,
            units_matched=units_matched,
            units_created=units_created,
            groups_matched=groups_matched,
            groups_created=groups_created,
            warnings=warnings,
            reporting_periods=reporting_periods,
        )

        import_counts.additional_properties = d
        return import_counts

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
