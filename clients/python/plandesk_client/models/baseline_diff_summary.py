from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BaselineDiffSummary")


@_attrs_define
class BaselineDiffSummary:
    """The counts of the comparison, for a dashboard's tiles.

    Attributes:
        phases_moved (int): Phases whose start or end moved.
        milestones_moved (int): Milestones whose date moved.
        milestones_added (int): Milestones added since the baseline.
        milestones_removed (int): Milestones of the baseline that are gone.
        tasks_in_baseline (int): Tasks the baseline holds.
        tasks_now (int): Tasks the plan holds now.
        tasks_moved (int): Tasks whose due date moved, either way.
        tasks_later (int): Tasks now due later than approved.
        tasks_earlier (int): Tasks now due earlier than approved.
        days_lost (int): The sum of the days by which tasks are late against the baseline.
        days_gained (int): The sum of the days by which tasks are early against the baseline.
        tasks_added (int): Tasks added since the baseline.
        tasks_cancelled (int): Tasks of the baseline now cancelled.
        tasks_removed (int): Tasks of the baseline that were deleted.
        tasks_reassigned (int): Tasks whose lead or supporting units changed.
    """

    phases_moved: int
    milestones_moved: int
    milestones_added: int
    milestones_removed: int
    tasks_in_baseline: int
    tasks_now: int
    tasks_moved: int
    tasks_later: int
    tasks_earlier: int
    days_lost: int
    days_gained: int
    tasks_added: int
    tasks_cancelled: int
    tasks_removed: int
    tasks_reassigned: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phases_moved = self.phases_moved

        milestones_moved = self.milestones_moved

        milestones_added = self.milestones_added

        milestones_removed = self.milestones_removed

        tasks_in_baseline = self.tasks_in_baseline

        tasks_now = self.tasks_now

        tasks_moved = self.tasks_moved

        tasks_later = self.tasks_later

        tasks_earlier = self.tasks_earlier

        days_lost = self.days_lost

        days_gained = self.days_gained

        tasks_added = self.tasks_added

        tasks_cancelled = self.tasks_cancelled

        tasks_removed = self.tasks_removed

        tasks_reassigned = self.tasks_reassigned

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phases_moved": phases_moved,
                "milestones_moved": milestones_moved,
                "milestones_added": milestones_added,
                "milestones_removed": milestones_removed,
                "tasks_in_baseline": tasks_in_baseline,
                "tasks_now": tasks_now,
                "tasks_moved": tasks_moved,
                "tasks_later": tasks_later,
                "tasks_earlier": tasks_earlier,
                "days_lost": days_lost,
                "days_gained": days_gained,
                "tasks_added": tasks_added,
                "tasks_cancelled": tasks_cancelled,
                "tasks_removed": tasks_removed,
                "tasks_reassigned": tasks_reassigned,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phases_moved = d.pop("phases_moved")

        milestones_moved = d.pop("milestones_moved")

        milestones_added = d.pop("milestones_added")

        milestones_removed = d.pop("milestones_removed")

        tasks_in_baseline = d.pop("tasks_in_baseline")

        tasks_now = d.pop("tasks_now")

        tasks_moved = d.pop("tasks_moved")

        tasks_later = d.pop("tasks_later")

        tasks_earlier = d.pop("tasks_earlier")

        days_lost = d.pop("days_lost")

        days_gained = d.pop("days_gained")

        tasks_added = d.pop("tasks_added")

        tasks_cancelled = d.pop("tasks_cancelled")

        tasks_removed = d.pop("tasks_removed")

        tasks_reassigned = d.pop("tasks_reassigned")

        baseline_diff_summary = cls(
            phases_moved=phases_moved,
            milestones_moved=milestones_moved,
            milestones_added=milestones_added,
            milestones_removed=milestones_removed,
            tasks_in_baseline=tasks_in_baseline,
            tasks_now=tasks_now,
            tasks_moved=tasks_moved,
            tasks_later=tasks_later,
            tasks_earlier=tasks_earlier,
            days_lost=days_lost,
            days_gained=days_gained,
            tasks_added=tasks_added,
            tasks_cancelled=tasks_cancelled,
            tasks_removed=tasks_removed,
            tasks_reassigned=tasks_reassigned,
        )

        baseline_diff_summary.additional_properties = d
        return baseline_diff_summary

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
