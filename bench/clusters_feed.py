"""Clustering behind a steady intake: a real `plandesk worker` while submissions keep arriving.

``bench/clusters.py --feed-rate 2000 --scale 120000`` writes the scale set in its arrival order
at the given rate instead of all at once: every 50 ms one transaction with ``rate / 20``
submissions, their places in the clustering queue and their ``feedback.submitted`` events —
what the API's group statement writes for them, so the worker relays the events too. A
`plandesk worker` process (the deployment's clustering, jobs and relay, as started by
``bench/feedback.py``) works through them meanwhile. Reported: the intake rate reached, the
queue's depth (sampled after each slice: its largest, and at the end of the intake), the
worker's CPU per 1,000 submissions, and the catch-up: from the last slice's commit until the
queue is empty (issue #17: within 1.5 s after a load of 2,000 submissions a second).

Unlike ``bench/feedback.py`` this takes HTTP out of the measurement: the feed costs a fraction
of what the API processes do, so the worker is measured at a rate the API on the same two
cores may not reach.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import tempfile
import time
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import asyncpg
from feedback_lib.database import pg_dsn
from feedback_lib.load import cpu_ticks, start_worker, stop

from plandesk.consultations.submissions.feedback_writer import SUBMITTED
from plandesk.core.events import notified_at_birth
from plandesk.webhooks.relay import subscriber_exists_sql

TICK = 0.05  # seconds between slices
CLOCK_TICKS = 100  # /proc's ticks per second
EVENT_COLUMNS = [
    "id",
    "type",
    "subject_type",
    "subject_id",
    "data",
    "occurred_at",
    "notified_at",
    "dispatched_at",
]
_SUBSCRIBED = "SELECT " + subscriber_exists_sql(SUBMITTED, "postgresql")


async def _queue_depth(conn: asyncpg.Connection) -> int:
    return int(await conn.fetchval("SELECT count(*) FROM feedback_clustering_queue"))


async def copy_submissions(
    conn: asyncpg.Connection, chunk: Sequence[tuple[Any, ...]], columns: list[str], *, events: bool
) -> None:
    """``chunk`` (rows of ``columns``, id first, consultation second, time eighth) and their
    places in the clustering queue in one transaction; with ``events``, their
    ``feedback.submitted`` events too, as the API's group statement writes them."""
    async with conn.transaction():
        await conn.copy_records_to_table("feedback_submissions", records=chunk, columns=columns)
        await conn.copy_records_to_table(
            "feedback_clustering_queue",
            records=[(r[0], r[1], r[7]) for r in chunk],
            columns=["submission_id", "consultation_id", "queued_at"],
        )
        if events:
            relayed = await conn.fetchval(_SUBSCRIBED)  # as the group statement decides
            await conn.copy_records_to_table(
                "events",
                records=[
                    (
                        uuid.uuid4(),
                        SUBMITTED,
                        "feedback",
                        str(r[0]),
                        json.dumps({"consultation_id": str(r[1])}),
                        r[7],
                        notified_at_birth(SUBMITTED, r[7]),
                        None if relayed else r[7],
                    )
                    for r in chunk
                ],
                columns=EVENT_COLUMNS,
            )


def _started(logfile: Path) -> bool:
    return logfile.exists() and b"worker on " in logfile.read_bytes()


async def _worker_ready(logfile: Path, timeout: float = 120) -> None:
    """Until `plandesk worker` has started (its first line names its database)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if await asyncio.to_thread(_started, logfile):
            await asyncio.sleep(2)  # its loops' first passes
            return
        await asyncio.sleep(0.2)
    raise RuntimeError(f"plandesk worker did not start: see {logfile}")


async def feed(
    url: str, records: Sequence[tuple[Any, ...]], rate: float, columns: list[str]
) -> dict[str, Any]:
    """Feed ``records`` at ``rate`` per second under a `plandesk worker`; see the module."""
    logfile = Path(tempfile.mkstemp(prefix="plandesk-feed-worker-", suffix=".log")[1])
    worker = start_worker(url, secrets.token_urlsafe(32), logfile)
    conn = await asyncpg.connect(pg_dsn(url))
    try:
        await _worker_ready(logfile)
        size = max(1, round(rate * TICK))
        depths: list[int] = []
        ticks = cpu_ticks(worker.pid)
        started = time.perf_counter()
        for i, first in enumerate(range(0, len(records), size)):
            await copy_submissions(conn, records[first : first + size], columns, events=True)
            depths.append(await _queue_depth(conn))
            await asyncio.sleep(max(0.0, started + (i + 1) * TICK - time.perf_counter()))
        fed = time.perf_counter()
        while True:  # polled: the worker's commits are in another process
            if not await _queue_depth(conn):
                break
            await asyncio.sleep(0.02)
        caught_up = time.perf_counter()
        worker_cpu_s = (cpu_ticks(worker.pid) - ticks) / CLOCK_TICKS
        if worker.poll() is not None:
            raise RuntimeError(f"plandesk worker exited ({worker.returncode}): see {logfile}")
    finally:
        await conn.close()
        stop(worker)
    n = len(records)
    return {
        "submissions": n,
        "rate_asked": rate,
        "rate_reached": round(n / (fed - started), 1),
        "intake_seconds": round(fed - started, 2),
        "queue_depth_max": max(depths),
        "queue_depth_at_end_of_intake": depths[-1],
        "catch_up_s": round(caught_up - fed, 2),
        "worker_cpu_ms_per_1000": round(worker_cpu_s / n * 1e6, 1),
        "worker_log": str(logfile),
    }
