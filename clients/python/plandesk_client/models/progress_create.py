from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.progress_create_status_type_0 import ProgressCreateStatusType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgressCreate")


@_attrs_define
class ProgressCreate:
    """A progress report. ``unit_id`` defaults to the caller's own unit.

    Attributes:
        unit_id (None | Unset | UUID): Whose assignment the report is about; defaults to the caller's unit. Coordinators
            and admins may
            report for any unit, unit officers only for their own.
        status (None | ProgressCreateStatusType0 | Unset): The assignment's new status, if it changes: `not_started`
            (nothing reported yet), `in_progress`
            (work under way), `done` (finished; counts as on time when done by the due date), `blocked`
            (cannot go on: the note says why) or `cancelled` (no longer required; left out of every count).
        percent (int | None | Unset): The new percent done, 0–100, if it changes.
        note (None | str | Unset): What was done, or why it is blocked, in the officer's words; 1–4000 characters. A
            report needs a
            status, a percent or a note.
    """

    unit_id: None | Unset | UUID = UNSET
    status: None | ProgressCreateStatusType0 | Unset = UNSET
    percent: int | None | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        unit_id: None | str | Unset
        if isinstance(self.unit_id, Unset):
            unit_id = UNSET
        elif isinstance(self.unit_id, UUID):
            unit_id = str(self.unit_id)
        else:
            unit_id = self.unit_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ProgressCreateStatusType0):
            status = self.status.value
        else:
            status = self.status

        percent: int | None | Unset
        if isinstance(self.percent, Unset):
            percent = UNSET
        else:
            percent = self.percent

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if status is not UNSET:
            field_dict["status"] = status
        if percent is not UNSET:
            field_dict["percent"] = percent
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_unit_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unit_id_type_0 = UUID(data)

                return unit_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        unit_id = _parse_unit_id(d.pop("unit_id", UNSET))

        def _parse_status(data: object) -> None | ProgressCreateStatusType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ProgressCreateStatusType0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProgressCreateStatusType0 | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_percent(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        percent = _parse_percent(d.pop("percent", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        progress_create = cls(
            unit_id=unit_id,
            status=status,
            percent=percent,
            note=note,
        )

        return progress_create
