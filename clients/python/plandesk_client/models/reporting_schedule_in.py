from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.reporting_schedule_in_kind import ReportingScheduleInKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportingScheduleIn")


@_attrs_define
class ReportingScheduleIn:
    """Generate a plan's reporting periods. Periods already there (same kind and end) are kept.

    Attributes:
        kind (ReportingScheduleInKind): monthly: a period per calendar month, due on `day_of_month`; quarterly: a period
            per calendar
            quarter; one_off: a period per phase, covering its window.
        day_of_month (int | None | Unset): monthly: the day reports are due
        due_offset_days (int | Unset): quarterly, one_off: days after the end Default: 0.
        starts_on (datetime.date | None | Unset): Default: the plan's first phase start
        ends_on (datetime.date | None | Unset): Default: the plan's last phase end
        phase_ids (list[UUID] | None | Unset): one_off: the phases (default: every top-level phase)
    """

    kind: ReportingScheduleInKind
    day_of_month: int | None | Unset = UNSET
    due_offset_days: int | Unset = 0
    starts_on: datetime.date | None | Unset = UNSET
    ends_on: datetime.date | None | Unset = UNSET
    phase_ids: list[UUID] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        day_of_month: int | None | Unset
        if isinstance(self.day_of_month, Unset):
            day_of_month = UNSET
        else:
            day_of_month = self.day_of_month

        due_offset_days = self.due_offset_days

        starts_on: None | str | Unset
        if isinstance(self.starts_on, Unset):
            starts_on = UNSET
        elif isinstance(self.starts_on, datetime.date):
            starts_on = self.starts_on.isoformat()
        else:
            starts_on = self.starts_on

        ends_on: None | str | Unset
        if isinstance(self.ends_on, Unset):
            ends_on = UNSET
        elif isinstance(self.ends_on, datetime.date):
            ends_on = self.ends_on.isoformat()
        else:
            ends_on = self.ends_on

        phase_ids: list[str] | None | Unset
        if isinstance(self.phase_ids, Unset):
            phase_ids = UNSET
        elif isinstance(self.phase_ids, list):
            phase_ids = []
            for phase_ids_type_0_item_data in self.phase_ids:
                phase_ids_type_0_item = str(phase_ids_type_0_item_data)
                phase_ids.append(phase_ids_type_0_item)

        else:
            phase_ids = self.phase_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
            }
        )
        if day_of_month is not UNSET:
            field_dict["day_of_month"] = day_of_month
        if due_offset_days is not UNSET:
            field_dict["due_offset_days"] = due_offset_days
        if starts_on is not UNSET:
            field_dict["starts_on"] = starts_on
        if ends_on is not UNSET:
            field_dict["ends_on"] = ends_on
        if phase_ids is not UNSET:
            field_dict["phase_ids"] = phase_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = ReportingScheduleInKind(d.pop("kind"))

        def _parse_day_of_month(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        day_of_month = _parse_day_of_month(d.pop("day_of_month", UNSET))

        due_offset_days = d.pop("due_offset_days", UNSET)

        def _parse_starts_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                starts_on_type_0 = datetime.date.fromisoformat(data)

                return starts_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        starts_on = _parse_starts_on(d.pop("starts_on", UNSET))

        def _parse_ends_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_on_type_0 = datetime.date.fromisoformat(data)

                return ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        ends_on = _parse_ends_on(d.pop("ends_on", UNSET))

        def _parse_phase_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                phase_ids_type_0 = []
                _phase_ids_type_0 = data
                for phase_ids_type_0_item_data in _phase_ids_type_0:
                    phase_ids_type_0_item = UUID(phase_ids_type_0_item_data)

                    phase_ids_type_0.append(phase_ids_type_0_item)

                return phase_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        phase_ids = _parse_phase_ids(d.pop("phase_ids", UNSET))

        reporting_schedule_in = cls(
            kind=kind,
            day_of_month=day_of_month,
            due_offset_days=due_offset_days,
            starts_on=starts_on,
            ends_on=ends_on,
            phase_ids=phase_ids,
        )

        return reporting_schedule_in
