"""The plan's local day: the one place reports ask "what day is it?".

Deadlines are days in the plan's own calendar (Asia/Ho_Chi_Minh unless
``PLANDESK_TIMEZONE`` says otherwise), so a report sent at 23:30 on the due day in
Buôn Ma Thuột is on time although it is 16:30 UTC. When ``core/localtime.py``
(a freezable clock) lands, :func:`today` and :func:`local_day` call it instead.
"""

from __future__ import annotations

import datetime as dt
import os
from zoneinfo import ZoneInfo

from plandesk.core.db import utcnow

DEFAULT_TIMEZONE = "Asia/Ho_Chi_Minh"


def plan_zone() -> ZoneInfo:
    return ZoneInfo(os.environ.get("PLANDESK_TIMEZONE") or DEFAULT_TIMEZONE)


def local_day(moment: dt.datetime) -> dt.date:
    """The plan's calendar day at ``moment`` (an aware datetime)."""
    return moment.astimezone(plan_zone()).date()


def now() -> dt.datetime:
    """The current instant (UTC); tests freeze it by patching this function."""
    return utcnow()


def today() -> dt.date:
    """Today in the plan's calendar."""
    return local_day(now())
