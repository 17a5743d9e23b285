from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.milestone_out_kind import MilestoneOutKind
from ..models.milestone_out_precision_type_0 import MilestoneOutPrecisionType0
from ..models.milestone_out_status import MilestoneOutStatus

T = TypeVar("T", bound="MilestoneOut")


@_attrs_define
class MilestoneOut:
    """
    Attributes:
        etag (str): The ETag the single resource sends (`"<id>-<version>"`): send it as If-Match to change or delete
            this object straight from a list, without reading it first.
        id (UUID):
        plan_id (UUID):
        title (str):
        description (None | str):
        kind (MilestoneOutKind):
        date (datetime.date | None):
        precision (MilestoneOutPrecisionType0 | None):
        range_start (datetime.date | None):
        range_end (datetime.date | None):
        status (MilestoneOutStatus):
    """

    etag: str
    id: UUID
    plan_id: UUID
    title: str
    description: None | str
    kind: MilestoneOutKind
    date: datetime.date | None
    precision: MilestoneOutPrecisionType0 | None
    range_start: datetime.date | None
    range_end: datetime.date | None
    status: MilestoneOutStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        etag = self.etag

        id = str(self.id)

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
        if isinstance(self.precision, MilestoneOutPrecisionType0):
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "etag": etag,
                "id": id,
                "plan_id": plan_id,
                "title": title,
                "description": description,
                "kind": kind,
                "date": date,
                "precision": precision,
                "range_start": range_start,
                "range_end": range_end,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        etag = d.pop("etag")

        id = UUID(d.pop("id"))

        plan_id = UUID(d.pop("plan_id"))

        title = d.pop("title")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        kind = MilestoneOutKind(d.pop("kind"))

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

        def _parse_precision(data: object) -> MilestoneOutPrecisionType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                precision_type_0 = MilestoneOutPrecisionType0(data)

                return precision_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MilestoneOutPrecisionType0 | None, data)

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

        status = MilestoneOutStatus(d.pop("status"))

        milestone_out = cls(
            etag=etag,
            id=id,
            plan_id=plan_id,
            title=title,
            description=description,
            kind=kind,
            date=date,
            precision=precision,
            range_start=range_start,
            range_end=range_end,
            status=status,
        )

        milestone_out.additional_properties = d
        return milestone_out

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
