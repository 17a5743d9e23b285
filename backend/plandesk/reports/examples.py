"""OpenAPI examples for reports (see plandesk.core.examples): plan 148-KH/TU's baselines, the
September 2025 report of Báo Đắk Lắk, and the interim review of phase II.

``GENERATED_PERIODS`` and ``ASSEMBLED`` are examples of answers that are no component schema (a
list of periods, the assembled review), attached to their operations in the router."""

from __future__ import annotations

import uuid
from typing import Any

from plandesk.core.examples import (
    CHANNEL_MEDIA_ID,
    MILESTONE_PROVINCE_ID,
    PHASE_I_ID,
    PHASE_II_ID,
    PLAN_ID,
    TASK_ID,
    UNIT_BAO_ID,
    UNIT_PTTH_ID,
    USER_COORDINATOR_ID,
    USER_OFFICER_ID,
    etag,
)

BASELINE_ID = uuid.UUID("7d1f2e3a-4b5c-4d6e-8f70-8192a3b4c501")
PERIOD_ID = uuid.UUID("7d1f2e3a-4b5c-4d6e-8f70-8192a3b4c511")
REPORT_ID = uuid.UUID("7d1f2e3a-4b5c-4d6e-8f70-8192a3b4c521")
ATTACHMENT_ID = uuid.UUID("7d1f2e3a-4b5c-4d6e-8f70-8192a3b4c531")
REVIEW_ID = uuid.UUID("7d1f2e3a-4b5c-4d6e-8f70-8192a3b4c541")
ISSUE_ID = uuid.UUID("7d1f2e3a-4b5c-4d6e-8f70-8192a3b4c551")
RENDER_ID = uuid.UUID("7d1f2e3a-4b5c-4d6e-8f70-8192a3b4c561")
COORDINATOR = str(USER_COORDINATOR_ID)
OFFICER = str(USER_OFFICER_ID)

TASK_TITLE = "Mở chuyên trang, chuyên mục tuyên truyền Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII"
PHASE_II_TITLE = "Từ sau đại hội cấp huyện đến hết Đại hội Đảng bộ tỉnh lần thứ XVIII"
PROVINCE_CONGRESS = "Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII"
CHANNEL_TITLE = "Tuyên truyền trên các phương tiện thông tin đại chúng"
REVIEW_TITLE = "Báo cáo sơ kết Đợt II thực hiện Kế hoạch số 148-KH/TU"

BASELINE_REF: dict[str, Any] = {
    "id": str(BASELINE_ID),
    "number": 1,
    "reason": "Ban hành kế hoạch",
    "created_at": "2025-02-11T02:30:00Z",
}
BASELINE: dict[str, Any] = {**BASELINE_REF, "plan_id": str(PLAN_ID), "created_by": COORDINATOR}

PERIOD: dict[str, Any] = {
    "id": str(PERIOD_ID),
    "plan_id": str(PLAN_ID),
    "kind": "monthly",
    "label": "Báo cáo tháng 9/2025",
    "starts_on": "2025-09-01",
    "ends_on": "2025-09-30",
    "due_on": "2025-09-25",
    "phase_id": None,
}
PERIOD_PHASE_I: dict[str, Any] = {
    "id": "7d1f2e3a-4b5c-4d6e-8f70-8192a3b4c512",
    "plan_id": str(PLAN_ID),
    "kind": "one_off",
    "label": "Báo cáo kết thúc Đợt I",
    "starts_on": "2025-02-01",
    "ends_on": "2025-08-31",
    "due_on": "2025-09-05",
    "phase_id": str(PHASE_I_ID),
}
ATTACHMENT: dict[str, Any] = {
    "id": str(ATTACHMENT_ID),
    "filename": "chuyen-trang-dai-hoi-thang-9.pdf",
    "content_type": "application/pdf",
    "size": 482133,
    "created_at": "2025-09-23T08:10:00Z",
}
DONE_TEXT = (
    'Đăng 42 tin, bài trên chuyên trang "Tiến tới Đại hội Đảng bộ tỉnh lần thứ XVIII"; '
    "phối hợp Đài PT-TH tỉnh thực hiện 6 phóng sự."
)
FIGURES = {
    "channel_id": str(CHANNEL_MEDIA_ID),
    "events": 3,
    "participants": 450,
    "articles": 42,
    "banners": 0,
}
DIFFICULTIES = "Nhân lực phóng viên mỏng so với khối lượng tin, bài trong tháng cao điểm."
PROPOSALS = "Đề nghị Ban Tuyên giáo Tỉnh ủy cung cấp sớm đề cương tuyên truyền văn kiện Đại hội."

