from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.report_returned_changes import ReportReturnedChanges


T = TypeVar("T", bound="ReportReturned")


@_attrs_define
class ReportReturned:
    """
    Attributes:
        object_ (str): What the event is about: plan, phase, milestone, task, assignment, unit_report, reporting_period,
            review, …
        id (str): The object's id
        plan_id (None | str): The plan it belongs to (null for consultations and feedback)
        period_id (str): The reporting period
        unit_id (str): The unit whose report it is
        changes (ReportReturnedChanges): status before and after
        comment (None | str): What the coordinator asks the unit to correct
    """

    object_: str
    id: str
    plan_id: None | str
    period_id: str
    unit_id: str
    changes: ReportReturnedChanges
    comment: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        id = self.id

        plan_id: None | str
        plan_id = self.plan_id

        period_id = self.period_id

        unit_id = self.unit_id

        changes = self.changes.to_dict()

        comment: None | str
        comment = self.comment

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
                "comment": comment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_returned_changes import ReportReturnedChanges  # noqa: PLC0415

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

        changes = ReportReturnedChanges.from_dict(d.pop("changes"))

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))

        report_returned = cls(
            object_=object_,
            id=id,
            plan_id=plan_id,
            period_id=period_id,
            unit_id=unit_id,
            changes=changes,
            comment=comment,
        )

        report_returned.additional_properties = d
        return report_returned

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
