from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, field_validator

from plandesk.core.bounds import SafeDatetime
from plandesk.core.concurrency import ETagged
from plandesk.core.events import EVENT_TYPES
from plandesk.core.text import CleanText, StorableText

Strict = ConfigDict(extra="forbid")


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


class EndpointCreate(BaseModel):
    model_config = Strict
    url: CleanText = Field(min_length=8, max_length=2000, description="https URL that receives the events")
    description: StorableText = Field(default="", max_length=500)
    event_types: list[EventTypeName] = Field(
        min_length=1, max_length=50, description="Event types to receive; `*` for all, `task.*` for a family"
    )
    plan_id: uuid.UUID | None = Field(
        default=None, description="Only events of this plan (required for coordinators)"
    )
    active: StrictBool = True

    _types = field_validator("event_types")(_check_event_types)


class EndpointUpdate(BaseModel):
    model_config = Strict
    url: CleanText | None = Field(default=None, min_length=8, max_length=2000)
    description: StorableText | None = Field(default=None, max_length=500)
    event_types: list[EventTypeName] | None = Field(default=None, min_length=1, max_length=50)
    plan_id: uuid.UUID | None = None
    active: StrictBool | None = Field(default=None, description="Re-enabling clears the failure count")

    @field_validator("event_types")
    @classmethod
    def _types(cls, values: list[str] | None) -> list[str] | None:
        return None if values is None else _check_event_types(values)


class EndpointOut(ETagged):
    model_config = ConfigDict(from_attributes=True)
    id: uuid.UUID
    url: str
    description: str
    event_types: list[str]
    plan_id: uuid.UUID | None
    active: bool
    disabled_reason: str | None
    owner_id: uuid.UUID | None
    consecutive_failures: int
    failing_since: dt.datetime | None
    previous_secret_expires_at: dt.datetime | None
    created_at: dt.datetime
    updated_at: dt.datetime


class EndpointWithSecret(EndpointOut):
    secret: str = Field(description="The signing secret (`whsec_…`): shown this once, store it now")


class RotateSecret(BaseModel):
    model_config = Strict
    overlap_hours: StrictInt = Field(
        default=24, ge=0, le=168, description="How long the old secret keeps signing beside the new one"
    )


class AttemptOut(BaseModel):
    id: uuid.UUID
    delivery_id: uuid.UUID
    event_id: uuid.UUID
    event_type: str
    webhook_id: str
    attempt: int
    at: dt.datetime
    status_code: int | None
    duration_ms: int
    response_body: str = Field(description="The first 2 KB of the response")
    error: str | None
    next_attempt_at: dt.datetime | None
    delivery_state: Literal["pending", "delivered", "failed", "cancelled"]


class RedeliverFailed(BaseModel):
    model_config = Strict
    since: SafeDatetime = Field(description="Redeliver every event that failed since this time")


class RedeliverOutcome(BaseModel):
    queued: int


class TestEventOut(BaseModel):
    event_id: uuid.UUID
    webhook_id: str


class EventTypeOut(BaseModel):
    type: str
    description: str


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
