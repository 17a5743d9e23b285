from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.board_counts import BoardCounts
    from ..models.board_row import BoardRow
    from ..models.period_out import PeriodOut


T = TypeVar("T", bound="PeriodBoardOut")


@_attrs_define
class PeriodBoardOut:
    """Who has reported for the period, who is missing, who is late.

    Attributes:
        period (PeriodOut): A reporting period: the span a unit report covers and the day it is due.
        today (datetime.date): Today in the plan's calendar, the day lateness is reckoned at.
        counts (BoardCounts): The board's totals.
        units (list[BoardRow]): A row per unit: missing first, then draft, returned, submitted, accepted; the latest
            first within
            each, then by name.
    """

    period: PeriodOut
    today: datetime.date
    counts: BoardCounts
    units: list[BoardRow]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period = self.period.to_dict()

        today = self.today.isoformat()

        counts = self.counts.to_dict()

        units = []
        for units_item_data in self.units:
            units_item = units_item_data.to_dict()
            units.append(units_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period": period,
                "today": today,
                "counts": counts,
                "units": units,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.board_counts import BoardCounts  # noqa: PLC0415
        from ..models.board_row import BoardRow  # noqa: PLC0415
        from ..models.period_out import PeriodOut  # noqa: PLC0415

        d = dict(src_dict)
        period = PeriodOut.from_dict(d.pop("period"))

        today = datetime.date.fromisoformat(d.pop("today"))

        counts = BoardCounts.from_dict(d.pop("counts"))

        units = []
        _units = d.pop("units")
        for units_item_data in _units:
            units_item = BoardRow.from_dict(units_item_data)

            units.append(units_item)

        period_board_out = cls(
            period=period,
            today=today,
            counts=counts,
            units=units,
        )

        period_board_out.additional_properties = d
        return period_board_out

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
