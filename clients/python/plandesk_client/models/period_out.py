from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.period_out_kind import PeriodOutKind

T = TypeVar("T", bound="PeriodOut")


@_attrs_define
class PeriodOut:
    """A reporting period: the span a unit report covers and the day it is due.

    Attributes:
        id (UUID): The period's id.
        plan_id (UUID): The plan it belongs to.
        kind (PeriodOutKind): monthly, quarterly or one_off (a phase's end, or an ad-hoc report).
        label (str): Its name ("Báo cáo tháng 9/2025", "Báo cáo kết thúc Đợt I").
        starts_on (datetime.date): First day the reports cover.
        ends_on (datetime.date): Last day the reports cover.
        due_on (datetime.date): The day reports are due, in the plan's calendar; a report first submitted after it is
            late.
        phase_id (None | UUID): The phase the period reports on; null for monthly and quarterly periods.
    """

    id: UUID
    plan_id: UUID
    kind: PeriodOutKind
    label: str
    starts_on: datetime.date
    ends_on: datetime.date
    due_on: datetime.date
    phase_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        plan_id = str(self.plan_id)

        kind = self.kind.value

        label = self.label

        starts_on = self.starts_on.isoformat()

        ends_on = self.ends_on.isoformat()

        due_on = self.due_on.isoformat()

        phase_id: None | str
        if isinstance(self.phase_id, UUID):
            phase_id = str(self.phase_id)
        else:
            phase_id = self.phase_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "plan_id": plan_id,
                "kind": kind,
                "label": label,
                "starts_on": starts_on,
                "ends_on": ends_on,
                "due_on": due_on,
                "phase_id": phase_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        plan_id = UUID(d.pop("plan_id"))

        kind = PeriodOutKind(d.pop("kind"))

        label = d.pop("label")

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))

        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        def _parse_phase_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phase_id_type_0 = UUID(data)

                return phase_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        phase_id = _parse_phase_id(d.pop("phase_id"))

        period_out = cls(
            id=id,
            plan_id=plan_id,
            kind=kind,
            label=label,
            starts_on=starts_on,
            ends_on=ends_on,
            due_on=due_on,
            phase_id=phase_id,
        )

        period_out.additional_properties = d
        return period_out

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
