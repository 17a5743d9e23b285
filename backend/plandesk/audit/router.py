from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select

from plandesk.auth.deps import Session, requires
from plandesk.core.audit import AuditEntry
from plandesk.core.bounds import SafeDatetime
from plandesk.core.errors import error_responses
from plandesk.core.pagination import Page, PageParams, SortKey, keyset, page_params, split_page
from plandesk.core.policy import Permission, Principal
from plandesk.core.text import CleanText
from plandesk.users.actor_names import actor_names

router = APIRouter(prefix="/audit", tags=["audit"])


class AuditEntryOut(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True, from_attributes=True)
    id: uuid.UUID
    """The entry's id (UUID)."""
    actor: str
    """Who acted: a user's id, `service:<id>` for a service account, or `system` for jobs."""
    actor_name: str | None = Field(
        default=None, description="The user's full name or the service account's name; null for the system"
    )
    actor_role: str | None
    """The actor's role at the time (`admin`, `coordinator` …, `service`); null for the system."""
    action: str
    """What was done, as `<entity>.<past participle>` (`plan.created`, `plan.updated`,
    `milestone.updated` …)."""
    entity: str
    """The kind of thing acted on (`plan`, `milestone`, `task`, `assignment`, `user` …)."""
    entity_id: str
    """The id of the thing acted on."""
    changes: dict[str, Any]
    """What changed: `{field: {"before": …, "after": …}}` for each changed field (a creation has null
    befores, a deletion null afters)."""
    at: dt.datetime
    """When it happened (UTC)."""


@router.get(
    "",
    response_model=Page[AuditEntryOut],
    summary="The audit trail, newest first",
    responses=error_responses(401, 403, 422),
)
async def list_audit(
    session: Session,
    _: Annotated[Principal, Depends(requires(Permission.audit_read))],
    page: Annotated[PageParams, Depends(page_params)],
    entity: Annotated[
        CleanText | None,
        Query(
            max_length=64,
            description="Only entries about this kind of thing, matched exactly (case-sensitive): `plan`, "
            "`milestone`, `phase`, `channel`, `task`, `assignment`, `unit`, `unit_group`, `user`, "
            "`document`, `feedback` …, as in the entries' `entity`.",
        ),
    ] = None,
    entity_id: Annotated[
        CleanText | None,
        Query(
            max_length=64,
            description="Only entries about the thing with this id, matched exactly as text: a UUID in its "
            "lower-case hyphenated form, as in the entries' `entity_id`. Usually given with `entity`.",
        ),
    ] = None,
    actor: Annotated[
        CleanText | None,
        Query(
            max_length=80,
            description="Only what this actor did, matched exactly: a user's id (lower-case UUID), "
            "`service:<id>` for a service account, or `system` for background jobs.",
        ),
    ] = None,
    action: Annotated[
        CleanText | None,
        Query(
            max_length=64,
            description="Only actions that start with this text (a prefix match): `plan.updated` for that "
            "action alone, `plan.` for every action on plans; actions read `<entity>.<past participle>`.",
        ),
    ] = None,
    since: Annotated[
        SafeDatetime | None,
        Query(
            description="Only entries at or after this instant (inclusive), ISO 8601; without an offset it "
            "is read as UTC."
        ),
    ] = None,
    until: Annotated[
        SafeDatetime | None,
        Query(
            description="Only entries before this instant (exclusive), ISO 8601; without an offset it is "
            "read as UTC. With `since`, a half-open range [since, until)."
        ),
    ] = None,
) -> Page[AuditEntryOut]:
    """The audit trail, newest first: who did what to which entity, with the changes recorded. Filter
    by `entity`, `entity_id`, `actor`, `action` and a time range (`since` inclusive, `until`). Who may
    call: admin and coordinator."""
    stmt = select(AuditEntry)
    if entity:
        stmt = stmt.where(AuditEntry.entity == entity)
    if entity_id:
        stmt = stmt.where(AuditEntry.entity_id == entity_id)
    if actor:
        stmt = stmt.where(AuditEntry.actor == actor)
    if action:
        stmt = stmt.where(AuditEntry.action.startswith(action, autoescape=True))
    if since:
        stmt = stmt.where(AuditEntry.at >= since)
    if until:
        stmt = stmt.where(AuditEntry.at < until)
    keys = [SortKey(AuditEntry.at, descending=True), SortKey(AuditEntry.id, descending=True)]
    rows = list((await session.execute(keyset(stmt, keys, page))).scalars())
    items, cursor = split_page(rows, page, lambda e: (e.at, e.id))
    names = await actor_names(session, (e.actor for e in items))
    out = [
        AuditEntryOut.model_validate(e).model_copy(update={"actor_name": names.get(e.actor)}) for e in items
    ]
    return Page(items=out, next_cursor=cursor)
