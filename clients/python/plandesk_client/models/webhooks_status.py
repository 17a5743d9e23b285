from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhooksStatus")


@_attrs_define
class WebhooksStatus:
    """
    Attributes:
        undispatched_events (int): Committed events the relay has not fanned out yet.
        oldest_undispatched_seconds (float | None): Age of the oldest event not fanned out yet; null when none waits.
        pending_deliveries (int): Deliveries to active endpoints not delivered or given up.
        due_deliveries (int): Of those, the ones due now.
        oldest_due_seconds (float | None): How long the most overdue delivery has waited.
        disabled_endpoints (int): Webhook endpoints turned off after repeated failures or a 410 Gone from the receiver.
    """

    undispatched_events: int
    oldest_undispatched_seconds: float | None
    pending_deliveries: int
    due_deliveries: int
    oldest_due_seconds: float | None
    disabled_endpoints: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        undispatched_events = self.undispatched_events

        oldest_undispatched_seconds: float | None
        oldest_undispatched_seconds = self.oldest_undispatched_seconds

        pending_deliveries = self.pending_deliveries

        due_deliveries = self.due_deliveries

        oldest_due_seconds: float | None
        oldest_due_seconds = self.oldest_due_seconds

        disabled_endpoints = self.disabled_endpoints

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "undispatched_events": undispatched_events,
                "oldest_undispatched_seconds": oldest_undispatched_seconds,
                "pending_deliveries": pending_deliveries,
                "due_deliveries": due_deliveries,
                "oldest_due_seconds": oldest_due_seconds,
                "disabled_endpoints": disabled_endpoints,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        undispatched_events = d.pop("undispatched_events")

        def _parse_oldest_undispatched_seconds(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        oldest_undispatched_seconds = _parse_oldest_undispatched_seconds(d.pop("oldest_undispatched_seconds"))

        pending_deliveries = d.pop("pending_deliveries")

        due_deliveries = d.pop("due_deliveries")

        def _parse_oldest_due_seconds(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        oldest_due_seconds = _parse_oldest_due_seconds(d.pop("oldest_due_seconds"))

        disabled_endpoints = d.pop("disabled_endpoints")

        webhooks_status = cls(
            undispatched_events=undispatched_events,
            oldest_undispatched_seconds=oldest_undispatched_seconds,
            pending_deliveries=pending_deliveries,
            due_deliveries=due_deliveries,
            oldest_due_seconds=oldest_due_seconds,
            disabled_endpoints=disabled_endpoints,
        )

        webhooks_status.additional_properties = d
        return webhooks_status

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
