"""Worklist pages (``/me/assignments``) served from a per-process cache while the unit's data
version is unchanged.

A worklist page reads the unit's assignments and the title and phase of their tasks. The
unit's ``read_versions`` row is replaced in the writing transaction whenever one of those
rows changes (migration 0022), so a page rendered under version V is what a fresh read would
answer while the version is still V. The other input is "today" in each plan's zone (which
assignments are overdue): the bind values that say it are part of the key. As for the task
list (tasks/listing_cache.py), the version is read before the page is computed, the cursor
signing key is part of the key, and pages are evicted in LRU order beyond ``MAX_BYTES``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core.db import fetch_rows
from plandesk.core.pagination import PageParams
from plandesk.core.versioned_pages import Page, VersionedPages
from plandesk.tasks import worklist
from plandesk.tasks.due_dates import _today_binds
from plandesk.tasks.models import ReadVersion

MAX_BYTES = 32 * 1024 * 1024

_VERSION = select(ReadVersion.version).where(ReadVersion.plan_id == bindparam("unit_id"))

pages = VersionedPages(MAX_BYTES)


def _frozen(values: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in values.items()))


async def worklist_page(
    session: AsyncSession,
    unit_id: uuid.UUID,
    params: PageParams,
    render: Callable[[list[dict[str, Any]], str | None], bytes],
    *,
    plan_id: uuid.UUID | None = None,
    statuses: Sequence[str] = (),
) -> Page:
    """One page of the unit's worklist as ``render`` serialises it."""
    found = await fetch_rows(session, _VERSION, {"unit_id": unit_id})
    version = found[0].version if found else None
    today_binds = await _today_binds(session, plan_id)  # 404 for an unknown plan_id
    key = (unit_id, plan_id, tuple(statuses), params.cursor, params.limit, params.key, _frozen(today_binds))
    if version is not None:
        hit = pages.get(key, version)
        if hit is not None:
            return hit
    items, cursor = await worklist.my_assignments(
        session, unit_id, params, plan_id=plan_id, statuses=statuses, today_binds=today_binds
    )
    body = render(items, cursor)
    if version is not None:
        return pages.put(key, version, body)
    return Page.of(body)
