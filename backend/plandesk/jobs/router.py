from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request

from plandesk.auth.deps import requires
from plandesk.core.errors import error_responses
from plandesk.core.pagination import Page
from plandesk.core.policy import Permission, Principal
from plandesk.jobs.runtime import JobRuntime
from plandesk.webhooks.schemas import JobOut

router = APIRouter(prefix="/admin/jobs", tags=["jobs"])


@router.get(
    "",
    response_model=Page[JobOut],
    summary="Background jobs by state (failed ones, for a start)",
    responses=error_responses(401, 403, 422),
)
async def list_jobs(
    request: Request,
    _: Annotated[Principal, Depends(requires(Permission.jobs_admin))],
    state: Annotated[
        Literal["todo", "doing", "succeeded", "failed", "cancelled"] | None,
        Query(description="Only jobs in this state (none: every state); `failed` for the ones to look at"),
    ] = None,
    limit: Annotated[
        int, Query(ge=1, le=500, description="At most this many jobs, newest first (1–500)")
    ] = 100,
) -> Page[JobOut]:
    """Background jobs (webhook deliveries, overdue scans, reminders, report renders …), newest first.

    **Who:** admins only (permission `jobs:admin`).

    Filter by `state` to see the jobs that failed (with the error of their last attempt) or the ones
    waiting. The list is one page of at most `limit` jobs: `next_cursor` is always null.

    **Errors:** 401 without a valid session or token; 403 for any other role; 422 for an unknown
    `state` or a `limit` out of range.
    """
    runtime: JobRuntime = request.app.state.jobs
    jobs = await runtime.list_jobs(state, limit)
    # Newest first, at most ``limit``: failed jobs are few; the envelope leaves room for a cursor.
    return Page(items=[JobOut.model_validate(j, from_attributes=True) for j in jobs], next_cursor=None)
