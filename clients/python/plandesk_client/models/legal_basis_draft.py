from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LegalBasisDraft")


@_attrs_define
class LegalBasisDraft:
    """A document the plan is based on ("Căn cứ Chỉ thị số 35-CT/TW, ngày 30/5/2019 …").

    Attributes:
        reference (str): The cited document's number ("Chỉ thị số 45-CT/TW").
        title (str): What the cited document is about, as the plan quotes it.
        source_lines (list[int]): First and last line (1-based) of the document where this was read.
        date (datetime.date | None | Unset): The date the cited document was issued (ISO 8601); null when the plan does
            not give it.
        issuer (None | str | Unset): Who issued the cited document ("Bộ Chính trị"); null when not stated.
    """

    reference: str
    title: str
    source_lines: list[int]
    date: datetime.date | None | Unset = UNSET
    issuer: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        reference = self.reference

        title = self.title

        source_lines = []
        for source_lines_item_data in self.source_lines:
            source_lines_item: int
            source_lines_item = source_lines_item_data
            source_lines.append(source_lines_item)

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        issuer: None | str | Unset
        if isinstance(self.issuer, Unset):
            issuer = UNSET
        else:
            issuer = self.issuer

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reference": reference,
                "title": title,
                "source_lines": source_lines,
            }
        )
        if date is not UNSET:
            field_dict["date"] = date
        if issuer is not UNSET:
            field_dict["issuer"] = issuer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reference = d.pop("reference")

        title = d.pop("title")

        source_lines = []
        _source_lines = d.pop("source_lines")
        for source_lines_item_data in _source_lines:

            def _parse_source_lines_item(data: object) -> int:
                return cast(int, data)

            source_lines_item = _parse_source_lines_item(source_lines_item_data)

            source_lines.append(source_lines_item)

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

        def _parse_issuer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        issuer = _parse_issuer(d.pop("issuer", UNSET))

        legal_basis_draft = cls(
            reference=reference,
            title=title,
            source_lines=source_lines,
            date=date,
            issuer=issuer,
        )

        return legal_basis_draft
