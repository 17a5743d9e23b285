"""What the admin status page answers."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

_DOCS = ConfigDict(use_attribute_docstrings=True)


class SchemaStatus(BaseModel):
    database: list[str] = Field(description="Migration heads recorded in the database.")
    code: list[str] = Field(description="Migration heads this version of the code expects.")
    at_head: bool = Field(description="True when the two agree.")


class DatabaseStatus(BaseModel):
    model_config = _DOCS

    reachable: bool
    """True when the database answered `SELECT 1`."""
    dialect: str = Field(description="`postgresql` or `sqlite`.")
    latency_ms: float | None = Field(description="Round trip of `SELECT 1`, when reachable.")
    pool_checked_out: int | None = Field(description="Connections this process has in use.")


class RedisStatus(BaseModel):
    model_config = _DOCS

    configured: bool
    """True when a Redis URL is configured; false: the processes share nothing through Redis."""
    reachable: bool | None = Field(description="Null when Redis is not configured.")


class ClusteringStatus(BaseModel):
    backlog: int = Field(description="Submissions waiting for near-duplicate comparison.")
    oldest_waiting_seconds: float | None = Field(description="Age of the oldest waiting submission.")


class QueueBacklogStatus(BaseModel):
    model_config = _DOCS

    queue: str
    """The queue the jobs wait in (`default`, `webhooks`, …)."""
    task: str = Field(description="The job's name (`webhooks.deliver`, `tasks.scan_overdue`, …).")
    todo: int = Field(description="Jobs waiting, including retries scheduled later.")
    doing: int = Field(description="Jobs running now.")
    oldest_todo_seconds: float | None = Field(
        description="How long the oldest due job has waited to start; null when none is due."
    )


class PeriodicRunStatus(BaseModel):
    model_config = _DOCS

    job: str
    """The periodic job's name (`tasks.scan_overdue`, …)."""
    cron: str
    """Its schedule: a cron expression (five fields, or six with seconds last)."""
    last_run_at: dt.datetime | None = Field(description="The last tick this job was queued for; null: never.")
    last_state: str | None = Field(description="`todo`, `doing`, `succeeded` or `failed`; null: never ran.")


class JobsStatus(BaseModel):
    model_config = _DOCS

    backlog: list[QueueBacklogStatus] = Field(description="Per queue and job, those waiting or running.")
    periodic: list[PeriodicRunStatus]
    """Each periodic job, its schedule and its last run."""


class WebhooksStatus(BaseModel):
    model_config = _DOCS

    undispatched_events: int = Field(description="Committed events the relay has not fanned out yet.")
    oldest_undispatched_seconds: float | None
    """Age of the oldest event not fanned out yet; null when none waits."""
    pending_deliveries: int = Field(description="Deliveries to active endpoints not delivered or given up.")
    due_deliveries: int = Field(description="Of those, the ones due now.")
    oldest_due_seconds: float | None = Field(description="How long the most overdue delivery has waited.")
    disabled_endpoints: int
    """Webhook endpoints turned off after repeated failures or a 410 Gone from the receiver."""


class EmailStatus(BaseModel):
    enabled: bool = Field(
        description="False when no SMTP server is configured: notifications stay in the app."
    )
    detail: str = Field(description="What is configured (never credentials), or how to turn e-mail on.")


class ProcessStatus(BaseModel):
    model_config = _DOCS

    pid: int
    """The operating-system id of the process that answered."""
    started_at: dt.datetime
    """When that process started (UTC)."""
    uptime_seconds: float
    """Seconds since it started."""


class SystemStatus(BaseModel):
    version: str
    """The running PlanDesk version."""
    status: str = Field(
        description="`ok` when every dependency answers and the schema is at head, else `degraded`."
    )
    checked_at: dt.datetime
    """When these figures were taken (UTC)."""
    schema_: SchemaStatus = Field(alias="schema", serialization_alias="schema")
    """The database's migration heads against those the code expects."""
    database: DatabaseStatus
    """Whether the database answers, how fast, and connections in use."""
    redis: RedisStatus
    """Whether Redis is configured and answers."""
    feedback_clustering: ClusteringStatus
    """The near-duplicate comparison backlog of consultation feedback."""
    jobs: JobsStatus | None = Field(description="Null when the database did not answer.")
    webhooks: WebhooksStatus | None = Field(description="Null when the database did not answer.")
    email: EmailStatus
    """Whether notifications are also sent by e-mail."""
    process: ProcessStatus
    """The process that answered (several run behind a load balancer)."""

    model_config = ConfigDict(populate_by_name=True, use_attribute_docstrings=True)
