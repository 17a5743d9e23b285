"""One page of a caller's change feed (docs/sync.md; the why in docs/adr/0015-sync.md).

A *run* is one sync: its first page fixes the watermark the run will hand back, its
pages follow ``next_cursor``, and its last page answers ``next_since``. Without
``since`` a run reads everything in scope, kind by kind in id order; with it, a run
reads the change log from the token's watermark, one entry per changed object.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, or_, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core import localtime
from plandesk.core.errors import InvalidInput
from plandesk.core.policy import Principal
from plandesk.sync.models import SyncChange
from plandesk.sync.sources import SyncScope, SyncSource, scope_for, source, sources
from plandesk.sync.tokens import (
    MAX_PENDING,
    RunCursor,
    SinceToken,
    SyncTokenGone,
    Watermark,
    check_fresh,
    decode_run_cursor,
    decode_since,
    encode_run_cursor,
    encode_since,
)


@dataclass(frozen=True)
class SyncPage:
    items: list[dict[str, Any]]
    deleted: list[dict[str, Any]]
    next_cursor: str | None
    next_since: str | None


async def _is_postgres(session: AsyncSession) -> bool:
    return (await session.connection()).dialect.name == "postgresql"


async def current_watermark(session: AsyncSession) -> Watermark:
    """Where a run that starts now will tell the next one to start (see :class:`Watermark`).

    Taken before the run reads anything: a change that commits after this point is
    either read by the run or past the watermark, possibly both (sent twice, harmless).
    """
    if await _is_postgres(session):
        query = text(
            "SELECT pg_snapshot_xmin(s)::text::bigint, pg_snapshot_xmax(s)::text::bigint,"
            " ARRAY(SELECT x::text::bigint FROM pg_snapshot_xip(s) AS x ORDER BY 1)"
            " FROM pg_current_snapshot() AS s"
        )
        xmin, xmax, xip = (await session.execute(query)).one()
        if len(xip) > MAX_PENDING:
            return Watermark(int(xmin))
        return Watermark(int(xmax), tuple(int(x) for x in xip))
    newest = (await session.execute(select(func.coalesce(func.max(SyncChange.seq), 0)))).scalar_one()
    return Watermark(int(newest) + 1)


async def sync_page(
    session: AsyncSession,
    principal: Principal,
    *,
    key: bytes,
    retention_days: int,
    since: str | None,
    cursor: str | None,
    limit: int,
) -> SyncPage:
    """The next page of ``principal``'s feed: from ``since``, or continuing ``cursor``."""
    scope = scope_for(principal)
    now = localtime.now()
    if cursor:
        if since:
            raise InvalidInput(
                "Send either since (to start a sync) or cursor (to continue one), not both.",
                errors=[{"loc": ["query", "cursor"], "msg": "not with since"}],
            )
        run = decode_run_cursor(cursor, key)
        if run.fingerprint != scope.fingerprint:
            raise SyncTokenGone("This cursor was issued for another account or scope: sync again.")
    else:
        token: SinceToken | None = None
        if since:
            token = decode_since(since, key)
            check_fresh(token, scope.fingerprint, now, retention_days)
        run = RunCursor(
            since=token,
            next_watermark=await current_watermark(session),
            issued_at=int(now.timestamp()),
            fingerprint=scope.fingerprint,
            stage=0,
            after="",
        )
    if run.since is None:
        items, deleted, position = await _full_page(session, scope, run, limit)
    else:
        items, deleted, position = await _incremental_page(session, scope, run, limit)
    if position is None:
        done = SinceToken(run.next_watermark, run.issued_at, scope.fingerprint)
        return SyncPage(items, deleted, None, encode_since(done, key))
    stage, after = position
    following = RunCursor(run.since, run.next_watermark, run.issued_at, run.fingerprint, stage, after)
    return SyncPage(items, deleted, encode_run_cursor(following, key), None)


def _in_scope(scope: SyncScope) -> list[SyncSource]:
    return [s for s in sources() if s.kind in scope.kinds]


# --- a full run -------------------------------------------------------------------------


async def _full_page(
    session: AsyncSession, scope: SyncScope, run: RunCursor, limit: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], tuple[int, str] | None]:
    kinds = _in_scope(scope)
    items: list[dict[str, Any]] = []
    stage, after = run.stage, run.after
    while stage < len(kinds) and len(items) < limit:
        src = kinds[stage]
        room = limit - len(items)
        try:
            after_id = uuid.UUID(after) if after else None
        except ValueError as exc:  # signed, so ours: only a server bug gets here
            raise InvalidInput("invalid cursor") from exc
        if scope.unit_id is not None and src.officer_ids is not None:
            column, ids = src.officer_ids(scope)
            if after_id is not None:
                ids = ids.where(column > after_id)
            page_ids = ids.order_by(column).limit(room + 1)
            stmt = select(*src.columns).where(src.id_column.in_(page_ids)).order_by(src.id_column)
        else:
            stmt = select(*src.columns).where(src.object_filter(scope))
            if after_id is not None:
                stmt = stmt.where(src.id_column > after_id)
            stmt = stmt.order_by(src.id_column).limit(room + 1)
        rows = (await session.execute(stmt)).all()
        taken = rows[:room]
        items.extend(src.item(r) for r in taken)
        if len(rows) > room:
            return items, [], (stage, str(taken[-1].id))
        stage, after = stage + 1, ""
    return items, [], None if stage >= len(kinds) else (stage, after)


