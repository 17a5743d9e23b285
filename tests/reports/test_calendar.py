"""The reporting calendar: monthly by a day of the month, quarterly, one-off at a phase's end."""

from __future__ import annotations

import datetime as dt

from plandesk.reports import calendar

D = dt.date


def spans(periods: list[calendar.PeriodSpec]) -> list[tuple[dt.date, dt.date, dt.date]]:
    return [(p.starts_on, p.ends_on, p.due_on) for p in periods]


def test_monthly_periods_run_from_one_reporting_day_to_the_next():
    periods = calendar.monthly(D(2020, 3, 1), D(2020, 6, 30), day=25)
    assert spans(periods) == [
        (D(2020, 3, 1), D(2020, 3, 25), D(2020, 3, 25)),
        (D(2020, 3, 26), D(2020, 4, 25), D(2020, 4, 25)),
        (D(2020, 4, 26), D(2020, 5, 25), D(2020, 5, 25)),
        (D(2020, 5, 26), D(2020, 6, 30), D(2020, 6, 30)),
    ]
    assert [p.label for p in periods] == ["Tháng 3/2020", "Tháng 4/2020", "Tháng 5/2020", "Tháng 6/2020"]


def test_a_plan_starting_mid_month_reports_its_first_fortnight_that_month():
    # Plan 148-KH/TU was issued on 11 February 2020: 15 days before the 25th.
    periods = calendar.monthly(D(2020, 2, 11), D(2020, 4, 25), day=25)
    assert spans(periods) == [
        (D(2020, 2, 11), D(2020, 2, 25), D(2020, 2, 25)),
        (D(2020, 2, 26), D(2020, 3, 25), D(2020, 3, 25)),
        (D(2020, 3, 26), D(2020, 4, 25), D(2020, 4, 25)),
    ]


def test_a_plan_starting_days_before_the_reporting_day_folds_them_into_the_next_month():
    periods = calendar.monthly(D(2020, 2, 20), D(2020, 4, 25), day=25)
    assert spans(periods) == [
        (D(2020, 2, 20), D(2020, 3, 25), D(2020, 3, 25)),
        (D(2020, 3, 26), D(2020, 4, 25), D(2020, 4, 25)),
    ]


def test_a_few_days_left_after_the_last_reporting_day_join_the_last_period():
    periods = calendar.monthly(D(2020, 3, 1), D(2020, 5, 31), day=25)
    assert spans(periods)[-1] == (D(2020, 4, 26), D(2020, 5, 31), D(2020, 5, 31))
    assert len(periods) == 3


def test_a_reporting_day_past_the_months_end_falls_on_its_last_day():
    periods = calendar.monthly(D(2021, 1, 1), D(2021, 3, 31), day=31)
    assert [p.due_on for p in periods] == [D(2021, 1, 31), D(2021, 2, 28), D(2021, 3, 31)]


def test_quarters_are_clipped_to_the_plan_and_due_after_an_offset():
    periods = calendar.quarterly(D(2020, 2, 11), D(2020, 11, 15), due_offset_days=10)
    assert spans(periods) == [
        (D(2020, 2, 11), D(2020, 3, 31), D(2020, 4, 10)),
        (D(2020, 4, 1), D(2020, 6, 30), D(2020, 7, 10)),
        (D(2020, 7, 1), D(2020, 9, 30), D(2020, 10, 10)),
        (D(2020, 10, 1), D(2020, 11, 15), D(2020, 11, 25)),
    ]
    assert [p.label for p in periods] == ["Quý I/2020", "Quý II/2020", "Quý III/2020", "Quý IV/2020"]


def test_quarters_run_across_the_new_year():
    periods = calendar.quarterly(D(2020, 11, 1), D(2021, 2, 1))
    assert [p.label for p in periods] == ["Quý IV/2020", "Quý I/2021"]


def test_a_one_off_period_is_due_days_after_the_phase_ends():
    p = calendar.one_off("Báo cáo kết thúc Đợt I", D(2020, 2, 11), D(2020, 8, 31), due_offset_days=5)
    assert (p.kind, p.starts_on, p.ends_on, p.due_on) == (
        "one_off",
        D(2020, 2, 11),
        D(2020, 8, 31),
        D(2020, 9, 5),
    )
