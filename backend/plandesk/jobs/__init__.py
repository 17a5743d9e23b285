"""Background jobs: one engine behind a small facade.

Declare a job (idempotent: a retry or a second worker changes nothing twice)::

    from plandesk import jobs

    @jobs.job("reports.render", max_attempts=3)
    async def render(ctx: jobs.JobContext, *, report_id: str) -> None:
        async with ctx.sessionmaker() as session:
            ...

    @jobs.periodic("*/5 * * * *", "reminders.scan")
    async def scan(ctx: jobs.JobContext) -> None: ...

then add its module to ``JOB_MODULES`` in ``jobs/registry.py``, and queue it from a
request with the app's runtime (after your transaction commits: a deferred job is
not part of it — for work that must happen exactly when a change commits, emit an
event with ``core.events.emit`` and act on the outbox)::

    await request.app.state.jobs.defer("reports.render", report_id=str(report.id),
                                       queueing_lock=f"report:{report.id}")

On PostgreSQL procrastinate runs the jobs in ``plandesk worker`` processes (any
number, on any machines); on the embedded SQLite database the API process runs them.
See docs/adr/0001-jobs.md.
"""

from plandesk.jobs.registry import JobContext, job, loop, periodic
from plandesk.jobs.runtime import JobRuntime, JobView, make_runtime

__all__ = ["JobContext", "JobRuntime", "JobView", "job", "loop", "make_runtime", "periodic"]
