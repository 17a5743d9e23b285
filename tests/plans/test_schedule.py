"""Fuzzy dates resolve to the period their precision names; DateRefs resolve against milestones."""

from __future__ import annotations

import datetime as dt
import uuid

from plandesk.plans.schedule import FixedDate, MilestoneAnchor, period, resolve

D = dt.date


def test_a_month_spans_the_whole_month():
    # "cuối tháng 10/2020": the month of October 2020, ending on the 31st.
    assert period(D(2020, 10, 20), "month") == (D(2020, 10, 1), D(2020, 10, 31))


def test_february_of_a_leap_year_ends_on_the_29th():
    assert period(D(2020, 2, 3), "month") == (D(2020, 2, 1), D(2020, 2, 29))


def test_a_quarter_spans_three_months():
    # "Quý I/2021"
    assert period(D(2021, 2, 14), "quarter") == (D(2021, 1, 1), D(2021, 3, 31))
    assert period(D(2020, 11, 1), "quarter") == (D(2020, 10, 1), D(2020, 12, 31))


def test_a_year_and_a_day():
    assert period(D(2021, 6, 6), "year") == (D(2021, 1, 1), D(2021, 12, 31))
    assert period(D(2021, 6, 6), "day") == (D(2021, 6, 6), D(2021, 6, 6))


def test_an_anchor_takes_the_side_and_adds_the_offset():
    m = uuid.uuid4()
    ranges = {m: (D(2020, 8, 1), D(2020, 8, 31))}
    ref = MilestoneAnchor(kind="milestone", milestone_id=m, side="end", offset_days=15)
    assert resolve(ref, ranges) == D(2020, 9, 15)
    before = MilestoneAnchor(kind="milestone", milestone_id=m, side="start", offset_days=-1)
    assert resolve(before, ranges) == D(2020, 7, 31)


def test_an_anchor_on_an_undated_milestone_is_unresolved():
    m = uuid.uuid4()
    ref = MilestoneAnchor(kind="milestone", milestone_id=m, side="end", offset_days=0)
    assert resolve(ref, {m: (None, None)}) is None


def test_a_fixed_date_is_itself():
    assert resolve(FixedDate(kind="fixed", date=D(2020, 4, 15)), {}) == D(2020, 4, 15)
