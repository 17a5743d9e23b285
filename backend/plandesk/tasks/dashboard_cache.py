"""Dashboards served from a per-process cache while the plan's data version is unchanged.

Computing a dashboard aggregates every task and assignment of the plan (≈ 1,200 rows for
a plan of 200 tasks): several milliseconds of database and Python time. Reading it again
costs one primary-key lookup: ``read_versions`` holds a random version per plan, replaced
in the writing transaction by a trigger whenever any row of the plan changes (plans,
phases, milestones, channels, tasks, assignments — through the ``sync_changes`` triggers
every write path already fires), plus one for the units, whose names the scoreboard shows
(migrations ``0019_read_aggregates``; since ``0021_deferred_read_versions`` the bump runs at
commit, so writers of one plan do not queue on its row). Invalidation is exact and works
across processes: a write committed before the version is read is always seen.

The version is read *before* the figures are computed, so figures stored under a version
are at least as new as it: a write that commits in between changes the version, and the
next request computes again. The figures depend on the day they are reckoned for, so each
plan keeps a few days' answers; the plan's own zone is kept with them (it is part of the
plan's version), and the deployment's zone is resolved on each request.
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core import localtime
from plandesk.core.db import fetch_rows
from plandesk.core.versioned_pages import Page
from plandesk.plans.models import Plan
from plandesk.tasks import dashboard
from plandesk.tasks.models import ReadVersion

UNITS_KEY = uuid.UUID(int=0)  # the units' row in read_versions
MAX_PLANS = 512
MAX_DAYS = 4


@dataclass
class _Entry:
    versions: tuple[int, int]
    plan_zone: str | None
    bodies: OrderedDict[dt.date, Page] = field(default_factory=OrderedDict)


_cache: OrderedDict[uuid.UUID, _Entry] = OrderedDict()


def clear() -> None:
    _cache.clear()


@functools.cache
def _statements() -> tuple[Any, Any]:
    def version_of(key: str) -> Any:
        return select(ReadVersion.version).where(ReadVersion.plan_id == bindparam(key)).scalar_subquery()

    versions = select(version_of("plan_id").label("plan"), version_of("units_key").label("units"))
    zone = select(Plan.timezone).where(Plan.id == bindparam("plan_id"))
    return versions, zone


async def dashboard_body(
    session: AsyncSession,
    plan_id: uuid.UUID,
    today: dt.date | None,
    render: Callable[[dict[str, Any]], bytes],
) -> Page:
    """The plan's dashboard as ``render`` serialises it, with its ETag: cached while the plan is unchanged."""
    versions_stmt, zone_stmt = _statements()
    row = (await fetch_rows(session, versions_stmt, {"plan_id": plan_id, "units_key": UNITS_KEY}))[0]
    versions = (row.plan, row.units)
    entry = _cache.get(plan_id)
    if entry is not None and entry.versions == versions:
        day = today if today is not None else localtime.local_today(localtime.zone_name(entry.plan_zone))
        hit = entry.bodies.get(day)
        if hit is not None:
            _cache.move_to_end(plan_id)
            return hit
    figures = await dashboard.plan_dashboard(session, plan_id, today)  # 404 for an unknown plan
    body = render(figures)
    page = Page.of(body)
    if row.plan is None or row.units is None:
        return page  # no version to check against (a plan or units row not written yet)
    if entry is None or entry.versions != versions:
        zone_rows = await fetch_rows(session, zone_stmt, {"plan_id": plan_id})
        entry = _Entry(versions, zone_rows[0][0] if zone_rows else None)
        _cache[plan_id] = entry
    entry.bodies[figures["today"]] = page
    while len(entry.bodies) > MAX_DAYS:
        entry.bodies.popitem(last=False)
    _cache.move_to_end(plan_id)
    while len(_cache) > MAX_PLANS:
        _cache.popitem(last=False)
    return page
