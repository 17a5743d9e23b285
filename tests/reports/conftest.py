"""Reports tests: a frozen clock in the plan's time zone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

import pytest

from plandesk.reports import clock

HCM = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def freeze(monkeypatch: pytest.MonkeyPatch) -> Callable[[dt.datetime], None]:
    """Freeze the reports clock at a local (Asia/Ho_Chi_Minh) wall-clock time."""

    def set_now(local: dt.datetime) -> None:
        moment = local.replace(tzinfo=HCM).astimezone(dt.UTC)
        monkeypatch.setattr(clock, "now", lambda: moment)

    return set_now