# --- an incremental run -----------------------------------------------------------------


async def _incremental_page(
    session: AsyncSession, scope: SyncScope, run: RunCursor, limit: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], tuple[int, str] | None]:
    assert run.since is not None
    kinds = _in_scope(scope)
    if not kinds:
        return [], [], None
    position = SyncChange.txid if await _is_postgres(session) else SyncChange.seq
    unseen = position >= run.since.watermark.floor
    if run.since.watermark.pending:
        unseen = or_(unseen, position.in_(run.since.watermark.pending))
    after_seq = int(run.after or 0)
    grouped = (
        select(
            func.max(SyncChange.seq).label("last"),
            func.max(case((SyncChange.op == "I", 1), else_=0)).label("inserted"),
        )
        .where(
            unseen,
            SyncChange.seq > after_seq,
            or_(*(s.change_filter(scope) for s in kinds)),
        )
        .group_by(SyncChange.kind, SyncChange.object_id)
        .order_by(func.max(SyncChange.seq))
        .limit(limit + 1)
        .subquery()
    )
    stmt = (
        select(
            SyncChange.seq,
            SyncChange.kind,
            SyncChange.object_id,
            SyncChange.op,
            SyncChange.plan_id,
            SyncChange.parent_id,
            grouped.c.inserted,
        )
        .join(grouped, SyncChange.seq == grouped.c.last)
        .order_by(SyncChange.seq)
    )
    changes = (await session.execute(stmt)).all()
    more = len(changes) > limit
    changes = changes[:limit]

    changed: dict[str, set[uuid.UUID]] = defaultdict(set)
    deleted: dict[tuple[str, uuid.UUID], None] = {}
    gone_tasks: set[uuid.UUID] = set()
    gone_plans: set[uuid.UUID] = set()
    joined_plans: set[uuid.UUID] = set()
    officer = scope.unit_id is not None
    for c in changes:
        if c.op == "D":
            if officer and c.kind == "assignment":
                # The officer's unit lost this work: its task, and its plan, may leave the scope.
                if c.parent_id is not None:
                    gone_tasks.add(c.parent_id)
                if c.plan_id is not None:
                    gone_plans.add(c.plan_id)
            if officer and source(c.kind).officer_filter is not None:
                continue  # plans and tasks leave an officer's feed through their assignments
            deleted[(c.kind, c.object_id)] = None
            continue
        changed[c.kind].add(c.object_id)
        if officer and c.kind == "assignment":
            # New work brings what it hangs on, which itself may not have changed.
            if c.parent_id is not None:
                changed["task"].add(c.parent_id)
            if c.inserted and c.plan_id is not None:
                joined_plans.add(c.plan_id)

    items = await _fetch_changed(session, scope, kinds, changed, joined_plans)
    if officer:
        for kind, ids in (("task", gone_tasks), ("plan", gone_plans)):
            for object_id in await _left_scope(session, scope, kind, ids):
                deleted[(kind, object_id)] = None
    served = {(i["object"], i["id"]) for i in items}
    out_deleted = [{"object": k, "id": i} for (k, i) in deleted if (k, i) not in served]
    return items, out_deleted, ((0, str(changes[-1].seq)) if more else None)


async def _fetch_changed(
    session: AsyncSession,
    scope: SyncScope,
    kinds: list[SyncSource],
    changed: dict[str, set[uuid.UUID]],
    joined_plans: set[uuid.UUID],
) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    seen: set[tuple[str, Any]] = set()
    for src in kinds:
        conditions = []
        if changed.get(src.kind):
            conditions.append(src.id_column.in_(sorted(changed[src.kind])))
        if joined_plans and src.owner == "plan" and src.kind != "task":
            plan_column = src.id_column if src.kind == "plan" else src.table.c.plan_id
            conditions.append(plan_column.in_(sorted(joined_plans)))
        if not conditions:
            continue
        stmt = select(*src.columns).where(or_(*conditions), src.object_filter(scope)).order_by(src.id_column)
        for row in (await session.execute(stmt)).all():
            if (src.kind, row.id) not in seen:
                seen.add((src.kind, row.id))
                items.append(src.item(row))
    return items


async def _left_scope(
    session: AsyncSession, scope: SyncScope, kind: str, ids: set[uuid.UUID]
) -> list[uuid.UUID]:
    """Of ``ids`` (tasks or plans), those the officer's unit has no assignment on any more."""
    if not ids or kind not in scope.kinds:
        return []
    from plandesk.tasks.models import Assignment

    column = Assignment.task_id if kind == "task" else Assignment.plan_id
    still = set(
        (
            await session.execute(
                select(column).where(column.in_(sorted(ids)), Assignment.unit_id == scope.unit_id).distinct()
            )
        ).scalars()
    )
    return sorted(ids - still)
