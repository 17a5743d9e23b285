"""core.localtime: today, local dates and deadline ends in the zone where a plan is issued."""

from __future__ import annotations

import datetime as dt

import pytest

from plandesk.core import localtime
from plandesk.core.config import Settings

LATE_NIGHT = dt.datetime(2020, 3, 15, 17, 30, tzinfo=dt.UTC)  # 00:30 on 16/3 in Hà Nội
EVENING = dt.datetime(2020, 3, 15, 16, 30, tzinfo=dt.UTC)  # 23:30 on 15/3 in Hà Nội


def test_default_zone_is_vietnam():
    assert localtime.zone_name() == "Asia/Ho_Chi_Minh"


@pytest.mark.parametrize(
    ("instant", "day"), [(LATE_NIGHT, dt.date(2020, 3, 16)), (EVENING, dt.date(2020, 3, 15))]
)
def test_local_today_is_the_date_in_hanoi(instant, day):
    with localtime.frozen(instant):
        assert localtime.local_today() == day


def test_local_today_in_paris_is_still_the_15th_at_the_same_instant():
    with localtime.frozen(LATE_NIGHT):
        assert localtime.local_today("Europe/Paris") == dt.date(2020, 3, 15)


def test_frozen_clock_is_released_after_the_block():
    with localtime.frozen(LATE_NIGHT):
        pass
    assert localtime.now() > dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def test_frozen_needs_an_aware_instant():
    with pytest.raises(ValueError, match="aware"):
        with localtime.frozen(dt.datetime(2020, 3, 15, 17, 30)):
            pass


def test_deadline_of_a_day_ends_at_local_midnight():
    assert localtime.deadline_end(dt.date(2020, 3, 15)) == dt.datetime(2020, 3, 15, 17, tzinfo=dt.UTC)
    assert localtime.deadline_end(dt.date(2020, 3, 15), "Europe/Paris") == dt.datetime(
        2020, 3, 15, 23, tzinfo=dt.UTC
    )


def test_month_deadline_ends_with_the_month_across_a_dst_change():
    # Paris moved to summer time on 29/3/2020: the month ends at 22:00 UTC, not 23:00.
    assert localtime.deadline_end(dt.date(2020, 3, 31), "Europe/Paris") == dt.datetime(
        2020, 3, 31, 22, tzinfo=dt.UTC
    )


@pytest.mark.parametrize(("completed_at", "met"), [(LATE_NIGHT, False), (EVENING, True)])
def test_met_deadline_agrees_with_the_local_completion_day(completed_at, met):
    due = dt.date(2020, 3, 15)
    assert localtime.met_deadline(completed_at, due) is met
    assert (localtime.local_date(completed_at) <= due) is met


@pytest.mark.parametrize(("instant", "past"), [(LATE_NIGHT, True), (EVENING, False)])
def test_is_past_deadline_agrees_with_local_today(instant, past):
    due = dt.date(2020, 3, 15)
    assert localtime.is_past_deadline(due, at=instant) is past
    assert (due < localtime.local_today(at=instant)) is past


def test_naive_instants_are_taken_as_utc():
    assert localtime.local_date(dt.datetime(2020, 3, 15, 17, 30)) == dt.date(2020, 3, 16)


@pytest.mark.parametrize(
    ("zone", "label"), [("Asia/Ho_Chi_Minh", "UTC+7"), ("Asia/Kolkata", "UTC+5:30"), ("UTC", "UTC")]
)
def test_offset_label(zone, label):
    assert localtime.utc_offset_label(zone, EVENING) == label


@pytest.mark.parametrize("name", ["Mars/Olympus", "", "../etc/passwd", " Asia/Ho_Chi_Minh"])
def test_unknown_zone_names_are_refused(name):
    with pytest.raises(ValueError):
        localtime.check_zone_name(name)


def test_setting_rejects_an_unknown_zone():
    with pytest.raises(ValueError, match="unknown time zone"):
        Settings(timezone="Asia/Saigon-ish")


def test_setting_reads_plandesk_timezone(monkeypatch):
    monkeypatch.setenv("PLANDESK_TIMEZONE", "Europe/Paris")
    assert Settings().timezone == "Europe/Paris"
