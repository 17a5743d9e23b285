"""Prometheus metrics, shared by every uvicorn worker of a process group.

``plandesk serve --workers N`` points ``PROMETHEUS_MULTIPROC_DIR`` at ``var/prometheus``
(emptied at start) before the workers fork, so each worker writes its samples there
and a scrape of any one of them sums all. With one process and no such directory
the default in-memory registry serves.

Labels are bounded: routes are templates (``/api/v1/tasks/{task_id}``), never raw
paths, and unmatched paths share one label, so a scanner cannot blow up the series.
"""

from __future__ import annotations

import os
from typing import Any

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from prometheus_client import multiprocess as _multiprocess
from prometheus_client.registry import Collector

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"

HTTP_REQUESTS = Counter(
    "plandesk_http_requests_total",
    "HTTP requests answered, by method, route template and status.",
    ["method", "route", "status"],
)
HTTP_LATENCY = Histogram(
    "plandesk_http_request_duration_seconds",
    "Time from the request's arrival to the end of its response, by method and route template.",
    ["method", "route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)
RATE_LIMIT_REFUSALS = Counter(
    "plandesk_rate_limit_refusals_total",
    "Requests refused with 429 by a rate limit or lock-out, by route template.",
    ["route"],
)
DB_POOL = Gauge(
    "plandesk_db_pool_connections",
    "Database connections of this process's pool, by state (checked_out, idle).",
    ["state"],
    multiprocess_mode="livesum",
)
FEEDBACK_GROUP_SIZE = Histogram(
    "plandesk_feedback_group_size",
    "Submissions written per group commit.",
    buckets=(1, 2, 4, 8, 16, 32, 64, 128, 256, 512),
)
FEEDBACK_GROUP_WAIT = Histogram(
    "plandesk_feedback_group_wait_seconds",
    "Time a submission waited for its group's commit.",
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0),
)
WEBHOOK_DELIVERIES = Counter(
    "plandesk_webhook_deliveries_total",
    "Webhook delivery attempts recorded, by event type and outcome: delivered, failed_retrying "
    "(another attempt is scheduled), failed_permanently (given up: retries spent or 410 Gone).",
    ["event_type", "outcome"],
)
WEBHOOK_ENDPOINTS_DISABLED = Counter(
    "plandesk_webhook_endpoints_disabled_total",
    "Endpoints disabled after failing, by reason: gone (410), failures (50 in a row), failing_for (5 days).",
    ["reason"],
)
CLUSTERING_BACKLOG = Gauge(
    "plandesk_feedback_clustering_backlog",
    "Submissions waiting for near-duplicate clustering (sampled by the admin status and scrapes).",
    multiprocess_mode="max",
)


# The labelled children of the request metrics, looked up once per label set (``labels()``
# takes a lock and builds a key on every call). Routes are templates, so this stays small.
_REQUEST_CHILDREN: dict[tuple[str, str, int], tuple[Any, Any]] = {}


def observe_request(method: str, route: str, status: int, duration: float) -> None:
    children = _REQUEST_CHILDREN.get((method, route, status))
    if children is None:
        children = (HTTP_REQUESTS.labels(method, route, str(status)), HTTP_LATENCY.labels(method, route))
        _REQUEST_CHILDREN[(method, route, status)] = children
    children[0].inc()
    children[1].observe(duration)
    if status == 429:
        RATE_LIMIT_REFUSALS.labels(route).inc()


def observe_pool(engine: Any) -> None:
    """Sample the SQLAlchemy pool of ``engine`` (pools without counters are skipped)."""
    pool = getattr(engine, "pool", None)
    checked_out = getattr(pool, "checkedout", None)
    checked_in = getattr(pool, "checkedin", None)
    if callable(checked_out) and callable(checked_in):
        DB_POOL.labels("checked_out").set(checked_out())
        DB_POOL.labels("idle").set(checked_in())


def render(*extra: Collector) -> tuple[bytes, str]:
    """The exposition text for a scrape: every worker's samples in multiprocess mode.

    ``extra`` collectors (values read at scrape time, the same in every process) are
    added once, after the process metrics."""
    if os.environ.get(MULTIPROC_ENV):
        registry = CollectorRegistry()
        _multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        body = generate_latest(registry)
    else:
        body = generate_latest()
    if extra:
        scraped = CollectorRegistry(auto_describe=False)
        for collector in extra:
            scraped.register(collector)
        body += generate_latest(scraped)
    return body, CONTENT_TYPE_LATEST


def prepare_multiprocess_dir(path: os.PathLike[str] | str) -> None:
    """Empty ``path`` and point the workers about to start at it (call before they fork)."""
    from pathlib import Path

    directory = Path(path)
    directory.mkdir(parents=True, exist_ok=True)
    for stale in directory.glob("*.db"):
        stale.unlink()
    os.environ[MULTIPROC_ENV] = str(directory)


def mark_process_dead(pid: int) -> None:
    if os.environ.get(MULTIPROC_ENV):
        _multiprocess.mark_process_dead(pid)  # type: ignore[no-untyped-call]
