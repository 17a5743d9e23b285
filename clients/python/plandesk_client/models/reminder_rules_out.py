from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReminderRulesOut")


@_attrs_define
class ReminderRulesOut:
    """
    Attributes:
        plan_id (UUID): The plan the schedule is for.
        offsets (list[int]): Reminder days from the resolved due date, sorted: -7 a week before, 0 the day, 3 three days
            overdue.
        weekly_overdue (bool): After the last offset, a reminder every 7 days while the work stays overdue.
        escalate_after_days (int | None): Overdue this many days: the plan's coordinators and the unit's head are told;
            null: never.
        include_support (bool): Supporting units' officers are reminded too.
        is_default (bool): True while the plan uses the default schedule (-7, -1, 0, 1, 3, 7; weekly; escalate after 5
            days): it has never been saved.
    """

    plan_id: UUID
    offsets: list[int]
    weekly_overdue: bool
    escalate_after_days: int | None
    include_support: bool
    is_default: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_id = str(self.plan_id)

        offsets = self.offsets

        weekly_overdue = self.weekly_overdue

        escalate_after_days: int | None
        escalate_after_days = self.escalate_after_days

        include_support = self.include_support

        is_default = self.is_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan_id": plan_id,
                "offsets": offsets,
                "weekly_overdue": weekly_overdue,
                "escalate_after_days": escalate_after_days,
                "include_support": include_support,
                "is_default": is_default,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        plan_id = UUID(d.pop("plan_id"))

        offsets = cast(list[int], d.pop("offsets"))

        weekly_overdue = d.pop("weekly_overdue")

        def _parse_escalate_after_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        escalate_after_days = _parse_escalate_after_days(d.pop("escalate_after_days"))

        include_support = d.pop("include_support")

        is_default = d.pop("is_default")

        reminder_rules_out = cls(
            plan_id=plan_id,
            offsets=offsets,
            weekly_overdue=weekly_overdue,
            escalate_after_days=escalate_after_days,
            include_support=include_support,
            is_default=is_default,
        )

        reminder_rules_out.additional_properties = d
        return reminder_rules_out

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