UNIT_REPORT: dict[str, Any] = {
    "id": str(REPORT_ID),
    "etag": etag(REPORT_ID, 3),
    "period_id": str(PERIOD_ID),
    "plan_id": str(PLAN_ID),
    "unit_id": str(UNIT_BAO_ID),
    "unit_name": "Báo Đắk Lắk",
    "period_label": PERIOD["label"],
    "due_on": PERIOD["due_on"],
    "status": "submitted",
    "task_lines": [
        {
            "task_id": str(TASK_ID),
            "title": TASK_TITLE,
            "status": "in_progress",
            "percent": 60,
            "done_text": DONE_TEXT,
        }
    ],
    "figures": [
        {**FIGURES, "channel": CHANNEL_TITLE},
    ],
    "difficulties": DIFFICULTIES,
    "proposals": PROPOSALS,
    "submitted_at": "2025-09-24T09:15:00Z",
    "submitted_on": "2025-09-24",
    "late": False,
    "submitted_by": OFFICER,
    "review_comment": None,
    "reviewed_at": None,
    "reviewed_by": None,
    "attachments": [ATTACHMENT],
}

HEADER: dict[str, Any] = {
    "style": "party",
    "parent_body": "TỈNH ỦY ĐẮK LẮK",
    "issuer": "BAN TUYÊN GIÁO",
    "number_symbol": "Số: 12-BC/BTGTU",
    "place": "Đắk Lắk",
    "signer_title": "TRƯỞNG BAN",
    "signer_name": "Trần Thị Bình",
    "recipients": ["Thường trực Tỉnh ủy (để báo cáo)", "Ban Tuyên giáo Trung ương", "Lưu Văn phòng"],
}
TEXTS: dict[str, Any] = {
    "opening": "Thực hiện Kế hoạch số 148-KH/TU, ngày 11/02/2025 của Ban Thường vụ Tỉnh ủy, Ban Tuyên giáo "
    "Tỉnh ủy báo cáo sơ kết Đợt II như sau:",
    "highlights": "Các cơ quan báo chí mở chuyên trang, chuyên mục; tuyên truyền sâu rộng về Đại hội.",
    "shortcomings": "Một số đơn vị gửi báo cáo chậm so với thời hạn.",
    "lessons": "Phối hợp chặt chẽ giữa các cơ quan báo chí và cơ quan tham mưu.",
    "proposals": "",
    "next_steps": "Tuyên truyền kết quả Đại hội Đảng bộ tỉnh và Đại hội XIV của Đảng.",
}
ISSUE_REF: dict[str, Any] = {
    "id": str(ISSUE_ID),
    "number": 1,
    "issued_on": "2025-10-20",
    "issued_by": COORDINATOR,
    "issued_at": "2025-10-20T03:00:00Z",
}
REVIEW: dict[str, Any] = {
    "id": str(REVIEW_ID),
    "etag": etag(REVIEW_ID, 5),
    "plan_id": str(PLAN_ID),
    "kind": "interim",
    "title": REVIEW_TITLE,
    "phase_id": str(PHASE_II_ID),
    "consultation_id": None,
    "period_start": None,
    "as_of": "2025-10-15",
    "header": HEADER,
    "texts": TEXTS,
    "status": "issued",
    "issues": [ISSUE_REF],
    "created_at": "2025-10-16T02:00:00Z",
    "updated_at": "2025-10-20T03:00:00Z",
}
COMPLETION = {
    "total": 24,
    "on_time": 16,
    "late": 2,
    "overdue": 1,
    "in_progress": 4,
    "not_started": 1,
    "cancelled": 0,
    "done": 18,
    "completion_rate": 0.75,
}
TOTALS = {"events": 37, "participants": 12850, "articles": 512, "banners": 230}
ASSEMBLED: dict[str, Any] = {
    "plan": {
        "id": str(PLAN_ID),
        "code": "148-KH/TU",
        "title": "Kế hoạch tuyên truyền đại hội đảng bộ các cấp …",
        "issuing_body": "Ban Thường vụ Tỉnh ủy",
        "issued_on": "2025-02-11",
    },
    "review": {
        "id": str(REVIEW_ID),
        "kind": "interim",
        "title": REVIEW_TITLE,
        "as_of": "2025-10-15",
        "period_start": "2025-09-01",
        "phase": {"label": "II", "title": PHASE_II_TITLE},
    },
    "header": HEADER,
    "texts": TEXTS,
    "completion": {
        "totals": COMPLETION,
        "phases": [
            {
                "phase_id": str(PHASE_II_ID),
                "label": "II",
                "title": PHASE_II_TITLE,
                "is_sub": False,
                **COMPLETION,
            }
        ],
        "units": [],
    },
    "progress": {
        "total": 24,
        "months": [{"month": "2025-09", "end": "2025-09-30", "planned": 16, "done": 14}],
    },
    "figures": {
        "by_channel": [
            {"channel_id": str(CHANNEL_MEDIA_ID), "label": "1", "channel": CHANNEL_TITLE, **TOTALS}
        ],
        "totals": TOTALS,
        "reporting": {"periods": 2, "expected": 6, "submitted": 5, "accepted": 4, "late": 1},
    },
    "overdue": {
        "total": 1,
        "listed": [
            {
                "title": TASK_TITLE,
                "unit": "Báo Đắk Lắk",
                "due_date": "2025-10-14",
                "days_overdue": 1,
                "percent": 90,
                "reason": "Chờ số liệu của Đài PT-TH tỉnh",
            }
        ],
    },
    "baseline": None,
    "consultation": None,
}
ISSUE: dict[str, Any] = {**ISSUE_REF, "review_id": str(REVIEW_ID), "content": ASSEMBLED}
RENDER: dict[str, Any] = {
    "id": str(RENDER_ID),
    "plan_id": str(PLAN_ID),
    "subject_type": "review",
    "subject_id": str(REVIEW_ID),
    "issue": 1,
    "format": "docx",
    "state": "done",
    "progress": 100,
    "stage": "done",
    "error": None,
    "filename": "bao-cao-so-ket-dot-ii-thuc-hien-ke-hoach-so-148-kh-tu-ban-1.docx",
    "size": 58211,
    "created_by": COORDINATOR,
    "created_at": "2025-10-20T03:05:00Z",
    "started_at": "2025-10-20T03:05:00Z",
    "finished_at": "2025-10-20T03:05:02Z",
    "download_url": f"/api/v1/report-renders/{RENDER_ID}/file",
}

