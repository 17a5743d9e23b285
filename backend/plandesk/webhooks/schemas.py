from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, field_validator

from plandesk.core.bounds import JsonInt, SafeDatetime
from plandesk.core.concurrency import ETagged
from plandesk.core.events import EVENT_TYPES
from plandesk.core.text import CleanText, StorableText

Strict = ConfigDict(use_attribute_docstrings=True, extra="forbid")


def _check_event_types(values: list[str]) -> list[str]:
    for value in values:
        family = value[:-2] if value.endswith(".*") else None
        known = (
            value == "*"
            or value in EVENT_TYPES
            or (family and any(t.startswith(family + ".") for t in EVENT_TYPES))
        )
        if not known:
            raise ValueError(f"unknown event type {value!r}")
    return list(dict.fromkeys(values))


# Every value _check_event_types accepts, as the items' enum: a generator or a client reads
# from the document which names exist ("*", each type, each family "task.*").
EVENT_TYPE_CHOICES = ["*", *sorted({t.rsplit(".", 1)[0] + ".*" for t in EVENT_TYPES}), *sorted(EVENT_TYPES)]
EventTypeName = Annotated[CleanText, Field(json_schema_extra={"enum": EVENT_TYPE_CHOICES})]


def _https_documented(schema: dict[str, Any]) -> None:
    """The document says https (beside the text rule's pattern); the service checks it, and lets
    plain http through only where PLANDESK_WEBHOOKS_ALLOW_HTTP allows it."""
    schema.setdefault("allOf", []).append({"pattern": "^[Hh][Tt][Tt][Pp][Ss]://"})


class EndpointCreate(BaseModel):
    model_config = Strict
    url: CleanText = Field(min_length=8, max_length=2000, json_schema_extra=_https_documented)
    """The receiver's https URL, 8–2000 characters. It must resolve only to addresses the server allows
    (no loopback or private network unless configured; plain http only where the server allows it),
    else 422."""
    description: StorableText = Field(default="", max_length=500)
    """A note for the people who manage the endpoint ("Cổng thông tin Báo Đắk Lắk: tin đại hội"), at most
    500 characters; empty when none."""
    event_types: list[EventTypeName] = Field(min_length=1, max_length=50)
    """The event types to receive (1–50): a type of `GET /webhooks/event-types` (`task.updated`), a
    family (`task.*`) or `*` for every type. Duplicates are dropped; an unknown name is a 422."""
    plan_id: uuid.UUID | None = Field(default=None)
    """Only events of this plan; null for events of every plan, which only admins may ask for (a
    coordinator must name a plan they coordinate, else 403). An unknown plan is a 422."""
    active: StrictBool = True
    """False to create the endpoint paused: no events are queued for it until it is re-enabled."""

    _types = field_validator("event_types")(_check_event_types)


class EndpointUpdate(BaseModel):
    model_config = Strict
    url: CleanText | None = Field(
        default=None, min_length=8, max_length=2000, json_schema_extra=_https_documented
    )
    """A new receiver URL (same rules as on creation: https, allowed addresses only); omit to keep it."""
    description: StorableText | None = Field(default=None, max_length=500)
    """A new note for the people who manage the endpoint, at most 500 characters; omit to keep it."""
    event_types: list[EventTypeName] | None = Field(default=None, min_length=1, max_length=50)
    """The new list of event types (1–50; a type, a family `task.*` or `*`): it replaces the old list.
    Omit to keep it."""
    plan_id: uuid.UUID | None = None
    """Only events of this plan. Sent as null: events of every plan (admins only); omitted: unchanged.
    A coordinator may only name a plan they coordinate (else 403)."""
    active: StrictBool | None = None
    """False pauses the endpoint; true re-enables it and clears the failure count, the failing-since
    time and the reason it was disabled. Omit to keep it."""

    @field_validator("event_types")
    @classmethod
    def _types(cls, values: list[str] | None) -> list[str] | None:
        return None if values is None else _check_event_types(values)


