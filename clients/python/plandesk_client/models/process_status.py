from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProcessStatus")


@_attrs_define
class ProcessStatus:
    """
    Attributes:
        pid (int): The operating-system id of the process that answered.
        started_at (datetime.datetime): When that process started (UTC).
        uptime_seconds (float): Seconds since it started.
    """

    pid: int
    started_at: datetime.datetime
    uptime_seconds: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pid = self.pid

        started_at = self.started_at.isoformat()

        uptime_seconds = self.uptime_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pid": pid,
                "started_at": started_at,
                "uptime_seconds": uptime_seconds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pid = d.pop("pid")

        started_at = datetime.datetime.fromisoformat(d.pop("started_at"))

        uptime_seconds = d.pop("uptime_seconds")

        process_status = cls(
            pid=pid,
            started_at=started_at,
            uptime_seconds=uptime_seconds,
        )

        process_status.additional_properties = d
        return process_status

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
