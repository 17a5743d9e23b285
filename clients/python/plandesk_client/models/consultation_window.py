from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConsultationWindow")


@_attrs_define
class ConsultationWindow:
    """
    Attributes:
        object_ (str): What the event is about: plan, phase, milestone, task, assignment, unit_report, reporting_period,
            review, …
        id (str): The object's id
        plan_id (None | str): The plan it belongs to (null for consultations and feedback)
        title (str):
        document_id (str):
        opens_at (datetime.datetime):
        closes_at (datetime.datetime):
    """

    object_: str
    id: str
    plan_id: None | str
    title: str
    document_id: str
    opens_at: datetime.datetime
    closes_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        id = self.id

        plan_id: None | str
        plan_id = self.plan_id

        title = self.title

        document_id = self.document_id

        opens_at = self.opens_at.isoformat()

        closes_at = self.closes_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "id": id,
                "plan_id": plan_id,
                "title": title,
                "document_id": document_id,
                "opens_at": opens_at,
                "closes_at": closes_at,
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

        document_id = d.pop("document_id")

        opens_at = datetime.datetime.fromisoformat(d.pop("opens_at"))

        closes_at = datetime.datetime.fromisoformat(d.pop("closes_at"))

        consultation_window = cls(
            object_=object_,
            id=id,
            plan_id=plan_id,
            title=title,
            document_id=document_id,
            opens_at=opens_at,
            closes_at=closes_at,
        )

        consultation_window.additional_properties = d
        return consultation_window

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
