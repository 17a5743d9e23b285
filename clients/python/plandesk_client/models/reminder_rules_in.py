from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReminderRulesIn")


@_attrs_define
class ReminderRulesIn:
    """
    Attributes:
        offsets (list[int]): When the assigned units' officers are reminded, in days from the resolved due date (−365 to
            365,
            at most 20; sorted, duplicates dropped): -7 a week before, 0 the day, 3 three days overdue.
        weekly_overdue (bool | Unset): After the last offset, remind every 7 days while the work stays overdue. Default:
            True.
        escalate_after_days (int | None | Unset): Overdue this many days (1–365, default 5): the plan's coordinators and
            the unit's head are told.
            Null: never escalate. Default: 5.
        include_support (bool | Unset): Remind the supporting units' officers too, not only the lead unit's. Default:
            True.
    """

    offsets: list[int]
    weekly_overdue: bool | Unset = True
    escalate_after_days: int | None | Unset = 5
    include_support: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        offsets = self.offsets

        weekly_overdue = self.weekly_overdue

        escalate_after_days: int | None | Unset
        if isinstance(self.escalate_after_days, Unset):
            escalate_after_days = UNSET
        else:
            escalate_after_days = self.escalate_after_days

        include_support = self.include_support

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "offsets": offsets,
            }
        )
        if weekly_overdue is not UNSET:
            field_dict["weekly_overdue"] = weekly_overdue
        if escalate_after_days is not UNSET:
            field_dict["escalate_after_days"] = escalate_after_days
        if include_support is not UNSET:
            field_dict["include_support"] = include_support

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        offsets = cast(list[int], d.pop("offsets"))

        weekly_overdue = d.pop("weekly_overdue", UNSET)

        def _parse_escalate_after_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        escalate_after_days = _parse_escalate_after_days(d.pop("escalate_after_days", UNSET))

        include_support = d.pop("include_support", UNSET)

        reminder_rules_in = cls(
            offsets=offsets,
            weekly_overdue=weekly_overdue,
            escalate_after_days=escalate_after_days,
            include_support=include_support,
        )

        return reminder_rules_in
