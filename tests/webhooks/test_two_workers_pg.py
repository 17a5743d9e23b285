"""Two procrastinate workers on PostgreSQL: 1,000 events, each delivered exactly once."""

from __future__ import annotations

import asyncio
from collections import Counter

import pytest
from sqlalchemy import text

from plandesk.core.db import make_engine, make_sessionmaker
from plandesk.core.events import Subject, emit
from plandesk.jobs import make_runtime

EVENTS = 1000
PROCRASTINATE_TABLES = (
    "procrastinate_events, procrastinate_periodic_defers, procrastinate_jobs, procrastinate_workers"
)


@pytest.fixture
async def clean_procrastinate(app, settings):  # type: ignore[no-untyped-def]
    if settings.is_sqlite:
        pytest.skip("PostgreSQL only: procrastinate is the engine there")
    yield
    async with app.state.engine.begin() as conn:
        await conn.execute(text(f"TRUNCATE {PROCRASTINATE_TABLES} CASCADE"))


async def test_two_workers_deliver_a_thousand_events_each_exactly_once(
    hooks, receiver, settings, clean_procrastinate
):
    endpoint = await hooks.endpoint(receiver.url)
    async with hooks.sessionmaker() as s:
        for i in range(EVENTS):
            emit(s, "task.updated", Subject("task", f"t-{i % 50}"), {"n": i})
        await s.commit()

    engines = [make_engine(settings.effective_database_url) for _ in range(2)]
    runtimes = [make_runtime(settings, make_sessionmaker(e)) for e in engines]
    stop = asyncio.Event()
    workers = [asyncio.create_task(r.run(stop, concurrency=4)) for r in runtimes]
    try:
        for _ in range(1200):
            if len(set(receiver.ids)) >= EVENTS:
                break
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.5)  # room for a duplicate to show up, if there were one
    finally:
        stop.set()
        await asyncio.gather(*workers)
        for runtime in runtimes:
            await runtime.close()
        for engine in engines:
            await engine.dispose()

    counts = Counter(receiver.ids)
    assert len(counts) == EVENTS
    assert [i for i, n in counts.items() if n > 1] == []
    assert {d.state for d in await hooks.deliveries(endpoint)} == {"delivered"}
