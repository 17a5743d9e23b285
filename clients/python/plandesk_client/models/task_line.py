from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TaskLine")


@_attrs_define
class TaskLine:
    """A line of the report: one task the unit works on, and what it did in the period.

    Attributes:
        task_id (UUID): The task.
        title (str): The task's title when the report was opened.
        status (str): The unit's assignment status when the report was opened (not_started, in_progress, done, …).
        percent (int): The unit's progress on the task when the report was opened, 0–100.
        done_text (str): What the unit did: prefilled from its progress notes written during the period, then edited.
    """

    task_id: UUID
    title: str
    status: str
    percent: int
    done_text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = str(self.task_id)

        title = self.title

        status = self.status

        percent = self.percent

        done_text = self.done_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
                "title": title,
                "status": status,
                "percent": percent,
                "done_text": done_text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = UUID(d.pop("task_id"))

        title = d.pop("title")

        status = d.pop("status")

        percent = d.pop("percent")

        done_text = d.pop("done_text")

        task_line = cls(
            task_id=task_id,
            title=title,
            status=status,
            percent=percent,
            done_text=done_text,
        )

        task_line.additional_properties = d
        return task_line

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
