"""Documents as renders: small ones made during the request, large ones by the reports.render job.

The job runs through the jobs facade: the embedded runner on SQLite, procrastinate on
PostgreSQL (the same tests, run by ``make test-pg``).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import uuid
from types import SimpleNamespace

import docx
import pytest
from pypdf import PdfReader
from sqlalchemy import delete, select, text, update

from plandesk.jobs import make_runtime
from plandesk.reports import renders
from plandesk.reports.models import ReportRender, Review
from tests.reports.helpers import API
from tests.reports.test_reviews import fixture_plan
from tests.reports.test_unit_reports import _start, _world

PROCRASTINATE_TABLES = (
    "procrastinate_events, procrastinate_periodic_defers, procrastinate_jobs, procrastinate_workers"
)


@pytest.fixture
def large(monkeypatch):  # type: ignore[no-untyped-def]
    """Every document counts as large: rendered by the job."""
    monkeypatch.setattr(renders, "INLINE_MAX_TASKS", 0)
    monkeypatch.setattr(renders, "INLINE_MAX_LINES", 0)


@pytest.fixture
async def worker(app, settings):  # type: ignore[no-untyped-def]
    """Run the job engine (a second runtime, as a worker process would) until ``done()``."""
    runtimes = []

    async def run_until(done, seconds: float = 30.0) -> None:  # type: ignore[no-untyped-def]
        runtime = make_runtime(settings, app.state.sessionmaker)
        runtimes.append(runtime)
        stop = asyncio.Event()
        task = asyncio.create_task(runtime.run(stop, concurrency=2))
        try:
            for _ in range(int(seconds / 0.05)):
                if await done():
                    return
                await asyncio.sleep(0.05)
            raise AssertionError("the render job did not finish")
        finally:
            stop.set()
            await task

    yield run_until
    for runtime in runtimes:
        await runtime.close()
    if not settings.is_sqlite:
        async with app.state.engine.begin() as conn:
            await conn.execute(text(f"TRUNCATE {PROCRASTINATE_TABLES} CASCADE"))


async def _review(client, factory, plans, tasks, freeze):  # type: ignore[no-untyped-def]
    coordinator, plan, *_ = await fixture_plan(client, factory, plans, tasks, freeze)
    r = await client.post(
        f"{API}/plans/{plan.id}/reviews", json={"kind": "final"}, headers=coordinator.headers
    )
    assert r.status_code == 201, r.text
    return coordinator, r.json()


async def test_a_small_review_is_rendered_during_the_request(client, factory, plans, tasks, freeze):
    coordinator, review = await _review(client, factory, plans, tasks, freeze)
    r = await client.post(
        f"{API}/reviews/{review['id']}/renders", json={"format": "pdf"}, headers=coordinator.headers
    )
    assert r.status_code == 201, r.text
    body = r.json()
    assert (body["state"], body["progress"], body["stage"]) == ("done", 100, "done")
    assert r.headers["Location"] == f"{API}/report-renders/{body['id']}"
    assert body["filename"].endswith("-du-thao.pdf") and body["download_url"].endswith("/file")
    f = await client.get(body["download_url"], headers=coordinator.headers)
    assert f.status_code == 200 and f.headers["content-type"] == "application/pdf"
    assert f.content.startswith(b"%PDF-") and len(f.content) == body["size"]
    assert "Kế hoạch" in "".join(p.extract_text() for p in PdfReader(io.BytesIO(f.content)).pages)


async def test_a_large_review_is_queued_then_rendered_by_the_job(
    client, factory, plans, tasks, freeze, large, worker
):
    coordinator, review = await _review(client, factory, plans, tasks, freeze)
    r = await client.post(
        f"{API}/reviews/{review['id']}/renders", json={"format": "docx"}, headers=coordinator.headers
    )
    assert r.status_code == 202, r.text
    queued = r.json()
    assert (queued["state"], queued["progress"], queued["download_url"]) == ("queued", 0, None)
    location = r.headers["Location"]
    early = await client.get(f"{location}/file", headers=coordinator.headers)
    assert early.status_code == 409 and "queued" in early.json()["detail"]

    async def done() -> bool:
        return (await client.get(location, headers=coordinator.headers)).json()["state"] == "done"

    await worker(done)
    state = (await client.get(location, headers=coordinator.headers)).json()
    assert (state["state"], state["progress"], state["error"]) == ("done", 100, None)
    assert state["started_at"] is not None and state["finished_at"] is not None
    f = await client.get(state["download_url"], headers=coordinator.headers)
    assert f.status_code == 200
    assert "attachment" in f.headers["content-disposition"] and ".docx" in f.headers["content-disposition"]
    text_ = "\n".join(p.text for p in docx.Document(io.BytesIO(f.content)).paragraphs)
    assert "BÁO CÁO" in text_ and "KẾT QUẢ THỰC HIỆN" in text_


async def test_a_large_unit_report_is_rendered_by_the_job(client, factory, plans, tasks, large, worker):
    _, officer_a, _, _, period, _, (unit_a, _) = await _world(client, factory, plans, tasks)
    report = (await _start(client, officer_a, period, unit_a)).json()
    r = await client.post(
        f"{API}/unit-reports/{report['id']}/renders", json={"format": "pdf"}, headers=officer_a.headers
    )
    assert r.status_code == 202, r.text
    location = r.headers["Location"]

    async def done() -> bool:
        return (await client.get(location, headers=officer_a.headers)).json()["state"] == "done"

    await worker(done)
    f = await client.get(f"{location}/file", headers=officer_a.headers)
    assert f.status_code == 200 and f.content.startswith(b"%PDF-")


async def test_asking_again_while_queued_returns_the_same_render(
    client, factory, plans, tasks, freeze, large
):
    coordinator, review = await _review(client, factory, plans, tasks, freeze)
    url = f"{API}/reviews/{review['id']}/renders"
    first = await client.post(url, json={"format": "pdf"}, headers=coordinator.headers)
    second = await client.post(url, json={"format": "pdf"}, headers=coordinator.headers)
    other = await client.post(url, json={"format": "docx"}, headers=coordinator.headers)
    assert first.json()["id"] == second.json()["id"] != other.json()["id"]


async def test_an_issued_version_rendered_once_is_served_again(client, factory, plans, tasks, freeze):
    coordinator, review = await _review(client, factory, plans, tasks, freeze)
    issued = await client.post(f"{API}/reviews/{review['id']}/issues", json={}, headers=coordinator.headers)
    assert issued.status_code == 201, issued.text
    url = f"{API}/reviews/{review['id']}/renders"
    first = await client.post(url, json={"format": "pdf", "issue": 1}, headers=coordinator.headers)
    again = await client.post(url, json={"format": "pdf", "issue": 1}, headers=coordinator.headers)
    assert (first.status_code, again.status_code) == (201, 201)
    assert first.json()["id"] == again.json()["id"] and first.json()["filename"].endswith("-ban-1.pdf")


async def test_an_unknown_issue_is_404(client, factory, plans, tasks, freeze):
    coordinator, review = await _review(client, factory, plans, tasks, freeze)
    r = await client.post(
        f"{API}/reviews/{review['id']}/renders",
        json={"format": "pdf", "issue": 7},
        headers=coordinator.headers,
    )
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("application/problem+json")


async def test_a_render_request_honours_idempotency_key(client, factory, plans, tasks, freeze):
    coordinator, review = await _review(client, factory, plans, tasks, freeze)
    headers = {**coordinator.headers, "Idempotency-Key": "render-1"}
    url = f"{API}/reviews/{review['id']}/renders"
    first = await client.post(url, json={"format": "docx"}, headers=headers)
    replay = await client.post(url, json={"format": "docx"}, headers=headers)
    assert replay.headers.get("Idempotent-Replayed") == "true"
    assert replay.json()["id"] == first.json()["id"]
    clash = await client.post(url, json={"format": "pdf"}, headers=headers)
    assert clash.status_code == 422


async def test_a_wrong_format_is_422(client, factory, plans, tasks, freeze):
    coordinator, review = await _review(client, factory, plans, tasks, freeze)
    r = await client.post(
        f"{API}/reviews/{review['id']}/renders", json={"format": "odt"}, headers=coordinator.headers
    )
    assert r.status_code == 422


async def test_the_direct_download_of_a_large_document_points_to_renders(
    client, factory, plans, tasks, freeze, large
):
    coordinator, review = await _review(client, factory, plans, tasks, freeze)
    r = await client.get(f"{API}/reviews/{review['id']}/document.pdf", headers=coordinator.headers)
    assert r.status_code == 409
    assert f"/reviews/{review['id']}/renders" in r.json()["detail"]


async def test_a_render_whose_review_vanished_fails_with_a_readable_error(
    app, client, factory, plans, tasks, freeze, large
):
    coordinator, review = await _review(client, factory, plans, tasks, freeze)
    r = await client.post(
        f"{API}/reviews/{review['id']}/renders", json={"format": "pdf"}, headers=coordinator.headers
    )
    async with app.state.sessionmaker() as s:
        await s.execute(delete(Review).where(Review.id == uuid.UUID(review["id"])))
        await s.commit()
    await renders.run_render(app.state.sessionmaker, uuid.UUID(r.json()["id"]), final_attempt=True)
    state = (await client.get(r.headers["Location"], headers=coordinator.headers)).json()
    assert state["state"] == "failed" and "review" in state["error"] and "Traceback" not in state["error"]


async def test_a_render_is_not_visible_without_a_token(client, factory, plans, tasks, freeze):
    coordinator, review = await _review(client, factory, plans, tasks, freeze)
    r = await client.post(
        f"{API}/reviews/{review['id']}/renders", json={"format": "pdf"}, headers=coordinator.headers
    )
    assert (await client.get(r.headers["Location"])).status_code == 401
    assert (await client.get(f"{r.headers['Location']}/file")).status_code == 401


async def test_renders_older_than_a_week_are_pruned(app, client, factory, plans, tasks, freeze):
    coordinator, review = await _review(client, factory, plans, tasks, freeze)
    url = f"{API}/reviews/{review['id']}/renders"
    old = (await client.post(url, json={"format": "pdf"}, headers=coordinator.headers)).json()
    fresh = (await client.post(url, json={"format": "docx"}, headers=coordinator.headers)).json()
    async with app.state.sessionmaker() as s:
        await s.execute(
            update(ReportRender)
            .where(ReportRender.id == uuid.UUID(old["id"]))
            .values(created_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=8))
        )
        await s.commit()
    await renders.prune_renders(SimpleNamespace(sessionmaker=app.state.sessionmaker))

    assert (
        await client.get(f"{API}/report-renders/{old['id']}", headers=coordinator.headers)
    ).status_code == 404
    assert (
        await client.get(f"{API}/report-renders/{fresh['id']}", headers=coordinator.headers)
    ).status_code == 200


async def test_a_render_that_cannot_be_queued_is_marked_failed(
    app, client, factory, plans, tasks, freeze, large, monkeypatch
):
    coordinator, review = await _review(client, factory, plans, tasks, freeze)

    async def unreachable(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise ConnectionError("queue down")

    monkeypatch.setattr(app.state.jobs, "defer", unreachable)
    r = await client.post(
        f"{API}/reviews/{review['id']}/renders", json={"format": "pdf"}, headers=coordinator.headers
    )
    # The job queue lives in the database: its connection refused is the database being
    # unavailable (503 with Retry-After, core/errors.py), not a bug.
    assert r.status_code == 503
    assert r.headers["retry-after"] == "1"
    assert r.headers["content-type"].startswith("application/problem+json")
    async with app.state.sessionmaker() as s:
        states = (await s.execute(select(ReportRender.state, ReportRender.error))).all()
    assert [(st.state, st.error) for st in states] == [("failed", "The render could not be queued.")]
