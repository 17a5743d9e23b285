"""The audit trail: every mutation writes an :class:`AuditEntry` in its own transaction."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Index, String
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from plandesk.core.db import Base, JSONType, UUIDPrimaryKey, utcnow
from plandesk.core.policy import Principal


class AuditEntry(UUIDPrimaryKey, Base):
    __tablename__ = "audit_entries"
    __table_args__ = (
        Index("ix_audit_entries_entity", "entity", "entity_id"),
        Index("ix_audit_entries_at", "at"),
        Index("ix_audit_entries_actor", "actor"),
    )

    actor: Mapped[str] = mapped_column(String(80))
    actor_role: Mapped[str | None] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(64))
    changes: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)


SYSTEM_ACTOR = "system"


def _plain(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """``{field: {"before": …, "after": …}}`` for the fields whose value changed.

    A field missing on one side counts as ``None`` there (creation: ``before={}``;
    deletion: ``after={}``).
    """
    out: dict[str, dict[str, Any]] = {}
    for key in dict.fromkeys([*after, *before]):
        old, new = _plain(before.get(key)), _plain(after.get(key))
        if old != new:
            out[key] = {"before": old, "after": new}
    return out


def snapshot(obj: Any, fields: Iterable[str]) -> dict[str, Any]:
    return {f: _plain(getattr(obj, f)) for f in fields}


def record(
    session: AsyncSession,
    actor: Principal | None,
    action: str,
    entity: str,
    entity_id: uuid.UUID | str,
    changes: Mapping[str, Any] | None = None,
) -> AuditEntry:
    """Add an audit entry to the session; it commits with the change it describes."""
    entry = AuditEntry(
        actor=actor.audit_actor if actor else SYSTEM_ACTOR,
        actor_role=actor.role if actor else None,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        changes=_plain(dict(changes or {})),
        at=utcnow(),
    )
    session.add(entry)
    return entry
