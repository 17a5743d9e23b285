from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.milestone_create_kind import MilestoneCreateKind
from ..models.milestone_create_precision_type_0 import MilestoneCreatePrecisionType0
from ..models.milestone_create_status import MilestoneCreateStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="MilestoneCreate")


@_attrs_define
class MilestoneCreate:
    """A milestone; ``date`` with a ``precision`` ("month": any day of that month).

    Attributes:
        title (str): What the milestone is, in the plan's words ("Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII"), 1–1000
            characters.
        description (None | str | Unset): Free notes on the milestone (where, who convenes it, how the date is known);
            null when none. At
            most 5000 characters.
        kind (MilestoneCreateKind | Unset): What sort of milestone: `event` (something that happens, e.g. a congress, on
            which phase windows
            hang), `deadline` (a date by which something is due) or `review` (an interim or final review, "sơ
            kết, tổng kết"). Default: MilestoneCreateKind.EVENT.
        date (datetime.date | None | Unset): A date inside the period the milestone is known to (ISO 8601). With
            precision `month`, any day of
            that month stands for the whole month; null while the date is not known at all.
        precision (MilestoneCreatePrecisionType0 | None | Unset): How precisely the date is known: `day`, `month` ("cuối
            tháng 10/2025"), `quarter` ("Quý I/2026")
            or `year`. Defaults to `day` when a date is given; must be null without a date.
        status (MilestoneCreateStatus | Unset): `planned` (expected on its date), `done` (has taken place) or `moved`
            (its date was changed after
            planning; see the audit log for the old one). Default: MilestoneCreateStatus.PLANNED.
    """

    title: str
    description: None | str | Unset = UNSET
    kind: MilestoneCreateKind | Unset = MilestoneCreateKind.EVENT
    date: datetime.date | None | Unset = UNSET
    precision: MilestoneCreatePrecisionType0 | None | Unset = UNSET
    status: MilestoneCreateStatus | Unset = MilestoneCreateStatus.PLANNED

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

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
        elif isinstance(self.precision, MilestoneCreatePrecisionType0):
            precision = self.precision.value
        else:
            precision = self.precision

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
            }
        )
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
        title = d.pop("title")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _kind = d.pop("kind", UNSET)
        kind: MilestoneCreateKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = MilestoneCreateKind(_kind)

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

        def _parse_precision(data: object) -> MilestoneCreatePrecisionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                precision_type_0 = MilestoneCreatePrecisionType0(data)

                return precision_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MilestoneCreatePrecisionType0 | None | Unset, data)

        precision = _parse_precision(d.pop("precision", UNSET))

        _status = d.pop("status", UNSET)
        status: MilestoneCreateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = MilestoneCreateStatus(_status)

        milestone_create = cls(
            title=title,
            description=description,
            kind=kind,
            date=date,
            precision=precision,
            status=status,
        )

        return milestone_create
