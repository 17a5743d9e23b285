from __future__ import annotations

import gzip
import uuid
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Depends, Query, Request, Response

from plandesk.auth.deps import AppSettings, Session, current_principal
from plandesk.core.errors import PermissionDenied, error_responses
from plandesk.core.pagination import cursor_key
from plandesk.core.policy import Permission, Principal, mark_requirement
from plandesk.core.text import CleanText
from plandesk.sync import schemas, service

router = APIRouter(tags=["sync"])

MAX_SYNC_LIMIT = 1000
GZIP_MIN_BYTES = 1400


async def _sync_reader(principal: Annotated[Principal, Depends(current_principal)]) -> Principal:
    if not (principal.can(Permission.plans_read) or principal.can(Permission.tasks_read)):
        raise PermissionDenied("Your role may not do this (needs plans:read or tasks:read).")
    return principal


# Any caller who may read plans or tasks: the feed narrows itself to what they may read.
mark_requirement(_sync_reader, ())
SyncReader = Annotated[Principal, Depends(_sync_reader)]

DESCRIPTION = """
The change feed for offline clients (the mobile app): everything in your scope that
was created or changed since your last sync, and the ids deleted since, in pages.

**Scope.** A unit officer: their unit's assignments, the tasks those are on, and the
headers, milestones, phases and channels of the plans their unit works on. A service
account: plans with `plans:read`, tasks and assignments with `tasks:read`.
Coordinators, moderators, viewers and admins: every plan.

**Protocol.**
1. First sync: `GET /sync` (no `since`): everything in scope.
2. While the answer has `next_cursor`, call `GET /sync?cursor=<next_cursor>`.
3. The last page has `next_since`; store it. Next time: `GET /sync?since=<token>`:
   only what changed since, with `deleted` ids, paged the same way.

Apply `items` by id (upsert) and `deleted` by id (remove; a deleted plan or task takes
what hangs on it). An object can come twice (on two pages, or in the next sync again):
applying it twice is harmless. Each item carries the `etag` `GET` of the object
answers: send it as `If-Match` when you change it.

**Offline writes** replay safely: `POST /tasks/{id}/updates` with the same
`Idempotency-Key` is applied once (the replay answers the original response with
`Idempotent-Replayed: true`); a `PATCH` with a stale `If-Match` answers 412 with the
current version (`current` and `current_etag`), so the app can show both.

**Errors.** 422: a token or cursor that is not one of ours (tampered, truncated, or
from another list). 410 Gone: the token is older than the server keeps changes for
(`PLANDESK_SYNC_RETENTION_DAYS`, default 30 days) or was issued for another account
or scope: sync again without `since`.

**Example.** `GET /sync` → `{items: [plan, milestones, phases, tasks, assignments…],
next_cursor: "c1"}`; `GET /sync?cursor=c1` → `{…, next_cursor: null, next_since: "s1"}`.
Offline, the coordinator moves a milestone and cancels a task; the officer reports
progress (`POST /tasks/{id}/updates`, `Idempotency-Key: K`). Back online: the report is
replayed with `K` (applied once), then `GET /sync?since=s1` → `{items: [the milestone
with its new date, the phases and tasks whose dates moved, the cancelled task, the
officer's assignment with its new etag], deleted: [], next_since: "s2"}`. The whole
sequence: docs/sync.md.
"""


def _default(value: Any) -> Any:
    if isinstance(value, uuid.UUID):  # asyncpg's UUID subclass
        return str(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


@router.get(
    "/sync",
    response_model=schemas.SyncResponse,
    summary="Changes since your last sync (offline clients)",
    description=DESCRIPTION,
    responses={
        **error_responses(401, 403, 410, 422),
    },
)
async def sync(
    request: Request,
    session: Session,
    settings: AppSettings,
    principal: SyncReader,
    since: Annotated[
        CleanText | None,
        Query(max_length=2048, description="The next_since of your last sync (none: everything)"),
    ] = None,
    cursor: Annotated[
        CleanText | None, Query(max_length=2048, description="The next_cursor of the previous page")
    ] = None,
    limit: Annotated[
        int, Query(ge=1, le=MAX_SYNC_LIMIT, description="Objects per page (default and max 1000)")
    ] = MAX_SYNC_LIMIT,
) -> Response:
    page = await service.sync_page(
        session,
        principal,
        key=cursor_key(settings.signing_key),
        retention_days=settings.sync_retention_days,
        since=since or None,
        cursor=cursor or None,
        limit=limit,
    )
    body = {
        "items": page.items,
        "deleted": page.deleted,
        "next_cursor": page.next_cursor,
        "next_since": page.next_since,
    }
    content = orjson.dumps(body, default=_default, option=orjson.OPT_UTC_Z)
    headers = {"Cache-Control": "no-store", "Vary": "Accept-Encoding"}
    # A first sync is megabytes of JSON for phones on weak links: compress (fast level;
    # JSON of this shape shrinks about sevenfold) unless the client cannot take it.
    if len(content) > GZIP_MIN_BYTES and "gzip" in request.headers.get("accept-encoding", ""):
        content = gzip.compress(content, compresslevel=1, mtime=0)
        headers["Content-Encoding"] = "gzip"
    return Response(content, media_type="application/json", headers=headers)
