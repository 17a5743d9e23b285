from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WindowConflict")


@_attrs_define
class WindowConflict:
    """
    Attributes:
        phase_id (UUID): The phase whose window would move.
        label (str): The phase's label ("II", "3.1").
        title (str): The phase's title.
        start_date (datetime.date | None): The phase's start date after the move.
        end_date (datetime.date | None): The phase's end date after the move (before its start: the conflict).
        message (str): Why the window would no longer make sense, in words for the coordinator (e.g. "ends before it
            starts").
    """

    phase_id: UUID
    label: str
    title: str
    start_date: datetime.date | None
    end_date: datetime.date | None
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phase_id = str(self.phase_id)

        label = self.label

        title = self.title

        start_date: None | str
        if isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        end_date: None | str
        if isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phase_id": phase_id,
                "label": label,
                "title": title,
                "start_date": start_date,
                "end_date": end_date,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phase_id = UUID(d.pop("phase_id"))

        label = d.pop("label")

        title = d.pop("title")

        def _parse_start_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        start_date = _parse_start_date(d.pop("start_date"))

        def _parse_end_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        end_date = _parse_end_date(d.pop("end_date"))

        message = d.pop("message")

        window_conflict = cls(
            phase_id=phase_id,
            label=label,
            title=title,
            start_date=start_date,
            end_date=end_date,
            message=message,
        )

        window_conflict.additional_properties = d
        return window_conflict

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
