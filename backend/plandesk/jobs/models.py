"""The embedded runner's job table (SQLite). On PostgreSQL procrastinate keeps its own tables."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from plandesk.core.db import Base, JSONType, utcnow
from plandesk.core.events import SequenceId


class LocalJob(Base):
    __tablename__ = "local_jobs"
    __table_args__ = (
        Index("ix_local_jobs_claimable", "status", "scheduled_at"),
        Index("ix_local_jobs_queueing_lock", "queueing_lock"),
    )

    id: Mapped[int] = mapped_column(SequenceId, primary_key=True, autoincrement=True)
    task_name: Mapped[str] = mapped_column(String(128))
    args: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    status: Mapped[str] = mapped_column(String(16), default="todo")  # todo, doing, succeeded, failed
    attempts: Mapped[int] = mapped_column(default=0)
    max_attempts: Mapped[int] = mapped_column(default=5)
    scheduled_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # A claim lapses at this time: a job whose process died is claimed again after it.
    claimed_until: Mapped[dt.datetime | None]
    lock: Mapped[str | None] = mapped_column(String(200))
    queueing_lock: Mapped[str | None] = mapped_column(String(200))
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
