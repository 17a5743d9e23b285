"""Migration 0014 gives plans published before baselines existed their first baseline, once."""

from __future__ import annotations

import importlib.util
import uuid
from pathlib import Path

from sqlalchemy import delete, select

from plandesk.core.audit import AuditEntry
from plandesk.reports import baselines
from plandesk.reports.models import PlanBaseline
from tests.reports.helpers import API, publish
from tests.reports.test_baselines import _world

MIGRATION = Path(__file__).parents[2] / "migrations" / "versions" / "0014_reports_jobs.py"


def _migration():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("migration_0014", MIGRATION)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


async def _backfill(app) -> list[uuid.UUID]:  # type: ignore[no-untyped-def]
    async with app.state.engine.begin() as conn:
        return await conn.run_sync(_migration().backfill_baselines)


async def _published_without_baseline(app, client, factory, plans, tasks):  # type: ignore[no-untyped-def]
    """A plan published the way it was before baselines existed: no baseline row."""
    coordinator, plan, *_ = await _world(factory, plans, tasks)
    await publish(client, coordinator.headers, plan.id)
    async with app.state.sessionmaker() as s:
        await s.execute(delete(PlanBaseline).where(PlanBaseline.plan_id == plan.id))
        await s.commit()
    return coordinator, plan


async def test_a_plan_published_before_baselines_gets_baseline_one(app, client, factory, plans, tasks):
    coordinator, plan = await _published_without_baseline(app, client, factory, plans, tasks)

    assert await _backfill(app) == [plan.id]

    listed = (await client.get(f"{API}/plans/{plan.id}/baselines", headers=coordinator.headers)).json()[
        "items"
    ]
    assert [(b["number"], b["created_by"]) for b in listed] == [(1, "system")]
    assert "nâng cấp" in listed[0]["reason"]
    diff = (await client.get(f"{API}/plans/{plan.id}/baseline-diff", headers=coordinator.headers)).json()
    assert diff["summary"]["tasks_in_baseline"] == diff["summary"]["tasks_now"] == 3
    assert diff["tasks_moved"] == diff["tasks_added"] == diff["tasks_cancelled"] == []
    async with app.state.sessionmaker() as s:
        audited = (
            await s.scalars(
                select(AuditEntry.action).where(
                    AuditEntry.entity_id == str(plan.id), AuditEntry.actor == "system"
                )
            )
        ).all()
    assert "plan.baselined" in audited


async def test_the_backfilled_snapshot_is_what_the_application_snapshots(app, client, factory, plans, tasks):
    _, plan = await _published_without_baseline(app, client, factory, plans, tasks)
    await _backfill(app)
    async with app.state.sessionmaker() as s:
        stored = (await baselines.get_baseline(s, plan.id, 1)).snapshot
        assert stored == await baselines.snapshot_plan(s, plan.id)


async def test_the_backfill_is_idempotent_and_leaves_drafts_and_baselined_plans_alone(
    app, client, factory, plans, tasks
):
    coordinator, plan = await _published_without_baseline(app, client, factory, plans, tasks)
    draft = await plans.plan()
    already = await _world(factory, plans, tasks)
    await publish(client, coordinator.headers, already[1].id)  # baseline 1 from its publication

    assert await _backfill(app) == [plan.id]
    assert await _backfill(app) == []

    async with app.state.sessionmaker() as s:
        rows = (await s.execute(select(PlanBaseline.plan_id, PlanBaseline.number, PlanBaseline.reason))).all()
    by_plan = {r.plan_id: (r.number, r.reason) for r in rows}
    assert len(rows) == 2 and draft.id not in by_plan
    assert by_plan[already[1].id] == (1, "Ban hành kế hoạch")
