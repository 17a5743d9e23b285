"""What the admin status page answers."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field


class SchemaStatus(BaseModel):
    database: list[str] = Field(description="Migration heads recorded in the database.")
    code: list[str] = Field(description="Migration heads this version of the code expects.")
    at_head: bool = Field(description="True when the two agree.")


class DatabaseStatus(BaseModel):
    reachable: bool
    dialect: str = Field(description="`postgresql` or `sqlite`.")
    latency_ms: float | None = Field(description="Round trip of `SELECT 1`, when reachable.")
    pool_checked_out: int | None = Field(description="Connections this process has in use.")


class RedisStatus(BaseModel):
    configured: bool
    reachable: bool | None = Field(description="Null when Redis is not configured.")


class ClusteringStatus(BaseModel):
    backlog: int = Field(description="Submissions waiting for near-duplicate comparison.")
    oldest_waiting_seconds: float | None = Field(description="Age of the oldest waiting submission.")


class QueueBacklogStatus(BaseModel):
    queue: str
    task: str = Field(description="The job's name (`webhooks.deliver`, `tasks.overdue_scan`, …).")
    todo: int = Field(description="Jobs waiting, including retries scheduled later.")
    doing: int = Field(description="Jobs running now.")
    oldest_todo_seconds: float | None = Field(
        description="How long the oldest due job has waited to start; null when none is due."
    )


class PeriodicRunStatus(BaseModel):
    job: str
    cron: str
    last_run_at: dt.datetime | None = Field(description="The last tick this job was queued for; null: never.")
    last_state: str | None = Field(description="`todo`, `doing`, `succeeded` or `failed`; null: never ran.")


class JobsStatus(BaseModel):
    backlog: list[QueueBacklogStatus] = Field(description="Per queue and job, those waiting or running.")
    periodic: list[PeriodicRunStatus]


class WebhooksStatus(BaseModel):
    undispatched_events: int = Field(description="Committed events the relay has not fanned out yet.")
    oldest_undispatched_seconds: float | None
    pending_deliveries: int = Field(description="Deliveries to active endpoints not delivered or given up.")
    due_deliveries: int = Field(description="Of those, the ones due now.")
    oldest_due_seconds: float | None = Field(description="How long the most overdue delivery has waited.")
    disabled_endpoints: int


class EmailStatus(BaseModel):
    enabled: bool = Field(
        description="False when no SMTP server is configured: notifications stay in the app."
    )
    detail: str = Field(description="What is configured (never credentials), or how to turn e-mail on.")


class ProcessStatus(BaseModel):
    pid: int
    started_at: dt.datetime
    uptime_seconds: float


class SystemStatus(BaseModel):
    version: str
    status: str = Field(
        description="`ok` when every dependency answers and the schema is at head, else `degraded`."
    )
    checked_at: dt.datetime
    schema_: SchemaStatus = Field(alias="schema", serialization_alias="schema")
    database: DatabaseStatus
    redis: RedisStatus
    feedback_clustering: ClusteringStatus
    jobs: JobsStatus | None = Field(description="Null when the database did not answer.")
    webhooks: WebhooksStatus | None = Field(description="Null when the database did not answer.")
    email: EmailStatus
    process: ProcessStatus

    model_config = {"populate_by_name": True}
