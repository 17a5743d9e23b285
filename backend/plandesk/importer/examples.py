"""OpenAPI examples for importing a plan document (see plandesk.core.examples): plan 148-KH/TU.

The draft is the one the parser reads out of the seed document (re-run for the 2025–2030
term), cut down to one item of each kind so that the example stays readable.
"""

from __future__ import annotations

from typing import Any

from plandesk.core.examples import GROUP_ID, PLAN_ID, UNIT_BAO_ID, UNIT_BTG_ID
from plandesk.plans.examples import SCHEMA_EXAMPLES as PLANS_EXAMPLES

FILENAME = "148-KH-TU.docx"
TITLE = (
    "Tuyên truyền đại hội đảng bộ các cấp tiến tới Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII "
    "và Đại hội đại biểu toàn quốc lần thứ XIV của Đảng"
)
GROUP_KEY = "cac-huyen-uy-thi-uy-thanh-uy-dang-uy-truc-thuoc"

WARNING: dict[str, Any] = {
    "code": "unit_name_trimmed",
    "message": "entry IV.2 reads 'Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh chỉ đạo:'; took "
    "'Ban cán sự đảng Ủy ban nhân dân tỉnh' as the unit",
    "source_lines": [181, 181],
}

DRAFT: dict[str, Any] = {
    "code": "148-KH/TU",
    "title": TITLE,
    "issuing_body": "Ban Thường vụ Tỉnh ủy Đắk Lắk",
    "place": "Đắk Lắk",
    "issued_on": "2025-02-11",
    "signer_name": "Nguyễn Văn An",
    "signer_title": "Phó Bí thư Thường trực",
    "legal_bases": [
        {
            "reference": "Chỉ thị số 45-CT/TW",
            "date": "2025-04-14",
            "title": "về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
            "issuer": "Bộ Chính trị",
            "source_lines": [22, 22],
        }
    ],
    "purposes": [
        "Tuyên truyền sâu rộng, tạo sự thống nhất về nhận thức, tư tưởng chính trị và hành động trong "
        "Đảng, sự đồng thuận trong xã hội để tổ chức thành công đại hội đảng bộ các cấp."
    ],
    "requirements": [
        "Đặc biệt coi trọng việc định hướng và tổ chức lấy ý kiến đóng góp của các giai cấp, tầng lớp "
        "đối với các dự thảo văn kiện."
    ],
    "recipients": ["Ban Tuyên giáo Trung ương", "Các ban đảng, đảng đoàn, ban cán sự đảng tỉnh"],
    "milestones": [
        {
            "key": "dai-hoi-dang-bo-tinh-xviii",
            "title": "Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII",
            "kind": "event",
            "precision": "month",
            "date": "2025-10-01",
            "range_start": "2025-10-01",
            "range_end": "2025-10-31",
            "source_lines": [64, 64],
            "warnings": [],
        }
    ],
    "phases": [
        {
            "label": "II",
            "parent_label": None,
            "position": 2,
            "title": "Đợt II: Từ sau đại hội đảng bộ cấp huyện đến kết thúc Đại hội đại biểu Đảng bộ "
            "tỉnh lần thứ XVIII",
            "topics": ["Kết quả đại hội đảng bộ cấp huyện; công tác chuẩn bị Đại hội Đảng bộ tỉnh."],
            "start": {"kind": "fixed", "date": "2025-09-01"},
            "end": {
                "kind": "milestone",
                "milestone_key": "dai-hoi-dang-bo-tinh-xviii",
                "side": "end",
                "offset_days": 0,
            },
            "source_lines": [64, 80],
            "warnings": [],
        }
    ],
    "channels": [
        {
            "label": "1",
            "title": "Tổ chức tuyên truyền trên các phương tiện thông tin đại chúng",
            "items": [
                "Báo Đắk Lắk, Đài Phát thanh - Truyền hình tỉnh mở các chuyên trang, chuyên mục tuyên "
                "truyền về đại hội."
            ],
            "source_lines": [120, 131],
            "warnings": [],
        }
    ],
    "units": [
        {
            "key": "ban-tuyen-giao-tinh-uy",
            "name": "Ban Tuyên giáo Tỉnh ủy",
            "short_name": None,
            "kind": "department",
            "parent_key": None,
            "is_group": False,
            "matched_unit_id": str(UNIT_BTG_ID),
            "will_create": False,
            "source_lines": [159, 159],
            "warnings": [],
        },
        {
            "key": GROUP_KEY,
            "name": "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc",
            "short_name": None,
            "kind": "other",
            "parent_key": None,
            "is_group": True,
            "matched_unit_id": None,
            "will_create": True,
            "source_lines": [205, 205],
            "warnings": [],
        },
    ],
    "tasks": [
        {
            "source_section": "IV.1",
            "title": "Xây dựng Hướng dẫn thực hiện Kế hoạch này",
            "body": "Xây dựng Hướng dẫn thực hiện Kế hoạch này.",
            "lead_unit_key": "ban-tuyen-giao-tinh-uy",
            "supporting_unit_keys": [],
            "due": {"kind": "fixed", "date": "2025-03-15"},
            "recurrence": None,
            "phase_label": None,
            "source_lines": [161, 161],
            "warnings": [],
        },
        {
            "source_section": "IV.6",
            "title": "Báo cáo kết quả tuyên truyền về Ban Tuyên giáo Tỉnh ủy",
            "body": "Định kỳ hằng tháng, trước ngày 25, báo cáo kết quả tuyên truyền về Ban Tuyên giáo "
            "Tỉnh ủy.",
            "lead_unit_key": GROUP_KEY,
            "supporting_unit_keys": [],
            "due": None,
            "recurrence": {
                "frequency": "monthly",
                "months": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
                "day": 25,
                "text": "Định kỳ hằng tháng, trước ngày 25",
            },
            "phase_label": None,
            "source_lines": [207, 208],
            "warnings": [],
        },
    ],
    "source_lines": [1, 272],
    "field_lines": {"code": [8, 8], "title": [12, 14], "issued_on": [9, 9]},
    "warnings": [WARNING],
}

