"""Webhook endpoints, one delivery per (endpoint, event), and the log of each attempt."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from plandesk.core.db import Base, JSONType, Timestamps, UUIDPrimaryKey, utcnow

DELIVERY_STATES = ("pending", "delivered", "failed", "cancelled")


class WebhookEndpoint(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "webhook_endpoints"

    url: Mapped[str] = mapped_column(String(2000))
    description: Mapped[str] = mapped_column(String(500), default="")
    event_types: Mapped[list[str]] = mapped_column(JSONType, default=list)
    plan_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    active: Mapped[bool] = mapped_column(default=True)
    disabled_reason: Mapped[str | None] = mapped_column(String(300))
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    # Signing needs the secret itself (HMAC), so it is stored, sealed (webhooks/sealing.py);
    # it is shown once and never read back through the API.
    secret: Mapped[str] = mapped_column(String(400))
    previous_secret: Mapped[str | None] = mapped_column(String(400))
    previous_secret_expires_at: Mapped[dt.datetime | None]
    consecutive_failures: Mapped[int] = mapped_column(default=0)
    failing_since: Mapped[dt.datetime | None]
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class WebhookDelivery(UUIDPrimaryKey, Base):
    """One event owed to one endpoint; ``webhook-id`` is the event id, stable across retries."""

    __tablename__ = "webhook_deliveries"
    __table_args__ = (
        Index("ix_webhook_deliveries_endpoint_state", "endpoint_id", "state", "event_seq"),
        Index("ix_webhook_deliveries_due", "state", "next_attempt_at"),
        Index("ix_webhook_deliveries_created_at", "created_at"),
    )

    endpoint_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("webhook_endpoints.id", ondelete="CASCADE"))
    event_seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"))
    event_id: Mapped[uuid.UUID]
    event_type: Mapped[str] = mapped_column(String(64))
    # Deliveries for the same object reach an endpoint in order: "task:<id>".
    subject_key: Mapped[str] = mapped_column(String(100))
    state: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[dt.datetime | None]
    last_status: Mapped[int | None]
    last_attempt_at: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class WebhookAttempt(UUIDPrimaryKey, Base):
    """The delivery log: one row per HTTP attempt, kept 30 days."""

    __tablename__ = "webhook_attempts"
    __table_args__ = (Index("ix_webhook_attempts_endpoint_at", "endpoint_id", "at"),)

    delivery_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("webhook_deliveries.id", ondelete="CASCADE"), index=True
    )
    endpoint_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("webhook_endpoints.id", ondelete="CASCADE"))
    event_id: Mapped[uuid.UUID]
    event_type: Mapped[str] = mapped_column(String(64))
    attempt: Mapped[int]
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    status_code: Mapped[int | None]
    duration_ms: Mapped[int]
    response_body: Mapped[str] = mapped_column(Text, default="")
    error: Mapped[str | None] = mapped_column(String(500))
    next_attempt_at: Mapped[dt.datetime | None]
