from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.milestone_update_kind_type_0 import MilestoneUpdateKindType0
from ..models.milestone_update_precision_type_0 import MilestoneUpdatePrecisionType0
from ..models.milestone_update_status_type_0 import MilestoneUpdateStatusType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="MilestoneUpdate")


@_attrs_define
class MilestoneUpdate:
    """
    Attributes:
        title (None | str | Unset): What the milestone is, in the plan's words ("Đại hội đại biểu Đảng bộ tỉnh lần thứ
            XVII"), 1–1000
            characters.
        description (None | str | Unset): Free notes on the milestone (where, who convenes it, how the date is known);
            null when none. At
            most 5000 characters.
        kind (MilestoneUpdateKindType0 | None | Unset): What sort of milestone: `event` (something that happens, e.g. a
            congress, on which phase windows
            hang), `deadline` (a date by which something is due) or `review` (an interim or final review, "sơ
            kết, tổng kết").
        date (datetime.date | None | Unset): A date inside the period the milestone is known to (ISO 8601). With
            precision `month`, any day of
            that month stands for the whole month; null while the date is not known at all.
        precision (MilestoneUpdatePrecisionType0 | None | Unset): How precisely the date is known: `day`, `month` ("cuối
            tháng 10/2025"), `quarter` ("Quý I/2026")
            or `year`. Defaults to `day` when a date is given; must be null without a date.
        status (MilestoneUpdateStatusType0 | None | Unset): `planned` (expected on its date), `done` (has taken place)
            or `moved` (its date was changed after
            planning; see the audit log for the old one).
    """

    title: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    kind: MilestoneUpdateKindType0 | None | Unset = UNSET
    date: datetime.date | None | Unset = UNSET
    precision: MilestoneUpdatePrecisionType0 | None | Unset = UNSET
    status: MilestoneUpdateStatusType0 | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, MilestoneUpdateKindType0):
            kind = self.kind.value
        else:
            kind = self.kind

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        precision: None | str | Unset
        if isinstance(self.precision, Unset):
            precision = UNSET
        elif isinstance(self.precision, MilestoneUpdatePrecisionType0):
            precision = self.precision.value
        else:
            precision = self.precision

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, MilestoneUpdateStatusType0):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if kind is not UNSET:
            field_dict["kind"] = kind
        if date is not UNSET:
            field_dict["date"] = date
        if precision is not UNSET:
            field_dict["precision"] = precision
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_kind(data: object) -> MilestoneUpdateKindType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = MilestoneUpdateKindType0(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MilestoneUpdateKindType0 | None | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))

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

        def _parse_precision(data: object) -> MilestoneUpdatePrecisionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                precision_type_0 = MilestoneUpdatePrecisionType0(data)

                return precision_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MilestoneUpdatePrecisionType0 | None | Unset, data)

        precision = _parse_precision(d.pop("precision", UNSET))

        def _parse_status(data: object) -> MilestoneUpdateStatusType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = MilestoneUpdateStatusType0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MilestoneUpdateStatusType0 | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        milestone_update = cls(
            title=title,
            description=description,
            kind=kind,
            date=date,
            precision=precision,
            status=status,
        )

        return milestone_update
