from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="TaskLineIn")


@_attrs_define
class TaskLineIn:
    """The edited text of one line.

    Attributes:
        task_id (UUID): A task the report covers (one of its `task_lines`).
        done_text (str): What the unit did for the task in the period; at most 10,000 characters.
    """

    task_id: UUID
    done_text: str

    def to_dict(self) -> dict[str, Any]:
        task_id = str(self.task_id)

        done_text = self.done_text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "task_id": task_id,
                "done_text": done_text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = UUID(d.pop("task_id"))

        done_text = d.pop("done_text")

        task_line_in = cls(
            task_id=task_id,
            done_text=done_text,
        )

        return task_line_in
