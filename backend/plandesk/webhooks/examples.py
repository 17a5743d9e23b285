"""OpenAPI examples for webhooks (see plandesk.core.examples): Báo Đắk Lắk's portal follows 148-KH/TU."""

from __future__ import annotations

import uuid
from typing import Any

from plandesk.core.examples import PLAN_ID, USER_COORDINATOR_ID, etag

ENDPOINT_ID = uuid.UUID("7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c501")
DELIVERY_ID = "7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c511"
EVENT_ID = uuid.UUID("7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c521")
TEST_EVENT_ID = uuid.UUID("7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c522")
URL = "https://baodaklak.vn/plandesk/webhooks"
DESCRIPTION = "Cổng thông tin Báo Đắk Lắk: chuyên trang đại hội đảng bộ các cấp"
EVENT_TYPES = ["task.*", "assignment.progressed", "milestone.moved"]

ENDPOINT: dict[str, Any] = {
    "id": str(ENDPOINT_ID),
    "etag": etag(ENDPOINT_ID, 2),
    "url": URL,
    "description": DESCRIPTION,
    "event_types": EVENT_TYPES,
    "plan_id": str(PLAN_ID),
    "active": True,
    "disabled_reason": None,
    "owner_id": str(USER_COORDINATOR_ID),
    "consecutive_failures": 0,
    "failing_since": None,
    "previous_secret_expires_at": None,
    "created_at": "2025-03-03T02:10:00Z",
    "updated_at": "2025-03-03T02:10:00Z",
}

SCHEMA_EXAMPLES: dict[str, Any] = {
    "EventTypeOut": {
        "type": "assignment.progressed",
        "description": "A unit reported progress on its assignment",
    },
    "EndpointCreate": {
        "url": URL,
        "description": DESCRIPTION,
        "event_types": EVENT_TYPES,
        "plan_id": str(PLAN_ID),
        "active": True,
    },
    "EndpointUpdate": {"event_types": [*EVENT_TYPES, "plan.updated"], "active": True},
    "EndpointOut": ENDPOINT,
    "EndpointWithSecret": {
        **ENDPOINT,
        "etag": etag(ENDPOINT_ID, 3),
        "previous_secret_expires_at": "2025-09-13T08:30:00Z",
        "updated_at": "2025-09-12T08:30:00Z",
        "secret": "whsec_aeUxeIg9Z3p+aT2zUNUoC9m0P+Vt1fkpS9jzNfwlvo0=",
    },
    "RotateSecret": {"overlap_hours": 24},
    "AttemptOut": {
        "id": "7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c531",
        "delivery_id": DELIVERY_ID,
        "event_id": str(EVENT_ID),
        "event_type": "assignment.progressed",
        "webhook_id": f"msg_{EVENT_ID.hex}",
        "attempt": 2,
        "at": "2025-09-12T03:20:05Z",
        "status_code": 503,
        "duration_ms": 184,
        "response_body": "Service Unavailable",
        "error": None,
        "next_attempt_at": "2025-09-12T03:25:05Z",
        "delivery_state": "pending",
    },
    "RedeliverFailed": {"since": "2025-09-10T00:00:00Z"},
    "RedeliverOutcome": {"queued": 3},
    "TestEventOut": {"event_id": str(TEST_EVENT_ID), "webhook_id": f"msg_{TEST_EVENT_ID.hex}"},
}
