from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.board_row_status import BoardRowStatus

T = TypeVar("T", bound="BoardRow")


@_attrs_define
class BoardRow:
    """One unit's line on the submission board.

    Attributes:
        unit_id (UUID): The unit expected to report (a unit with tasks in the plan, or one that has a report).
        unit_name (str): The unit's name.
        status (BoardRowStatus): missing: no report, or a draft after the due day; draft: a draft before it; else the
            report's status.
        report_id (None | UUID): The unit's report for the period; null when it has not opened one.
        submitted_at (datetime.datetime | None): When the report was last submitted (UTC); null when never.
        late (bool): Submitted after the due day, or still missing after it
        days_late (int): Days past the due day at first submission (or until today while missing); 0 when on time.
        urged (int): How many times the unit was urged to report for this period.
        last_urged_at (datetime.datetime | None): When it was last urged (UTC); null when never.
    """

    unit_id: UUID
    unit_name: str
    status: BoardRowStatus
    report_id: None | UUID
    submitted_at: datetime.datetime | None
    late: bool
    days_late: int
    urged: int
    last_urged_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unit_id = str(self.unit_id)

        unit_name = self.unit_name

        status = self.status.value

        report_id: None | str
        if isinstance(self.report_id, UUID):
            report_id = str(self.report_id)
        else:
            report_id = self.report_id

        submitted_at: None | str
        if isinstance(self.submitted_at, datetime.datetime):
            submitted_at = self.submitted_at.isoformat()
        else:
            submitted_at = self.submitted_at

        late = self.late

        days_late = self.days_late

        urged = self.urged

        last_urged_at: None | str
        if isinstance(self.last_urged_at, datetime.datetime):
            last_urged_at = self.last_urged_at.isoformat()
        else:
            last_urged_at = self.last_urged_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "unit_id": unit_id,
                "unit_name": unit_name,
                "status": status,
                "report_id": report_id,
                "submitted_at": submitted_at,
                "late": late,
                "days_late": days_late,
                "urged": urged,
                "last_urged_at": last_urged_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unit_id = UUID(d.pop("unit_id"))

        unit_name = d.pop("unit_name")

        status = BoardRowStatus(d.pop("status"))

        def _parse_report_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                report_id_type_0 = UUID(data)

                return report_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        report_id = _parse_report_id(d.pop("report_id"))

        def _parse_submitted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_at_type_0 = datetime.datetime.fromisoformat(data)

                return submitted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        submitted_at = _parse_submitted_at(d.pop("submitted_at"))

        late = d.pop("late")

        days_late = d.pop("days_late")

        urged = d.pop("urged")

        def _parse_last_urged_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_urged_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_urged_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_urged_at = _parse_last_urged_at(d.pop("last_urged_at"))

        board_row = cls(
            unit_id=unit_id,
            unit_name=unit_name,
            status=status,
            report_id=report_id,
            submitted_at=submitted_at,
            late=late,
            days_late=days_late,
            urged=urged,
            last_urged_at=last_urged_at,
        )

        board_row.additional_properties = d
        return board_row

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
