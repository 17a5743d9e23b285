from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PhaseCompletion")


@_attrs_define
class PhaseCompletion:
    """A phase's tasks (a top-level phase counts its sub-phases' too); ``phase_id`` null: no phase.

    Attributes:
        phase_id (None | UUID): The phase; null for the tasks that have no phase.
        parent_id (None | UUID): The phase's parent, for a sub-phase; null otherwise.
        label (None | str): The phase's label ("I", "3.1"); null for tasks without a phase.
        title (None | str): The phase's title; null for tasks without a phase.
        tasks (int): Tasks in the phase (and its sub-phases), cancelled ones left out.
        done (int): Of which done.
        overdue (int): Of which open past their deadline.
        not_started (int): Open, not started, not overdue
        in_progress (int): Open, started or without a deadline, not overdue
        average_percent (float): Average percent done over the counted assignments (0–100).
        completion_rate (float): Done ÷ tasks, from 0 to 1.
    """

    phase_id: None | UUID
    parent_id: None | UUID
    label: None | str
    title: None | str
    tasks: int
    done: int
    overdue: int
    not_started: int
    in_progress: int
    average_percent: float
    completion_rate: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phase_id: None | str
        if isinstance(self.phase_id, UUID):
            phase_id = str(self.phase_id)
        else:
            phase_id = self.phase_id

        parent_id: None | str
        if isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

        label: None | str
        label = self.label

        title: None | str
        title = self.title

        tasks = self.tasks

        done = self.done

        overdue = self.overdue

        not_started = self.not_started

        in_progress = self.in_progress

        average_percent = self.average_percent

        completion_rate = self.completion_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phase_id": phase_id,
                "parent_id": parent_id,
                "label": label,
                "title": title,
                "tasks": tasks,
                "done": done,
                "overdue": overdue,
                "not_started": not_started,
                "in_progress": in_progress,
                "average_percent": average_percent,
                "completion_rate": completion_rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

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

        def _parse_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        label = _parse_label(d.pop("label"))

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))

        tasks = d.pop("tasks")

        done = d.pop("done")

        overdue = d.pop("overdue")

        not_started = d.pop("not_started")

        in_progress = d.pop("in_progress")

        average_percent = d.pop("average_percent")

        completion_rate = d.pop("completion_rate")

        phase_completion = cls(
            phase_id=phase_id,
            parent_id=parent_id,
            label=label,
            title=title,
            tasks=tasks,
            done=done,
            overdue=overdue,
            not_started=not_started,
            in_progress=in_progress,
            average_percent=average_percent,
            completion_rate=completion_rate,
        )

        phase_completion.additional_properties = d
        return phase_completion

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
