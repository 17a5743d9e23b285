"""Units and unit groups: the organisations that lead and support tasks."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import bindparam, delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core import audit
from plandesk.core.db import fetch_rows, utcnow
from plandesk.core.errors import Conflict, InvalidInput, NotFound
from plandesk.core.pagination import PageParams, SortKey, keyset, split_page
from plandesk.core.policy import Principal
from plandesk.core.text import fold, like_pattern, nfc
from plandesk.units.models import Unit, UnitGroup, UnitGroupMember

UNIT_FIELDS = ("name", "short_name", "kind", "parent_id", "active")


async def _finish(session: AsyncSession, commit: bool) -> None:
    if commit:
        await session.commit()
    else:
        await session.flush()


async def get_unit(session: AsyncSession, unit_id: uuid.UUID) -> Unit:
    unit = await session.get(Unit, unit_id)
    if unit is None:
        raise NotFound("unit", unit_id)
    return unit


async def require_units_exist(session: AsyncSession, unit_ids: Sequence[uuid.UUID], loc: str) -> None:
    """Raise 422 naming the first id in ``unit_ids`` that is not a unit."""
    wanted = set(unit_ids)
    if not wanted:
        return
    found = set((await session.execute(select(Unit.id).where(Unit.id.in_(wanted)))).scalars())
    missing = [u for u in unit_ids if u not in found]
    if missing:
        raise InvalidInput(
            f"Unknown unit {missing[0]}.",
            errors=[{"loc": ["body", loc], "msg": f"unknown unit {missing[0]}"}],
        )


async def _check_parent(
    session: AsyncSession, unit_id: uuid.UUID | None, parent_id: uuid.UUID | None
) -> None:
    if parent_id is None:
        return
    await require_units_exist(session, [parent_id], "parent_id")
    # Walk up from the new parent: meeting the unit itself would make a cycle.
    cursor: uuid.UUID | None = parent_id
    seen: set[uuid.UUID] = set()
    while cursor is not None and cursor not in seen:
        if cursor == unit_id:
            raise Conflict("A unit cannot be placed under itself or one of its own sub-units.")
        seen.add(cursor)
        cursor = (await session.execute(select(Unit.parent_id).where(Unit.id == cursor))).scalar_one_or_none()


async def create_unit(
    session: AsyncSession, actor: Principal | None, data: dict[str, Any], *, commit: bool = True
) -> Unit:
    """Create a unit. With ``commit=False`` it only flushes (the plan importer commits once)."""
    await _check_parent(session, None, data.get("parent_id"))
    name = nfc(data["name"]).strip()
    unit = Unit(**{**data, "name": name, "name_folded": fold(name)})
    session.add(unit)
    await session.flush()
    audit.record(
        session, actor, "unit.created", "unit", unit.id, audit.diff({}, audit.snapshot(unit, UNIT_FIELDS))
    )
    await _finish(session, commit)
    return unit


async def update_unit(session: AsyncSession, actor: Principal, unit: Unit, changes: dict[str, Any]) -> Unit:
    if "parent_id" in changes:
        await _check_parent(session, unit.id, changes["parent_id"])
    if "name" in changes:
        changes["name"] = nfc(changes["name"]).strip()
    before = audit.snapshot(unit, changes.keys())
    for key, value in changes.items():
        setattr(unit, key, value)
    if "name" in changes:
        unit.name_folded = fold(unit.name)
    audit.record(session, actor, "unit.updated", "unit", unit.id, audit.diff(before, changes))
    await session.commit()
    return unit


async def list_units(
    session: AsyncSession,
    params: PageParams,
    *,
    q: str | None = None,
    kind: str | None = None,
    parent_id: uuid.UUID | None = None,
    active: bool | None = None,
) -> tuple[list[Unit], str | None]:
    stmt = select(Unit)
    if q:
        stmt = stmt.where(Unit.name_folded.like(like_pattern(q), escape="\\"))
    if kind:
        stmt = stmt.where(Unit.kind == kind)
    if parent_id:
        stmt = stmt.where(Unit.parent_id == parent_id)
    if active is not None:
        stmt = stmt.where(Unit.active == active)
    keys = [SortKey(Unit.name_folded), SortKey(Unit.id)]
    rows = list((await session.execute(keyset(stmt, keys, params))).scalars())
    return split_page(rows, params, lambda u: (u.name_folded, u.id))


async def delete_unit(session: AsyncSession, actor: Principal, unit: Unit) -> None:
    """Delete a unit nothing refers to; units with history are deactivated instead (409)."""
    uid = unit.id
    audit.record(
        session, actor, "unit.deleted", "unit", uid, audit.diff(audit.snapshot(unit, UNIT_FIELDS), {})
    )
    await session.delete(unit)
    try:
        await session.commit()
    except IntegrityError as exc:
        await session.rollback()
        raise Conflict("This unit is referenced by users or tasks: deactivate it instead.") from exc


# --- unit groups -------------------------------------------------------------


async def group_members(
    session: AsyncSession, group_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[uuid.UUID]]:
    out: dict[uuid.UUID, list[uuid.UUID]] = {g: [] for g in group_ids}
    if not group_ids:
        return out
    rows = await session.execute(
        select(UnitGroupMember.group_id, UnitGroupMember.unit_id)
        .join(Unit, Unit.id == UnitGroupMember.unit_id)
        .where(UnitGroupMember.group_id.in_(group_ids))
        .order_by(Unit.name_folded)
    )
    for gid, uid in rows:
        out[gid].append(uid)
    return out


async def get_group(session: AsyncSession, group_id: uuid.UUID) -> UnitGroup:
    group = await session.get(UnitGroup, group_id)
    if group is None:
        raise NotFound("unit group", group_id)
    return group


async def _set_members(session: AsyncSession, group_id: uuid.UUID, unit_ids: Sequence[uuid.UUID]) -> None:
    unique = list(dict.fromkeys(unit_ids))
    await require_units_exist(session, unique, "unit_ids")
    await session.execute(delete(UnitGroupMember).where(UnitGroupMember.group_id == group_id))
    session.add_all(UnitGroupMember(group_id=group_id, unit_id=u) for u in unique)


async def create_group(
    session: AsyncSession,
    actor: Principal | None,
    name: str,
    description: str | None,
    unit_ids: Sequence[uuid.UUID],
    *,
    commit: bool = True,
) -> UnitGroup:
    """Create a unit group with its members. With ``commit=False`` it only flushes."""
    name = nfc(name).strip()
    group = UnitGroup(name=name, name_folded=fold(name), description=description)
    session.add(group)
    await session.flush()
    await _set_members(session, group.id, unit_ids)
    audit.record(
        session,
        actor,
        "unit_group.created",
        "unit_group",
        group.id,
        {"name": {"before": None, "after": name}, "unit_ids": {"before": None, "after": list(unit_ids)}},
    )
    await _finish(session, commit)
    return group


async def update_group(
    session: AsyncSession,
    actor: Principal | None,
    group: UnitGroup,
    changes: dict[str, Any],
    *,
    commit: bool = True,
) -> UnitGroup:
    """Rename a group or replace its members. With ``commit=False`` it only flushes (the caller
    then gives new members their assignments, see ``tasks.groups``, and commits)."""
    before: dict[str, Any] = audit.snapshot(group, [k for k in changes if k != "unit_ids"])
    if "unit_ids" in changes:
        before["unit_ids"] = (await group_members(session, [group.id]))[group.id]
        await _set_members(session, group.id, changes["unit_ids"])
    for key in ("name", "description"):
        if key in changes:
            setattr(group, key, nfc(changes[key]).strip() if changes[key] else changes[key])
    group.name_folded = fold(group.name)
    # Touch the row even when only members changed, so its version (the ETag) moves.
    group.updated_at = utcnow()
    audit.record(session, actor, "unit_group.updated", "unit_group", group.id, audit.diff(before, changes))
    if not commit:
        await session.flush()
        return group
    await session.commit()
    await session.refresh(group)
    return group


async def list_groups(
    session: AsyncSession, q: str | None = None, addressed_in: Any = None
) -> list[UnitGroup]:
    """Groups by name; ``addressed_in``: a subquery of group ids (the groups a plan's tasks name)."""
    stmt = select(UnitGroup).order_by(UnitGroup.name_folded)
    if addressed_in is not None:
        stmt = stmt.where(UnitGroup.id.in_(addressed_in))
    if q:
        stmt = stmt.where(UnitGroup.name_folded.like(like_pattern(q), escape="\\"))
    return list((await session.execute(stmt)).scalars())


async def delete_group(session: AsyncSession, actor: Principal, group: UnitGroup) -> None:
    audit.record(
        session,
        actor,
        "unit_group.deleted",
        "unit_group",
        group.id,
        {"name": {"before": group.name, "after": None}},
    )
    await session.delete(group)
    try:
        await session.commit()
    except IntegrityError as exc:
        await session.rollback()
        raise Conflict("Tasks are addressed to this unit group: it cannot be deleted.") from exc


async def unit_names(
    session: AsyncSession, unit_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, tuple[str, str | None]]:
    """``{unit_id: (name, short_name)}`` for the given ids (unknown ids are left out)."""
    if not unit_ids:
        return {}
    rows = await fetch_rows(session, _UNIT_NAMES, {"ids": list(set(unit_ids))})
    return {r.id: (r.name, r.short_name) for r in rows}


_UNIT_NAMES = select(Unit.id, Unit.name, Unit.short_name).where(Unit.id.in_(bindparam("ids", expanding=True)))


async def expand_groups(session: AsyncSession, group_ids: Sequence[uuid.UUID], loc: str) -> list[uuid.UUID]:
    """The member units of ``group_ids``, in group order then name order; 422 on an unknown group."""
    wanted = list(dict.fromkeys(group_ids))
    if not wanted:
        return []
    found = set((await session.execute(select(UnitGroup.id).where(UnitGroup.id.in_(wanted)))).scalars())
    missing = [g for g in wanted if g not in found]
    if missing:
        raise InvalidInput(
            f"Unknown unit group {missing[0]}.",
            errors=[{"loc": ["body", loc], "msg": f"unknown unit group {missing[0]}"}],
        )
    members = await group_members(session, wanted)
    unit_ids = list(dict.fromkeys(u for g in wanted for u in members[g]))
    # A deactivated member gets no new work.
    active = set(
        (await session.execute(select(Unit.id).where(Unit.id.in_(unit_ids), Unit.active.is_(True)))).scalars()
    )
    return [u for u in unit_ids if u in active]


async def require_active_units(session: AsyncSession, unit_ids: Sequence[uuid.UUID], loc: str) -> None:
    """Raise 422 naming the first id in ``unit_ids`` that is not an active unit."""
    wanted = set(unit_ids)
    if not wanted:
        return
    rows = {
        r.id: r.active for r in await session.execute(select(Unit.id, Unit.active).where(Unit.id.in_(wanted)))
    }
    for u in unit_ids:
        if u not in rows:
            raise InvalidInput(
                f"Unknown unit {u}.", errors=[{"loc": ["body", loc], "msg": f"unknown unit {u}"}]
            )
        if not rows[u]:
            raise InvalidInput(
                f"Unit {u} is deactivated and cannot be given work.",
                errors=[{"loc": ["body", loc], "msg": f"deactivated unit {u}"}],
            )


async def active_unit_directory(session: AsyncSession) -> list[tuple[uuid.UUID, str, str | None]]:
    """``(id, name, short_name)`` of every active unit: what imported names are matched against."""
    rows = await session.execute(
        select(Unit.id, Unit.name, Unit.short_name).where(Unit.active.is_(True)).order_by(Unit.name_folded)
    )
    return [(r.id, r.name, r.short_name) for r in rows]


async def group_directory(session: AsyncSession) -> list[tuple[uuid.UUID, str]]:
    """``(id, name)`` of every unit group."""
    rows = await session.execute(select(UnitGroup.id, UnitGroup.name).order_by(UnitGroup.name_folded))
    return [(r.id, r.name) for r in rows]
