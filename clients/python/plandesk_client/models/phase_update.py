from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fixed_date import FixedDate
    from ..models.milestone_anchor import MilestoneAnchor


T = TypeVar("T", bound="PhaseUpdate")


@_attrs_define
class PhaseUpdate:
    """
    Attributes:
        label (None | str | Unset): The phase's label as the plan numbers it: "I", "II" for phases ("Đợt I"), "3.1" for
            sub-phases;
            1–32 characters.
        title (None | str | Unset): The phase's heading ("Từ đầu tháng 02/2025 đến kết thúc đại hội đảng bộ cấp huyện"),
            1–1000
            characters.
        parent_id (None | Unset | UUID): The phase this one is a sub-phase of (3.1 under III), in the same plan; null
            for a top-level
            phase.
        position (int | None | Unset): Order among its siblings, from 0; lists are sorted by it.
        topics (list[str] | None | Unset): The content topics to communicate during the phase, in the plan's order, one
            per item; at most
            200.
        start (FixedDate | MilestoneAnchor | None | Unset): When the phase starts: a fixed date, or a milestone's start
            or end plus an offset in days ("từ
            sau đại hội cấp huyện": the district congresses' end + 1). Null: open.
        end (FixedDate | MilestoneAnchor | None | Unset): When the phase ends: a fixed date or a milestone side plus
            offset ("đến hết Đại hội tỉnh": the
            provincial congress's end). Null: open.
    """

    label: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    parent_id: None | Unset | UUID = UNSET
    position: int | None | Unset = UNSET
    topics: list[str] | None | Unset = UNSET
    start: FixedDate | MilestoneAnchor | None | Unset = UNSET
    end: FixedDate | MilestoneAnchor | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.fixed_date import FixedDate  # noqa: PLC0415
        from ..models.milestone_anchor import MilestoneAnchor  # noqa: PLC0415

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        elif isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        topics: list[str] | None | Unset
        if isinstance(self.topics, Unset):
            topics = UNSET
        elif isinstance(self.topics, list):
            topics = self.topics

        else:
            topics = self.topics

        start: dict[str, Any] | None | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        elif isinstance(self.start, FixedDate):
            start = self.start.to_dict()
        elif isinstance(self.start, MilestoneAnchor):
            start = self.start.to_dict()
        else:
            start = self.start

        end: dict[str, Any] | None | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        elif isinstance(self.end, FixedDate):
            end = self.end.to_dict()
        elif isinstance(self.end, MilestoneAnchor):
            end = self.end.to_dict()
        else:
            end = self.end

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if title is not UNSET:
            field_dict["title"] = title
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if position is not UNSET:
            field_dict["position"] = position
        if topics is not UNSET:
            field_dict["topics"] = topics
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fixed_date import FixedDate  # noqa: PLC0415
        from ..models.milestone_anchor import MilestoneAnchor  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_parent_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_id_type_0 = UUID(data)

                return parent_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        def _parse_position(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        def _parse_topics(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                topics_type_0 = cast(list[str], data)

                return topics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        topics = _parse_topics(d.pop("topics", UNSET))

        def _parse_start(data: object) -> FixedDate | MilestoneAnchor | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
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
            return cast(FixedDate | MilestoneAnchor | None | Unset, data)

        start = _parse_start(d.pop("start", UNSET))

        def _parse_end(data: object) -> FixedDate | MilestoneAnchor | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
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
            return cast(FixedDate | MilestoneAnchor | None | Unset, data)

        end = _parse_end(d.pop("end", UNSET))

        phase_update = cls(
            label=label,
            title=title,
            parent_id=parent_id,
            position=position,
            topics=topics,
            start=start,
            end=end,
        )

        return phase_update
