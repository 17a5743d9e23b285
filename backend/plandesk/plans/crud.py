"""Plans: creating, publishing, editing, listing and deleting them, and the time zone each is issued in.

Every ``create_*`` function of the plan modules (here, :mod:`.milestones`, :mod:`.phases`,
:mod:`.channels`) takes ``commit=``: with ``commit=False`` it only flushes, so a caller
(the plan importer) can build a whole plan in one transaction and commit once.
``actor=None`` means the system (CLI, importer).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import bindparam, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core import audit, localtime
from plandesk.core.db import fetch_rows
from plandesk.core.errors import Conflict, NotFound
from plandesk.core.events import Subject, emit
from plandesk.core.pagination import PageParams, SortKey, keyset, split_page
from plandesk.core.policy import Principal
from plandesk.core.text import fold, like_pattern, nfc
from plandesk.plans import coordinators
from plandesk.plans.models import Plan
from plandesk.plans.schemas import (
    PlanCreate,
)

PLAN_FIELDS = (
    "code",
    "title",
    "issuing_body",
    "place",
    "issued_on",
    "signer_name",
    "signer_title",
    "legal_bases",
    "purposes",
    "requirements",
    "recipients",
    "status",
    "published",
    "timezone",
)


def _jsonable(values: dict[str, Any]) -> dict[str, Any]:
    return {
        k: v.isoformat() if isinstance(v, dt.date) else str(v) if isinstance(v, uuid.UUID) else v
        for k, v in values.items()
    }


def _clean(text: str | None) -> str | None:
    return nfc(text).strip() if text is not None else None


def _clean_lines(lines: Iterable[str]) -> list[str]:
    return [nfc(line).strip() for line in lines]


async def _finish(session: AsyncSession, commit: bool) -> None:
    if commit:
        await session.commit()
    else:
        await session.flush()


# --- plans -------------------------------------------------------------------------


async def get_plan(session: AsyncSession, plan_id: uuid.UUID) -> Plan:
    plan = await session.get(Plan, plan_id)
    if plan is None:
        raise NotFound("plan", plan_id)
    return plan


_PLAN_EXISTS = select(Plan.id).where(Plan.id == bindparam("plan_id"))


async def ensure_plan(session: AsyncSession, plan_id: uuid.UUID) -> None:
    """404 unless the plan exists (one primary-key lookup, no row loaded)."""
    if not await fetch_rows(session, _PLAN_EXISTS, {"plan_id": plan_id}):
        raise NotFound("plan", plan_id)


def _plan_values(data: dict[str, Any]) -> dict[str, Any]:
    out = dict(data)
    for key in ("code", "title", "issuing_body", "place", "signer_name", "signer_title"):
        if key in out and out[key] is not None:
            out[key] = _clean(out[key])
    for key in ("purposes", "requirements", "recipients"):
        if key in out and out[key] is not None:
            out[key] = _clean_lines(out[key])
    if out.get("legal_bases") is not None:
        out["legal_bases"] = [
            {
                "reference": _clean(b["reference"]),
                "date": b["date"].isoformat() if b.get("date") else None,
                "title": _clean(b.get("title") or ""),
            }
            for b in out["legal_bases"]
        ]
    return out


async def create_plan(
    session: AsyncSession, actor: Principal | None, data: PlanCreate, *, commit: bool = True
) -> Plan:
    """Create a plan from its header data."""
    values = _plan_values(data.model_dump())
    plan = Plan(**values, title_folded=fold(values["title"]))
    session.add(plan)
    await session.flush()
    await coordinators.add_creator(session, actor, plan.id)
    audit.record(
        session, actor, "plan.created", "plan", plan.id, audit.diff({}, audit.snapshot(plan, PLAN_FIELDS))
    )
    await _finish(session, commit)
    return plan


async def update_plan(session: AsyncSession, actor: Principal, plan: Plan, changes: dict[str, Any]) -> Plan:
    """Change a plan's header, status or published flag."""
    for required in ("code", "title", "status", "published", "legal_bases", "purposes", "requirements"):
        if required in changes and changes[required] is None:
            del changes[required]
    if changes.get("recipients", ()) is None:
        del changes["recipients"]
    changes = _plan_values(changes)
    before = audit.snapshot(plan, changes.keys())
    publishing = changes.get("published") is True and not plan.published
    for key, value in changes.items():
        setattr(plan, key, value)
    if "title" in changes:
        plan.title_folded = fold(plan.title)
    diff = audit.diff(before, changes)
    if "timezone" in diff:
        # Completion days are local dates: a plan moving zone re-reckons them.
        from plandesk.tasks import due_dates as task_due_dates

        await session.flush()
        await task_due_dates.recompute_completion_days(session, plan.id, plan.timezone)
    audit.record(session, actor, "plan.updated", "plan", plan.id, diff)
    if publishing:
        # Publishing is approval: freeze the plan as approved, once (re-baselining is explicit).
        from plandesk.reports import baselines

        await baselines.baseline_on_publish(session, actor, plan.id)

    if diff:
        emit(session, "plan.updated", Subject("plan", plan.id), {"changes": diff}, plan_id=plan.id)
    if diff.get("published", {}).get("after") is True:
        emit(session, "plan.published", Subject("plan", plan.id), {"title": plan.title}, plan_id=plan.id)
    await session.commit()
    return plan


