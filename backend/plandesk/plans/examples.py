"""OpenAPI examples for the plans domain (see plandesk.core.examples): plan 148-KH/TU."""

from __future__ import annotations

from typing import Any

from plandesk.core.examples import (
    CHANNEL_MEDIA_ID,
    MILESTONE_DISTRICT_ID,
    MILESTONE_NATIONAL_ID,
    MILESTONE_PROVINCE_ID,
    PHASE_I_ID,
    PHASE_II_ID,
    PHASE_III_ID,
    PLAN_ID,
    TASK_ID,
    UNIT_BAO_ID,
    UNIT_PTTH_ID,
    etag,
)

TITLE = (
    "Kế hoạch tuyên truyền đại hội đảng bộ các cấp tiến tới Đại hội đại biểu Đảng bộ tỉnh "
    "lần thứ XVIII và Đại hội đại biểu toàn quốc lần thứ XIV của Đảng"
)
LEGAL_BASES = [
    {
        "reference": "Chỉ thị số 45-CT/TW",
        "date": "2025-04-14",
        "title": "về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
    }
]
PURPOSES = [
    "Tuyên truyền sâu rộng, tạo sự thống nhất về nhận thức, tư tưởng chính trị và hành động trong Đảng, "
    "sự đồng thuận trong xã hội để tổ chức thành công đại hội đảng bộ các cấp."
]
REQUIREMENTS = [
    "Đặc biệt coi trọng việc định hướng và tổ chức lấy ý kiến đóng góp của các giai cấp, tầng lớp "
    "đối với các dự thảo văn kiện."
]
TOPICS_I = [
    "Kết quả thực hiện Nghị quyết đại hội đảng bộ các cấp nhiệm kỳ 2020 - 2025.",
    "Các chủ trương, kế hoạch của Trung ương và của tỉnh về đại hội đảng bộ các cấp.",
]
MEDIA_ITEMS = [
    "Báo Đắk Lắk, Đài Phát thanh - Truyền hình tỉnh mở chuyên trang, chuyên mục về đại hội.",
    "Cổng Thông tin điện tử tỉnh đăng tải tin, bài về hoạt động đại hội.",
]

PLAN_HEADER: dict[str, Any] = {
    "code": "148-KH/TU",
    "title": TITLE,
    "issuing_body": "Ban Thường vụ Tỉnh ủy",
    "place": "Đắk Lắk",
    "issued_on": "2025-02-11",
    "signer_name": "Nguyễn Văn An",
    "signer_title": "Phó Bí thư Thường trực Tỉnh ủy",
    "legal_bases": LEGAL_BASES,
    "purposes": PURPOSES,
    "requirements": REQUIREMENTS,
    "recipients": [
        "Ban Tuyên giáo Trung ương",
        "Các ban đảng, đảng đoàn, ban cán sự đảng tỉnh",
        "Lưu Văn phòng Tỉnh ủy",
    ],
    "status": "active",
    "published": True,
    "timezone": "Asia/Ho_Chi_Minh",
}

MILESTONE_PROVINCE: dict[str, Any] = {
    "id": str(MILESTONE_PROVINCE_ID),
    "title": "Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII",
    "kind": "event",
    "date": "2025-10-31",
    "precision": "month",
    "range_start": "2025-10-01",
    "range_end": "2025-10-31",
    "status": "planned",
}
DISTRICT_END = {
    "kind": "milestone",
    "milestone_id": str(MILESTONE_DISTRICT_ID),
    "side": "end",
    "offset_days": 0,
}
PHASE_I: dict[str, Any] = {
    "label": "I",
    "title": "Từ đầu tháng 02/2025 đến kết thúc đại hội đảng bộ cấp huyện (cuối tháng 8/2025)",
    "topics": TOPICS_I,
    "start": {"kind": "fixed", "date": "2025-02-01"},
    "end": DISTRICT_END,
}
CHANNEL: dict[str, Any] = {
    "label": "1",
    "title": "Tuyên truyền trên các phương tiện thông tin đại chúng",
    "items": MEDIA_ITEMS,
}

