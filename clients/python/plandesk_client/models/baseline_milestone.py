from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BaselineMilestone")


@_attrs_define
class BaselineMilestone:
    """A milestone's date as the baseline holds it.

    Attributes:
        id (str): The milestone's id.
        title (str): The milestone's title.
        date (datetime.date | None): Its date in the baseline; null when undated.
        range_start (datetime.date | None): First day of the window its date stands for (a month or quarter when
            imprecise); null when undated.
        range_end (datetime.date | None): Last day of that window; null when undated.
    """

    id: str
    title: str
    date: datetime.date | None
    range_start: datetime.date | None
    range_end: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        date: None | str
        if isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        range_start: None | str
        if isinstance(self.range_start, datetime.date):
            range_start = self.range_start.isoformat()
        else:
            range_start = self.range_start

        range_end: None | str
        if isinstance(self.range_end, datetime.date):
            range_end = self.range_end.isoformat()
        else:
            range_end = self.range_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "date": date,
                "range_start": range_start,
                "range_end": range_end,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        def _parse_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.date.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        date = _parse_date(d.pop("date"))

        def _parse_range_start(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                range_start_type_0 = datetime.date.fromisoformat(data)

                return range_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        range_start = _parse_range_start(d.pop("range_start"))

        def _parse_range_end(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                range_end_type_0 = datetime.date.fromisoformat(data)

                return range_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        range_end = _parse_range_end(d.pop("range_end"))

        baseline_milestone = cls(
            id=id,
            title=title,
            date=date,
            range_start=range_start,
            range_end=range_end,
        )

        baseline_milestone.additional_properties = d
        return baseline_milestone

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