class EndpointOut(ETagged):
    model_config = ConfigDict(from_attributes=True, use_attribute_docstrings=True)
    id: uuid.UUID
    """The endpoint's id (UUID)."""
    url: str
    """The receiver's URL: every event is POSTed there, signed (Standard Webhooks headers
    `webhook-id`, `webhook-timestamp`, `webhook-signature`)."""
    description: str
    """A note for the people who manage the endpoint; empty when none."""
    event_types: list[str]
    """The event types it receives: types (`task.updated`), families (`task.*`) or `*` for all."""
    plan_id: uuid.UUID | None
    """Only events of this plan; null: events of every plan (an admin's endpoint)."""
    active: bool
    """False while paused or disabled: no events are queued for it (`disabled_reason` says why when the
    server disabled it)."""
    disabled_reason: str | None
    """Why the server disabled it ("The endpoint answered 410 Gone.", "50 consecutive deliveries
    failed.", or 5 days of failures); null unless disabled by the server."""
    owner_id: uuid.UUID | None
    """The user who created it; null when a service account did."""
    consecutive_failures: int
    """Failed deliveries in a row, back to 0 at the first success. At 50 the endpoint is disabled."""
    failing_since: dt.datetime | None
    """When the current run of failures began; null while deliveries succeed. After 5 days of failing
    the endpoint is disabled."""
    previous_secret_expires_at: dt.datetime | None
    """Until when the secret replaced by the last rotation still signs beside the new one (two
    signatures in `webhook-signature`); null when there is no overlap."""
    created_at: dt.datetime
    """When the endpoint was created (UTC)."""
    updated_at: dt.datetime
    """When it last changed (UTC)."""


class EndpointWithSecret(EndpointOut):
    secret: str
    """The signing secret (`whsec_` and 32 random bytes in base64): shown this once, store it now. The
    server keeps it sealed and never shows it again."""


class RotateSecret(BaseModel):
    model_config = Strict
    overlap_hours: JsonInt = Field(default=24, ge=0, le=168)
    """How many hours (0–168, default 24) the old secret keeps signing beside the new one, so receivers
    can switch without losing events; 0 retires it at once."""


class AttemptOut(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    id: uuid.UUID
    """The attempt's id (UUID)."""
    delivery_id: uuid.UUID
    """The delivery (one event to this endpoint) the attempt belongs to: pass it to redeliver."""
    event_id: uuid.UUID
    """The event that was sent."""
    event_type: str
    """The event's type (`assignment.progressed`)."""
    webhook_id: str
    """The `webhook-id` header sent (`msg_` and the event id): the same on every attempt and
    redelivery, so receivers can drop duplicates."""
    attempt: int
    """Which attempt of the delivery this was: 1 is immediate; up to 8 attempts over about 33 hours."""
    at: dt.datetime
    """When the attempt was made (UTC)."""
    status_code: int | None
    """The receiver's HTTP status; null when no answer came (timeout, refused connection, TLS error)."""
    duration_ms: int
    """How long the attempt took, in milliseconds."""
    response_body: str
    """The first 2 KB of the receiver's answer; empty when none."""
    error: str | None
    """Why no HTTP answer came ("timed out after 10 s", a connection or TLS error); null when the
    receiver answered, whatever the status."""
    next_attempt_at: dt.datetime | None
    """When the next attempt is due after this failed one; null after a success or the last attempt."""
    delivery_state: Literal["pending", "delivered", "failed", "cancelled"]
    """Where the delivery stands now: `pending` (to be sent or retried), `delivered`, `failed` (every
    attempt failed; redeliver to try again) or `cancelled` (it will not be sent)."""


class RedeliverFailed(BaseModel):
    model_config = Strict
    since: SafeDatetime
    """Send again every delivery of this endpoint that failed and was created at or after this time (no
    time zone: UTC)."""


class RedeliverOutcome(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    queued: int
    """How many deliveries were queued again (sent by the next relay sweep with their original
    `webhook-id`)."""


class TestEventOut(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    event_id: uuid.UUID
    """The `webhook.test` event queued for this endpoint alone."""
    webhook_id: str
    """Its `webhook-id` header (`msg_` and the event id): look for it in the receiver's log and in the
    delivery log."""


class EventTypeOut(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    type: str
    """The event type (`assignment.progressed`); `task.*` subscribes to a family, `*` to all."""
    description: str
    """When the event is sent."""


class JobOut(BaseModel):
    """A background job (GET /admin/jobs)."""

    model_config = ConfigDict(use_attribute_docstrings=True)

    id: str
    """The job's id in its queue (as text)."""
    task: str
    """The job's name (`webhooks.deliver`, `tasks.scan_overdue`, …)."""
    state: str
    """`todo` (waiting, or a retry scheduled later), `doing`, `succeeded`, `failed` or `cancelled`."""
    attempts: int
    """How many times the job has been tried."""
    queue: str
    """The queue the job runs from (`default`, `webhooks`, …)."""
    args: dict[str, object]
    """The job's arguments, as it was deferred with them."""
    scheduled_at: dt.datetime | None
    """When the job is (or was) due to run (UTC); null: as soon as a worker is free."""
    error: str | None
    """Why the last attempt failed; null when it did not fail."""
