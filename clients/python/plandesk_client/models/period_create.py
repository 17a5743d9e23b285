from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PeriodCreate")


@_attrs_define
class PeriodCreate:
    """One extra period (an ad-hoc report the coordinator asks for).

    Attributes:
        label (str): The period's name as units see it ("Báo cáo nhanh trước Đại hội tỉnh"); 1–200 characters.
        starts_on (datetime.date): First day the report covers.
        ends_on (datetime.date): Last day the report covers; not before `starts_on`, and no other one-off period of the
            plan
            may end that day.
        due_on (datetime.date): The day reports are due (in the plan's calendar); not before `starts_on`.
        phase_id (None | Unset | UUID): The phase the period reports on, if any.
    """

    label: str
    starts_on: datetime.date
    ends_on: datetime.date
    due_on: datetime.date
    phase_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        starts_on = self.starts_on.isoformat()

        ends_on = self.ends_on.isoformat()

        due_on = self.due_on.isoformat()

        phase_id: None | str | Unset
        if isinstance(self.phase_id, Unset):
            phase_id = UNSET
        elif isinstance(self.phase_id, UUID):
            phase_id = str(self.phase_id)
        else:
            phase_id = self.phase_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "label": label,
                "starts_on": starts_on,
                "ends_on": ends_on,
                "due_on": due_on,
            }
        )
        if phase_id is not UNSET:
            field_dict["phase_id"] = phase_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))

        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        def _parse_phase_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phase_id_type_0 = UUID(data)

                return phase_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        phase_id = _parse_phase_id(d.pop("phase_id", UNSET))

        period_create = cls(
            label=label,
            starts_on=starts_on,
            ends_on=ends_on,
            due_on=due_on,
            phase_id=phase_id,
        )

        return period_create
