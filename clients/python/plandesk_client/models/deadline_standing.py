from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.overdue_buckets import OverdueBuckets


T = TypeVar("T", bound="DeadlineStanding")


@_attrs_define
class DeadlineStanding:
    """Tasks by deadline standing, as agencies report it (cancelled tasks left out).

    ``done_on_time + done_late + in_progress_within_deadline + not_started + overdue
    + no_deadline == counted``: each task not cancelled is in exactly one of them, the
    same one the task list's ``standing`` filter puts it in.

        Attributes:
            counted (int): Tasks not cancelled: the sum of the six standings
            with_deadline (int): Counted tasks that have a deadline.
            without_deadline (int): Counted tasks that have no deadline (done or not).
            done_on_time (int): Done by the end of their due day.
            done_late (int): Done after their due day.
            in_progress_within_deadline (int): Started (or blocked), deadline today or later
            not_started (int): Not started, deadline today or later
            overdue (int): Still open after their due day.
            no_deadline (int): Still open, no due date
            overdue_by_days (OverdueBuckets):
            due_within_7_days (int): Open tasks due today or in the next 7 days.
    """

    counted: int
    with_deadline: int
    without_deadline: int
    done_on_time: int
    done_late: int
    in_progress_within_deadline: int
    not_started: int
    overdue: int
    no_deadline: int
    overdue_by_days: OverdueBuckets
    due_within_7_days: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        counted = self.counted

        with_deadline = self.with_deadline

        without_deadline = self.without_deadline

        done_on_time = self.done_on_time

        done_late = self.done_late

        in_progress_within_deadline = self.in_progress_within_deadline

        not_started = self.not_started

        overdue = self.overdue

        no_deadline = self.no_deadline

        overdue_by_days = self.overdue_by_days.to_dict()

        due_within_7_days = self.due_within_7_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "counted": counted,
                "with_deadline": with_deadline,
                "without_deadline": without_deadline,
                "done_on_time": done_on_time,
                "done_late": done_late,
                "in_progress_within_deadline": in_progress_within_deadline,
                "not_started": not_started,
                "overdue": overdue,
                "no_deadline": no_deadline,
                "overdue_by_days": overdue_by_days,
                "due_within_7_days": due_within_7_days,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.overdue_buckets import OverdueBuckets  # noqa: PLC0415

        d = dict(src_dict)
        counted = d.pop("counted")

        with_deadline = d.pop("with_deadline")

        without_deadline = d.pop("without_deadline")

        done_on_time = d.pop("done_on_time")

        done_late = d.pop("done_late")

        in_progress_within_deadline = d.pop("in_progress_within_deadline")

        not_started = d.pop("not_started")

        overdue = d.pop("overdue")

        no_deadline = d.pop("no_deadline")

        overdue_by_days = OverdueBuckets.from_dict(d.pop("overdue_by_days"))

        due_within_7_days = d.pop("due_within_7_days")

        deadline_standing = cls(
            counted=counted,
            with_deadline=with_deadline,
            without_deadline=without_deadline,
            done_on_time=done_on_time,
            done_late=done_late,
            in_progress_within_deadline=in_progress_within_deadline,
            not_started=not_started,
            overdue=overdue,
            no_deadline=no_deadline,
            overdue_by_days=overdue_by_days,
            due_within_7_days=due_within_7_days,
        )

        deadline_standing.additional_properties = d
        return deadline_standing

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
