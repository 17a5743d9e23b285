"""Jobs the engine itself needs."""

from __future__ import annotations

from plandesk.jobs.registry import JobContext, periodic


@periodic("* * * * *", "jobs.retry_stalled")
async def retry_stalled(ctx: JobContext) -> None:
    """Every minute: jobs whose worker was killed mid-run go back in the queue."""
    await ctx.runtime.retry_stalled()
