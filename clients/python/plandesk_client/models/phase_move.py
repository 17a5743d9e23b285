from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PhaseMove")


@_attrs_define
class PhaseMove:
    """A phase whose window moved since the baseline.

    Attributes:
        id (str): The phase's id.
        label (str): The phase's label as printed in the plan ("I", "II").
        title (str): The phase's title.
        start_before (datetime.date | None): Its start in the baseline; null when it had none.
        start_after (datetime.date | None): Its start now; null when it has none.
        start_shift_days (int | None): Days the start moved (positive: later); null when either date is missing.
        end_before (datetime.date | None): Its end in the baseline; null when it had none.
        end_after (datetime.date | None): Its end now; null when it has none.
        end_shift_days (int | None): Days the end moved (positive: later); null when either date is missing.
    """

    id: str
    label: str
    title: str
    start_before: datetime.date | None
    start_after: datetime.date | None
    start_shift_days: int | None
    end_before: datetime.date | None
    end_after: datetime.date | None
    end_shift_days: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        label = self.label

        title = self.title

        start_before: None | str
        if isinstance(self.start_before, datetime.date):
            start_before = self.start_before.isoformat()
        else:
            start_before = self.start_before

        start_after: None | str
        if isinstance(self.start_after, datetime.date):
            start_after = self.start_after.isoformat()
        else:
            start_after = self.start_after

        start_shift_days: int | None
        start_shift_days = self.start_shift_days

        end_before: None | str
        if isinstance(self.end_before, datetime.date):
            end_before = self.end_before.isoformat()
        else:
            end_before = self.end_before

        end_after: None | str
        if isinstance(self.end_after, datetime.date):
            end_after = self.end_after.isoformat()
        else:
            end_after = self.end_after

        end_shift_days: int | None
        end_shift_days = self.end_shift_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "label": label,
                "title": title,
                "start_before": start_before,
                "start_after": start_after,
                "start_shift_days": start_shift_days,
                "end_before": end_before,
                "end_after": end_after,
                "end_shift_days": end_shift_days,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        label = d.pop("label")

        title = d.pop("title")

        def _parse_start_before(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_before_type_0 = datetime.date.fromisoformat(data)

                return start_before_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        start_before = _parse_start_before(d.pop("start_before"))

        def _parse_start_after(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_after_type_0 = datetime.date.fromisoformat(data)

                return start_after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        start_after = _parse_start_after(d.pop("start_after"))

        def _parse_start_shift_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        start_shift_days = _parse_start_shift_days(d.pop("start_shift_days"))

        def _parse_end_before(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_before_type_0 = datetime.date.fromisoformat(data)

                return end_before_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        end_before = _parse_end_before(d.pop("end_before"))

        def _parse_end_after(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_after_type_0 = datetime.date.fromisoformat(data)

                return end_after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        end_after = _parse_end_after(d.pop("end_after"))

        def _parse_end_shift_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        end_shift_days = _parse_end_shift_days(d.pop("end_shift_days"))

        phase_move = cls(
            id=id,
            label=label,
            title=title,
            start_before=start_before,
            start_after=start_after,
            start_shift_days=start_shift_days,
            end_before=end_before,
            end_after=end_after,
            end_shift_days=end_shift_days,
        )

        phase_move.additional_properties = d
        return phase_move

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
