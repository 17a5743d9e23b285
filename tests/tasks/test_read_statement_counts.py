"""The cached reads cost the statements they were built to cost.

The task list, an officer's assignments and the plan dashboard are served from per-process
caches keyed on the plan's (and unit's) read version: a repeat read with nothing changed runs
only the version check. A change that made a hit fall through to the full queries would keep
every test green and quietly double the CPU per read (bench/tasks.py); this catches it.
"""

from __future__ import annotations

from sqlalchemy import event


async def test_repeat_reads_run_only_the_version_check(app, client, factory, plans, tasks):
    unit = await factory.unit("Ban A")
    other = await factory.unit("Ban B")
    plan = await plans.plan()
    for i in range(5):
        await tasks.task(plan, unit, [other], due="2026-12-20", title=f"Việc {i}")
    officer = await factory.actor("unit_officer", unit)
    coord = await factory.actor("coordinator")
    statements: list[str] = []

    def count(conn, cursor, statement, params, context, executemany):
        statements.append(statement)

    engine = app.state.engine.sync_engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        for path, who, first_at_least, repeat_at_most in [
            (f"/api/v1/plans/{plan.id}/tasks", officer, 2, 1),
            ("/api/v1/me/assignments", officer, 2, 2),
            (f"/api/v1/plans/{plan.id}/dashboard", coord, 3, 1),
        ]:
            seen = []
            for _ in range(2):
                statements.clear()
                r = await client.get(path, headers=who.headers)
                assert r.status_code == 200, r.text
                seen.append(len(statements))
            assert seen[0] >= first_at_least, (path, seen)  # the first read builds the page
            assert seen[1] <= repeat_at_most, (path, seen, statements)
        # A write moves the version: the next read builds the page again.
        await tasks.task(plan, unit, [], due="2026-12-21", title="Việc mới")
        statements.clear()
        r = await client.get(f"/api/v1/plans/{plan.id}/tasks", headers=officer.headers)
        assert r.status_code == 200 and len(r.json()["items"]) == 6
        assert len(statements) >= 2
    finally:
        event.remove(engine, "before_cursor_execute", count)
