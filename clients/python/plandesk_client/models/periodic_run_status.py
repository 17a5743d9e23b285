from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PeriodicRunStatus")


@_attrs_define
class PeriodicRunStatus:
    """
    Attributes:
        job (str): The periodic job's name (`tasks.scan_overdue`, …).
        cron (str): Its schedule: a cron expression (five fields, or six with seconds last).
        last_run_at (datetime.datetime | None): The last tick this job was queued for; null: never.
        last_state (None | str): `todo`, `doing`, `succeeded` or `failed`; null: never ran.
    """

    job: str
    cron: str
    last_run_at: datetime.datetime | None
    last_state: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job = self.job

        cron = self.cron

        last_run_at: None | str
        if isinstance(self.last_run_at, datetime.datetime):
            last_run_at = self.last_run_at.isoformat()
        else:
            last_run_at = self.last_run_at

        last_state: None | str
        last_state = self.last_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job": job,
                "cron": cron,
                "last_run_at": last_run_at,
                "last_state": last_state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job = d.pop("job")

        cron = d.pop("cron")

        def _parse_last_run_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_run_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_run_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_run_at = _parse_last_run_at(d.pop("last_run_at"))

        def _parse_last_state(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_state = _parse_last_state(d.pop("last_state"))

        periodic_run_status = cls(
            job=job,
            cron=cron,
            last_run_at=last_run_at,
            last_state=last_state,
        )

        periodic_run_status.additional_properties = d
        return periodic_run_status

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
