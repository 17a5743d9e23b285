from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_urged_status import ReportUrgedStatus

T = TypeVar("T", bound="ReportUrged")


@_attrs_define
class ReportUrged:
    """``id`` is the reporting period; one event per unit urged.

    Attributes:
        object_ (str): What the event is about: plan, phase, milestone, task, assignment, unit_report, reporting_period,
            review, …
        id (str): The object's id
        plan_id (None | str): The plan it belongs to (null for consultations and feedback)
        unit_id (str): The unit to remind (notify its officers)
        urge_id (str):
        report_id (None | str): The unit's report for the period, if it has started one
        status (ReportUrgedStatus): Where the unit's report stands
        due_on (datetime.date):
        message (str): The coordinator's reminder
    """

    object_: str
    id: str
    plan_id: None | str
    unit_id: str
    urge_id: str
    report_id: None | str
    status: ReportUrgedStatus
    due_on: datetime.date
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        id = self.id

        plan_id: None | str
        plan_id = self.plan_id

        unit_id = self.unit_id

        urge_id = self.urge_id

        report_id: None | str
        report_id = self.report_id

        status = self.status.value

        due_on = self.due_on.isoformat()

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "id": id,
                "plan_id": plan_id,
                "unit_id": unit_id,
                "urge_id": urge_id,
                "report_id": report_id,
                "status": status,
                "due_on": due_on,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_ = d.pop("object")

        id = d.pop("id")

        def _parse_plan_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        plan_id = _parse_plan_id(d.pop("plan_id"))

        unit_id = d.pop("unit_id")

        urge_id = d.pop("urge_id")

        def _parse_report_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        report_id = _parse_report_id(d.pop("report_id"))

        status = ReportUrgedStatus(d.pop("status"))

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        message = d.pop("message")

        report_urged = cls(
            object_=object_,
            id=id,
            plan_id=plan_id,
            unit_id=unit_id,
            urge_id=urge_id,
            report_id=report_id,
            status=status,
            due_on=due_on,
            message=message,
        )

        report_urged.additional_properties = d
        return report_urged

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
