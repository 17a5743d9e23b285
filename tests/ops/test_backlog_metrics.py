"""Backlog gauges at /metrics and on the admin status page: jobs, periodic runs, outbox, webhooks."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from pydantic import SecretStr
from sqlalchemy import insert, text, update

from plandesk.core.db import utcnow
from plandesk.core.events import Subject, emit
from plandesk.jobs.models import LocalJob
from plandesk.main import create_app
from plandesk.ops import backlog
from plandesk.webhooks import relay
from plandesk.webhooks.models import WebhookEndpoint
from plandesk.webhooks.signing import new_secret

METRICS_TOKEN = "k" * 40
AUTH = {"Authorization": f"Bearer {METRICS_TOKEN}"}
PROCRASTINATE_TABLES = "procrastinate_events, procrastinate_periodic_defers, procrastinate_jobs"


@pytest.fixture
async def scrape_app(settings) -> AsyncIterator[Any]:  # type: ignore[no-untyped-def]
    app = create_app(settings.model_copy(update={"metrics_token": SecretStr(METRICS_TOKEN)}))
    yield app
    await app.state.jobs.close()
    if not settings.is_sqlite:
        async with app.state.engine.begin() as conn:
            await conn.execute(text(f"TRUNCATE {PROCRASTINATE_TABLES} CASCADE"))
    await app.state.engine.dispose()


@pytest.fixture
async def scraper(scrape_app) -> AsyncIterator[httpx.AsyncClient]:  # type: ignore[no-untyped-def]
    transport = httpx.ASGITransport(app=scrape_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        yield c


async def scrape(scraper: httpx.AsyncClient, app: Any) -> str:
    # Each test wants the situation it just made, not a snapshot cached by the previous scrape.
    cache = getattr(app.state, "backlog", None)
    if cache is not None:
        cache.refreshed = float("-inf")
    r = await scraper.get("/metrics", headers=AUTH)
    assert r.status_code == 200
    return r.text


def sample(body: str, name: str, **labels: str) -> float | None:
    """The value of the sample ``name{labels}`` in exposition text (labels in any order)."""
    for line in body.splitlines():
        match = re.fullmatch(r"([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)", line)
        if not match or match.group(1) != name:
            continue
        got = dict(re.findall(r'(\w+)="((?:[^"\\]|\\.)*)"', match.group(2) or ""))
        if got == labels:
            return float(match.group(3))
    return None


async def test_a_queued_job_shows_as_todo_with_the_age_of_the_oldest(scrape_app, scraper) -> None:
    runtime = scrape_app.state.jobs
    await runtime.defer("webhooks.prune")
    await runtime.defer("webhooks.prune")
    body = await scrape(scraper, scrape_app)
    assert sample(body, "plandesk_backlog_query_up") == 1
    assert sample(body, "plandesk_jobs_queued", queue="default", task="webhooks.prune", status="todo") == 2
    assert sample(body, "plandesk_jobs_queued", queue="default", task="webhooks.prune", status="doing") == 0

    # The oldest due job came due 100 s ago; one scheduled for later is waiting but not late.
    past = utcnow() - dt.timedelta(seconds=100)
    future = utcnow() + dt.timedelta(hours=1)
    async with scrape_app.state.engine.begin() as conn:
        if scrape_app.state.settings.is_sqlite:
            await conn.execute(update(LocalJob).values(scheduled_at=past))
            await conn.execute(insert(LocalJob).values(task_name="webhooks.prune", scheduled_at=future))
        else:
            await conn.execute(text("UPDATE procrastinate_jobs SET scheduled_at = :at"), {"at": past})
            await conn.execute(
                text(
                    "INSERT INTO procrastinate_jobs (queue_name, task_name, scheduled_at) "
                    "VALUES ('default', 'webhooks.prune', :at)"
                ),
                {"at": future},
            )
    body = await scrape(scraper, scrape_app)
    assert sample(body, "plandesk_jobs_queued", queue="default", task="webhooks.prune", status="todo") == 3
    age = sample(body, "plandesk_jobs_oldest_todo_seconds", queue="default", task="webhooks.prune")
    assert age is not None and 99 <= age < 160


async def test_a_running_job_counts_as_doing_and_no_waiting_age(scrape_app, scraper) -> None:
    job_id = await scrape_app.state.jobs.defer("webhooks.prune")
    async with scrape_app.state.engine.begin() as conn:
        if scrape_app.state.settings.is_sqlite:
            await conn.execute(update(LocalJob).where(LocalJob.id == int(job_id)).values(status="doing"))
        else:
            await conn.execute(
                text("UPDATE procrastinate_jobs SET status = 'doing' WHERE id = :id"), {"id": int(job_id)}
            )
    body = await scrape(scraper, scrape_app)
    assert sample(body, "plandesk_jobs_queued", queue="default", task="webhooks.prune", status="doing") == 1
    assert sample(body, "plandesk_jobs_queued", queue="default", task="webhooks.prune", status="todo") == 0
    assert sample(body, "plandesk_jobs_oldest_todo_seconds", queue="default", task="webhooks.prune") is None


async def _record_periodic_run(app: Any, name: str, at: dt.datetime, status: str) -> None:
    """What each runtime leaves behind when it queues a periodic tick."""
    async with app.state.engine.begin() as conn:
        if app.state.settings.is_sqlite:
            await conn.execute(
                insert(LocalJob).values(
                    task_name=name, status=status, queueing_lock=f"periodic:{name}", created_at=at
                )
            )
        else:
            job_id = (
                await conn.execute(
                    text(
                        "INSERT INTO procrastinate_jobs (queue_name, task_name, status) VALUES "
                        "('default', :name, CAST(:status AS procrastinate_job_status)) RETURNING id"
                    ),
                    {"name": name, "status": status},
                )
            ).scalar_one()
            await conn.execute(
                text(
                    "INSERT INTO procrastinate_periodic_defers "
                    "(task_name, defer_timestamp, job_id, periodic_id) VALUES (:name, :ts, :job, :name)"
                ),
                {"name": name, "ts": int(at.timestamp()), "job": job_id},
            )


async def test_the_last_periodic_run_is_on_the_status_page_and_in_metrics(
    scrape_app, scraper, factory
) -> None:
    at = (utcnow() - dt.timedelta(minutes=3)).replace(microsecond=0)
    await _record_periodic_run(scrape_app, "tasks.scan_overdue", at, "failed")
    body = await scrape(scraper, scrape_app)
    assert sample(
        body, "plandesk_periodic_last_run_timestamp_seconds", job="tasks.scan_overdue"
    ) == pytest.approx(at.timestamp(), abs=1)
    # A periodic job that never ran has no sample (rather than a misleading 0).
    assert sample(body, "plandesk_periodic_last_run_timestamp_seconds", job="webhooks.prune") is None

    admin = await factory.actor("admin")
    status = (await scraper.get("/api/v1/admin/status", headers=admin.headers)).json()
    runs = {p["job"]: p for p in status["jobs"]["periodic"]}
    assert runs["tasks.scan_overdue"]["cron"] == "* * * * *"
    assert dt.datetime.fromisoformat(runs["tasks.scan_overdue"]["last_run_at"]) == at
    assert runs["tasks.scan_overdue"]["last_state"] == "failed"
    assert runs["webhooks.prune"]["last_run_at"] is None


async def _emit(app: Any, count: int) -> None:
    async with app.state.sessionmaker() as s:
        for i in range(count):
            emit(s, "task.updated", Subject("task", f"t-{i}"), {"changes": {}})
        await s.commit()


async def test_the_outbox_backlog_counts_undispatched_events_until_the_relay_runs(
    scrape_app, scraper
) -> None:
    await _emit(scrape_app, 3)
    async with scrape_app.state.engine.begin() as conn:
        await conn.execute(
            text("UPDATE events SET occurred_at = :at"), {"at": utcnow() - dt.timedelta(seconds=40)}
        )
    body = await scrape(scraper, scrape_app)
    assert sample(body, "plandesk_outbox_backlog", consumer="webhooks") == 3
    assert sample(body, "plandesk_outbox_backlog", consumer="notifications") == 3
    oldest = sample(body, "plandesk_outbox_oldest_seconds", consumer="webhooks")
    assert oldest is not None and 39 <= oldest < 100

    async with scrape_app.state.sessionmaker() as s:
        await relay.fan_out(s)
    body = await scrape(scraper, scrape_app)
    assert sample(body, "plandesk_outbox_backlog", consumer="webhooks") == 0
    assert sample(body, "plandesk_outbox_oldest_seconds", consumer="webhooks") == 0
    assert sample(body, "plandesk_outbox_backlog", consumer="notifications") == 3


async def test_pending_deliveries_and_disabled_endpoints_are_gauged_and_on_the_status_page(
    scrape_app, scraper, factory
) -> None:
    async with scrape_app.state.sessionmaker() as s:
        s.add(WebhookEndpoint(url="http://127.0.0.1:9/a", event_types=["*"], secret=new_secret()))
        s.add(
            WebhookEndpoint(url="http://127.0.0.1:9/b", event_types=["*"], secret=new_secret(), active=False)
        )
        await s.commit()
    await _emit(scrape_app, 2)
    async with scrape_app.state.sessionmaker() as s:
        await relay.fan_out(s)
    async with scrape_app.state.engine.begin() as conn:
        # One delivery waits for a retry in an hour; the other has been due for a minute.
        await conn.execute(
            text(
                "UPDATE webhook_deliveries SET next_attempt_at = :at "
                "WHERE event_seq = (SELECT min(seq) FROM events)"
            ),
            {"at": utcnow() + dt.timedelta(hours=1)},
        )
        await conn.execute(
            text(
                "UPDATE webhook_deliveries SET next_attempt_at = :at "
                "WHERE event_seq = (SELECT max(seq) FROM events)"
            ),
            {"at": utcnow() - dt.timedelta(seconds=60)},
        )
    body = await scrape(scraper, scrape_app)
    assert sample(body, "plandesk_webhook_deliveries_pending", when="all") == 2
    assert sample(body, "plandesk_webhook_deliveries_pending", when="due") == 1
    oldest = sample(body, "plandesk_webhook_oldest_due_seconds")
    assert oldest is not None and 59 <= oldest < 120
    assert sample(body, "plandesk_webhook_endpoints_disabled") == 1

    admin = await factory.actor("admin")
    status = (await scraper.get("/api/v1/admin/status", headers=admin.headers)).json()
    assert status["webhooks"]["pending_deliveries"] == 2
    assert status["webhooks"]["due_deliveries"] == 1
    assert 59 <= status["webhooks"]["oldest_due_seconds"] < 120
    assert status["webhooks"]["disabled_endpoints"] == 1
    assert status["webhooks"]["undispatched_events"] == 0


async def test_the_status_page_reports_the_job_backlog(scrape_app, scraper, factory) -> None:
    await scrape_app.state.jobs.defer("webhooks.prune")
    admin = await factory.actor("admin")
    status = (await scraper.get("/api/v1/admin/status", headers=admin.headers)).json()
    (queued,) = [q for q in status["jobs"]["backlog"] if q["task"] == "webhooks.prune"]
    assert queued["queue"] == "default" and queued["todo"] == 1 and queued["doing"] == 0
    assert queued["oldest_todo_seconds"] is not None and queued["oldest_todo_seconds"] < 60


async def test_scrapes_within_a_few_seconds_share_one_snapshot(scrape_app, scraper, monkeypatch) -> None:
    calls = 0
    real = backlog.take_snapshot

    async def counting(engine: Any) -> backlog.Snapshot:
        nonlocal calls
        calls += 1
        return await real(engine)

    monkeypatch.setattr(backlog, "take_snapshot", counting)
    for _ in range(3):
        assert (await scraper.get("/metrics", headers=AUTH)).status_code == 200
    assert calls == 1
    scrape_app.state.backlog.refreshed -= backlog.CACHE_SECONDS
    await scraper.get("/metrics", headers=AUTH)
    assert calls == 2


async def test_metrics_still_answer_when_the_database_is_down(settings) -> None:
    down = settings.model_copy(
        update={
            "metrics_token": SecretStr(METRICS_TOKEN),
            "database_url": "postgresql+asyncpg://postgres@127.0.0.1:1/plandesk",
        }
    )
    app = create_app(down)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as c:
        r = await c.get("/metrics", headers=AUTH)
        unauthorised = await c.get("/metrics")
    await app.state.engine.dispose()
    assert r.status_code == 200
    assert sample(r.text, "plandesk_backlog_query_up") == 0
    assert "plandesk_jobs_queued" not in r.text
    # Process metrics are still there.
    assert "plandesk_http_requests_total" in r.text
    # And the token is still required.
    assert unauthorised.status_code == 401
