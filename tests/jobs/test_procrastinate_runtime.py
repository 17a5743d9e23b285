"""The PostgreSQL runtime: a job whose worker was SIGKILLed goes back in the queue; failures are listed."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from plandesk.jobs import make_runtime

TABLES = "procrastinate_events, procrastinate_periodic_defers, procrastinate_jobs, procrastinate_workers"


@pytest.fixture
async def runtime(app, settings):  # type: ignore[no-untyped-def]
    if settings.is_sqlite:
        pytest.skip("PostgreSQL only: procrastinate is the engine there")
    rt = make_runtime(settings, app.state.sessionmaker)
    yield rt
    await rt.close()
    async with app.state.engine.begin() as conn:
        await conn.execute(text(f"TRUNCATE {TABLES} CASCADE"))


async def test_a_job_of_a_killed_worker_is_retried_once_its_heartbeat_is_stale(app, runtime):
    job_id = await runtime.defer("webhooks.prune")
    async with app.state.engine.begin() as conn:
        # A worker took the job and died (SIGKILL): no more heartbeats.
        dead = (
            await conn.execute(
                text(
                    "INSERT INTO procrastinate_workers (last_heartbeat)"
                    " VALUES (now() - interval '5 minutes') RETURNING id"
                )
            )
        ).scalar_one()
        await conn.execute(
            text("UPDATE procrastinate_jobs SET status = 'doing', worker_id = :w WHERE id = :id"),
            {"w": dead, "id": int(job_id)},
        )

    assert await runtime.retry_stalled() == 1

    async with app.state.engine.connect() as conn:
        status = (
            await conn.execute(
                text("SELECT status FROM procrastinate_jobs WHERE id = :id"), {"id": int(job_id)}
            )
        ).scalar_one()
    assert status == "todo"


async def test_failed_jobs_are_listed_for_admins(app, runtime, client, factory):
    job_id = await runtime.defer("webhooks.deliver", endpoint_id="00000000-0000-0000-0000-000000000000")
    async with app.state.engine.begin() as conn:
        await conn.execute(
            text("UPDATE procrastinate_jobs SET status = 'failed', attempts = 3 WHERE id = :id"),
            {"id": int(job_id)},
        )
    admin = await factory.actor("admin")
    r = await client.get("/api/v1/admin/jobs", params={"state": "failed"}, headers=admin.headers)
    (job,) = r.json()["items"]
    assert (job["id"], job["task"], job["state"], job["attempts"]) == (
        job_id,
        "webhooks.deliver",
        "failed",
        3,
    )
