from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LegalBasis")


@_attrs_define
class LegalBasis:
    """A document the plan is based on ("Chỉ thị số 35-CT/TW, ngày 30/5/2019").

    Attributes:
        reference (str): The document's number and kind as cited in the plan, e.g. "Chỉ thị số 35-CT/TW". 1–200
            characters.
        date (datetime.date | None | Unset): The date the cited document was issued, when the plan states it (ISO 8601
            date); null when
            unknown.
        title (str | Unset): The cited document's subject as quoted ("về đại hội đảng bộ các cấp …"); empty when the
            plan
            gives none. Default: ''.
    """

    reference: str
    date: datetime.date | None | Unset = UNSET
    title: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        reference = self.reference

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reference": reference,
            }
        )
        if date is not UNSET:
            field_dict["date"] = date
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reference = d.pop("reference")

        def _parse_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.date.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        title = d.pop("title", UNSET)

        legal_basis = cls(
            reference=reference,
            date=date,
            title=title,
        )

        return legal_basis
