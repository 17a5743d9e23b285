from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EndpointOut")


@_attrs_define
class EndpointOut:
    """
    Attributes:
        etag (str): The ETag the single resource sends (`"<id>-<version>"`): send it as If-Match to change or delete
            this object straight from a list, without reading it first.
        id (UUID): The endpoint's id (UUID).
        url (str): The receiver's URL: every event is POSTed there, signed (Standard Webhooks headers
            `webhook-id`, `webhook-timestamp`, `webhook-signature`).
        description (str): A note for the people who manage the endpoint; empty when none.
        event_types (list[str]): The event types it receives: types (`task.updated`), families (`task.*`) or `*` for
            all.
        plan_id (None | UUID): Only events of this plan; null: events of every plan (an admin's endpoint).
        active (bool): False while paused or disabled: no events are queued for it (`disabled_reason` says why when the
            server disabled it).
        disabled_reason (None | str): Why the server disabled it ("The endpoint answered 410 Gone.", "50 consecutive
            deliveries
            failed.", or 5 days of failures); null unless disabled by the server.
        owner_id (None | UUID): The user who created it; null when a service account did.
        consecutive_failures (int): Failed deliveries in a row, back to 0 at the first success. At 50 the endpoint is
            disabled.
        failing_since (datetime.datetime | None): When the current run of failures began; null while deliveries succeed.
            After 5 days of failing
            the endpoint is disabled.
        previous_secret_expires_at (datetime.datetime | None): Until when the secret replaced by the last rotation still
            signs beside the new one (two
            signatures in `webhook-signature`); null when there is no overlap.
        created_at (datetime.datetime): When the endpoint was created (UTC).
        updated_at (datetime.datetime): When it last changed (UTC).
    """

    etag: str
    id: UUID
    url: str
    description: str
    event_types: list[str]
    plan_id: None | UUID
    active: bool
    disabled_reason: None | str
    owner_id: None | UUID
    consecutive_failures: int
    failing_since: datetime.datetime | None
    previous_secret_expires_at: datetime.datetime | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        etag = self.etag

        id = str(self.id)

        url = self.url

        description = self.description

        event_types = self.event_types

        plan_id: None | str
        if isinstance(self.plan_id, UUID):
            plan_id = str(self.plan_id)
        else:
            plan_id = self.plan_id

        active = self.active

        disabled_reason: None | str
        disabled_reason = self.disabled_reason

        owner_id: None | str
        if isinstance(self.owner_id, UUID):
            owner_id = str(self.owner_id)
        else:
            owner_id = self.owner_id

        consecutive_failures = self.consecutive_failures

        failing_since: None | str
        if isinstance(self.failing_since, datetime.datetime):
            failing_since = self.failing_since.isoformat()
        else:
            failing_since = self.failing_since

        previous_secret_expires_at: None | str
        if isinstance(self.previous_secret_expires_at, datetime.datetime):
            previous_secret_expires_at = self.previous_secret_expires_at.isoformat()
        else:
            previous_secret_expires_at = self.previous_secret_expires_at

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "etag": etag,
                "id": id,
                "url": url,
                "description": description,
                "event_types": event_types,
                "plan_id": plan_id,
                "active": active,
                "disabled_reason": disabled_reason,
                "owner_id": owner_id,
                "consecutive_failures": consecutive_failures,
                "failing_since": failing_since,
                "previous_secret_expires_at": previous_secret_expires_at,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        etag = d.pop("etag")

        id = UUID(d.pop("id"))

        url = d.pop("url")

        description = d.pop("description")

        event_types = cast(list[str], d.pop("event_types"))

        def _parse_plan_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                plan_id_type_0 = UUID(data)

                return plan_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        plan_id = _parse_plan_id(d.pop("plan_id"))

        active = d.pop("active")

        def _parse_disabled_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        disabled_reason = _parse_disabled_reason(d.pop("disabled_reason"))

        def _parse_owner_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                owner_id_type_0 = UUID(data)

                return owner_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        owner_id = _parse_owner_id(d.pop("owner_id"))

        consecutive_failures = d.pop("consecutive_failures")

        def _parse_failing_since(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                failing_since_type_0 = datetime.datetime.fromisoformat(data)

                return failing_since_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        failing_since = _parse_failing_since(d.pop("failing_since"))

        def _parse_previous_secret_expires_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                previous_secret_expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return previous_secret_expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        previous_secret_expires_at = _parse_previous_secret_expires_at(d.pop("previous_secret_expires_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        endpoint_out = cls(
            etag=etag,
            id=id,
            url=url,
            description=description,
            event_types=event_types,
            plan_id=plan_id,
            active=active,
            disabled_reason=disabled_reason,
            owner_id=owner_id,
            consecutive_failures=consecutive_failures,
            failing_since=failing_since,
            previous_secret_expires_at=previous_secret_expires_at,
            created_at=created_at,
            updated_at=updated_at,
        )

        endpoint_out.additional_properties = d
        return endpoint_out

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
