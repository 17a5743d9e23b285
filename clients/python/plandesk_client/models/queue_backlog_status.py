from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="QueueBacklogStatus")


@_attrs_define
class QueueBacklogStatus:
    """
    Attributes:
        queue (str): The queue the jobs wait in (`default`, `webhooks`, …).
        task (str): The job's name (`webhooks.deliver`, `tasks.scan_overdue`, …).
        todo (int): Jobs waiting, including retries scheduled later.
        doing (int): Jobs running now.
        oldest_todo_seconds (float | None): How long the oldest due job has waited to start; null when none is due.
    """

    queue: str
    task: str
    todo: int
    doing: int
    oldest_todo_seconds: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        queue = self.queue

        task = self.task

        todo = self.todo

        doing = self.doing

        oldest_todo_seconds: float | None
        oldest_todo_seconds = self.oldest_todo_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "queue": queue,
                "task": task,
                "todo": todo,
                "doing": doing,
                "oldest_todo_seconds": oldest_todo_seconds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        queue = d.pop("queue")

        task = d.pop("task")

        todo = d.pop("todo")

        doing = d.pop("doing")

        def _parse_oldest_todo_seconds(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        oldest_todo_seconds = _parse_oldest_todo_seconds(d.pop("oldest_todo_seconds"))

        queue_backlog_status = cls(
            queue=queue,
            task=task,
            todo=todo,
            doing=doing,
            oldest_todo_seconds=oldest_todo_seconds,
        )

        queue_backlog_status.additional_properties = d
        return queue_backlog_status

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
