from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.progress_out_status import ProgressOutStatus

if TYPE_CHECKING:
    from ..models.assignment_out import AssignmentOut


T = TypeVar("T", bound="ProgressOut")


@_attrs_define
class ProgressOut:
    """
    Attributes:
        id (UUID): The progress update's id (UUID); updates are never changed or deleted.
        task_id (UUID): The task the assignment is part of.
        unit_id (UUID): The unit whose assignment this is about.
        status (ProgressOutStatus): The assignment's status after this update.
        percent (int): The assignment's percent after this update, 0–100.
        note (None | str): The note sent with the update; null when none.
        author (str): Who wrote it: a user's id, or `service:<id>` for a service account.
        created_at (datetime.datetime): When it was recorded (UTC).
        assignment (AssignmentOut):
    """

    id: UUID
    task_id: UUID
    unit_id: UUID
    status: ProgressOutStatus
    percent: int
    note: None | str
    author: str
    created_at: datetime.datetime
    assignment: AssignmentOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        task_id = str(self.task_id)

        unit_id = str(self.unit_id)

        status = self.status.value

        percent = self.percent

        note: None | str
        note = self.note

        author = self.author

        created_at = self.created_at.isoformat()

        assignment = self.assignment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "task_id": task_id,
                "unit_id": unit_id,
                "status": status,
                "percent": percent,
                "note": note,
                "author": author,
                "created_at": created_at,
                "assignment": assignment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assignment_out import AssignmentOut  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        task_id = UUID(d.pop("task_id"))

        unit_id = UUID(d.pop("unit_id"))

        status = ProgressOutStatus(d.pop("status"))

        percent = d.pop("percent")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        author = d.pop("author")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        assignment = AssignmentOut.from_dict(d.pop("assignment"))

        progress_out = cls(
            id=id,
            task_id=task_id,
            unit_id=unit_id,
            status=status,
            percent=percent,
            note=note,
            author=author,
            created_at=created_at,
            assignment=assignment,
        )

        progress_out.additional_properties = d
        return progress_out

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
