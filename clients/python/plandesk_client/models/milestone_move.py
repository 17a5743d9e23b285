from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.milestone_move_precision_type_0 import MilestoneMovePrecisionType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="MilestoneMove")


@_attrs_define
class MilestoneMove:
    """A new date for the milestone; ``precision`` defaults to its current one.

    Attributes:
        date (datetime.date): The new date (ISO 8601), inside the period the milestone is now expected in.
        precision (MilestoneMovePrecisionType0 | None | Unset): The precision of the new date (`day`, `month`,
            `quarter`, `year`); null keeps the milestone's
            current precision.
    """

    date: datetime.date
    precision: MilestoneMovePrecisionType0 | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        precision: None | str | Unset
        if isinstance(self.precision, Unset):
            precision = UNSET
        elif isinstance(self.precision, MilestoneMovePrecisionType0):
            precision = self.precision.value
        else:
            precision = self.precision

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "date": date,
            }
        )
        if precision is not UNSET:
            field_dict["precision"] = precision

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("date"))

        def _parse_precision(data: object) -> MilestoneMovePrecisionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                precision_type_0 = MilestoneMovePrecisionType0(data)

                return precision_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MilestoneMovePrecisionType0 | None | Unset, data)

        precision = _parse_precision(d.pop("precision", UNSET))

        milestone_move = cls(
            date=date,
            precision=precision,
        )

        return milestone_move
