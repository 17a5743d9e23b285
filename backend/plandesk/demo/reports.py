"""The demo's closing-the-loop history: monthly unit reports through phase I, and its interim review.

Everything is dated from the plan's own schedule (phase I's window), not from today,
so it stays consistent wherever the rest of the demo's dates are moved. Every unit
with work on the plan reports each month of phase I; Ban Tuyên giáo's May report
arrives three days late, one district's August report too, and two units have not
sent August's at all. The coordinator accepts what came in and issues the interim
review of phase I ten days after the phase ends.

Phase II is under way, so its reports are too, up to today and never after it: the
months already due are in (the latest waiting for the coordinator, one unit missing)
and, in the month under way, a few units sent theirs early while the officer's unit
has a draft — something on every reporting screen for each role to act on.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core.policy import Principal
from plandesk.plans.models import Phase, Plan
from plandesk.reports import periods, reviews, unit_reports
from plandesk.reports.models import UnitReport
from plandesk.reports.report_schemas import Figures as FiguresIn
from plandesk.reports.report_schemas import ReportUpdate
from plandesk.reports.review_schemas import ReviewCreate, ReviewHeader, ReviewTexts
from plandesk.reports.schemas import ReportingScheduleIn
from plandesk.units import service as units_service


def _opening(issued_on: dt.date) -> str:
    return (
        f"Thực hiện Kế hoạch số 148-KH/TU ngày {issued_on:%d/%m/%Y} của Ban Thường vụ Tỉnh ủy về tuyên "
        "truyền đại hội đảng bộ các cấp, Ban Tuyên giáo Tỉnh ủy đã ban hành Hướng dẫn thực hiện, phân "
        "công các cơ quan, đơn vị chủ trì, phối hợp và thường xuyên kiểm tra, đôn đốc việc triển khai."
    )


def _review_texts(issued_on: dt.date) -> ReviewTexts:
    """The interim review's texts; the plan's date as the demo stores it (moved or as issued)."""
    return REVIEW_TEXTS.model_copy(update={"opening": _opening(issued_on)})


async def _issued_on(session: AsyncSession, plan_id: uuid.UUID) -> dt.date:
    issued = (await session.execute(select(Plan.issued_on).where(Plan.id == plan_id))).scalar_one()
    assert issued is not None
    return issued


REVIEW_TEXTS = ReviewTexts(
    opening=_opening(dt.date(2020, 2, 11)),
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
class CurrentReports:
    """Phase II so far: reports sent, waiting for the coordinator, drafts, missing."""

    periods: int
    sent: int
    awaiting: int
    drafts: int
    missing: int


@dataclass(frozen=True)
class DemoReports:
    periods: int
    reports: int
    late: int
    missing: int
    review_id: uuid.UUID
    current: CurrentReports


def _at(day: dt.date, hour: int = 9) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=dt.UTC)


async def _send(
    session: AsyncSession,
    author: Principal,
    period_id: uuid.UUID,
    unit_id: uuid.UUID,
    rng: random.Random,
    difficulties: str = "",
    sent: dt.date | None = None,
) -> UnitReport:
    """A unit's report for the period with made-up figures; submitted on ``sent`` unless None
    (then it stays a draft)."""
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
            difficulties=difficulties,
        ),
    )
    if sent is not None:
        report = await unit_reports.submit_report(session, author, report, at=_at(sent))
    return report


async def _monthly(
    session: AsyncSession, coordinator: Principal, plan_id: uuid.UUID, label: str
) -> tuple[Phase, list[tuple[uuid.UUID, dt.date, dt.date]]]:
    """Phase ``label`` and its monthly periods (id, first day, due day), due on the 25th."""
    phase = (await session.scalars(select(Phase).where(Phase.plan_id == plan_id, Phase.label == label))).one()
    assert phase.start_date is not None and phase.end_date is not None
    made = await periods.generate_periods(
        session,
        coordinator,
        plan_id,
        ReportingScheduleIn(
            kind="monthly", day_of_month=25, starts_on=phase.start_date, ends_on=phase.end_date
        ),
    )
    return phase, [(p.id, p.starts_on, p.due_on) for p in made]


async def load_reports(
    session: AsyncSession,
    plan_id: uuid.UUID,
    coordinator: Principal,
    admin: Principal,
    officer: Principal,
    consultation_id: uuid.UUID | None,
    today: dt.date,
) -> DemoReports:
    rng = random.Random(148)  # noqa: S311 -- made-up figures, the same on every load
    phase, schedule = await _monthly(session, coordinator, plan_id, "I")
    assert phase.end_date is not None
    phase_id, phase_end = phase.id, phase.end_date
    units = await periods.reporting_units(session, plan_id)
    names = await units_service.unit_names(session, units)
    # Stable order: the officer's unit first, then by name.
    units.sort(key=lambda u: (u != officer.unit_id, names[u][0]))
    last = len(schedule) - 1
    missing = set(units[-2:])  # two units have not sent the last month's report
    late_pairs = {(officer.unit_id, 3), (units[1], last)}
    count = late = 0
    for index, (period_id, _, due_on) in enumerate(schedule):
        for unit_id in units:
            if index == last and unit_id in missing:
                continue
            author = officer if unit_id == officer.unit_id else admin  # admin keys in paper reports
            is_late = (unit_id, index) in late_pairs
            sent = due_on + dt.timedelta(days=3) if is_late else due_on - dt.timedelta(days=rng.randint(0, 4))
            difficulties = "Kinh phí cho hoạt động cổ động trực quan còn hạn chế." if index == 3 else ""
            report = await _send(session, author, period_id, unit_id, rng, difficulties, sent)
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
            texts=_review_texts(await _issued_on(session, plan_id)),
        ),
    )
    await reviews.issue_review(session, coordinator, review, phase_end + dt.timedelta(days=10))
    current = await _phase_two_so_far(session, plan_id, coordinator, admin, officer, units, today, rng)
    return DemoReports(
        periods=len(schedule),
        reports=count,
        late=late,
        missing=len(missing),
        review_id=review.id,
        current=current,
    )


async def _phase_two_so_far(
    session: AsyncSession,
    plan_id: uuid.UUID,
    coordinator: Principal,
    admin: Principal,
    officer: Principal,
    units: list[uuid.UUID],
    today: dt.date,
    rng: random.Random,
) -> CurrentReports:
    """Phase II's monthly reports up to ``today``: the months already due are in (the last of
    them waiting for the coordinator to accept, one unit still missing); in the month under
    way a few units sent theirs early and the officer's unit has a draft. Nothing is dated
    after ``today`` (with ``--as-issued`` every month of phase II is in the past)."""
    _, schedule = await _monthly(session, coordinator, plan_id, "II")
    due = [(pid, first, due_on) for pid, first, due_on in schedule if due_on < today]
    under_way = [(pid, first, due_on) for pid, first, due_on in schedule if first <= today <= due_on]
    sent = awaiting = drafts = missing = 0
    for index, (period_id, _, due_on) in enumerate(due):
        newest = index == len(due) - 1
        for unit_id in units:
            if newest and unit_id == units[-1]:
                missing += 1  # overdue: the reminder scan and the board show it
                continue
            author = officer if unit_id == officer.unit_id else admin
            day = min(due_on - dt.timedelta(days=rng.randint(0, 4)), today - dt.timedelta(days=1))
            report = await _send(session, author, period_id, unit_id, rng, sent=day)
            sent += 1
            if newest:
                awaiting += 1  # the coordinator's queue
            else:
                await unit_reports.review_report(session, coordinator, report, True, None)
    for period_id, first, _ in under_way:
        early = [u for u in units if u != officer.unit_id][:3]
        for unit_id in early:
            if first < today:
                await _send(session, admin, period_id, unit_id, rng, sent=today - dt.timedelta(days=1))
                sent += 1
                awaiting += 1
        await _send(session, officer, period_id, officer.unit_id, rng)  # type: ignore[arg-type]
        drafts += 1
    return CurrentReports(
        periods=len(due) + len(under_way), sent=sent, awaiting=awaiting, drafts=drafts, missing=missing
    )
