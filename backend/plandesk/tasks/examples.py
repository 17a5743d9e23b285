"""OpenAPI examples for tasks (see plandesk.core.examples): task IV.1 of plan 148-KH/TU."""

from __future__ import annotations

from typing import Any

from plandesk.core.examples import (
    CHANNEL_MEDIA_ID,
    MILESTONE_PROVINCE_ID,
    NEXT_CURSOR,
    PHASE_II_ID,
    PLAN_ID,
    TASK_ID,
    UNIT_BAO_ID,
    UNIT_BTG_ID,
    UNIT_PTTH_ID,
    USER_COORDINATOR_ID,
    USER_OFFICER_ID,
    etag,
)

ASSIGNMENT_ID = "5b0e3c7a-1d2f-4e8a-9c41-7f3a2b6d1e51"
SUPPORT_ID = "5b0e3c7a-1d2f-4e8a-9c41-7f3a2b6d1e52"
TITLE = "Mở chuyên trang, chuyên mục tuyên truyền Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII"
BODY = (
    "Chủ trì, phối hợp với Báo Đắk Lắk, Đài Phát thanh - Truyền hình tỉnh mở chuyên trang, chuyên mục; "
    "tăng thời lượng, tin, bài tuyên truyền trước, trong và sau đại hội."
)
DUE = {"kind": "milestone", "milestone_id": str(MILESTONE_PROVINCE_ID), "side": "start", "offset_days": -1}

ASSIGNMENT: dict[str, Any] = {
    "id": ASSIGNMENT_ID,
    "task_id": str(TASK_ID),
    "unit_id": str(UNIT_BAO_ID),
    "role": "support",
    "status": "in_progress",
    "percent": 60,
    "completed_at": None,
    "last_update_at": "2025-09-12T03:20:00Z",
    "etag": '"5b0e3c7a1d2f4e8a9c417f3a2b6d1e51-4"',
}
LEAD: dict[str, Any] = {
    **ASSIGNMENT,
    "id": SUPPORT_ID,
    "unit_id": str(UNIT_BTG_ID),
    "role": "lead",
    "percent": 70,
    "etag": '"5b0e3c7a1d2f4e8a9c417f3a2b6d1e52-6"',
}
BRIEFS = [{k: a[k] for k in ("unit_id", "role", "status", "percent")} for a in (LEAD, ASSIGNMENT)]

