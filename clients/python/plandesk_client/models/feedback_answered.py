from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FeedbackAnswered")


@_attrs_define
class FeedbackAnswered:
    """
    Attributes:
        object_ (str): What the event is about: plan, phase, milestone, task, assignment, unit_report, reporting_period,
            review, …
        id (str): The object's id
        plan_id (None | str): The plan it belongs to (null for consultations and feedback)
        consultation_id (str):
        status (str):
        response (str): The official answer (never the contributor's contact details)
    """

    object_: str
    id: str
    plan_id: None | str
    consultation_id: str
    status: str
    response: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        id = self.id

        plan_id: None | str
        plan_id = self.plan_id

        consultation_id = self.consultation_id

        status = self.status

        response = self.response

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "id": id,
                "plan_id": plan_id,
                "consultation_id": consultation_id,
                "status": status,
                "response": response,
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

        consultation_id = d.pop("consultation_id")

        status = d.pop("status")

        response = d.pop("response")

        feedback_answered = cls(
            object_=object_,
            id=id,
            plan_id=plan_id,
            consultation_id=consultation_id,
            status=status,
            response=response,
        )

        feedback_answered.additional_properties = d
        return feedback_answered

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
