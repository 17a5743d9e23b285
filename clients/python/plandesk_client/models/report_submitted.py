from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.report_submitted_changes import ReportSubmittedChanges


T = TypeVar("T", bound="ReportSubmitted")


@_attrs_define
class ReportSubmitted:
    """
    Attributes:
        object_ (str): What the event is about: plan, phase, milestone, task, assignment, unit_report, reporting_period,
            review, …
        id (str): The object's id
        plan_id (None | str): The plan it belongs to (null for consultations and feedback)
        period_id (str): The reporting period
        unit_id (str): The unit whose report it is
        changes (ReportSubmittedChanges): status before and after
        submitted_on (datetime.date): The day of submission in the plan's calendar
        due_on (datetime.date):
        late (bool): First submitted after the due day (judged on the first submission)
    """

    object_: str
    id: str
    plan_id: None | str
    period_id: str
    unit_id: str
    changes: ReportSubmittedChanges
    submitted_on: datetime.date
    due_on: datetime.date
    late: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        id = self.id

        plan_id: None | str
        plan_id = self.plan_id

        period_id = self.period_id

        unit_id = self.unit_id

        changes = self.changes.to_dict()

        submitted_on = self.submitted_on.isoformat()

        due_on = self.due_on.isoformat()

        late = self.late

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "id": id,
                "plan_id": plan_id,
                "period_id": period_id,
                "unit_id": unit_id,
                "changes": changes,
                "submitted_on": submitted_on,
                "due_on": due_on,
                "late": late,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_submitted_changes import ReportSubmittedChanges  # noqa: PLC0415

        d = dict(src_dict)
        object_ = d.pop("object")

        id = d.pop("id")

        def _parse_plan_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        plan_id = _parse_plan_id(d.pop("plan_id"))

        period_id = d.pop("period_id")

        unit_id = d.pop("unit_id")

        changes = ReportSubmittedChanges.from_dict(d.pop("changes"))

        submitted_on = datetime.date.fromisoformat(d.pop("submitted_on"))

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        late = d.pop("late")

        report_submitted = cls(
            object_=object_,
            id=id,
            plan_id=plan_id,
            period_id=period_id,
            unit_id=unit_id,
            changes=changes,
            submitted_on=submitted_on,
            due_on=due_on,
            late=late,
        )

        report_submitted.additional_properties = d
        return report_submitted

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
