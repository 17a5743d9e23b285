from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReviewIssueIn")


@_attrs_define
class ReviewIssueIn:
    """Issue the review as it reads now.

    Attributes:
        issued_on (datetime.date | None | Unset): Default: today in the plan's calendar
    """

    issued_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        issued_on: None | str | Unset
        if isinstance(self.issued_on, Unset):
            issued_on = UNSET
        elif isinstance(self.issued_on, datetime.date):
            issued_on = self.issued_on.isoformat()
        else:
            issued_on = self.issued_on

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if issued_on is not UNSET:
            field_dict["issued_on"] = issued_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_issued_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                issued_on_type_0 = datetime.date.fromisoformat(data)

                return issued_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        issued_on = _parse_issued_on(d.pop("issued_on", UNSET))

        review_issue_in = cls(
            issued_on=issued_on,
        )

        return review_issue_in
