from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="FixedDate")


@_attrs_define
class FixedDate:
    """A calendar date: ``{"kind": "fixed", "date": "2020-04-15"}``.

    Attributes:
        kind (Literal['fixed']): Always `fixed`: this date does not depend on a milestone.
        date (datetime.date): The calendar date (ISO 8601, YYYY-MM-DD), in the plan's time zone; a deadline falls due at
            the
            end of that local day.
    """

    kind: Literal["fixed"]
    date: datetime.date

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        date = self.date.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "date": date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = cast(Literal["fixed"], d.pop("kind"))
        if kind != "fixed":
            raise ValueError(f"kind must match const 'fixed', got '{kind}'")

        date = datetime.date.fromisoformat(d.pop("date"))

        fixed_date = cls(
            kind=kind,
            date=date,
        )

        return fixed_date
