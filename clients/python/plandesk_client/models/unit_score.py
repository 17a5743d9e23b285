from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UnitScore")


@_attrs_define
class UnitScore:
    """
    Attributes:
        unit_id (UUID): The unit.
        name (None | str): The unit's name ("Ban Tuyên giáo Tỉnh ủy"); null if the unit was deleted.
        short_name (None | str): The unit's short name ("BTG"), if it has one.
        assignments (int): All the unit's assignments in the plan, cancelled ones included.
        lead (int): Of which the unit leads (role `lead`).
        done (int): Assignments done.
        done_on_time (int): Done by the task's due day.
        done_late (int): Done after the task's due day.
        overdue (int): Open assignments whose task is past its deadline.
        open_ (int): Assignments neither done nor cancelled.
        not_started (int): Open, not started, not overdue
        in_progress (int): Open, started or blocked or without a deadline, not overdue
        counted (int): Assignments not cancelled: done + overdue + not_started + in_progress
        average_percent (float): Average percent done over the counted assignments (0–100).
        completion_rate (float): Done ÷ counted assignments, from 0 to 1.
    """

    unit_id: UUID
    name: None | str
    short_name: None | str
    assignments: int
    lead: int
    done: int
    done_on_time: int
    done_late: int
    overdue: int
    open_: int
    not_started: int
    in_progress: int
    counted: int
    average_percent: float
    completion_rate: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unit_id = str(self.unit_id)

        name: None | str
        name = self.name

        short_name: None | str
        short_name = self.short_name

        assignments = self.assignments

        lead = self.lead

        done = self.done

        done_on_time = self.done_on_time

        done_late = self.done_late

        overdue = self.overdue

        open_ = self.open_

        not_started = self.not_started

        in_progress = self.in_progress

        counted = self.counted

        average_percent = self.average_percent

        completion_rate = self.completion_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "unit_id": unit_id,
                "name": name,
                "short_name": short_name,
                "assignments": assignments,
                "lead": lead,
                "done": done,
                "done_on_time": done_on_time,
                "done_late": done_late,
                "overdue": overdue,
                "open": open_,
                "not_started": not_started,
                "in_progress": in_progress,
                "counted": counted,
                "average_percent": average_percent,
                "completion_rate": completion_rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unit_id = UUID(d.pop("unit_id"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_short_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        short_name = _parse_short_name(d.pop("short_name"))

        assignments = d.pop("assignments")

        lead = d.pop("lead")

        done = d.pop("done")

        done_on_time = d.pop("done_on_time")

        done_late = d.pop("done_late")

        overdue = d.pop("overdue")

        open_ = d.pop("open")

        not_started = d.pop("not_started")

        in_progress = d.pop("in_progress")

        counted = d.pop("counted")

        average_percent = d.pop("average_percent")

        completion_rate = d.pop("completion_rate")

        unit_score = cls(
            unit_id=unit_id,
            name=name,
            short_name=short_name,
            assignments=assignments,
            lead=lead,
            done=done,
            done_on_time=done_on_time,
            done_late=done_late,
            overdue=overdue,
            open_=open_,
            not_started=not_started,
            in_progress=in_progress,
            counted=counted,
            average_percent=average_percent,
            completion_rate=completion_rate,
        )

        unit_score.additional_properties = d
        return unit_score

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
