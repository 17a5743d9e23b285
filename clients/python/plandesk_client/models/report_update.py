from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.figures import Figures
    from ..models.task_line_in import TaskLineIn


T = TypeVar("T", bound="ReportUpdate")


@_attrs_define
class ReportUpdate:
    """The parts of a draft or returned report to save; an omitted field is left as it is.

    Attributes:
        task_lines (list[TaskLineIn] | None | Unset): New texts of some lines (by task); lines not named keep theirs.
        figures (list[Figures] | None | Unset): The report's figures, replacing all of them (a row per channel, as the
            report holds them).
        difficulties (None | str | Unset): Difficulties and shortcomings met in the period; at most 20,000 characters.
        proposals (None | str | Unset): The unit's proposals and recommendations; at most 20,000 characters.
    """

    task_lines: list[TaskLineIn] | None | Unset = UNSET
    figures: list[Figures] | None | Unset = UNSET
    difficulties: None | str | Unset = UNSET
    proposals: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        task_lines: list[dict[str, Any]] | None | Unset
        if isinstance(self.task_lines, Unset):
            task_lines = UNSET
        elif isinstance(self.task_lines, list):
            task_lines = []
            for task_lines_type_0_item_data in self.task_lines:
                task_lines_type_0_item = task_lines_type_0_item_data.to_dict()
                task_lines.append(task_lines_type_0_item)

        else:
            task_lines = self.task_lines

        figures: list[dict[str, Any]] | None | Unset
        if isinstance(self.figures, Unset):
            figures = UNSET
        elif isinstance(self.figures, list):
            figures = []
            for figures_type_0_item_data in self.figures:
                figures_type_0_item = figures_type_0_item_data.to_dict()
                figures.append(figures_type_0_item)

        else:
            figures = self.figures

        difficulties: None | str | Unset
        if isinstance(self.difficulties, Unset):
            difficulties = UNSET
        else:
            difficulties = self.difficulties

        proposals: None | str | Unset
        if isinstance(self.proposals, Unset):
            proposals = UNSET
        else:
            proposals = self.proposals

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if task_lines is not UNSET:
            field_dict["task_lines"] = task_lines
        if figures is not UNSET:
            field_dict["figures"] = figures
        if difficulties is not UNSET:
            field_dict["difficulties"] = difficulties
        if proposals is not UNSET:
            field_dict["proposals"] = proposals

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.figures import Figures  # noqa: PLC0415
        from ..models.task_line_in import TaskLineIn  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_task_lines(data: object) -> list[TaskLineIn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                task_lines_type_0 = []
                _task_lines_type_0 = data
                for task_lines_type_0_item_data in _task_lines_type_0:
                    task_lines_type_0_item = TaskLineIn.from_dict(task_lines_type_0_item_data)

                    task_lines_type_0.append(task_lines_type_0_item)

                return task_lines_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaskLineIn] | None | Unset, data)

        task_lines = _parse_task_lines(d.pop("task_lines", UNSET))

        def _parse_figures(data: object) -> list[Figures] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                figures_type_0 = []
                _figures_type_0 = data
                for figures_type_0_item_data in _figures_type_0:
                    figures_type_0_item = Figures.from_dict(figures_type_0_item_data)

                    figures_type_0.append(figures_type_0_item)

                return figures_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Figures] | None | Unset, data)

        figures = _parse_figures(d.pop("figures", UNSET))

        def _parse_difficulties(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        difficulties = _parse_difficulties(d.pop("difficulties", UNSET))

        def _parse_proposals(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        proposals = _parse_proposals(d.pop("proposals", UNSET))

        report_update = cls(
            task_lines=task_lines,
            figures=figures,
            difficulties=difficulties,
            proposals=proposals,
        )

        return report_update
