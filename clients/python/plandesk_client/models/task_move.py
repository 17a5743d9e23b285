from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TaskMove")


@_attrs_define
class TaskMove:
    """A task whose due date moved since the baseline.

    Attributes:
        id (str): The task's id.
        title (str): The task's title.
        lead_unit_id (str): The unit leading the task (its name is in the answer's `unit_names`).
        due_before (datetime.date | None): Its due date in the baseline; null when it had none.
        due_after (datetime.date | None): Its due date now; null when it has none.
        shift_days (int | None): Positive: later than approved (days lost); negative: earlier
    """

    id: str
    title: str
    lead_unit_id: str
    due_before: datetime.date | None
    due_after: datetime.date | None
    shift_days: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        lead_unit_id = self.lead_unit_id

        due_before: None | str
        if isinstance(self.due_before, datetime.date):
            due_before = self.due_before.isoformat()
        else:
            due_before = self.due_before

        due_after: None | str
        if isinstance(self.due_after, datetime.date):
            due_after = self.due_after.isoformat()
        else:
            due_after = self.due_after

        shift_days: int | None
        shift_days = self.shift_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "lead_unit_id": lead_unit_id,
                "due_before": due_before,
                "due_after": due_after,
                "shift_days": shift_days,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        lead_unit_id = d.pop("lead_unit_id")

        def _parse_due_before(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_before_type_0 = datetime.date.fromisoformat(data)

                return due_before_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        due_before = _parse_due_before(d.pop("due_before"))

        def _parse_due_after(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_after_type_0 = datetime.date.fromisoformat(data)

                return due_after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        due_after = _parse_due_after(d.pop("due_after"))

        def _parse_shift_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        shift_days = _parse_shift_days(d.pop("shift_days"))

        task_move = cls(
            id=id,
            title=title,
            lead_unit_id=lead_unit_id,
            due_before=due_before,
            due_after=due_after,
            shift_days=shift_days,
        )

        task_move.additional_properties = d
        return task_move

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