async def delete_plan(session: AsyncSession, actor: Principal, plan: Plan) -> None:
    """Delete a draft plan with everything in it; a plan that has gone live is archived instead."""
    if plan.status != "draft":
        raise Conflict(f"Only draft plans can be deleted; this one is {plan.status}: archive it instead.")
    audit.record(
        session, actor, "plan.deleted", "plan", plan.id, audit.diff(audit.snapshot(plan, PLAN_FIELDS), {})
    )
    await session.delete(plan)
    await session.commit()


async def list_plans(
    session: AsyncSession,
    params: PageParams,
    *,
    q: str | None = None,
    status: str | None = None,
    published: bool | None = None,
) -> tuple[list[dict[str, Any]], str | None]:
    """Plans, newest first."""
    stmt = select(
        Plan.id,
        Plan.code,
        Plan.title,
        Plan.issuing_body,
        Plan.issued_on,
        Plan.status,
        Plan.published,
        Plan.created_at,
        Plan.version,
    )
    if q:
        stmt = stmt.where(
            or_(
                Plan.title_folded.like(like_pattern(q), escape="\\"),
                Plan.code.like(like_pattern(q), escape="\\"),
            )
        )
    if status:
        stmt = stmt.where(Plan.status == status)
    if published is not None:
        stmt = stmt.where(Plan.published == published)
    keys = [SortKey(Plan.created_at, descending=True), SortKey(Plan.id, descending=True)]
    rows = [dict(r) for r in (await session.execute(keyset(stmt, keys, params))).mappings()]
    return split_page(rows, params, lambda r: (r["created_at"], r["id"]))


def plan_view(plan: Plan) -> dict[str, Any]:
    return {
        **{f: getattr(plan, f) for f in ("id", *PLAN_FIELDS, "created_at", "updated_at", "version")},
        "effective_timezone": localtime.zone_name(plan.timezone),
    }


_PLAN_ZONE = select(Plan.timezone).where(Plan.id == bindparam("plan_id"))


async def plan_zone(session: AsyncSession, plan_id: uuid.UUID) -> str:
    """The IANA zone a plan's dates are reckoned in (its own, else the deployment's); 404 if none."""
    rows = await fetch_rows(session, _PLAN_ZONE, {"plan_id": plan_id})
    if not rows:
        raise NotFound("plan", plan_id)
    return localtime.zone_name(rows[0][0])


_ZONED_PLANS = select(Plan.id, Plan.timezone).where(Plan.timezone.is_not(None))


async def zones_of_plans(session: AsyncSession) -> dict[uuid.UUID, str]:
    """The plans that name their own zone, with it (every other plan uses the deployment's)."""
    return {r.id: r.timezone for r in await fetch_rows(session, _ZONED_PLANS)}
