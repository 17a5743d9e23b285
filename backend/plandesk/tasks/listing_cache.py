"""Task-list pages served from a per-process cache while the plan's data version is unchanged.

A task-list page reads only the plan's own rows (tasks, their stored assignment summaries,
phases for the phase filter), all of which bump the plan's ``read_versions`` row in the
writing transaction (migrations 0015, 0019, 0021; see tasks/dashboard_cache.py). So a page
rendered under version V is exactly what a fresh read would answer while the version is
still V. The version is read together with the plan's zone — the query the list made anyway
to answer 404 for an unknown plan and to know today's date — so a hit costs that one query
and no list query, no row decoding, no serialisation.

The key is everything the page depends on: plan, today's date in the plan's zone (the
``overdue`` column and the standing filter), the filters, the cursor and page size, and the
key the cursors are signed with (a cursor is only accepted by the deployment that signed it,
and a hit must not skip that check). The version is read *before* the page is computed, so
a page stored under a version is at least as new as it. Pages are kept in LRU order up to
``MAX_BYTES`` in total; the list's authorisation runs on every request, before this.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core import localtime
from plandesk.core.db import fetch_rows
from plandesk.core.errors import NotFound
from plandesk.core.pagination import PageParams
from plandesk.core.versioned_pages import Page, VersionedPages
from plandesk.plans.models import Plan
from plandesk.tasks import listing
from plandesk.tasks.models import ReadVersion

MAX_BYTES = 32 * 1024 * 1024

_ZONE_AND_VERSION = (
    select(Plan.timezone, ReadVersion.version)
    .select_from(Plan)
    .outerjoin(ReadVersion, ReadVersion.plan_id == Plan.id)
    .where(Plan.id == bindparam("plan_id"))
)

pages = VersionedPages(MAX_BYTES)


async def task_page(
    session: AsyncSession,
    plan_id: uuid.UUID,
    params: PageParams,
    filters: listing.TaskFilters,
    render: Callable[[list[dict[str, Any]], str | None], bytes],
) -> Page:
    """One page of the plan's task list as ``render`` serialises it (404 for an unknown plan)."""
    rows = await fetch_rows(session, _ZONE_AND_VERSION, {"plan_id": plan_id})
    if not rows:
        raise NotFound("plan", plan_id)
    zone, version = rows[0].timezone, rows[0].version
    today = localtime.local_today(localtime.zone_name(zone))
    key = (plan_id, today, filters, params.cursor, params.limit, params.key)
    if version is not None:
        hit = pages.get(key, version)
        if hit is not None:
            return hit
    items, cursor = await listing.list_tasks(session, plan_id, params, filters, today, plan_checked=True)
    body = render(items, cursor)
    if version is not None:
        return pages.put(key, version, body)
    return Page.of(body)
