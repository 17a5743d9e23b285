from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dashboard_assignments_by_status import DashboardAssignmentsByStatus
    from ..models.dashboard_tasks_by_status import DashboardTasksByStatus
    from ..models.deadline_standing import DeadlineStanding
    from ..models.phase_completion import PhaseCompletion
    from ..models.unit_score import UnitScore
    from ..models.upcoming import Upcoming


T = TypeVar("T", bound="Dashboard")


@_attrs_define
class Dashboard:
    """
    Attributes:
        plan_id (UUID): The plan.
        today (datetime.date): Today's date in the plan's time zone: the day overdue and due-soon are reckoned from.
        timezone (str): The IANA zone whose calendar day `today` is (the plan's)
        tasks_total (int): All the plan's tasks, cancelled ones included.
        tasks_by_status (DashboardTasksByStatus): Number of tasks per derived status (`not_started`, `in_progress`,
            `done`, `blocked`,
            `cancelled`); statuses with none are 0.
        assignments_by_status (DashboardAssignmentsByStatus): Number of assignments per status, as for tasks.
        deadlines (DeadlineStanding): Tasks by deadline standing, as agencies report it (cancelled tasks left out).

            ``done_on_time + done_late + in_progress_within_deadline + not_started + overdue
            + no_deadline == counted``: each task not cancelled is in exactly one of them, the
            same one the task list's ``standing`` filter puts it in.
        units (list[UnitScore]): One score line per unit with assignments in the plan.
        phases (list[PhaseCompletion]): Completion per phase, in reading order, then the tasks without a phase.
        next_14_days (Upcoming):
    """

    plan_id: UUID
    today: datetime.date
    timezone: str
    tasks_total: int
    tasks_by_status: DashboardTasksByStatus
    assignments_by_status: DashboardAssignmentsByStatus
    deadlines: DeadlineStanding
    units: list[UnitScore]
    phases: list[PhaseCompletion]
    next_14_days: Upcoming
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_id = str(self.plan_id)

        today = self.today.isoformat()

        timezone = self.timezone

        tasks_total = self.tasks_total

        tasks_by_status = self.tasks_by_status.to_dict()

        assignments_by_status = self.assignments_by_status.to_dict()

        deadlines = self.deadlines.to_dict()

        units = []
        for units_item_data in self.units:
            units_item = units_item_data.to_dict()
            units.append(units_item)

        phases = []
        for phases_item_data in self.phases:
            phases_item = phases_item_data.to_dict()
            phases.append(phases_item)

        next_14_days = self.next_14_days.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan_id": plan_id,
                "today": today,
                "timezone": timezone,
                "tasks_total": tasks_total,
                "tasks_by_status": tasks_by_status,
                "assignments_by_status": assignments_by_status,
                "deadlines": deadlines,
                "units": units,
                "phases": phases,
                "next_14_days": next_14_days,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dashboard_assignments_by_status import DashboardAssignmentsByStatus  # noqa: PLC0415
        from ..models.dashboard_tasks_by_status import DashboardTasksByStatus  # noqa: PLC0415
        from ..models.deadline_standing import DeadlineStanding  # noqa: PLC0415
        from ..models.phase_completion import PhaseCompletion  # noqa: PLC0415
        from ..models.unit_score import UnitScore  # noqa: PLC0415
        from ..models.upcoming import Upcoming  # noqa: PLC0415

        d = dict(src_dict)
        plan_id = UUID(d.pop("plan_id"))

        today = datetime.date.fromisoformat(d.pop("today"))

        timezone = d.pop("timezone")

        tasks_total = d.pop("tasks_total")

        tasks_by_status = DashboardTasksByStatus.from_dict(d.pop("tasks_by_status"))

        assignments_by_status = DashboardAssignmentsByStatus.from_dict(d.pop("assignments_by_status"))

        deadlines = DeadlineStanding.from_dict(d.pop("deadlines"))

        units = []
        _units = d.pop("units")
        for units_item_data in _units:
            units_item = UnitScore.from_dict(units_item_data)

            units.append(units_item)

        phases = []
        _phases = d.pop("phases")
        for phases_item_data in _phases:
            phases_item = PhaseCompletion.from_dict(phases_item_data)

            phases.append(phases_item)

        next_14_days = Upcoming.from_dict(d.pop("next_14_days"))

        dashboard = cls(
            plan_id=plan_id,
            today=today,
            timezone=timezone,
            tasks_total=tasks_total,
            tasks_by_status=tasks_by_status,
            assignments_by_status=assignments_by_status,
            deadlines=deadlines,
            units=units,
            phases=phases,
            next_14_days=next_14_days,
        )

        dashboard.additional_properties = d
        return dashboard

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
