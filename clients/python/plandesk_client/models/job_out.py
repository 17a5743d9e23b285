from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.job_out_args import JobOutArgs


T = TypeVar("T", bound="JobOut")


@_attrs_define
class JobOut:
    """A background job (GET /admin/jobs).

    Attributes:
        id (str): The job's id in its queue (as text).
        task (str): The job's name (`webhooks.deliver`, `tasks.scan_overdue`, …).
        state (str): `todo` (waiting, or a retry scheduled later), `doing`, `succeeded`, `failed` or `cancelled`.
        attempts (int): How many times the job has been tried.
        queue (str): The queue the job runs from (`default`, `webhooks`, …).
        args (JobOutArgs): The job's arguments, as it was deferred with them.
        scheduled_at (datetime.datetime | None): When the job is (or was) due to run (UTC); null: as soon as a worker is
            free.
        error (None | str): Why the last attempt failed; null when it did not fail.
    """

    id: str
    task: str
    state: str
    attempts: int
    queue: str
    args: JobOutArgs
    scheduled_at: datetime.datetime | None
    error: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        task = self.task

        state = self.state

        attempts = self.attempts

        queue = self.queue

        args = self.args.to_dict()

        scheduled_at: None | str
        if isinstance(self.scheduled_at, datetime.datetime):
            scheduled_at = self.scheduled_at.isoformat()
        else:
            scheduled_at = self.scheduled_at

        error: None | str
        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "task": task,
                "state": state,
                "attempts": attempts,
                "queue": queue,
                "args": args,
                "scheduled_at": scheduled_at,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_out_args import JobOutArgs  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        task = d.pop("task")

        state = d.pop("state")

        attempts = d.pop("attempts")

        queue = d.pop("queue")

        args = JobOutArgs.from_dict(d.pop("args"))

        def _parse_scheduled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scheduled_at_type_0 = datetime.datetime.fromisoformat(data)

                return scheduled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        scheduled_at = _parse_scheduled_at(d.pop("scheduled_at"))

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))

        job_out = cls(
            id=id,
            task=task,
            state=state,
            attempts=attempts,
            queue=queue,
            args=args,
            scheduled_at=scheduled_at,
            error=error,
        )

        job_out.additional_properties = d
        return job_out

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