UNITS: list[dict[str, Any]] = [
    {
        "key": "ban-tuyen-giao-tinh-uy",
        "name": "Ban Tuyên giáo Tỉnh ủy",
        "kind": "department",
        "parent_key": None,
        "is_group": False,
        "matched": True,
        "unit_id": str(UNIT_BTG_ID),
    },
    {
        "key": GROUP_KEY,
        "name": "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc",
        "kind": "other",
        "parent_key": None,
        "is_group": True,
        "matched": False,
        "unit_id": None,
    },
]

GROUP: dict[str, Any] = {
    "key": GROUP_KEY,
    "name": "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc",
    "matched": False,
    "group_id": None,
    "member_keys": [],
    "member_count": 1,
    "member_unit_ids": [str(UNIT_BAO_ID)],
}

COUNTS: dict[str, Any] = {
    "milestones": 6,
    "phases": 3,
    "sub_phases": 3,
    "channels": 5,
    "tasks": 33,
    "tasks_with_deadline": 12,
    "assignments": 58,
    "units_matched": 9,
    "units_created": 5,
    "groups_matched": 0,
    "groups_created": 2,
    "reporting_periods": 10,
    "warnings": 5,
}

SCHEMA_EXAMPLES: dict[str, Any] = {
    "Body_importPlan": {
        "file": "TỈNH ỦY ĐẮK LẮK\nSố 148-KH/TU\n\nKẾ HOẠCH\n" + TITLE + "\n…",
        "dry_run": True,
        "group_members": '{"' + GROUP_KEY + '": ["' + str(UNIT_BAO_ID) + '"]}',
    },
    "PlanImportPreview": {
        "dry_run": True,
        "filename": FILENAME,
        "draft": DRAFT,
        "units": UNITS,
        "groups": [GROUP],
        "counts": COUNTS,
    },
    "PlanImportResult": {
        "dry_run": False,
        "filename": FILENAME,
        "plan": PLANS_EXAMPLES["PlanOut"] | {"id": str(PLAN_ID)},
        "units": [UNITS[0], UNITS[1]],
        "groups": [GROUP | {"group_id": str(GROUP_ID)}],
        "counts": COUNTS,
        "warnings": [WARNING],
    },
}
