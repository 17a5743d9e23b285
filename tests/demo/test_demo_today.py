"""`plandesk demo` brings the plan to the present: today in the middle of phase II, work due
around it; `--as-issued` keeps the document's 2020 dates. "Today" is frozen with `--today`."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from sqlalchemy import select

from plandesk.demo.timeshift import shift_text
from plandesk.plans.models import Phase, Plan
from plandesk.reports.models import ReportingPeriod, Review, UnitReport
from plandesk.tasks.dashboard import plan_dashboard
from plandesk.tasks.models import Assignment, ProgressUpdate, Task
from plandesk.units.models import Unit
from tests.demo.test_demo import run

TODAY = dt.date(2027, 3, 10)


def _group(a: Assignment, today: dt.date) -> str:
    """The web client's groups on "Việc của đơn vị" (features/my-work/groups.ts)."""
    if a.status in ("done", "cancelled"):
        return "done"
    if a.due_date is None:
        return "undated"
    days = (a.due_date - today).days
    return "overdue" if days < 0 else "soon" if days <= 7 else "later"


async def _demo(*extra: str) -> None:
    assert await run("demo", *extra) == 0


async def test_today_falls_in_the_middle_of_phase_two(demo_world):
    async with (await demo_world("--today", TODAY.isoformat())).session() as session:
        phase = (await session.execute(select(Phase).where(Phase.label == "II"))).scalar_one()
        assert phase.start_date < TODAY < phase.end_date
        assert abs((phase.start_date + (phase.end_date - phase.start_date) / 2) - TODAY) <= dt.timedelta(
            days=1
        )


async def test_as_issued_keeps_the_documents_2020_dates(demo_world):
    async with (await demo_world("--as-issued")).session() as session:
        plan = (await session.execute(select(Plan))).scalar_one()
        phase = (await session.execute(select(Phase).where(Phase.label == "II"))).scalar_one()
        assert plan.issued_on is not None and plan.issued_on.year == 2020
        assert phase.start_date is not None and phase.start_date.year == 2020


async def test_the_officer_has_work_in_every_group(demo_world):
    async with (await demo_world("--today", TODAY.isoformat())).session() as session:
        unit_id = (
            await session.execute(select(Unit.id).where(Unit.name == "Ban Tuyên giáo Tỉnh ủy"))
        ).scalar_one()
        mine = (
            (await session.execute(select(Assignment).where(Assignment.unit_id == unit_id))).scalars().all()
        )
        groups = Counter(_group(a, TODAY) for a in mine)
        assert groups == {"overdue": 1, "soon": 2, "later": 1, "undated": 3, "done": 3}
        due_in_3 = [a for a in mine if a.due_date == TODAY + dt.timedelta(days=3)]
        assert len(due_in_3) == 1 and _group(due_in_3[0], TODAY) == "soon"


async def test_deadlines_fall_in_the_coming_days_and_a_few_are_overdue_by_days(demo_world):
    async with (await demo_world("--today", TODAY.isoformat())).session() as session:
        open_dated = (
            await session.execute(
                select(Task.due_date).where(
                    Task.due_date.is_not(None), Task.status.not_in(("done", "cancelled"))
                )
            )
        ).scalars()
        days = sorted((d - TODAY).days for d in open_dated)
        assert [d for d in days if -7 <= d < 0] == [-5, -2, -1]
        assert [d for d in days if 0 <= d <= 7] == [2, 3, 4, 6]


async def test_the_dashboard_tiles_on_the_frozen_day(demo_world):
    async with (await demo_world("--today", TODAY.isoformat())).session() as session:
        plan_id = (await session.execute(select(Plan.id))).scalar_one()
        body = await plan_dashboard(session, plan_id, TODAY)
        d = body["deadlines"]
        assert body["tasks_total"] == 33
        assert (d["done_on_time"], d["done_late"], d["overdue"], d["due_within_7_days"]) == (5, 1, 4, 4)
        tiles = (
            "done_on_time",
            "done_late",
            "in_progress_within_deadline",
            "not_started",
            "overdue",
            "no_deadline",
        )
        assert (
            sum(d[k] for k in tiles)
            == d["counted"]
            == body["tasks_total"] - body["tasks_by_status"]["cancelled"]
        )


