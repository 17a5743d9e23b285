"""OpenAPI examples for the operations status page (see plandesk.core.examples)."""

from __future__ import annotations

from typing import Any

SCHEMA_EXAMPLES: dict[str, Any] = {
    "SystemStatus": {
        "version": "1.4.0",
        "status": "ok",
        "checked_at": "2025-09-15T01:30:04Z",
        "schema": {
            "database": ["0023_partial_event_indexes"],
            "code": ["0023_partial_event_indexes"],
            "at_head": True,
        },
        "database": {"reachable": True, "dialect": "postgresql", "latency_ms": 0.8, "pool_checked_out": 2},
        "redis": {"configured": True, "reachable": True},
        "feedback_clustering": {"backlog": 0, "oldest_waiting_seconds": None},
        "jobs": {
            "backlog": [
                {
                    "queue": "webhooks",
                    "task": "webhooks.deliver",
                    "todo": 3,
                    "doing": 1,
                    "oldest_todo_seconds": 4.2,
                }
            ],
            "periodic": [
                {
                    "job": "tasks.scan_overdue",
                    "cron": "* * * * *",
                    "last_run_at": "2025-09-15T01:30:00Z",
                    "last_state": "succeeded",
                }
            ],
        },
        "webhooks": {
            "undispatched_events": 0,
            "oldest_undispatched_seconds": None,
            "pending_deliveries": 4,
            "due_deliveries": 3,
            "oldest_due_seconds": 4.2,
            "disabled_endpoints": 0,
        },
        "email": {"enabled": True, "detail": "SMTP mail.daklak.gov.vn:587 (STARTTLS)"},
        "process": {"pid": 4183, "started_at": "2025-09-14T22:00:11Z", "uptime_seconds": 12833.2},
    },
}
