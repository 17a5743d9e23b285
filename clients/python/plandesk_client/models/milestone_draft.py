from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.milestone_draft_kind import MilestoneDraftKind
from ..models.milestone_draft_precision_type_0 import MilestoneDraftPrecisionType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.import_warning import ImportWarning_


T = TypeVar("T", bound="MilestoneDraft")


@_attrs_define
class MilestoneDraft:
    """An event or deadline that phase windows and due dates hang on.

    ``date`` is the first day of the period named at ``precision``;
    ``range_start``..``range_end`` is the whole period ("cuối tháng 10/2020"
    → 2020-10-01..2020-10-31). All three are ``None`` when the document never
    dates the event (a warning then says so).

        Attributes:
            key (str): The milestone's key in the draft: date references and phases point to it.
            title (str): What happens ("Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII").
            source_lines (list[int]): First and last line (1-based) of the document where this was read.
            kind (MilestoneDraftKind | Unset): `event` (a congress, a conference), `deadline` or `review`. Default:
                MilestoneDraftKind.EVENT.
            precision (MilestoneDraftPrecisionType0 | None | Unset): How precisely the document dates it: `day`, `month`,
                `quarter` or `year`; null when undated.
            date (datetime.date | None | Unset): The first day of the period named at `precision` (ISO 8601); null when the
                document never dates it.
            range_start (datetime.date | None | Unset): First day of the period the date stands for; null when undated.
            range_end (datetime.date | None | Unset): Last day of that period ("cuối tháng 10/2025" → 2025-10-31); null when
                undated.
            warnings (list[ImportWarning_] | Unset): Where the parser guessed, corrected or skipped something in this item.
    """

    key: str
    title: str
    source_lines: list[int]
    kind: MilestoneDraftKind | Unset = MilestoneDraftKind.EVENT
    precision: MilestoneDraftPrecisionType0 | None | Unset = UNSET
    date: datetime.date | None | Unset = UNSET
    range_start: datetime.date | None | Unset = UNSET
    range_end: datetime.date | None | Unset = UNSET
    warnings: list[ImportWarning_] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        title = self.title

        source_lines = []
        for source_lines_item_data in self.source_lines:
            source_lines_item: int
            source_lines_item = source_lines_item_data
            source_lines.append(source_lines_item)

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        precision: None | str | Unset
        if isinstance(self.precision, Unset):
            precision = UNSET
        elif isinstance(self.precision, MilestoneDraftPrecisionType0):
            precision = self.precision.value
        else:
            precision = self.precision

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        range_start: None | str | Unset
        if isinstance(self.range_start, Unset):
            range_start = UNSET
        elif isinstance(self.range_start, datetime.date):
            range_start = self.range_start.isoformat()
        else:
            range_start = self.range_start

        range_end: None | str | Unset
        if isinstance(self.range_end, Unset):
            range_end = UNSET
        elif isinstance(self.range_end, datetime.date):
            range_end = self.range_end.isoformat()
        else:
            range_end = self.range_end

        warnings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for warnings_item_data in self.warnings:
                warnings_item = warnings_item_data.to_dict()
                warnings.append(warnings_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "key": key,
                "title": title,
                "source_lines": source_lines,
            }
        )
        if kind is not UNSET:
            field_dict["kind"] = kind
        if precision is not UNSET:
            field_dict["precision"] = precision
        if date is not UNSET:
            field_dict["date"] = date
        if range_start is not UNSET:
            field_dict["range_start"] = range_start
        if range_end is not UNSET:
            field_dict["range_end"] = range_end
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_warning import ImportWarning_  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key")

        title = d.pop("title")

        source_lines = []
        _source_lines = d.pop("source_lines")
        for source_lines_item_data in _source_lines:

            def _parse_source_lines_item(data: object) -> int:
                return cast(int, data)

            source_lines_item = _parse_source_lines_item(source_lines_item_data)

            source_lines.append(source_lines_item)

        _kind = d.pop("kind", UNSET)
        kind: MilestoneDraftKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = MilestoneDraftKind(_kind)

        def _parse_precision(data: object) -> MilestoneDraftPrecisionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                precision_type_0 = MilestoneDraftPrecisionType0(data)

                return precision_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MilestoneDraftPrecisionType0 | None | Unset, data)

        precision = _parse_precision(d.pop("precision", UNSET))

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

        def _parse_range_start(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                range_start_type_0 = datetime.date.fromisoformat(data)

                return range_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        range_start = _parse_range_start(d.pop("range_start", UNSET))

        def _parse_range_end(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                range_end_type_0 = datetime.date.fromisoformat(data)

                return range_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        range_end = _parse_range_end(d.pop("range_end", UNSET))

        _warnings = d.pop("warnings", UNSET)
        warnings: list[ImportWarning_] | Unset = UNSET
        if _warnings is not UNSET:
            warnings = []
            for warnings_item_data in _warnings:
                warnings_item = ImportWarning_.from_dict(warnings_item_data)

                warnings.append(warnings_item)

        milestone_draft = cls(
            key=key,
            title=title,
            source_lines=source_lines,
            kind=kind,
            precision=precision,
            date=date,
            range_start=range_start,
            range_end=range_end,
            warnings=warnings,
        )

        return milestone_draft
