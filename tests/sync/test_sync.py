"""The offline change feed: GET /api/v1/sync (docs/sync.md)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from plandesk.core import localtime
from tests.plans.factories import anchored

SYNC = "/api/v1/sync"


async def sync_all(client, headers, since: str | None = None, limit: int = 200) -> dict[str, Any]:
    """Follow next_cursor to the end of one sync; items by (object, id), the last token."""
    params: dict[str, Any] = {"limit": limit}
    if since:
        params["since"] = since
    items: dict[tuple[str, str], dict[str, Any]] = {}
    deleted: set[tuple[str, str]] = set()
    pages = 0
    while True:
        resp = await client.get(SYNC, params=params, headers=headers)
        assert resp.status_code == 200, resp.text
        body = resp.json()
        pages += 1
        for item in body["items"]:
            items[(item["object"], item["id"])] = item
        deleted |= {(d["object"], d["id"]) for d in body["deleted"]}
        if body["next_cursor"] is None:
            assert body["next_since"]
            return {"items": items, "deleted": deleted, "since": body["next_since"], "pages": pages}
        assert body["next_since"] is None
        params = {"cursor": body["next_cursor"], "limit": limit}


def ids(result: dict[str, Any], kind: str) -> set[str]:
    return {i for (k, i) in result["items"] if k == kind}


async def _world(factory, plans, tasks):
    """Two units on one plan, a third plan nobody of unit A works on."""
    unit_a, unit_b = await factory.unit("Huyện uỷ Krông Pắc"), await factory.unit("Huyện uỷ Ea Kar")
    plan = await plans.plan()
    congress = await plans.milestone(plan, "2020-08-15")
    phase = await plans.phase(
        plan, "I", start={"kind": "fixed", "date": "2020-02-01"}, end=anchored(congress)
    )
    mine = await tasks.task(plan, unit_a, due=anchored(congress), phase_id=phase.id)
    also_mine = await tasks.task(plan, unit_b, [unit_a], due="2020-06-30", title="Tổ chức hội nghị")
    theirs = await tasks.task(plan, unit_b, due="2020-05-01", title="Việc của Ea Kar")
    other_plan = await plans.plan()
    elsewhere = await tasks.task(other_plan, unit_b, title="Kế hoạch khác")
    return {
        "unit_a": unit_a,
        "unit_b": unit_b,
        "plan": plan,
        "congress": congress,
        "phase": phase,
        "mine": mine,
        "also_mine": also_mine,
        "theirs": theirs,
        "other_plan": other_plan,
        "elsewhere": elsewhere,
    }


async def test_first_sync_gives_an_officer_their_units_work_and_the_plan_it_hangs_on(
    client, factory, plans, tasks
):
    w = await _world(factory, plans, tasks)
    officer = await factory.actor("unit_officer", w["unit_a"])
    result = await sync_all(client, officer.headers)
    assert ids(result, "plan") == {str(w["plan"].id)}
    assert ids(result, "milestone") == {str(w["congress"].id)}
    assert ids(result, "phase") == {str(w["phase"].id)}
    assert ids(result, "task") == {str(w["mine"].id), str(w["also_mine"].id)}
    assignments = [v for (k, _), v in result["items"].items() if k == "assignment"]
    assert {a["task_id"] for a in assignments} == {str(w["mine"].id), str(w["also_mine"].id)}
    assert {a["unit_id"] for a in assignments} == {str(w["unit_a"].id)}
    assert result["deleted"] == set()


async def test_each_item_carries_the_etag_its_get_sends(client, factory, plans, tasks):
    w = await _world(factory, plans, tasks)
    officer = await factory.actor("unit_officer", w["unit_a"])
    result = await sync_all(client, officer.headers)
    task = result["items"][("task", str(w["mine"].id))]
    got = await client.get(f"/api/v1/tasks/{w['mine'].id}", headers=officer.headers)
    assert task["etag"] == got.headers["ETag"]
    assert task["due_date"] == "2020-08-15" and task["due"]["kind"] == "milestone"
    assignment = next(v for (k, _), v in result["items"].items() if k == "assignment")
    got = await client.get(
        f"/api/v1/tasks/{assignment['task_id']}/assignments/{w['unit_a'].id}", headers=officer.headers
    )
    assert assignment["etag"] == got.headers["ETag"]
    milestone = result["items"][("milestone", str(w["congress"].id))]
    got = await client.get(f"/api/v1/milestones/{w['congress'].id}", headers=officer.headers)
    assert milestone["etag"] == got.headers["ETag"]


async def test_pages_follow_next_cursor_and_only_the_last_carries_the_token(client, factory, plans, tasks):
    w = await _world(factory, plans, tasks)
    officer = await factory.actor("unit_officer", w["unit_a"])
    whole = await sync_all(client, officer.headers)
    paged = await sync_all(client, officer.headers, limit=1)
    assert paged["pages"] >= len(whole["items"])
    assert set(paged["items"]) == set(whole["items"])


async def test_nothing_changed_means_an_empty_incremental_sync(client, factory, plans, tasks):
    w = await _world(factory, plans, tasks)
    officer = await factory.actor("unit_officer", w["unit_a"])
    first = await sync_all(client, officer.headers)
    again = await sync_all(client, officer.headers, since=first["since"])
    assert again["items"] == {} and again["deleted"] == set()


async def test_offline_officer_reconnects_replays_and_receives_the_coordinators_changes(
    client, factory, plans, tasks
):
    w = await _world(factory, plans, tasks)
    officer = await factory.actor("unit_officer", w["unit_a"])
    coordinator = await factory.actor("coordinator")
    first = await sync_all(client, officer.headers)

    # Offline, the coordinator moves the congress and cancels one of the unit's tasks...
    moved = await client.post(
        f"/api/v1/milestones/{w['congress'].id}/move",
        json={"date": "2020-09-10"},
        headers=coordinator.headers,
    )
    assert moved.status_code == 200, moved.text
    cancel = await client.patch(
        f"/api/v1/tasks/{w['also_mine'].id}/assignments/{w['unit_b'].id}",
        json={"status": "cancelled"},
        headers={**coordinator.headers, "If-Match": "*"},
    )
    assert cancel.status_code == 200, cancel.text
    cancel = await client.patch(
        f"/api/v1/tasks/{w['also_mine'].id}/assignments/{w['unit_a'].id}",
        json={"status": "cancelled"},
        headers={**coordinator.headers, "If-Match": "*"},
    )
    assert cancel.status_code == 200, cancel.text
    # ... and deletes another unit's task (which the officer never had).
    gone = await client.delete(
        f"/api/v1/tasks/{w['theirs'].id}", headers={**coordinator.headers, "If-Match": "*"}
    )
    assert gone.status_code == 204

    # The officer, offline, reported progress on their own task; on reconnect the app replays
    # the queued request (and the network repeats it: same Idempotency-Key twice).
    progress = {"status": "in_progress", "percent": 40, "note": "Đã treo 12 pa-nô"}
    key = {"Idempotency-Key": str(uuid.uuid4())}
    replies = [
        await client.post(
            f"/api/v1/tasks/{w['mine'].id}/updates", json=progress, headers={**officer.headers, **key}
        )
        for _ in range(2)
    ]
    assert [r.status_code for r in replies] == [201, 201]
    assert replies[0].json() == replies[1].json()
    assert replies[1].headers.get("Idempotent-Replayed") == "true"
    history = await client.get(
        f"/api/v1/tasks/{w['mine'].id}/assignments/{w['unit_a'].id}/history", headers=officer.headers
    )
    assert [e["note"] for e in history.json()["items"] if e["kind"] == "update"] == ["Đã treo 12 pa-nô"]

    after = await sync_all(client, officer.headers, since=first["since"])
    milestone = after["items"][("milestone", str(w["congress"].id))]
    assert (milestone["date"], milestone["status"]) == ("2020-09-10", "moved")
    phase = after["items"][("phase", str(w["phase"].id))]
    assert phase["end_date"] == "2020-09-10"
    mine = after["items"][("task", str(w["mine"].id))]
    assert mine["due_date"] == "2020-09-10" and mine["percent"] == 40
    cancelled = after["items"][("task", str(w["also_mine"].id))]
    assert cancelled["status"] == "cancelled"
    my_assignment = next(
        v for (k, _), v in after["items"].items() if k == "assignment" and v["task_id"] == str(w["mine"].id)
    )
    assert (my_assignment["status"], my_assignment["percent"]) == ("in_progress", 40)
    # Never another unit's objects, not even the id of their deleted task.
    assert ("task", str(w["theirs"].id)) not in after["deleted"]
    assert all(
        v["unit_id"] == str(w["unit_a"].id) for (k, _), v in after["items"].items() if k == "assignment"
    )
    # And then quiet: nothing is delivered (or applied) twice.
    quiet = await sync_all(client, officer.headers, since=after["since"])
    assert quiet["items"] == {} and quiet["deleted"] == set()


async def test_a_deleted_task_reaches_the_officer_as_a_deleted_id(client, factory, plans, tasks):
    w = await _world(factory, plans, tasks)
    officer = await factory.actor("unit_officer", w["unit_a"])
    coordinator = await factory.actor("coordinator")
    first = await sync_all(client, officer.headers)
    mine_assignment = next(
        i for (k, i), v in first["items"].items() if k == "assignment" and v["task_id"] == str(w["mine"].id)
    )
    resp = await client.delete(
        f"/api/v1/tasks/{w['mine'].id}", headers={**coordinator.headers, "If-Match": "*"}
    )
    assert resp.status_code == 204
    after = await sync_all(client, officer.headers, since=first["since"])
    assert ("task", str(w["mine"].id)) in after["deleted"]
    assert ("assignment", mine_assignment) in after["deleted"]
    assert ("task", str(w["mine"].id)) not in after["items"]


async def test_new_work_on_another_plan_brings_that_plan_along(client, factory, plans, tasks):
    w = await _world(factory, plans, tasks)
    officer = await factory.actor("unit_officer", w["unit_a"])
    first = await sync_all(client, officer.headers)
    assert str(w["other_plan"].id) not in ids(first, "plan")
    milestone = await plans.milestone(w["other_plan"], "2020-10-01")
    new = await tasks.task(w["other_plan"], w["unit_a"], title="Việc mới")
    after = await sync_all(client, officer.headers, since=first["since"])
    assert ids(after, "plan") == {str(w["other_plan"].id)}
    assert str(milestone.id) in ids(after, "milestone")
    assert ids(after, "task") == {str(new.id)}
    assert str(w["elsewhere"].id) not in ids(after, "task")


async def test_work_taken_from_a_unit_leaves_its_feed(client, factory, plans, tasks):
    w = await _world(factory, plans, tasks)
    officer = await factory.actor("unit_officer", w["unit_a"])
    coordinator = await factory.actor("coordinator")
    first = await sync_all(client, officer.headers)
    resp = await client.patch(
        f"/api/v1/tasks/{w['also_mine'].id}",
        json={"supporting_unit_ids": []},
        headers={**coordinator.headers, "If-Match": "*"},
    )
    assert resp.status_code == 200, resp.text
    after = await sync_all(client, officer.headers, since=first["since"])
    assert ("task", str(w["also_mine"].id)) in after["deleted"]
    assert ("task", str(w["also_mine"].id)) not in after["items"]
    assert ("plan", str(w["plan"].id)) not in after["deleted"]


async def test_an_officer_never_receives_another_units_objects(client, factory, plans, tasks):
    w = await _world(factory, plans, tasks)
    officer = await factory.actor("unit_officer", w["unit_a"])
    first = await sync_all(client, officer.headers)
    await tasks.task(w["other_plan"], w["unit_b"], title="Ea Kar again")
    await tasks.set_assignment(w["theirs"], w["unit_b"], "in_progress", 10)
    await plans.milestone(w["other_plan"], "2020-11-01")
    after = await sync_all(client, officer.headers, since=first["since"])
    assert after["items"] == {} and after["deleted"] == set()
    for result in (first, after):
        assert str(w["theirs"].id) not in ids(result, "task")
        assert str(w["other_plan"].id) not in ids(result, "plan")


async def test_coordinators_see_every_plan_and_every_deletion(client, factory, plans, tasks):
    w = await _world(factory, plans, tasks)
    coordinator = await factory.actor("coordinator")
    first = await sync_all(client, coordinator.headers)
    assert ids(first, "plan") == {str(w["plan"].id), str(w["other_plan"].id)}
    assert len(ids(first, "task")) == 4
    resp = await client.delete(
        f"/api/v1/tasks/{w['theirs'].id}", headers={**coordinator.headers, "If-Match": "*"}
    )
    assert resp.status_code == 204
    after = await sync_all(client, coordinator.headers, since=first["since"])
    assert ("task", str(w["theirs"].id)) in after["deleted"]


async def _service_headers(client, factory, scopes: list[str]) -> dict[str, str]:
    admin = await factory.actor("admin")
    sa = (
        await client.post(
            "/api/v1/service-accounts", json={"name": "Ứng dụng", "scopes": scopes}, headers=admin.headers
        )
    ).json()
    token = await client.post(
        "/api/v1/auth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": sa["client_id"],
            "client_secret": sa["client_secret"],
        },
    )
    return {"Authorization": f"Bearer {token.json()['access_token']}"}


async def test_a_service_account_gets_what_its_scopes_read(client, factory, plans, tasks):
    w = await _world(factory, plans, tasks)
    plans_only = await sync_all(client, await _service_headers(client, factory, ["plans:read"]))
    assert {k for k, _ in plans_only["items"]} == {"plan", "milestone", "phase"}
    tasks_only = await sync_all(client, await _service_headers(client, factory, ["tasks:read"]))
    assert {k for k, _ in tasks_only["items"]} == {"task", "assignment"}
    assert str(w["elsewhere"].id) in ids(tasks_only, "task")
    feedback = await _service_headers(client, factory, ["feedback:read"])
    assert (await client.get(SYNC, headers=feedback)).status_code == 403


async def test_a_tampered_token_is_422(client, factory, plans, tasks):
    w = await _world(factory, plans, tasks)
    officer = await factory.actor("unit_officer", w["unit_a"])
    token = (await sync_all(client, officer.headers))["since"]
    payload, _, signature = token.partition(".")
    flipped = payload[:-2] + ("A" if payload[-2] != "A" else "B") + payload[-1] + "." + signature
    for bad in (flipped, "garbage", token + "x", "e30." + signature):
        resp = await client.get(SYNC, params={"since": bad}, headers=officer.headers)
        assert resp.status_code == 422, bad
        assert resp.headers["content-type"].startswith("application/problem+json")
        assert resp.json()["errors"][0]["loc"] == ["query", "since"]


async def test_a_list_cursor_or_a_run_cursor_is_not_a_since_token(client, factory, plans, tasks):
    w = await _world(factory, plans, tasks)
    officer = await factory.actor("unit_officer", w["unit_a"])
    page = (await client.get(SYNC, params={"limit": 1}, headers=officer.headers)).json()
    resp = await client.get(SYNC, params={"since": page["next_cursor"]}, headers=officer.headers)
    assert resp.status_code == 422
    token = (await sync_all(client, officer.headers))["since"]
    resp = await client.get(SYNC, params={"cursor": token}, headers=officer.headers)
    assert resp.status_code == 422


async def test_a_token_older_than_retention_is_410_gone(client, factory, plans, tasks, settings):
    w = await _world(factory, plans, tasks)
    officer = await factory.actor("unit_officer", w["unit_a"])
    token = (await sync_all(client, officer.headers))["since"]
    later = localtime.now() + dt.timedelta(days=settings.sync_retention_days + 1)
    with localtime.frozen(later):
        resp = await client.get(SYNC, params={"since": token}, headers=officer.headers)
    assert resp.status_code == 410
    assert resp.headers["content-type"].startswith("application/problem+json")
    assert "without `since`" in resp.json()["detail"]


async def test_another_users_token_is_410_gone(client, factory, plans, tasks):
    w = await _world(factory, plans, tasks)
    officer = await factory.actor("unit_officer", w["unit_a"])
    colleague = await factory.actor("unit_officer", w["unit_b"])
    token = (await sync_all(client, officer.headers))["since"]
    resp = await client.get(SYNC, params={"since": token}, headers=colleague.headers)
    assert resp.status_code == 410


async def test_sync_needs_a_token(client):
    resp = await client.get(SYNC)
    assert resp.status_code == 401


async def test_a_stale_offline_write_is_412_with_the_current_version(client, factory, plans, tasks):
    w = await _world(factory, plans, tasks)
    officer = await factory.actor("unit_officer", w["unit_a"])
    coordinator = await factory.actor("coordinator")
    first = await sync_all(client, officer.headers)
    mine = next(
        v for (k, _), v in first["items"].items() if k == "assignment" and v["task_id"] == str(w["mine"].id)
    )
    url = f"/api/v1/tasks/{w['mine'].id}/assignments/{w['unit_a'].id}"
    resp = await client.patch(
        url, json={"percent": 30}, headers={**coordinator.headers, "If-Match": mine["etag"]}
    )
    assert resp.status_code == 200
    # The officer's offline edit was made on the copy the sync gave them.
    stale = await client.patch(
        url, json={"percent": 50}, headers={**officer.headers, "If-Match": mine["etag"]}
    )
    assert stale.status_code == 412
    problem = stale.json()
    assert problem["current"]["percent"] == 30 and problem["current"]["id"] == mine["id"]
    assert problem["current_etag"] == problem["current"]["etag"] == resp.headers["ETag"]
    # The app shows both; the officer keeps theirs.
    kept = await client.patch(
        url, json={"percent": 50}, headers={**officer.headers, "If-Match": problem["current_etag"]}
    )
    assert kept.status_code == 200 and kept.json()["percent"] == 50


async def test_a_stale_milestone_or_task_write_carries_the_current_version(client, factory, plans, tasks):
    w = await _world(factory, plans, tasks)
    coordinator = await factory.actor("coordinator")
    stale = '"00000000000000000000000000000000-1"'
    resp = await client.patch(
        f"/api/v1/milestones/{w['congress'].id}",
        json={"title": "Đại hội huyện"},
        headers={**coordinator.headers, "If-Match": stale},
    )
    assert resp.status_code == 412 and resp.json()["current"]["date"] == "2020-08-15"
    resp = await client.patch(
        f"/api/v1/tasks/{w['mine'].id}",
        json={"title": "Mới"},
        headers={**coordinator.headers, "If-Match": stale},
    )
    assert resp.status_code == 412
    assert resp.json()["current"]["id"] == str(w["mine"].id)
    assert resp.json()["current"]["assignments"][0]["unit_id"] == str(w["unit_a"].id)


async def test_a_large_page_is_gzipped_for_clients_that_accept_it(client, factory, plans, tasks):
    w = await _world(factory, plans, tasks)
    coordinator = await factory.actor("coordinator")
    raw = await client.get(SYNC, headers={**coordinator.headers, "Accept-Encoding": "identity"})
    zipped = await client.get(SYNC, headers={**coordinator.headers, "Accept-Encoding": "gzip"})
    assert "content-encoding" not in raw.headers
    assert zipped.headers["content-encoding"] == "gzip"
    assert zipped.json()["items"] == raw.json()["items"]
    assert zipped.num_bytes_downloaded < len(raw.content)
    assert str(w["plan"].id) in {i["id"] for i in raw.json()["items"]}


async def test_a_change_that_commits_after_a_sync_began_is_not_skipped(
    app, client, factory, plans, tasks, settings
):
    # PostgreSQL hands out ids when rows are written, not when they commit: the token must
    # still cover a transaction that was running while the sync read (docs/adr/0015-sync.md).
    from sqlalchemy import update

    from plandesk.tasks.models import Assignment

    w = await _world(factory, plans, tasks)
    officer = await factory.actor("unit_officer", w["unit_a"])
    first = await sync_all(client, officer.headers)
    async with app.state.sessionmaker() as slow:
        await slow.execute(
            update(Assignment)
            .where(Assignment.task_id == w["mine"].id, Assignment.unit_id == w["unit_a"].id)
            .values(percent=77, version=Assignment.version + 1)
        )
        if not settings.is_sqlite:  # SQLite has one writer at a time: nothing can overtake
            # A later transaction of the same plan commits first: its change row has the higher
            # seq (the plan's read version is bumped at commit since 0021, so it does not wait).
            coordinator = await factory.actor("coordinator")
            moved = await client.patch(
                f"/api/v1/tasks/{w['also_mine'].id}/assignments/{w['unit_a'].id}",
                json={"percent": 12},
                headers={**coordinator.headers, "If-Match": "*"},
            )
            assert moved.status_code == 200
        during = await sync_all(client, officer.headers, since=first["since"])
        assert all(v["percent"] != 77 for (k, _), v in during["items"].items() if k == "assignment")
        await slow.commit()
    after = await sync_all(client, officer.headers, since=during["since"])
    mine = next(
        v for (k, _), v in after["items"].items() if k == "assignment" and v["task_id"] == str(w["mine"].id)
    )
    assert mine["percent"] == 77


async def test_a_task_addressed_to_a_unit_group_fits_the_published_schema(app, client, factory, plans):
    """Its lead_unit_id is null: the feed's SyncTask said uuid (schemathesis ST108 on /sync)."""
    import jsonschema

    admin = await factory.actor("admin")
    units = [await factory.unit(f"Huyện ủy {n}") for n in ("Krông Pắc", "Lắk")]
    group = await client.post(
        "/api/v1/unit-groups",
        json={"name": "Các huyện ủy", "unit_ids": [str(u.id) for u in units]},
        headers=admin.headers,
    )
    plan = await plans.plan()
    resp = await client.post(
        f"/api/v1/plans/{plan.id}/tasks",
        json={"title": "Tuyên truyền cấp huyện", "lead_group_id": group.json()["id"]},
        headers=admin.headers,
    )
    assert resp.status_code == 201, resp.text
    body = (await client.get(SYNC, params={"limit": 200}, headers=admin.headers)).json()
    task = next(i for i in body["items"] if i["object"] == "task" and i["id"] == resp.json()["id"])
    assert task["lead_unit_id"] is None
    document = app.openapi()
    schema = {"$ref": "#/components/schemas/SyncResponse", "components": document["components"]}
    jsonschema.validate(body, schema)
