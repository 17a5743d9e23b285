from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.milestone_moved_changes import MilestoneMovedChanges


T = TypeVar("T", bound="MilestoneMoved")


@_attrs_define
class MilestoneMoved:
    """
    Attributes:
        object_ (str): What the event is about: plan, phase, milestone, task, assignment, unit_report, reporting_period,
            review, …
        id (str): The object's id
        plan_id (None | str): The plan it belongs to (null for consultations and feedback)
        changes (MilestoneMovedChanges): range_start/range_end (and date, precision) before and after
        range_start (datetime.date | None):
        range_end (datetime.date | None):
    """

    object_: str
    id: str
    plan_id: None | str
    changes: MilestoneMovedChanges
    range_start: datetime.date | None
    range_end: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        id = self.id

        plan_id: None | str
        plan_id = self.plan_id

        changes = self.changes.to_dict()

        range_start: None | str
        if isinstance(self.range_start, datetime.date):
            range_start = self.range_start.isoformat()
        else:
            range_start = self.range_start

        range_end: None | str
        if isinstance(self.range_end, datetime.date):
            range_end = self.range_end.isoformat()
        else:
            range_end = self.range_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "id": id,
                "plan_id": plan_id,
                "changes": changes,
                "range_start": range_start,
                "range_end": range_end,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.milestone_moved_changes import MilestoneMovedChanges  # noqa: PLC0415

        d = dict(src_dict)
        object_ = d.pop("object")

        id = d.pop("id")

        def _parse_plan_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        plan_id = _parse_plan_id(d.pop("plan_id"))

        changes = MilestoneMovedChanges.from_dict(d.pop("changes"))

        def _parse_range_start(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                range_start_type_0 = datetime.date.fromisoformat(data)

                return range_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        range_start = _parse_range_start(d.pop("range_start"))

        def _parse_range_end(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                range_end_type_0 = datetime.date.fromisoformat(data)

                return range_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        range_end = _parse_range_end(d.pop("range_end"))

        milestone_moved = cls(
            object_=object_,
            id=id,
            plan_id=plan_id,
            changes=changes,
            range_start=range_start,
            range_end=range_end,
        )

        milestone_moved.additional_properties = d
        return milestone_moved

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