async def test_progress_was_reported_over_the_past_weeks(demo_world):
    async with (await demo_world("--today", TODAY.isoformat())).session() as session:
        stamps = (await session.execute(select(ProgressUpdate.created_at))).scalars().all()
        recent = [s for s in stamps if TODAY - dt.timedelta(days=21) <= s.date() < TODAY]
        assert len(recent) >= 5
        assert all(s.date() < TODAY for s in stamps)


async def test_the_demo_prints_the_address_serve_will_listen_on(cli_env, monkeypatch, capsys):
    monkeypatch.setenv("PLANDESK_HOST", "0.0.0.0")
    monkeypatch.setenv("PLANDESK_PORT", "8123")
    await _demo()
    assert "Sign in at http://127.0.0.1:8123 with:" in capsys.readouterr().out


async def test_the_words_move_with_the_dates(demo_world):
    """A task due 14/5 of the demo year must not read "xong trước 15/3/2020"; a phase from April
    must not be titled "Từ đầu tháng 02/2020"; a directive's date stays what it is."""
    async with (await demo_world("--today", TODAY.isoformat())).session() as session:
        tasks = (await session.execute(select(Task))).scalars().all()
        deadlines = [t for t in tasks if "xong trước" in t.body]
        assert len(deadlines) >= 4
        for task in deadlines:
            written = re.search(r"xong trước (\d{1,2})/(\d{1,2})/(\d{4})", task.body)
            assert written, task.body
            day, month, year = map(int, written.groups())
            assert dt.date(year, month, day) == task.due_date, (task.body, task.due_date)
            assert str(year) in task.search_folded
        assert any("Chỉ thị số 35-CT/TW, ngày 30/5/2019" in t.body for t in tasks)  # a fact: unmoved
        phase = (await session.execute(select(Phase).where(Phase.label == "I"))).scalar_one()
        assert f"tháng {phase.start_date.month:02d}/{phase.start_date.year}" in phase.title, phase.title
        assert f"tháng {phase.end_date.month} năm {phase.end_date.year}" in phase.title, phase.title
        assert "2020" not in phase.title


def test_shift_text():
    offset = dt.timedelta(days=2251)
    assert shift_text("tiến độ: xong trước 15/3/2020.", offset) == "tiến độ: xong trước 14/5/2026."
    assert shift_text("hoàn thành trước ngày 31/3/2020", offset) == "hoàn thành trước ngày 30/5/2026"
    assert shift_text("Từ đầu tháng 02/2020 đến cuối tháng 8 năm 2020", offset) == (
        "Từ đầu tháng 04/2026 đến cuối tháng 10 năm 2026"
    )
    assert shift_text("(Quý I/2021)", offset) == "(Quý II/2027)"
    fixed = "Kế hoạch số 127-KH/TU, ngày 23/8/2019; (23/11/1940 - 23/11/2020); trước 31/2/2020"
    assert shift_text(fixed, offset) == fixed
    assert shift_text("xong trước 15/3/2020", dt.timedelta(0)) == "xong trước 15/3/2020"


async def test_phase_two_reports_are_under_way_and_never_dated_after_today(demo_world):
    """On the demo's day the coordinator has reports to accept, the officer a draft to finish and
    the board a missing one; nothing is submitted after today. The review names the plan's date."""
    async with (await demo_world("--today", TODAY.isoformat())).session() as session:
        phase = (await session.execute(select(Phase).where(Phase.label == "II"))).scalar_one()
        plan = (await session.execute(select(Plan))).scalar_one()
        rows = (
            await session.execute(
                select(UnitReport, ReportingPeriod)
                .join(ReportingPeriod, ReportingPeriod.id == UnitReport.period_id)
                .where(ReportingPeriod.starts_on >= phase.start_date)
            )
        ).all()
        by_status = Counter(r.status for r, _ in rows)
        assert by_status["submitted"] >= 1 and by_status["draft"] == 1, by_status
        draft = next(r for r, _ in rows if r.status == "draft")
        unit = (await session.execute(select(Unit).where(Unit.id == draft.unit_id))).scalar_one()
        assert unit.name == "Ban Tuyên giáo Tỉnh ủy"
        assert all(p.starts_on <= TODAY for _, p in rows)
        assert all(r.submitted_at is None or r.submitted_at.date() < TODAY for r, _ in rows)
        review = (await session.execute(select(Review))).scalar_one()
        assert f"ngày {plan.issued_on:%d/%m/%Y}" in review.texts["opening"]
