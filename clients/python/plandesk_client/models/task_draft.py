from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fixed_date_ref import FixedDateRef
    from ..models.import_warning import ImportWarning_
    from ..models.milestone_date_ref import MilestoneDateRef
    from ..models.recurrence_draft import RecurrenceDraft


T = TypeVar("T", bound="TaskDraft")


@_attrs_define
class TaskDraft:
    """A task listed under a unit in the implementation section.

    Attributes:
        source_section (str): Where the task stands in the document's implementation section ("IV.2").
        title (str): The task's title: its first sentence, shortened.
        body (str): The task's full text as written.
        lead_unit_key (str): The key (in `units`) of the unit the task is listed under: it leads.
        source_lines (list[int]): First and last line (1-based) of the document where this was read.
        supporting_unit_keys (list[str] | Unset): Keys of the units named to support it ("phối hợp").
        due (FixedDateRef | MilestoneDateRef | None | Unset): The deadline: a fixed date or a milestone side plus days;
            null when none is stated.
        recurrence (None | RecurrenceDraft | Unset): Set when the deadline recurs ("định kỳ hằng tháng"); null for a
            one-off task.
        phase_label (None | str | Unset): The label of the phase the task belongs to; null when not tied to one.
        warnings (list[ImportWarning_] | Unset): Where the parser guessed, corrected or skipped something in this item.
    """

    source_section: str
    title: str
    body: str
    lead_unit_key: str
    source_lines: list[int]
    supporting_unit_keys: list[str] | Unset = UNSET
    due: FixedDateRef | MilestoneDateRef | None | Unset = UNSET
    recurrence: None | RecurrenceDraft | Unset = UNSET
    phase_label: None | str | Unset = UNSET
    warnings: list[ImportWarning_] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.fixed_date_ref import FixedDateRef  # noqa: PLC0415
        from ..models.milestone_date_ref import MilestoneDateRef  # noqa: PLC0415
        from ..models.recurrence_draft import RecurrenceDraft  # noqa: PLC0415

        source_section = self.source_section

        title = self.title

        body = self.body

        lead_unit_key = self.lead_unit_key

        source_lines = []
        for source_lines_item_data in self.source_lines:
            source_lines_item: int
            source_lines_item = source_lines_item_data
            source_lines.append(source_lines_item)

        supporting_unit_keys: list[str] | Unset = UNSET
        if not isinstance(self.supporting_unit_keys, Unset):
            supporting_unit_keys = self.supporting_unit_keys

        due: dict[str, Any] | None | Unset
        if isinstance(self.due, Unset):
            due = UNSET
        elif isinstance(self.due, FixedDateRef):
            due = self.due.to_dict()
        elif isinstance(self.due, MilestoneDateRef):
            due = self.due.to_dict()
        else:
            due = self.due

        recurrence: dict[str, Any] | None | Unset
        if isinstance(self.recurrence, Unset):
            recurrence = UNSET
        elif isinstance(self.recurrence, RecurrenceDraft):
            recurrence = self.recurrence.to_dict()
        else:
            recurrence = self.recurrence

        phase_label: None | str | Unset
        if isinstance(self.phase_label, Unset):
            phase_label = UNSET
        else:
            phase_label = self.phase_label

        warnings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for warnings_item_data in self.warnings:
                warnings_item = warnings_item_data.to_dict()
                warnings.append(warnings_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "source_section": source_section,
                "title": title,
                "body": body,
                "lead_unit_key": lead_unit_key,
                "source_lines": source_lines,
            }
        )
        if supporting_unit_keys is not UNSET:
            field_dict["supporting_unit_keys"] = supporting_unit_keys
        if due is not UNSET:
            field_dict["due"] = due
        if recurrence is not UNSET:
            field_dict["recurrence"] = recurrence
        if phase_label is not UNSET:
            field_dict["phase_label"] = phase_label
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fixed_date_ref import FixedDateRef  # noqa: PLC0415
        from ..models.import_warning import ImportWarning_  # noqa: PLC0415
        from ..models.milestone_date_ref import MilestoneDateRef  # noqa: PLC0415
        from ..models.recurrence_draft import RecurrenceDraft  # noqa: PLC0415

        d = dict(src_dict)
        source_section = d.pop("source_section")

        title = d.pop("title")

        body = d.pop("body")

        lead_unit_key = d.pop("lead_unit_key")

        source_lines = []
        _source_lines = d.pop("source_lines")
        for source_lines_item_data in _source_lines:

            def _parse_source_lines_item(data: object) -> int:
                return cast(int, data)

            source_lines_item = _parse_source_lines_item(source_lines_item_data)

            source_lines.append(source_lines_item)

        supporting_unit_keys = cast(list[str], d.pop("supporting_unit_keys", UNSET))

        def _parse_due(data: object) -> FixedDateRef | MilestoneDateRef | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                due_type_0_type_0 = FixedDateRef.from_dict(data)

                return due_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                due_type_0_type_1 = MilestoneDateRef.from_dict(data)

                return due_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FixedDateRef | MilestoneDateRef | None | Unset, data)

        due = _parse_due(d.pop("due", UNSET))

        def _parse_recurrence(data: object) -> None | RecurrenceDraft | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                recurrence_type_0 = RecurrenceDraft.from_dict(data)

                return recurrence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecurrenceDraft | Unset, data)

        recurrence = _parse_recurrence(d.pop("recurrence", UNSET))

        def _parse_phase_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phase_label = _parse_phase_label(d.pop("phase_label", UNSET))

        _warnings = d.pop("warnings", UNSET)
        warnings: list[ImportWarning_] | Unset = UNSET
        if _warnings is not UNSET:
            warnings = []
            for warnings_item_data in _warnings:
                warnings_item = ImportWarning_.from_dict(warnings_item_data)

                warnings.append(warnings_item)

        task_draft = cls(
            source_section=source_section,
            title=title,
            body=body,
            lead_unit_key=lead_unit_key,
            source_lines=source_lines,
            supporting_unit_keys=supporting_unit_keys,
            due=due,
            recurrence=recurrence,
            phase_label=phase_label,
            warnings=warnings,
        )

        return task_draft
