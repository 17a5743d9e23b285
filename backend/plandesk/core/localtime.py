"""Local time: the clock, "today" and deadline ends in the zone where a plan is issued.

Stored instants are UTC. Dates people act on — "today", a deadline, the day a task
was completed, the day feedback arrived — are calendar days *where the plan is
issued*: the plan's own ``timezone`` when it has one, else the deployment's
``PLANDESK_TIMEZONE`` (default ``Asia/Ho_Chi_Minh``). An officer in Đắk Lắk
finishing at 00:30 on 16/3 has missed a deadline of 15/3, although it is still
15/3 in UTC.

Everything that needs "now" for a deadline, a reminder or a report goes through
:func:`now`, so a test can freeze it (:func:`frozen`). Zone arguments accept a
:class:`~zoneinfo.ZoneInfo`, an IANA name, or ``None`` for the deployment default,
so callers can pass ``plan.timezone`` as stored.

Rules every caller can rely on:

- ``local_date(instant, tz)`` is the calendar day of ``instant`` in ``tz``.
- ``deadline_end(day, tz)`` is the UTC instant the day ``day`` ends in ``tz``
  (the next local midnight). For a month- or quarter-precision deadline pass the
  resolved range end (the period's last day): the deadline ends with the period.
- Work completed at ``t`` meets a deadline ``day`` iff ``t < deadline_end(day, tz)``,
  which is the same as ``local_date(t, tz) <= day``: so a stored ``completed_on``
  (a local date) can be compared with a due date in SQL.
- An open task is overdue at ``t`` iff ``due < local_today(tz, at=t)``, i.e. iff
  ``t >= deadline_end(due, tz)``.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_ZONE_NAME = "Asia/Ho_Chi_Minh"

Zone = ZoneInfo | str | None
"""A zone as callers hold it: a ZoneInfo, an IANA name, or None (the deployment default)."""


def _system_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


_clock: Callable[[], dt.datetime] = _system_now
_default_zone_name: str | None = None


# --- the clock ------------------------------------------------------------------------


def now() -> dt.datetime:
    """The current instant, timezone-aware in UTC (frozen inside :func:`frozen`)."""
    return _clock().astimezone(dt.UTC)


def set_clock(clock: Callable[[], dt.datetime] | None) -> None:
    """Make :func:`now` call ``clock`` (an aware datetime factory); ``None`` restores the system clock."""
    global _clock
    _clock = clock or _system_now


@contextmanager
def frozen(instant: dt.datetime) -> Iterator[dt.datetime]:
    """Freeze :func:`now` at ``instant`` (aware) for the duration of the block.

    >>> with frozen(dt.datetime(2020, 3, 15, 17, 30, tzinfo=dt.UTC)):
    ...     local_today()
    datetime.date(2020, 3, 16)
    """
    if instant.tzinfo is None:
        raise ValueError("frozen() needs an aware datetime")
    previous = _clock
    set_clock(lambda: instant)
    try:
        yield instant
    finally:
        set_clock(previous)


# --- zones ----------------------------------------------------------------------------


def check_zone_name(name: str) -> str:
    """``name`` if it is an IANA zone this machine knows, else ``ValueError`` (for validators)."""
    if not name or name != name.strip() or name.startswith(("/", ".")) or ".." in name:
        raise ValueError(f"not an IANA time zone name: {name!r}")
    try:
        _zone(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone: {name!r}") from exc
    return name


@functools.lru_cache(maxsize=256)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def configure(default_zone_name: str | None) -> None:
    """Set the deployment's zone (``create_app`` passes ``settings.timezone``)."""
    global _default_zone_name
    _default_zone_name = check_zone_name(default_zone_name) if default_zone_name else None


def default_zone_name() -> str:
    """The deployment's zone name: configured by the app, else ``PLANDESK_TIMEZONE``, else Hồ Chí Minh."""
    global _default_zone_name
    if _default_zone_name is None:
        from plandesk.core.config import get_settings

        _default_zone_name = get_settings().timezone
    return _default_zone_name


def zone(tz: Zone = None) -> ZoneInfo:
    """The ZoneInfo for ``tz`` (a ZoneInfo, an IANA name, or None for the deployment default)."""
    if isinstance(tz, ZoneInfo):
        return tz
    return _zone(tz or default_zone_name())


def zone_name(tz: Zone = None) -> str:
    """The IANA name of ``tz`` (None: the deployment default)."""
    return zone(tz).key


def utc_offset_label(tz: Zone = None, at: dt.datetime | None = None) -> str:
    """The zone's offset at ``at`` (default now) as written: ``"UTC+7"``, ``"UTC+5:30"``, ``"UTC"``."""
    offset = (at or now()).astimezone(zone(tz)).utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


# --- dates and deadlines --------------------------------------------------------------


def local_date(instant: dt.datetime, tz: Zone = None) -> dt.date:
    """The calendar day ``instant`` falls on in ``tz``. A naive ``instant`` is taken as UTC."""
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=dt.UTC)
    return instant.astimezone(zone(tz)).date()


def local_today(tz: Zone = None, *, at: dt.datetime | None = None) -> dt.date:
    """Today in ``tz`` (at ``at``, default :func:`now`): what dashboards, filters and standing use."""
    return local_date(at or now(), tz)


def deadline_end(range_end: dt.date, tz: Zone = None) -> dt.datetime:
    """The UTC instant a deadline whose last day is ``range_end`` runs out in ``tz``.

    That is the local midnight that starts the following day (``fold=0``: where a
    zone skips midnight, the first instant of the next day). For a month/quarter
    deadline pass the period's last day (the milestone's ``range_end``).

    >>> deadline_end(dt.date(2020, 3, 15), "Asia/Ho_Chi_Minh")
    datetime.datetime(2020, 3, 15, 17, 0, tzinfo=datetime.timezone.utc)
    """
    next_day = range_end + dt.timedelta(days=1)
    local_midnight = dt.datetime.combine(next_day, dt.time(0), tzinfo=zone(tz))
    # A non-existent local time (a DST gap at midnight) normalises forward via UTC.
    return local_midnight.astimezone(dt.UTC)


def met_deadline(completed_at: dt.datetime, due: dt.date, tz: Zone = None) -> bool:
    """Work completed at ``completed_at`` met the deadline ``due`` (its last day) in ``tz``."""
    return completed_at < deadline_end(due, tz)


def is_past_deadline(due: dt.date, tz: Zone = None, *, at: dt.datetime | None = None) -> bool:
    """The deadline ``due`` (its last day) has run out in ``tz`` at ``at`` (default now)."""
    return (at or now()) >= deadline_end(due, tz)
