"""The demo's closing-the-loop history: monthly unit reports through phase I, and its interim review.

Everything is dated from the plan's own schedule (phase I's window), not from today,
so it stays consistent wherever the rest of the demo's dates are moved. Every unit
with work on the plan reports each month of phase I; Ban Tuyên giáo's May report
arrives three days late, one district's August report too, and two units have not
sent August's at all. The coordinator accepts what came in and issues the interim
review of phase I ten days after the phase ends.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core.policy import Principal
from plandesk.plans.models import Phase
from plandesk.reports import periods, reviews, unit_reports
from plandesk.reports.report_schemas import Figures as FiguresIn
from plandesk.reports.report_schemas import ReportUpdate
from plandesk.reports.review_schemas import ReviewCreate, ReviewHeader, ReviewTexts
from plandesk.reports.schemas import ReportingScheduleIn
from plandesk.units import service as units_service

REVIEW_TEXTS = ReviewTexts(
    opening=(
        "Thực hiện Kế hoạch số 148-KH/TU ngày 11/02/2020 của Ban Thường vụ Tỉnh ủy về tuyên truyền đại hội "
        "đảng bộ các cấp, Ban Tuyên giáo Tỉnh ủy đã ban hành Hướng dẫn thực hiện, phân công các cơ quan, "
        "đơn vị chủ trì, phối hợp và thường xuyên kiểm tra, đôn đốc việc triển khai."
    ),
    highlights=(
        "Công tác tuyên truyền Đợt I được triển khai đồng bộ, đúng định hướng, bám sát tiến độ "
        "đại hội đảng bộ cấp cơ sở và cấp huyện.\nViệc tiếp thu, giải trình ý kiến đóng góp của Nhân dân "
        "vào dự thảo Báo cáo chính trị được thực hiện nghiêm túc, công khai."
    ),
    shortcomings=(
        "Một số đơn vị gửi báo cáo định kỳ chậm, số liệu chưa đầy đủ; một vài hoạt động văn hóa, nghệ thuật "
        "chậm triển khai do chờ bố trí kinh phí."
    ),
    lessons="Phân công rõ đơn vị chủ trì, thời hạn cụ thể và đôn đốc thường xuyên là yếu tố quyết định.",
    proposals=(
        "Đề nghị Thường trực Tỉnh ủy chỉ đạo bố trí kinh phí cho các hoạt động văn hóa, nghệ thuật Đợt II."
    ),
    next_steps=(
        "Tập trung tuyên truyền Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII; tiếp tục tổng hợp, "
        "tiếp thu ý kiến đóng góp của Nhân dân vào các dự thảo văn kiện."
    ),
)
REVIEW_HEADER = ReviewHeader(
    style="party",
    parent_body="Tỉnh ủy Đắk Lắk",
    issuer="Ban Tuyên giáo",
    number_symbol="Số 52-BC/BTGTU",
    place="Đắk Lắk",
    signer_title="K/T Trưởng ban\nPhó Trưởng ban",
    signer_name="Trần Thị Minh Hà",
    recipients=[
        "Ban Tuyên giáo Trung ương (b/c)",
        "Thường trực Tỉnh ủy (b/c)",
        "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc",
        "Các cơ quan, đơn vị được phân công",
    ],
)


@dataclass(frozen=True)
class DemoReports:
    periods: int
    reports: int
    late: int
    missing: int
    review_id: uuid.UUID


def _at(day: dt.date, hour: int = 9) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=dt.UTC)


async def load_reports(
    session: AsyncSession,
    plan_id: uuid.UUID,
    coordinator: Principal,
    admin: Principal,
    officer: Principal,
    consultation_id: uuid.UUID | None,
) -> DemoReports:
    rng = random.Random(148)  # noqa: S311 -- made-up figures, the same on every load
    phase = (await session.scalars(select(Phase).where(Phase.plan_id == plan_id, Phase.label == "I"))).one()
    assert phase.start_date is not None and phase.end_date is not None
    phase_id, phase_end = phase.id, phase.end_date
    made = await periods.generate_periods(
        session,
        coordinator,
        plan_id,
        ReportingScheduleIn(kind="monthly", day_of_month=25, starts_on=phase.start_date, ends_on=phase_end),
    )
    schedule = [(p.id, p.due_on) for p in made]
    units = await periods.reporting_units(session, plan_id)
    names = await units_service.unit_names(session, units)
    # Stable order: the officer's unit first, then by name.
    units.sort(key=lambda u: (u != officer.unit_id, names[u][0]))
    last = len(schedule) - 1
    missing = set(units[-2:])  # two units have not sent the last month's report
    late_pairs = {(officer.unit_id, 3), (units[1], last)}
    count = late = 0
    for index, (period_id, due_on) in enumerate(schedule):
        for unit_id in units:
            if index == last and unit_id in missing:
                continue
            author = officer if unit_id == officer.unit_id else admin  # admin keys in paper reports
            report, _ = await unit_reports.start_report(session, author, period_id, unit_id)
            report = await unit_reports.update_report(
                session,
                author,
                report,
                ReportUpdate(
                    figures=[
                        FiguresIn(
                            channel_id=uuid.UUID(f["channel_id"]),
                            events=rng.randint(0, 6),
                            participants=rng.randint(0, 60) * 10,
                            articles=rng.randint(0, 12),
                            banners=rng.randint(0, 20),
                        )
                        for f in report.figures
                        if f.get("channel_id")
                    ],
                    difficulties="Kinh phí cho hoạt động cổ động trực quan còn hạn chế."
                    if index == 3
                    else "",
                ),
            )
            is_late = (unit_id, index) in late_pairs
            sent = due_on + dt.timedelta(days=3) if is_late else due_on - dt.timedelta(days=rng.randint(0, 4))
            report = await unit_reports.submit_report(session, author, report, at=_at(sent))
            if index < last:
                await unit_reports.review_report(session, coordinator, report, True, None)
            count += 1
            late += is_late
    review = await reviews.create_review(
        session,
        coordinator,
        plan_id,
        ReviewCreate(
            kind="interim",
            phase_id=phase_id,
            consultation_id=consultation_id,
            header=REVIEW_HEADER,
            texts=REVIEW_TEXTS,
        ),
    )
    await reviews.issue_review(session, coordinator, review, phase_end + dt.timedelta(days=10))
    return DemoReports(
        periods=len(schedule), reports=count, late=late, missing=len(missing), review_id=review.id
    )
