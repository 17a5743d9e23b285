from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sync_milestone_kind import SyncMilestoneKind
from ..models.sync_milestone_precision_type_0 import SyncMilestonePrecisionType0
from ..models.sync_milestone_status import SyncMilestoneStatus

T = TypeVar("T", bound="SyncMilestone")


@_attrs_define
class SyncMilestone:
    """
    Attributes:
        object_ (Literal['milestone']): Always `milestone`: tells the item's kind (the union's tag).
        id (UUID): The milestone's id (UUID).
        etag (str): The ETag GET of this object answers: send it as If-Match to change it
        plan_id (UUID): The plan the milestone belongs to.
        title (str): What happens on that date ("Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII").
        description (None | str): Free text about the milestone; null when none.
        kind (SyncMilestoneKind): What sort of milestone: an `event` (a congress, a conference), a `deadline` or a
            `review`.
        date (datetime.date | None): A date inside the period the milestone is known to (ISO 8601); with precision
            `month`, any day
            of that month stands for the whole month. Null while not known at all.
        precision (None | SyncMilestonePrecisionType0): How exactly the date is known: `day`, `month`, `quarter` or
            `year`; null when there is no date.
        range_start (datetime.date | None): First day the milestone can fall on, given its precision; null without a
            date.
        range_end (datetime.date | None): Last day the milestone can fall on, given its precision; null without a date.
        status (SyncMilestoneStatus): Where the milestone stands: `planned`, `moved` or `done`.
        updated_at (datetime.datetime): When the milestone last changed (UTC, ISO 8601).
    """

    object_: Literal["milestone"]
    id: UUID
    etag: str
    plan_id: UUID
    title: str
    description: None | str
    kind: SyncMilestoneKind
    date: datetime.date | None
    precision: None | SyncMilestonePrecisionType0
    range_start: datetime.date | None
    range_end: datetime.date | None
    status: SyncMilestoneStatus
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        id = str(self.id)

        etag = self.etag

        plan_id = str(self.plan_id)

        title = self.title

        description: None | str
        description = self.description

        kind = self.kind.value

        date: None | str
        if isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        precision: None | str
        if isinstance(self.precision, SyncMilestonePrecisionType0):
            precision = self.precision.value
        else:
            precision = self.precision

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

        status = self.status.value

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "id": id,
                "etag": etag,
                "plan_id": plan_id,
                "title": title,
                "description": description,
                "kind": kind,
                "date": date,
                "precision": precision,
                "range_start": range_start,
                "range_end": range_end,
                "status": status,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_ = cast(Literal["milestone"], d.pop("object"))
        if object_ != "milestone":
            raise ValueError(f"object must match const 'milestone', got '{object_}'")

        id = UUID(d.pop("id"))

        etag = d.pop("etag")

        plan_id = UUID(d.pop("plan_id"))

        title = d.pop("title")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        kind = SyncMilestoneKind(d.pop("kind"))

        def _parse_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.date.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        date = _parse_date(d.pop("date"))

        def _parse_precision(data: object) -> None | SyncMilestonePrecisionType0:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                precision_type_0 = SyncMilestonePrecisionType0(data)

                return precision_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SyncMilestonePrecisionType0, data)

        precision = _parse_precision(d.pop("precision"))

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

        status = SyncMilestoneStatus(d.pop("status"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        sync_milestone = cls(
            object_=object_,
            id=id,
            etag=etag,
            plan_id=plan_id,
            title=title,
            description=description,
            kind=kind,
            date=date,
            precision=precision,
            range_start=range_start,
            range_end=range_end,
            status=status,
            updated_at=updated_at,
        )

        sync_milestone.additional_properties = d
        return sync_milestone

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
