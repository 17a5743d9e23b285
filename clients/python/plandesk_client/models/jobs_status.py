from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.periodic_run_status import PeriodicRunStatus
    from ..models.queue_backlog_status import QueueBacklogStatus


T = TypeVar("T", bound="JobsStatus")


@_attrs_define
class JobsStatus:
    """
    Attributes:
        backlog (list[QueueBacklogStatus]): Per queue and job, those waiting or running.
        periodic (list[PeriodicRunStatus]): Each periodic job, its schedule and its last run.
    """

    backlog: list[QueueBacklogStatus]
    periodic: list[PeriodicRunStatus]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        backlog = []
        for backlog_item_data in self.backlog:
            backlog_item = backlog_item_data.to_dict()
            backlog.append(backlog_item)

        periodic = []
        for periodic_item_data in self.periodic:
            periodic_item = periodic_item_data.to_dict()
            periodic.append(periodic_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "backlog": backlog,
                "periodic": periodic,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.periodic_run_status import PeriodicRunStatus  # noqa: PLC0415
        from ..models.queue_backlog_status import QueueBacklogStatus  # noqa: PLC0415

        d = dict(src_dict)
        backlog = []
        _backlog = d.pop("backlog")
        for backlog_item_data in _backlog:
            backlog_item = QueueBacklogStatus.from_dict(backlog_item_data)

            backlog.append(backlog_item)

        periodic = []
        _periodic = d.pop("periodic")
        for periodic_item_data in _periodic:
            periodic_item = PeriodicRunStatus.from_dict(periodic_item_data)

            periodic.append(periodic_item)

        jobs_status = cls(
            backlog=backlog,
            periodic=periodic,
        )

        jobs_status.additional_properties = d
        return jobs_status

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
