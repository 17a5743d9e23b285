"""What makes the moved demo look like a plan under way today.

The seed document dates few tasks (most run "throughout the phase"), so after
the move (:mod:`plandesk.demo.timeshift`) nothing would fall due near today.
A coordinator running the plan would have set working deadlines on the phase's
tasks; these are those deadlines, in days from today, and the reports units
sent over the past weeks. Only ``plandesk demo`` without ``--as-issued`` adds them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# (task title starts with, deadline in days from today)
DEADLINES: tuple[tuple[str, int], ...] = (
    # Ban Tuyên giáo Tỉnh ủy (the demo officer's unit): one overdue, two this week, one later.
    ("Tham mưu Ban Thường vụ Tỉnh ủy Kế hoạch thông báo nhanh", -2),
    ("Nắm bắt tình hình tư tưởng, tâm trạng của các tầng lớp nhân dân trước", 3),
    ("Tổ chức các kỳ Hội nghị Báo cáo viên cấp tỉnh", 6),
    ("Chủ trì, phối hợp với Sở Thông tin và Truyền thông chỉ đạo", 18),
    # Other units: overdue by days, due in the coming days, later in the phase.
    ("Chỉ đạo treo các baner tuyên truyền đại hội", -5),
    ("Xây dựng kế hoạch tổ chức tuyên truyền, công bố các dự thảo văn kiện", -1),
    ("Xây dựng một số chương trình phát thanh", 2),
    ("Xây dựng Kế hoạch hướng dẫn việc góp ý kiến vào các dự thảo văn kiện", 4),
    ("Chỉ đạo tốt công tác thông tin, tuyên truyền về đại hội đảng", 9),
    ("Tổ chức các hoạt động tuyên truyền, vận động văn nghệ sỹ", 14),
    ("Chủ trì tham mưu kế hoạch và tổ chức các hoạt động văn hóa, nghệ thuật", 21),
    ("Tổ chức phát động và hưởng ứng các phong trào thi đua yêu nước", 30),
)


@dataclass(frozen=True)
class RecentReport:
    task_starts: str
    status: str
    percent: int | None
    note: str
    days_ago: int


REPORTS: tuple[RecentReport, ...] = (
    RecentReport(
        "Nắm bắt tình hình tư tưởng, tâm trạng của các tầng lớp nhân dân trước",
        "in_progress",
        30,
        "Đã tổng hợp báo cáo tình hình tư tưởng của 8/15 huyện, thị xã, thành phố.",
        16,
    ),
    RecentReport(
        "Nắm bắt tình hình tư tưởng, tâm trạng của các tầng lớp nhân dân trước",
        "in_progress",
        60,
        "Đã nhận báo cáo của 13/15 địa phương; đang tổng hợp, dự kiến gửi Thường trực Tỉnh ủy đúng hạn.",
        4,
    ),
    RecentReport(
        "Xây dựng một số chương trình phát thanh",
        "in_progress",
        70,
        "Đã sản xuất 5/7 chương trình phát thanh; 2 chương trình đang biên tập.",
        9,
    ),
    RecentReport(
        "Chỉ đạo tốt công tác thông tin, tuyên truyền về đại hội đảng",
        "in_progress",
        20,
        "Đã ban hành văn bản chỉ đạo; các địa phương đang triển khai.",
        11,
    ),
    RecentReport(
        "Tổ chức các hoạt động tuyên truyền, vận động văn nghệ sỹ",
        "done",
        100,
        "Đã tổ chức trại sáng tác; 36 tác phẩm được chọn giới thiệu trên báo, đài.",
        6,
    ),
)

URGES: tuple[tuple[str, str], ...] = (
    (
        "Chỉ đạo treo các baner tuyên truyền đại hội",
        "Đề nghị Sở Thông tin và Truyền thông khẩn trương hoàn thành, báo cáo kết quả về Ban Tuyên giáo.",
    ),
)


def reported_on(today: dt.date, report: RecentReport) -> dt.date:
    return today - dt.timedelta(days=report.days_ago)
