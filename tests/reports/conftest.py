"""Reports tests: a frozen clock (core/localtime) set at a wall-clock time in the plan's zone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from zoneinfo import ZoneInfo

import pytest

from plandesk.core import localtime

HCM = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def freeze() -> Iterator[Callable[[dt.datetime], None]]:
    """Freeze ``localtime.now()`` at a local (Asia/Ho_Chi_Minh) wall-clock time; released after the test."""

    def set_now(local: dt.datetime) -> None:
        moment = local.replace(tzinfo=HCM).astimezone(dt.UTC)
        localtime.set_clock(lambda: moment)

    yield set_now
    localtime.set_clock(None)
