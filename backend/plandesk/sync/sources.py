"""What the feed carries: a registry of sync sources, one per kind of object.

A source says which table holds its objects, how a caller's scope narrows them (as
SQL over the table, and over the change log for deletions) and how a row becomes a
feed item. The built-in sources cover a plan's schedule and its work; another domain
plugs its own in with :func:`register` — e.g. notifications::

    register(SyncSource(
        kind="notification", table=Notification.__table__, owner="user",
        columns=(...), permission=None, item=lambda row: {...},
    ))

plus the change-log triggers on its table (see migration ``0015_sync``:
``SYNCED_TABLES`` and ``create_triggers``), with ``user_id`` as its user column.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import ColumnElement, Select, Table, select, true

from plandesk.core.concurrency import etag_for
from plandesk.core.policy import Permission, Principal, Role
from plandesk.plans import schedule
from plandesk.plans.models import Channel, Milestone, Phase, Plan
from plandesk.sync.models import SyncChange
from plandesk.sync.tokens import fingerprint
from plandesk.tasks.models import Assignment, Task

# "plan": the object belongs to a plan (an officer sees it when their unit works on
# the plan); "unit": to one unit (an officer sees their own unit's); "user": to one user.
Owner = Literal["plan", "unit", "user"]

_NO_UNIT = uuid.UUID(int=0)  # an officer without a unit: matches nothing


@dataclass(frozen=True)
class SyncScope:
    """What one caller's feed holds."""

    principal_id: uuid.UUID
    kinds: tuple[str, ...]
    # A unit officer's unit: only that unit's work and the plans it works on. None: every plan.
    unit_id: uuid.UUID | None
    fingerprint: str

    def unit_plans(self) -> Any:
        """SQL: the plans the officer's unit has work on."""
        return select(Assignment.plan_id).where(Assignment.unit_id == self.unit_id)


@dataclass(frozen=True)
class SyncSource:
    kind: str
    table: Table
    owner: Owner
    columns: Sequence[Any]
    item: Callable[[Any], dict[str, Any]]
    # What the caller needs to see this kind at all (None: every signed-in user, their own).
    permission: Permission | None
    # Officers: SQL narrowing the table to the scope (default: by the owner column).
    officer_filter: Callable[[SyncScope], ColumnElement[bool]] | None = None
    # Officers, full sync: the ids in scope as one indexed column (a page is then a short
    # index range instead of a scan of the whole table).
    officer_ids: Callable[[SyncScope], tuple[Any, Select[Any]]] | None = None

    @property
    def id_column(self) -> Any:
        return self.table.c.id

    def object_filter(self, scope: SyncScope) -> ColumnElement[bool]:
        """SQL over the source's table: the rows in ``scope``."""
        if self.owner == "user":
            return self.table.c.user_id == scope.principal_id  # type: ignore[no-any-return]
        if scope.unit_id is None:
            return true()
        if self.officer_filter is not None:
            return self.officer_filter(scope)
        if self.owner == "unit":
            return self.table.c.unit_id == scope.unit_id  # type: ignore[no-any-return]
        return self.table.c.plan_id.in_(scope.unit_plans())  # type: ignore[no-any-return]

    def change_filter(self, scope: SyncScope) -> ColumnElement[bool]:
        """SQL over the change log: this kind's changes that may concern ``scope``.

        Loose for plan-owned kinds (a task of the officer's plan that is not theirs
        passes here; the object filter drops it): what must be exact is that nothing
        in scope is filtered out.
        """
        kind = SyncChange.kind == self.kind
        if self.owner == "user":
            return kind & (SyncChange.user_id == scope.principal_id)
        if scope.unit_id is None:
            return kind
        if self.owner == "unit":
            return kind & (SyncChange.unit_id == scope.unit_id)
        return kind & SyncChange.plan_id.in_(scope.unit_plans())


_SOURCES: dict[str, SyncSource] = {}


def register(source: SyncSource) -> None:
    """Add a kind to the feed (parents before children: the order items are served in)."""
    _SOURCES[source.kind] = source


def sources() -> list[SyncSource]:
    return list(_SOURCES.values())


def source(kind: str) -> SyncSource:
    return _SOURCES[kind]


def scope_for(principal: Principal) -> SyncScope:
    """The caller's feed: officers their unit's work, service accounts their scopes, others all plans."""
    kinds = tuple(
        s.kind
        for s in _SOURCES.values()
        if (s.permission is None and not principal.is_service)
        or (s.permission is not None and principal.can(s.permission))
    )
    unit_id = None
    if not principal.is_service and principal.role == Role.unit_officer:
        unit_id = principal.unit_id or _NO_UNIT
    print_ = fingerprint(principal.id, principal.role, unit_id, ",".join(sorted(kinds)))
    return SyncScope(principal_id=principal.id, kinds=kinds, unit_id=unit_id, fingerprint=print_)


