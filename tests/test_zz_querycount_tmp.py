from sqlalchemy import event


async def test_count(app, client, factory, plans, tasks):
    unit = await factory.unit("Ban A")
    other = await factory.unit("Ban B")
    plan = await plans.plan()
    for i in range(5):
        await tasks.task(plan, unit, [other], due="2026-12-20", title=f"Việc {i}")
    officer = await factory.actor("unit_officer", unit)
    coord = await factory.actor("coordinator")
    stmts = []
    event.listen(
        app.state.engine.sync_engine, "before_cursor_execute", lambda c, cur, s, p, ctx, m: stmts.append(s)
    )
    for name, path, who in [
        ("tasks", f"/api/v1/plans/{plan.id}/tasks", officer),
        ("me", "/api/v1/me/assignments", officer),
        ("dash", f"/api/v1/plans/{plan.id}/dashboard", coord),
    ]:
        for _ in range(2):
            stmts.clear()
            r = await client.get(path, headers=who.headers)
            print(name, r.status_code, len(stmts))
            for s in stmts:
                print("   ", " ".join(s.split())[:160])