SCHEMA_EXAMPLES: dict[str, Any] = {
    "PlanCreate": {k: v for k, v in PLAN_HEADER.items() if k not in {"status", "published"}}
    | {"status": "draft"},
    "PlanUpdate": {"status": "active", "published": True},
    "PlanOut": {
        "id": str(PLAN_ID),
        "etag": etag(PLAN_ID, 3),
        **PLAN_HEADER,
        "effective_timezone": "Asia/Ho_Chi_Minh",
        "created_at": "2025-02-12T02:15:00Z",
        "updated_at": "2025-02-20T08:40:12Z",
    },
    "PlanListItem": {
        "id": str(PLAN_ID),
        "etag": etag(PLAN_ID, 3),
        "code": "148-KH/TU",
        "title": TITLE,
        "issuing_body": "Ban Thường vụ Tỉnh ủy",
        "issued_on": "2025-02-11",
        "status": "active",
        "published": True,
        "created_at": "2025-02-12T02:15:00Z",
    },
    "MilestoneCreate": {
        "title": "Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII",
        "description": "Dự kiến tổ chức cuối tháng 10/2025 tại Hội trường 19/8 tỉnh.",
        "kind": "event",
        "date": "2025-10-31",
        "precision": "month",
        "status": "planned",
    },
    "MilestoneUpdate": {"status": "done"},
    "MilestoneMove": {"date": "2025-10-15", "precision": "day"},
    "MilestoneOut": {
        **MILESTONE_PROVINCE,
        "etag": etag(MILESTONE_PROVINCE_ID, 2),
        "plan_id": str(PLAN_ID),
        "description": "Dự kiến tổ chức cuối tháng 10/2025 tại Hội trường 19/8 tỉnh.",
    },
    "MilestoneImpact": {
        "milestone_id": str(MILESTONE_PROVINCE_ID),
        "range_start": {"before": "2025-10-01", "after": "2025-10-15"},
        "range_end": {"before": "2025-10-31", "after": "2025-10-15"},
        "phases": [
            {
                "id": str(PHASE_II_ID),
                "label": "II",
                "title": "Từ sau đại hội cấp huyện đến hết Đại hội Đảng bộ tỉnh lần thứ XVIII",
                "start_date": {"before": "2025-09-01", "after": "2025-09-01"},
                "end_date": {"before": "2025-10-31", "after": "2025-10-15"},
            }
        ],
        "tasks": [
            {
                "id": str(TASK_ID),
                "title": "Mở chuyên trang, chuyên mục tuyên truyền Đại hội Đảng bộ tỉnh",
                "due_date": {"before": "2025-10-31", "after": "2025-10-15"},
                "unit_ids": [str(UNIT_BAO_ID), str(UNIT_PTTH_ID)],
            }
        ],
        "units": [
            {"unit_id": str(UNIT_BAO_ID), "name": "Báo Đắk Lắk", "task_count": 1},
            {"unit_id": str(UNIT_PTTH_ID), "name": "Đài Phát thanh - Truyền hình tỉnh", "task_count": 1},
        ],
        "conflicts": [],
    },
    "PhaseCreate": PHASE_I,
    "PhaseUpdate": {"topics": [*TOPICS_I, "Gương người tốt, việc tốt, điển hình tiên tiến."]},
    "PhaseOut": {
        "id": str(PHASE_I_ID),
        "etag": etag(PHASE_I_ID, 1),
        "plan_id": str(PLAN_ID),
        "parent_id": None,
        "position": 0,
        **PHASE_I,
        "start_date": "2025-02-01",
        "end_date": "2025-08-31",
    },
    "ChannelCreate": CHANNEL,
    "ChannelUpdate": {"items": [*MEDIA_ITEMS, "Tăng thời lượng phát sóng trong những ngày diễn ra đại hội."]},
    "ChannelOut": {
        "id": str(CHANNEL_MEDIA_ID),
        "etag": etag(CHANNEL_MEDIA_ID, 1),
        "plan_id": str(PLAN_ID),
        "position": 0,
        **CHANNEL,
    },
    "PublicPlan": {
        "id": str(PLAN_ID),
        "code": "148-KH/TU",
        "title": TITLE,
        "issuing_body": "Ban Thường vụ Tỉnh ủy",
        "place": "Đắk Lắk",
        "issued_on": "2025-02-11",
        "status": "active",
        "timezone": "Asia/Ho_Chi_Minh",
        "purposes": PURPOSES,
        "requirements": REQUIREMENTS,
        "phases": [
            {
                "id": str(PHASE_I_ID),
                "label": "I",
                "title": PHASE_I["title"],
                "topics": TOPICS_I,
                "start_date": "2025-02-01",
                "end_date": "2025-08-31",
                "sub_phases": [],
            },
            {
                "id": str(PHASE_III_ID),
                "label": "III",
                "title": "Từ sau Đại hội Đảng bộ tỉnh đến sau Đại hội XIV của Đảng (Quý I/2026)",
                "topics": ["Kết quả Đại hội đại biểu toàn quốc lần thứ XIV của Đảng."],
                "start_date": "2025-11-01",
                "end_date": "2026-03-31",
                "sub_phases": [],
            },
        ],
        "channels": [{k: CHANNEL[k] for k in ("label", "title", "items")}],
        "milestones": [
            MILESTONE_PROVINCE,
            {
                "id": str(MILESTONE_NATIONAL_ID),
                "title": "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
                "kind": "event",
                "date": "2026-01-20",
                "precision": "quarter",
                "range_start": "2026-01-01",
                "range_end": "2026-03-31",
                "status": "planned",
            },
        ],
    },
}
