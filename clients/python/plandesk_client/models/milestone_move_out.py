from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MilestoneMoveOut")


@_attrs_define
class MilestoneMoveOut:
    """A milestone whose date moved since the baseline.

    Attributes:
        id (str): The milestone's id.
        title (str): The milestone's title.
        before (datetime.date | None): Its date in the baseline; null when it had none.
        after (datetime.date | None): Its date now; null when it has none.
        shift_days (int | None): Days it moved (positive: later); null when either date is missing.
    """

    id: str
    title: str
    before: datetime.date | None
    after: datetime.date | None
    shift_days: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        before: None | str
        if isinstance(self.before, datetime.date):
            before = self.before.isoformat()
        else:
            before = self.before

        after: None | str
        if isinstance(self.after, datetime.date):
            after = self.after.isoformat()
        else:
            after = self.after

        shift_days: int | None
        shift_days = self.shift_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "before": before,
                "after": after,
                "shift_days": shift_days,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        def _parse_before(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                before_type_0 = datetime.date.fromisoformat(data)

                return before_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        before = _parse_before(d.pop("before"))

        def _parse_after(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                after_type_0 = datetime.date.fromisoformat(data)

                return after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        after = _parse_after(d.pop("after"))

        def _parse_shift_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        shift_days = _parse_shift_days(d.pop("shift_days"))

        milestone_move_out = cls(
            id=id,
            title=title,
            before=before,
            after=after,
            shift_days=shift_days,
        )

        milestone_move_out.additional_properties = d
        return milestone_move_out

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
