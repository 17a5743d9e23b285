from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.recurrence_draft_frequency import RecurrenceDraftFrequency
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecurrenceDraft")


@_attrs_define
class RecurrenceDraft:
    """A deadline that comes back ("định kỳ hằng tháng, trước ngày 25"; "tháng 6 và tháng 12 hằng năm").

    ``months`` are the months it falls in (all twelve for a monthly report);
    ``day`` the day of the month it is due by, ``None`` for the month's end.

        Attributes:
            frequency (RecurrenceDraftFrequency): How often: `weekly`, `monthly`, `quarterly`, `half_yearly` or `yearly`.
            months (list[int]): The months (1–12) the deadline falls in; all twelve for a monthly report.
            text (str): The phrase as the document writes it
            day (int | None | Unset): The day of the month it is due by; null for the month's last day.
    """

    frequency: RecurrenceDraftFrequency
    months: list[int]
    text: str
    day: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        frequency = self.frequency.value

        months = self.months

        text = self.text

        day: int | None | Unset
        if isinstance(self.day, Unset):
            day = UNSET
        else:
            day = self.day

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "frequency": frequency,
                "months": months,
                "text": text,
            }
        )
        if day is not UNSET:
            field_dict["day"] = day

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        frequency = RecurrenceDraftFrequency(d.pop("frequency"))

        months = cast(list[int], d.pop("months"))

        text = d.pop("text")

        def _parse_day(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        day = _parse_day(d.pop("day", UNSET))

        recurrence_draft = cls(
            frequency=frequency,
            months=months,
            text=text,
            day=day,
        )

        return recurrence_draft
