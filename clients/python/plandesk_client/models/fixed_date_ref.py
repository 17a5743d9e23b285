from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="FixedDateRef")


@_attrs_define
class FixedDateRef:
    """A window end or deadline on a calendar date.

    Attributes:
        date (datetime.date): The calendar date (ISO 8601).
        kind (Literal['fixed'] | Unset): Always `fixed`: the date is a calendar date. Default: 'fixed'.
    """

    date: datetime.date
    kind: Literal["fixed"] | Unset = "fixed"

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        kind = self.kind

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "date": date,
            }
        )
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("date"))

        kind = cast(Literal["fixed"] | Unset, d.pop("kind", UNSET))
        if kind != "fixed" and not isinstance(kind, Unset):
            raise ValueError(f"kind must match const 'fixed', got '{kind}'")

        fixed_date_ref = cls(
            date=date,
            kind=kind,
        )

        return fixed_date_ref
