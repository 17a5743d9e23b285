from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attempt_out_delivery_state import AttemptOutDeliveryState

T = TypeVar("T", bound="AttemptOut")


@_attrs_define
class AttemptOut:
    """
    Attributes:
        id (UUID): The attempt's id (UUID).
        delivery_id (UUID): The delivery (one event to this endpoint) the attempt belongs to: pass it to redeliver.
        event_id (UUID): The event that was sent.
        event_type (str): The event's type (`assignment.progressed`).
        webhook_id (str): The `webhook-id` header sent (`msg_` and the event id): the same on every attempt and
            redelivery, so receivers can drop duplicates.
        attempt (int): Which attempt of the delivery this was: 1 is immediate; up to 8 attempts over about 33 hours.
        at (datetime.datetime): When the attempt was made (UTC).
        status_code (int | None): The receiver's HTTP status; null when no answer came (timeout, refused connection, TLS
            error).
        duration_ms (int): How long the attempt took, in milliseconds.
        response_body (str): The first 2 KB of the receiver's answer; empty when none.
        error (None | str): Why no HTTP answer came ("timed out after 10 s", a connection or TLS error); null when the
            receiver answered, whatever the status.
        next_attempt_at (datetime.datetime | None): When the next attempt is due after this failed one; null after a
            success or the last attempt.
        delivery_state (AttemptOutDeliveryState): Where the delivery stands now: `pending` (to be sent or retried),
            `delivered`, `failed` (every
            attempt failed; redeliver to try again) or `cancelled` (it will not be sent).
    """

    id: UUID
    delivery_id: UUID
    event_id: UUID
    event_type: str
    webhook_id: str
    attempt: int
    at: datetime.datetime
    status_code: int | None
    duration_ms: int
    response_body: str
    error: None | str
    next_attempt_at: datetime.datetime | None
    delivery_state: AttemptOutDeliveryState
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        delivery_id = str(self.delivery_id)

        event_id = str(self.event_id)

        event_type = self.event_type

        webhook_id = self.webhook_id

        attempt = self.attempt

        at = self.at.isoformat()

        status_code: int | None
        status_code = self.status_code

        duration_ms = self.duration_ms

        response_body = self.response_body

        error: None | str
        error = self.error

        next_attempt_at: None | str
        if isinstance(self.next_attempt_at, datetime.datetime):
            next_attempt_at = self.next_attempt_at.isoformat()
        else:
            next_attempt_at = self.next_attempt_at

        delivery_state = self.delivery_state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "delivery_id": delivery_id,
                "event_id": event_id,
                "event_type": event_type,
                "webhook_id": webhook_id,
                "attempt": attempt,
                "at": at,
                "status_code": status_code,
                "duration_ms": duration_ms,
                "response_body": response_body,
                "error": error,
                "next_attempt_at": next_attempt_at,
                "delivery_state": delivery_state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        delivery_id = UUID(d.pop("delivery_id"))

        event_id = UUID(d.pop("event_id"))

        event_type = d.pop("event_type")

        webhook_id = d.pop("webhook_id")

        attempt = d.pop("attempt")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        def _parse_status_code(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        status_code = _parse_status_code(d.pop("status_code"))

        duration_ms = d.pop("duration_ms")

        response_body = d.pop("response_body")

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))

        def _parse_next_attempt_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_attempt_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_attempt_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_attempt_at = _parse_next_attempt_at(d.pop("next_attempt_at"))

        delivery_state = AttemptOutDeliveryState(d.pop("delivery_state"))

        attempt_out = cls(
            id=id,
            delivery_id=delivery_id,
            event_id=event_id,
            event_type=event_type,
            webhook_id=webhook_id,
            attempt=attempt,
            at=at,
            status_code=status_code,
            duration_ms=duration_ms,
            response_body=response_body,
            error=error,
            next_attempt_at=next_attempt_at,
            delivery_state=delivery_state,
        )

        attempt_out.additional_properties = d
        return attempt_out

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
