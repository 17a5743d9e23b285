from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TaskCreated")


@_attrs_define
class TaskCreated:
    """
    Attributes:
        object_ (str): What the event is about: plan, phase, milestone, task, assignment, unit_report, reporting_period,
            review, …
        id (str): The object's id
        plan_id (None | str): The plan it belongs to (null for consultations and feedback)
        title (str):
        phase_id (None | str):
        lead_unit_id (str):
        supporting_unit_ids (list[str]):
        due_date (datetime.date | None):
    """

    object_: str
    id: str
    plan_id: None | str
    title: str
    phase_id: None | str
    lead_unit_id: str
    supporting_unit_ids: list[str]
    due_date: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        id = self.id

        plan_id: None | str
        plan_id = self.plan_id

        title = self.title

        phase_id: None | str
        phase_id = self.phase_id

        lead_unit_id = self.lead_unit_id

        supporting_unit_ids = self.supporting_unit_ids

        due_date: None | str
        if isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "id": id,
                "plan_id": plan_id,
                "title": title,
                "phase_id": phase_id,
                "lead_unit_id": lead_unit_id,
                "supporting_unit_ids": supporting_unit_ids,
                "due_date": due_date,
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

        title = d.pop("title")

        def _parse_phase_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phase_id = _parse_phase_id(d.pop("phase_id"))

        lead_unit_id = d.pop("lead_unit_id")

        supporting_unit_ids = cast(list[str], d.pop("supporting_unit_ids"))

        def _parse_due_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.date.fromisoformat(data)

                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        due_date = _parse_due_date(d.pop("due_date"))

        task_created = cls(
            object_=object_,
            id=id,
            plan_id=plan_id,
            title=title,
            phase_id=phase_id,
            lead_unit_id=lead_unit_id,
            supporting_unit_ids=supporting_unit_ids,
            due_date=due_date,
        )

        task_created.additional_properties = d
        return task_created

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
