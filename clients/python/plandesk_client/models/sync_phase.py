from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.fixed_date import FixedDate
    from ..models.milestone_anchor import MilestoneAnchor


T = TypeVar("T", bound="SyncPhase")


@_attrs_define
class SyncPhase:
    """
    Attributes:
        object_ (Literal['phase']): Always `phase`: tells the item's kind (the union's tag).
        id (UUID): The phase's id (UUID).
        etag (str): The ETag GET of this object answers: send it as If-Match to change it
        plan_id (UUID): The plan the phase belongs to.
        parent_id (None | UUID): The phase this one is a sub-phase of; null for a top-level phase.
        label (str): The phase's label in the document ("I", "II", "1").
        position (int): The phase's order among its siblings (0 first).
        title (str): The phase's title as printed in the plan.
        topics (list[str]): The propaganda topics listed for the phase, one string each.
        start (FixedDate | MilestoneAnchor | None): When the phase starts: a fixed date or a date relative to a
            milestone; null when open.
        end (FixedDate | MilestoneAnchor | None): When the phase ends: a fixed date or a date relative to a milestone;
            null when open.
        start_date (datetime.date | None): `start` resolved to a calendar date with the current milestone dates; null
            when unknown.
        end_date (datetime.date | None): `end` resolved to a calendar date with the current milestone dates; null when
            unknown.
        updated_at (datetime.datetime): When the phase last changed (UTC, ISO 8601).
    """

    object_: Literal["phase"]
    id: UUID
    etag: str
    plan_id: UUID
    parent_id: None | UUID
    label: str
    position: int
    title: str
    topics: list[str]
    start: FixedDate | MilestoneAnchor | None
    end: FixedDate | MilestoneAnchor | None
    start_date: datetime.date | None
    end_date: datetime.date | None
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.fixed_date import FixedDate  # noqa: PLC0415
        from ..models.milestone_anchor import MilestoneAnchor  # noqa: PLC0415

        object_ = self.object_

        id = str(self.id)

        etag = self.etag

        plan_id = str(self.plan_id)

        parent_id: None | str
        if isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

        label = self.label

        position = self.position

        title = self.title

        topics = self.topics

        start: dict[str, Any] | None
        if isinstance(self.start, FixedDate):
            start = self.start.to_dict()
        elif isinstance(self.start, MilestoneAnchor):
            start = self.start.to_dict()
        else:
            start = self.start

        end: dict[str, Any] | None
        if isinstance(self.end, FixedDate):
            end = self.end.to_dict()
        elif isinstance(self.end, MilestoneAnchor):
            end = self.end.to_dict()
        else:
            end = self.end

        start_date: None | str
        if isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        end_date: None | str
        if isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "id": id,
                "etag": etag,
                "plan_id": plan_id,
                "parent_id": parent_id,
                "label": label,
                "position": position,
                "title": title,
                "topics": topics,
                "start": start,
                "end": end,
                "start_date": start_date,
                "end_date": end_date,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fixed_date import FixedDate  # noqa: PLC0415
        from ..models.milestone_anchor import MilestoneAnchor  # noqa: PLC0415

        d = dict(src_dict)
        object_ = cast(Literal["phase"], d.pop("object"))
        if object_ != "phase":
            raise ValueError(f"object must match const 'phase', got '{object_}'")

        id = UUID(d.pop("id"))

        etag = d.pop("etag")

        plan_id = UUID(d.pop("plan_id"))

        def _parse_parent_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_id_type_0 = UUID(data)

                return parent_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        parent_id = _parse_parent_id(d.pop("parent_id"))

        label = d.pop("label")

        position = d.pop("position")

        title = d.pop("title")

        topics = cast(list[str], d.pop("topics"))

        def _parse_start(data: object) -> FixedDate | MilestoneAnchor | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                start_type_0_type_0 = FixedDate.from_dict(data)

                return start_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                start_type_0_type_1 = MilestoneAnchor.from_dict(data)

                return start_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FixedDate | MilestoneAnchor | None, data)

        start = _parse_start(d.pop("start"))

        def _parse_end(data: object) -> FixedDate | MilestoneAnchor | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                end_type_0_type_0 = FixedDate.from_dict(data)

                return end_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                end_type_0_type_1 = MilestoneAnchor.from_dict(data)

                return end_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FixedDate | MilestoneAnchor | None, data)

        end = _parse_end(d.pop("end"))

        def _parse_start_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        start_date = _parse_start_date(d.pop("start_date"))

        def _parse_end_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        end_date = _parse_end_date(d.pop("end_date"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        sync_phase = cls(
            object_=object_,
            id=id,
            etag=etag,
            plan_id=plan_id,
            parent_id=parent_id,
            label=label,
            position=position,
            title=title,
            topics=topics,
            start=start,
            end=end,
            start_date=start_date,
            end_date=end_date,
            updated_at=updated_at,
        )

        sync_phase.additional_properties = d
        return sync_phase

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
