from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MeetingIn")


@_attrs_define
class MeetingIn:
    """The meeting where the opinions were gathered (hội nghị lấy ý kiến).

    Attributes:
        title (str): The meeting's name, as in its minutes.
        held_on (datetime.date): The day the meeting was held (local calendar date).
        location (None | str | Unset): Where it was held; optional.
    """

    title: str
    held_on: datetime.date
    location: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        held_on = self.held_on.isoformat()

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "held_on": held_on,
            }
        )
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        held_on = datetime.date.fromisoformat(d.pop("held_on"))

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        meeting_in = cls(
            title=title,
            held_on=held_on,
            location=location,
        )

        return meeting_in
