"""OpenAPI examples for notifications (see plandesk.core.examples): reminders on task IV.1 of 148-KH/TU."""

from __future__ import annotations

from typing import Any

from plandesk.core.examples import NEXT_CURSOR, PLAN_ID, TASK_ID, UNIT_BAO_ID, USER_OFFICER_ID
from plandesk.notifications.kinds import KINDS

ASSIGNMENT_ID = "5b0e3c7a-1d2f-4e8a-9c41-7f3a2b6d1e51"  # Báo Đắk Lắk's part of task IV.1 (tasks examples)
TASK_TITLE = "Mở chuyên trang, chuyên mục tuyên truyền Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII"

NOTIFICATION: dict[str, Any] = {
    "id": "3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a01",
    "kind": "deadline_approaching",
    "subject_type": "assignment",
    "subject_id": ASSIGNMENT_ID,
    "plan_id": str(PLAN_ID),
    "link": f"/tasks/{TASK_ID}?unit={UNIT_BAO_ID}",
    "title": f"Còn 7 ngày đến hạn: {TASK_TITLE}",
    "body": "Hạn hoàn thành: 30/09/2025.",
    "language": "vi",
    "data": {
        "task_id": str(TASK_ID),
        "unit_id": str(UNIT_BAO_ID),
        "assignment_id": ASSIGNMENT_ID,
        "task_title": TASK_TITLE,
        "unit_name": "Báo Đắk Lắk",
        "role": "support",
        "due_date": "2025-09-30",
        "rule": "d-7",
        "days": 7,
    },
    "created_at": "2025-09-23T00:05:00Z",
    "read_at": None,
    "email_state": "sent",
}
UNIT_NOTIFICATION = {**NOTIFICATION, "user_id": str(USER_OFFICER_ID), "unit_id": str(UNIT_BAO_ID)}
RULES: dict[str, Any] = {
    "offsets": [-7, -3, -1, 0, 1, 3, 7],
    "weekly_overdue": True,
    "escalate_after_days": 5,
    "include_support": True,
}
PREFERENCES: dict[str, Any] = {
    "language": "vi",
    "email_mode": "digest",
    "digest_hour": 7,
    "quiet_start_hour": 22,
    "quiet_end_hour": 6,
}
CHOICES = [
    {"kind": "progress_reported", "in_app": True, "email": False},
    {"kind": "urged", "in_app": True, "email": True},
]

SCHEMA_EXAMPLES: dict[str, Any] = {
    "NotificationOut": NOTIFICATION,
    "UnitNotificationOut": UNIT_NOTIFICATION,
    "UnitNotificationPage": {"items": [UNIT_NOTIFICATION], "next_cursor": NEXT_CURSOR},
    "NotificationPage": {"items": [NOTIFICATION], "next_cursor": None, "unread": 4},
    "UnreadCount": {"unread": 4},
    "MarkRead": {"ids": [NOTIFICATION["id"]]},
    "MarkedRead": {"marked": 1, "unread": 3},
    "KindPreference": CHOICES[1],
    "KindInfo": {**CHOICES[1], "description": KINDS["urged"].description},
    "PreferencesIn": {**PREFERENCES, "kinds": CHOICES},
    "PreferencesOut": {
        **PREFERENCES,
        "kinds": [
            {"kind": name, "description": kind.description, "in_app": kind.in_app, "email": kind.email}
            for name, kind in KINDS.items()
        ],
        "email_enabled": True,
        "timezone": "Asia/Ho_Chi_Minh",
    },
    "ReminderRulesIn": RULES,
    "ReminderRulesOut": {"plan_id": str(PLAN_ID), **RULES, "is_default": False},
    "UnsubscribeResult": {"email_mode": "off"},
}
