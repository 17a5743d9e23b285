"""The demo's reports: monthly unit reports through phase I (one late), and phase I's interim review."""

from __future__ import annotations

from sqlalchemy import select

from plandesk.reports.models import ReportingPeriod, Review, ReviewIssue, UnitReport


async def test_the_demo_has_reports_for_past_periods_one_late_and_an_interim_review(demo_world):
    # The 2020 dates, as issued: the figures below were counted by hand against them.
    world = await demo_world("--as-issued")
    async with world.session() as session:
        await _check_reports(session)
    assert "interim review of phase I, issued" in world.output


async def _check_reports(session) -> None:  # type: ignore[no-untyped-def]
    periods = {p.id: p for p in (await session.scalars(select(ReportingPeriod))).all()}
    assert [p.label for p in sorted(periods.values(), key=lambda p: p.due_on)][:2] == [
        "Tháng 2/2020",
        "Tháng 3/2020",
    ]
    reports = (await session.scalars(select(UnitReport))).all()
    assert reports and all(r.status in ("submitted", "accepted") for r in reports)
    late = [r for r in reports if r.submitted_on > periods[r.period_id].due_on]
    assert len(late) == 2
    assert all(periods[r.period_id].due_on.year == 2020 for r in reports)

    review = (await session.scalars(select(Review))).one()
    issue = (await session.scalars(select(ReviewIssue))).one()
    assert (review.kind, review.status, issue.number) == ("interim", "issued", 1)
    assert review.title == "Báo cáo sơ kết Đợt I thực hiện Kế hoạch số 148-KH/TU"
    assert issue.content["consultation"]["total"] == 12
    assert issue.content["figures"]["reporting"]["late"] == 2
