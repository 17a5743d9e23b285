"""Where near-duplicate clustering runs: the API process on SQLite, `plandesk worker` on PostgreSQL.

Every API process clustering (the former default on PostgreSQL) spends the API's CPU during a
burst, and only one of them works at a time (an advisory lock). The setting
PLANDESK_FEEDBACK_CLUSTERING_IN_API follows PLANDESK_JOBS_IN_PROCESS unless set.
"""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import func, select

from plandesk.cli import worker_clustering
from plandesk.consultations.models import ClusteringQueue
from plandesk.core.config import Settings
from plandesk.main import _feedback_clustering
from tests.consultations.factories import submit

PG = "postgresql+asyncpg://postgres@127.0.0.1:5432/x"
LITE = "sqlite+aiosqlite:///var/x.db"


@pytest.mark.parametrize(
    ("url", "env", "in_api", "in_worker"),
    [
        (LITE, {}, True, False),  # make run: one process, no worker needed
        (PG, {}, False, True),  # a deployment: `plandesk worker` clusters
        (PG, {"feedback_clustering_in_api": True}, True, False),  # PostgreSQL without a worker
        (PG, {"jobs_in_process": True}, True, False),  # follows the jobs
        (LITE, {"feedback_clustering_in_api": False}, False, True),
        (PG, {"feedback_clustering_interval_seconds": 0}, False, False),  # off everywhere
        (LITE, {"feedback_clustering_interval_seconds": 0}, False, False),
    ],
)
def test_where_clustering_runs(url: str, env: dict[str, object], in_api: bool, in_worker: bool) -> None:
    settings = Settings(database_url=url, **env)  # type: ignore[arg-type]
    assert (settings.clusters_in_api, settings.clusters_in_worker) == (in_api, in_worker)


def test_the_api_process_starts_the_loop_only_where_it_clusters(app, settings) -> None:
    saved = app.state.settings
    try:
        app.state.settings = settings.model_copy(update={"feedback_clustering_in_api": True})
        loop = _feedback_clustering(app)
        assert loop is not None
        loop.close()
        app.state.settings = settings.model_copy(update={"feedback_clustering_in_api": False})
        assert _feedback_clustering(app) is None
    finally:
        app.state.settings = saved


async def test_the_worker_clusters_what_the_api_queued(client, consult, app, settings) -> None:
    c = await consult.consultation()
    for i in range(3):
        assert (
            await submit(client, c.id, body=f"Đề nghị xây thêm trường học ở xã Ea Súp, ý {i}.")
        ).status_code == 201

    async def backlog() -> int:
        async with app.state.sessionmaker() as s:
            return int((await s.execute(select(func.count()).select_from(ClusteringQueue))).scalar_one())

    assert await backlog() == 3
    assert worker_clustering(settings.model_copy(update={"feedback_clustering_in_api": True}), None) is None
    worker_settings = settings.model_copy(
        update={"feedback_clustering_in_api": False, "feedback_clustering_interval_seconds": 0.05}
    )
    task = worker_clustering(worker_settings, app.state.sessionmaker)
    assert task is not None
    try:
        for _ in range(200):
            if await backlog() == 0:
                break
            await asyncio.sleep(0.05)
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
    assert await backlog() == 0