SCHEMA_EXAMPLES: dict[str, Any] = {
    "TaskCreate": {
        "title": TITLE,
        "body": BODY,
        "source_section": "IV.1",
        "phase_id": str(PHASE_II_ID),
        "lead_unit_id": str(UNIT_BTG_ID),
        "supporting_unit_ids": [str(UNIT_BAO_ID), str(UNIT_PTTH_ID)],
        "due": DUE,
        "channel_ids": [str(CHANNEL_MEDIA_ID)],
    },
    "TaskUpdate": {"due": {"kind": "fixed", "date": "2025-09-30"}},
    "TaskOut": {
        "id": str(TASK_ID),
        "etag": etag(TASK_ID, 5),
        "plan_id": str(PLAN_ID),
        "phase_id": str(PHASE_II_ID),
        "source_section": "IV.1",
        "title": TITLE,
        "body": BODY,
        "lead_unit_id": str(UNIT_BTG_ID),
        "lead_group_id": None,
        "supporting_group_ids": [],
        "awaiting_members": False,
        "supporting_unit_ids": [str(UNIT_BAO_ID)],
        "due": DUE,
        "due_date": "2025-09-30",
        "status": "in_progress",
        "percent": 65,
        "overdue": False,
        "completed_on": None,
        "channel_ids": [str(CHANNEL_MEDIA_ID)],
        "assignments": [LEAD, ASSIGNMENT],
        "created_at": "2025-02-20T02:00:00Z",
        "updated_at": "2025-03-02T07:45:00Z",
    },
    "TaskListItem": {
        "id": str(TASK_ID),
        "etag": etag(TASK_ID, 5),
        "plan_id": str(PLAN_ID),
        "phase_id": str(PHASE_II_ID),
        "source_section": "IV.1",
        "title": TITLE,
        "lead_unit_id": str(UNIT_BTG_ID),
        "lead_group_id": None,
        "awaiting_members": False,
        "due_date": "2025-09-30",
        "status": "in_progress",
        "percent": 65,
        "overdue": False,
        "completed_on": None,
        "assignments": BRIEFS,
        "created_at": "2025-02-20T02:00:00Z",
    },
    "AssignmentOut": ASSIGNMENT,
    "AssignmentUpdate": {"status": "in_progress", "percent": 60},
    "ProgressCreate": {
        "unit_id": str(UNIT_BAO_ID),
        "status": "in_progress",
        "percent": 60,
        "note": 'Đã mở chuyên mục "Tiến tới Đại hội Đảng bộ tỉnh lần thứ XVIII", đăng 12 tin, bài.',
    },
    "ProgressOut": {
        "id": "5b0e3c7a-1d2f-4e8a-9c41-7f3a2b6d1e61",
        "task_id": str(TASK_ID),
        "unit_id": str(UNIT_BAO_ID),
        "status": "in_progress",
        "percent": 60,
        "note": 'Đã mở chuyên mục "Tiến tới Đại hội Đảng bộ tỉnh lần thứ XVIII", đăng 12 tin, bài.',
        "author": str(USER_OFFICER_ID),
        "created_at": "2025-09-12T03:20:00Z",
        "assignment": ASSIGNMENT,
    },
    "UrgeCreate": {
        "message": "Đề nghị Báo Đắk Lắk khẩn trương hoàn thành, báo cáo kết quả trước ngày 25/9/2025."
    },
    "UrgeOut": {
        "id": "5b0e3c7a-1d2f-4e8a-9c41-7f3a2b6d1e71",
        "task_id": str(TASK_ID),
        "unit_id": str(UNIT_BAO_ID),
        "message": "Đề nghị Báo Đắk Lắk khẩn trương hoàn thành, báo cáo kết quả trước ngày 25/9/2025.",
        "author": str(USER_COORDINATOR_ID),
        "created_at": "2025-09-15T01:05:00Z",
    },
    "HistoryEntry": {
        "kind": "update",
        "id": "5b0e3c7a-1d2f-4e8a-9c41-7f3a2b6d1e61",
        "at": "2025-09-12T03:20:00Z",
        "author": str(USER_OFFICER_ID),
        "author_name": "Trần Thị Bích",
        "status": "in_progress",
        "percent": 60,
        "note": "Đã đăng 12 tin, bài.",
        "message": None,
    },
    "MyAssignmentPage": {
        "items": [
            {
                "id": ASSIGNMENT_ID,
                "task_id": str(TASK_ID),
                "plan_id": str(PLAN_ID),
                "phase_id": str(PHASE_II_ID),
                "unit_id": str(UNIT_BAO_ID),
                "title": TITLE,
                "role": "support",
                "status": "in_progress",
                "percent": 60,
                "due_date": "2025-09-30",
                "overdue": False,
                "completed_at": None,
                "etag": ASSIGNMENT["etag"],
            }
        ],
        "next_cursor": None,
    },
    "FeedToken": {
        "token": "fdt_7Qm2vX9pL4sK8wN3rT6yB1cH5jD0gF",
        "url_template": "https://plandesk.daklak.gov.vn/api/v1/plans/{plan_id}/calendar.ics?token=fdt_7Qm2vX9pL4sK8wN3rT6yB1cH5jD0gF",
        "url": None,
    },
}
SCHEMA_EXAMPLES["TaskPage"] = {"items": [SCHEMA_EXAMPLES["TaskListItem"]], "next_cursor": NEXT_CURSOR}
SCHEMA_EXAMPLES["Dashboard"] = {
    "plan_id": str(PLAN_ID),
    "today": "2025-09-20",
    "timezone": "Asia/Ho_Chi_Minh",
    "tasks_total": 42,
    "tasks_by_status": {"not_started": 8, "in_progress": 17, "done": 14, "blocked": 1, "cancelled": 2},
    "assignments_by_status": {"not_started": 21, "in_progress": 40, "done": 51, "blocked": 2, "cancelled": 4},
    "deadlines": {
        "counted": 40,
        "with_deadline": 31,
        "without_deadline": 9,
        "done_on_time": 11,
        "done_late": 3,
        "in_progress_within_deadline": 12,
        "not_started": 5,
        "overdue": 4,
        "no_deadline": 5,
        "overdue_by_days": {"days_1_7": 2, "days_8_30": 1, "days_over_30": 1},
        "due_within_7_days": 3,
    },
    "units": [
        {
            "unit_id": str(UNIT_BTG_ID),
            "name": "Ban Tuyên giáo Tỉnh ủy",
            "short_name": "BTG",
            "assignments": 18,
            "lead": 12,
            "done": 7,
            "done_on_time": 6,
            "done_late": 1,
            "overdue": 1,
            "open": 11,
            "not_started": 2,
            "in_progress": 8,
            "counted": 18,
            "average_percent": 58.3,
            "completion_rate": 0.39,
        }
    ],
    "phases": [
        {
            "phase_id": str(PHASE_II_ID),
            "parent_id": None,
            "label": "II",
            "title": "Từ sau đại hội cấp huyện đến hết Đại hội Đảng bộ tỉnh lần thứ XVIII",
            "tasks": 15,
            "done": 4,
            "overdue": 2,
            "not_started": 3,
            "in_progress": 6,
            "average_percent": 47.5,
            "completion_rate": 0.27,
        }
    ],
    "next_14_days": {
        "until": "2025-10-04",
        "deadlines": [
            {
                "task_id": str(TASK_ID),
                "title": TITLE,
                "due_date": "2025-09-30",
                "status": "in_progress",
                "lead_unit_id": str(UNIT_BTG_ID),
            }
        ],
        "milestones": [
            {
                "id": str(MILESTONE_PROVINCE_ID),
                "title": "Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII",
                "kind": "event",
                "status": "planned",
                "precision": "month",
                "range_start": "2025-10-01",
                "range_end": "2025-10-31",
            }
        ],
    },
}