# --- the built-in sources -----------------------------------------------------------------


def _base(kind: str, row: Any, *fields: str) -> dict[str, Any]:
    out = {"object": kind, "id": row.id, "etag": etag_for(row.id, row.version)}
    for name in fields:
        out[name] = getattr(row, name)
    return out


def _columns(model: Any, names: Iterable[str]) -> list[Any]:
    return [getattr(model, n) for n in ("id", "version", *names)]


_PLAN_FIELDS = ("code", "title", "issuing_body", "issued_on", "status", "published", "timezone", "updated_at")
_MILESTONE_FIELDS = (
    "plan_id",
    "title",
    "description",
    "kind",
    "date",
    "precision",
    "range_start",
    "range_end",
    "status",
    "updated_at",
)
_PHASE_FIELDS = ("plan_id", "parent_id", "label", "position", "title", "topics", "start_date", "end_date")
_PHASE_REFS = (
    "start_milestone_id",
    "start_side",
    "start_offset_days",
    "end_milestone_id",
    "end_side",
    "end_offset_days",
    "updated_at",
)
_CHANNEL_FIELDS = ("plan_id", "label", "position", "title", "items", "updated_at")
_TASK_FIELDS = (
    "plan_id",
    "phase_id",
    "source_section",
    "title",
    "body",
    "lead_unit_id",
    "due_date",
    "status",
    "percent",
    "completed_on",
    "updated_at",
)
_TASK_REFS = ("due_milestone_id", "due_side", "due_offset_days", "assignment_summary")
_ASSIGNMENT_FIELDS = (
    "task_id",
    "plan_id",
    "unit_id",
    "role",
    "due_date",
    "status",
    "percent",
    "completed_at",
    "completed_on",
    "last_update_at",
    "updated_at",
)


def _phase_item(row: Any) -> dict[str, Any]:
    out = _base("phase", row, *_PHASE_FIELDS)
    out["start"] = schedule.from_columns("start_", row)
    out["end"] = schedule.from_columns("end_", row)
    out["updated_at"] = row.updated_at
    return out


def _task_item(row: Any) -> dict[str, Any]:
    out = _base("task", row, *_TASK_FIELDS)
    out["due"] = schedule.from_columns("due_", row)
    out["assignments"] = row.assignment_summary or []
    return out


def _officer_tasks(scope: SyncScope) -> ColumnElement[bool]:
    return Task.id.in_(select(Assignment.task_id).where(Assignment.unit_id == scope.unit_id))


def _officer_task_ids(scope: SyncScope) -> tuple[Any, Select[Any]]:
    return Assignment.task_id, select(Assignment.task_id).where(Assignment.unit_id == scope.unit_id)


def _officer_plans(scope: SyncScope) -> ColumnElement[bool]:
    return Plan.id.in_(scope.unit_plans())


for _source in (
    SyncSource(
        kind="plan",
        table=Plan.__table__,  # type: ignore[arg-type]
        owner="plan",
        columns=_columns(Plan, _PLAN_FIELDS),
        item=lambda row: _base("plan", row, *_PLAN_FIELDS),
        permission=Permission.plans_read,
        officer_filter=_officer_plans,
    ),
    SyncSource(
        kind="milestone",
        table=Milestone.__table__,  # type: ignore[arg-type]
        owner="plan",
        columns=_columns(Milestone, _MILESTONE_FIELDS),
        item=lambda row: _base("milestone", row, *_MILESTONE_FIELDS),
        permission=Permission.plans_read,
    ),
    SyncSource(
        kind="phase",
        table=Phase.__table__,  # type: ignore[arg-type]
        owner="plan",
        columns=_columns(Phase, (*_PHASE_FIELDS, *_PHASE_REFS)),
        item=_phase_item,
        permission=Permission.plans_read,
    ),
    SyncSource(
        kind="channel",
        table=Channel.__table__,  # type: ignore[arg-type]
        owner="plan",
        columns=_columns(Channel, _CHANNEL_FIELDS),
        item=lambda row: _base("channel", row, *_CHANNEL_FIELDS),
        permission=Permission.plans_read,
    ),
    SyncSource(
        kind="task",
        table=Task.__table__,  # type: ignore[arg-type]
        owner="plan",
        columns=_columns(Task, (*_TASK_FIELDS, *_TASK_REFS)),
        item=_task_item,
        permission=Permission.tasks_read,
        officer_filter=_officer_tasks,
        officer_ids=_officer_task_ids,
    ),
    SyncSource(
        kind="assignment",
        table=Assignment.__table__,  # type: ignore[arg-type]
        owner="unit",
        columns=_columns(Assignment, _ASSIGNMENT_FIELDS),
        item=lambda row: _base("assignment", row, *_ASSIGNMENT_FIELDS),
        permission=Permission.tasks_read,
    ),
):
    register(_source)
