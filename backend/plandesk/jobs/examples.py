"""OpenAPI examples for the background job list (see plandesk.core.examples)."""

from __future__ import annotations

from typing import Any

SCHEMA_EXAMPLES: dict[str, Any] = {
    "JobOut": {
        "id": "18342",
        "task": "webhooks.deliver",
        "state": "failed",
        "attempts": 3,
        "queue": "webhooks",
        "args": {"endpoint_id": "3e5a7c9b-2d4f-4a6b-8c0d-1e2f3a4b5c6d"},
        "scheduled_at": "2025-09-15T01:12:40Z",
        "error": "OperationalError: connection to the database was lost during the attempt",
    },
}
