from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fixed_date_ref import FixedDateRef
    from ..models.import_warning import ImportWarning_
    from ..models.milestone_date_ref import MilestoneDateRef


T = TypeVar("T", bound="PhaseDraft")


@_attrs_define
class PhaseDraft:
    """A phase ("Đợt I") or sub-phase ("3.1") with its window and topics.

    Attributes:
        label (str): The phase's label in the document ("I", "II", "3.1"); unique in the draft.
        position (int): The phase's order among its siblings (0 first).
        title (str): The phase's title as printed ("Đợt I: từ tháng 3/2025 đến trước đại hội cấp cơ sở").
        source_lines (list[int]): First and last line (1-based) of the document where this was read.
        parent_label (None | str | Unset): The label of the phase this is a sub-phase of; null for a top-level phase.
        topics (list[str] | Unset): The topics listed for the phase, one string each.
        start (FixedDateRef | MilestoneDateRef | None | Unset): When the phase starts: a fixed date or a milestone side
            plus days; null when the document leaves it
            open.
        end (FixedDateRef | MilestoneDateRef | None | Unset): When the phase ends: a fixed date or a milestone side plus
            days; null when the document leaves it
            open.
        warnings (list[ImportWarning_] | Unset): Where the parser guessed, corrected or skipped something in this item.
    """

    label: str
    position: int
    title: str
    source_lines: list[int]
    parent_label: None | str | Unset = UNSET
    topics: list[str] | Unset = UNSET
    start: FixedDateRef | MilestoneDateRef | None | Unset = UNSET
    end: FixedDateRef | MilestoneDateRef | None | Unset = UNSET
    warnings: list[ImportWarning_] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.fixed_date_ref import FixedDateRef  # noqa: PLC0415
        from ..models.milestone_date_ref import MilestoneDateRef  # noqa: PLC0415

        label = self.label

        position = self.position

        title = self.title

        source_lines = []
        for source_lines_item_data in self.source_lines:
            source_lines_item: int
            source_lines_item = source_lines_item_data
            source_lines.append(source_lines_item)

        parent_label: None | str | Unset
        if isinstance(self.parent_label, Unset):
            parent_label = UNSET
        else:
            parent_label = self.parent_label

        topics: list[str] | Unset = UNSET
        if not isinstance(self.topics, Unset):
            topics = self.topics

        start: dict[str, Any] | None | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        elif isinstance(self.start, FixedDateRef):
            start = self.start.to_dict()
        elif isinstance(self.start, MilestoneDateRef):
            start = self.start.to_dict()
        else:
            start = self.start

        end: dict[str, Any] | None | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        elif isinstance(self.end, FixedDateRef):
            end = self.end.to_dict()
        elif isinstance(self.end, MilestoneDateRef):
            end = self.end.to_dict()
        else:
            end = self.end

        warnings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for warnings_item_data in self.warnings:
                warnings_item = warnings_item_data.to_dict()
                warnings.append(warnings_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "label": label,
                "position": position,
                "title": title,
                "source_lines": source_lines,
            }
        )
        if parent_label is not UNSET:
            field_dict["parent_label"] = parent_label
        if topics is not UNSET:
            field_dict["topics"] = topics
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fixed_date_ref import FixedDateRef  # noqa: PLC0415
        from ..models.import_warning import ImportWarning_  # noqa: PLC0415
        from ..models.milestone_date_ref import MilestoneDateRef  # noqa: PLC0415

        d = dict(src_dict)
        label = d.pop("label")

        position = d.pop("position")

        title = d.pop("title")

        source_lines = []
        _source_lines = d.pop("source_lines")
        for source_lines_item_data in _source_lines:

            def _parse_source_lines_item(data: object) -> int:
                return cast(int, data)

            source_lines_item = _parse_source_lines_item(source_lines_item_data)

            source_lines.append(source_lines_item)

        def _parse_parent_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_label = _parse_parent_label(d.pop("parent_label", UNSET))

        topics = cast(list[str], d.pop("topics", UNSET))

        def _parse_start(data: object) -> FixedDateRef | MilestoneDateRef | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                start_type_0_type_0 = FixedDateRef.from_dict(data)

                return start_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                start_type_0_type_1 = MilestoneDateRef.from_dict(data)

                return start_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FixedDateRef | MilestoneDateRef | None | Unset, data)

        start = _parse_start(d.pop("start", UNSET))

        def _parse_end(data: object) -> FixedDateRef | MilestoneDateRef | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                end_type_0_type_0 = FixedDateRef.from_dict(data)

                return end_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                end_type_0_type_1 = MilestoneDateRef.from_dict(data)

                return end_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FixedDateRef | MilestoneDateRef | None | Unset, data)

        end = _parse_end(d.pop("end", UNSET))

        _warnings = d.pop("warnings", UNSET)
        warnings: list[ImportWarning_] | Unset = UNSET
        if _warnings is not UNSET:
            warnings = []
            for warnings_item_data in _warnings:
                warnings_item = ImportWarning_.from_dict(warnings_item_data)

                warnings.append(warnings_item)

        phase_draft = cls(
            label=label,
            position=position,
            title=title,
            source_lines=source_lines,
            parent_label=parent_label,
            topics=topics,
            start=start,
            end=end,
            warnings=warnings,
        )

        return phase_draft