SCHEMA_EXAMPLES: dict[str, Any] = {
    # baselines
    "BaselineOut": BASELINE,
    "RebaselineIn": {"reason": "Đại hội Đảng bộ tỉnh tổ chức sớm, ngày 15/10/2025"},
    "BaselineDiffOut": {
        "plan_id": str(PLAN_ID),
        "baseline": BASELINE_REF,
        "unit_names": {
            str(UNIT_BAO_ID): "Báo Đắk Lắk",
            str(UNIT_PTTH_ID): "Đài Phát thanh - Truyền hình tỉnh",
        },
        "summary": {
            "phases_moved": 1,
            "milestones_moved": 1,
            "milestones_added": 0,
            "milestones_removed": 0,
            "tasks_in_baseline": 24,
            "tasks_now": 25,
            "tasks_moved": 1,
            "tasks_later": 0,
            "tasks_earlier": 1,
            "days_lost": 0,
            "days_gained": 16,
            "tasks_added": 1,
            "tasks_cancelled": 0,
            "tasks_removed": 0,
            "tasks_reassigned": 1,
        },
        "phases_moved": [
            {
                "id": str(PHASE_II_ID),
                "label": "II",
                "title": PHASE_II_TITLE,
                "start_before": "2025-09-01",
                "start_after": "2025-09-01",
                "start_shift_days": 0,
                "end_before": "2025-10-31",
                "end_after": "2025-10-15",
                "end_shift_days": -16,
            }
        ],
        "milestones_moved": [
            {
                "id": str(MILESTONE_PROVINCE_ID),
                "title": PROVINCE_CONGRESS,
                "before": "2025-10-31",
                "after": "2025-10-15",
                "shift_days": -16,
            }
        ],
        "milestones_added": [],
        "milestones_removed": [],
        "tasks_moved": [
            {
                "id": str(TASK_ID),
                "title": TASK_TITLE,
                "lead_unit_id": str(UNIT_BAO_ID),
                "due_before": "2025-10-31",
                "due_after": "2025-10-15",
                "shift_days": -16,
            }
        ],
        "tasks_added": [
            {
                "id": "5b0e3c7a-1d2f-4e8a-9c41-7f3a2b6d1e42",
                "title": "Tuyên truyền trực quan chào mừng Đại hội Đảng bộ tỉnh",
                "lead_unit_id": str(UNIT_PTTH_ID),
                "due_date": "2025-10-10",
            }
        ],
        "tasks_cancelled": [],
        "tasks_removed": [],
        "tasks_reassigned": [
            {
                "id": str(TASK_ID),
                "title": TASK_TITLE,
                "lead_before": str(UNIT_BAO_ID),
                "lead_after": str(UNIT_BAO_ID),
                "supporting_added": [str(UNIT_PTTH_ID)],
                "supporting_removed": [],
            }
        ],
    },
    "BaselineScheduleOut": {
        "plan_id": str(PLAN_ID),
        "baseline": BASELINE_REF,
        "phases": [
            {
                "id": str(PHASE_II_ID),
                "label": "II",
                "title": PHASE_II_TITLE,
                "parent_id": None,
                "start_date": "2025-09-01",
                "end_date": "2025-10-31",
            }
        ],
        "milestones": [
            {
                "id": str(MILESTONE_PROVINCE_ID),
                "title": PROVINCE_CONGRESS,
                "date": "2025-10-31",
                "range_start": "2025-10-01",
                "range_end": "2025-10-31",
            }
        ],
    },
    # reporting periods
    "PeriodOut": PERIOD,
    "ReportingScheduleIn": {"kind": "one_off", "due_offset_days": 5, "phase_ids": [str(PHASE_I_ID)]},
    "PeriodCreate": {
        "label": "Báo cáo nhanh trước Đại hội Đảng bộ tỉnh",
        "starts_on": "2025-10-01",
        "ends_on": "2025-10-10",
        "due_on": "2025-10-12",
        "phase_id": str(PHASE_II_ID),
    },
    "PeriodBoardOut": {
        "period": PERIOD,
        "today": "2025-09-27",
        "counts": {"expected": 3, "submitted": 2, "accepted": 1, "returned": 0, "missing": 1, "late": 1},
        "units": [
            {
                "unit_id": str(UNIT_PTTH_ID),
                "unit_name": "Đài Phát thanh - Truyền hình tỉnh",
                "status": "missing",
                "report_id": None,
                "submitted_at": None,
                "late": True,
                "days_late": 2,
                "urged": 1,
                "last_urged_at": "2025-09-26T01:00:00Z",
            },
            {
                "unit_id": str(UNIT_BAO_ID),
                "unit_name": "Báo Đắk Lắk",
                "status": "submitted",
                "report_id": str(REPORT_ID),
                "submitted_at": "2025-09-24T09:15:00Z",
                "late": False,
                "days_late": 0,
                "urged": 0,
                "last_urged_at": None,
            },
        ],
    },
    "ReportUrgeIn": {
        "message": "Đề nghị đơn vị gửi báo cáo tháng 9/2025 trước ngày 30/9/2025.",
        "unit_ids": [str(UNIT_PTTH_ID)],
    },
    "ReportUrgeOut": {"urged_unit_ids": [str(UNIT_PTTH_ID)]},
    # unit reports
    "ReportStart": {"unit_id": str(UNIT_BAO_ID)},
    "UnitReportOut": UNIT_REPORT,
    "ReportUpdate": {
        "task_lines": [{"task_id": str(TASK_ID), "done_text": DONE_TEXT}],
        "figures": [FIGURES],
        "difficulties": DIFFICULTIES,
        "proposals": PROPOSALS,
    },
    "ReturnIn": {"comment": "Đề nghị bổ sung số liệu tin, bài phát thanh trên chuyên mục trong tháng."},
    "AttachmentOut": ATTACHMENT,
    # reviews
    "ReviewOut": REVIEW,
    "ReviewCreate": {"kind": "interim", "phase_id": str(PHASE_II_ID), "header": HEADER, "texts": TEXTS},
    "ReviewUpdate": {"as_of": "2025-10-15", "texts": TEXTS},
    "ReviewIssueIn": {"issued_on": "2025-10-20"},
    "ReviewIssueOut": ISSUE,
    # renders
    "ReviewRenderIn": {"format": "docx", "issue": 1},
    "ReportRenderIn": {"format": "pdf"},
    "RenderOut": RENDER,
}
# Answers that are not a component schema: the generated periods (a list) and the assembled review.
# (FastAPI drops the nulls of an operation's own example: this one has none.)
GENERATED_PERIODS: list[dict[str, Any]] = [PERIOD_PHASE_I]
