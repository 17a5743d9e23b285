"""Task-list pages are cached per process while the plan's data version is unchanged
(tasks/listing_cache.py): after every kind of change, each served page equals a fresh read."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update

from plandesk.core import localtime
from plandesk.core.conditional import weak_etag
from plandesk.core.versioned_pages import VersionedPages
from plandesk.tasks import listing, listing_cache
from plandesk.tasks.models import Task
from tests.plans.factories import anchored
from tests.tasks.cached_pages import CachedPages


def day(n: int) -> dt.date:
    return localtime.local_today() + dt.timedelta(days=n)


async def _etag(client, url, headers):
    return (await client.get(url, headers=headers)).headers["ETag"]


def Pages(client, headers, plan, unit, phase) -> CachedPages:  # type: ignore[no-untyped-def]
    base = f"/api/v1/plans/{plan.id}/tasks"
    return CachedPages(
        client,
        headers,
        listing_cache.pages,
        [
            (base, {}),
            (base, {"limit": 2}),
            (base, {"unit_id": str(unit.id), "sort": "-due_date"}),
            (base, {"phase_id": str(phase.id)}),
            (base, {"overdue": "true"}),
            (base, {"status": ["not_started", "in_progress"], "sort": "title"}),
        ],
    )


async def test_cached_pages_stay_exact_after_every_kind_of_change(
    client, app, factory, plans, tasks, monkeypatch
):
    admin = await factory.actor("admin")
    h = admin.headers
    lead, other = await factory.unit("Ban Tuyên giáo"), await factory.unit("Huyện ủy A")
    officer = await factory.actor("unit_officer", lead)
    plan = await plans.plan()
    m = await plans.milestone(plan, str(day(5)))
    phase = await plans.phase(plan)
    t1 = await tasks.task(plan, lead, [other], due=day(-3), phase_id=phase.id, title="Tọa đàm")
    t2 = await tasks.task(plan, lead, due=anchored(m), title="Bản tin")
    t3 = await tasks.task(plan, other, due=day(20), title="Pano")
    pages = Pages(client, h, plan, lead, phase)
    listing_cache.pages.clear()
    current = await pages.all()

    computed = []
    real = listing.list_tasks

    async def counting(*args, **kw):  # type: ignore[no-untyped-def]
        computed.append(1)
        return await real(*args, **kw)

    monkeypatch.setattr(listing, "list_tasks", counting)
    assert await pages.all() == current
    assert computed == []  # every page of the second round came from the cache
    monkeypatch.undo()

    # progress reported by the unit (the stored assignment summary changes)
    resp = await client.post(
        f"/api/v1/tasks/{t1.id}/updates",
        json={"status": "in_progress", "percent": 40},
        headers=officer.headers,
    )
    assert resp.status_code == 201, resp.text
    current = await pages.check(current)

    # a supporting unit added
    url = f"/api/v1/tasks/{t3.id}"
    resp = await client.patch(
        url,
        json={"supporting_unit_ids": [str(lead.id)]},
        headers={**h, "If-Match": await _etag(client, url, h)},
    )
    assert resp.status_code == 200, resp.text
    current = await pages.check(current)

    # a deadline moved, a milestone moved under an anchored deadline
    url = f"/api/v1/tasks/{t1.id}"
    resp = await client.patch(
        url,
        json={"due": {"kind": "fixed", "date": str(day(3))}},
        headers={**h, "If-Match": await _etag(client, url, h)},
    )
    assert resp.status_code == 200, resp.text
    current = await pages.check(current)
    resp = await client.post(f"/api/v1/milestones/{m.id}/move", json={"date": str(day(-10))}, headers=h)
    assert resp.status_code == 200, resp.text
    current = await pages.check(current)

    # a new task, a task moved into the phase by a direct Core UPDATE (no service layer)
    t4 = await tasks.task(plan, lead, due=day(1), title="Áp phích")
    current = await pages.check(current)
    async with app.state.sessionmaker() as s:
        await s.execute(update(Task).where(Task.id == t2.id).values(phase_id=phase.id))
        await s.commit()
    current = await pages.check(current)

    # a task deleted
    url = f"/api/v1/tasks/{t4.id}"
    resp = await client.delete(url, headers={**h, "If-Match": await _etag(client, url, h)})
    assert resp.status_code == 204, resp.text
    await pages.check(current)


async def test_a_cursor_signed_by_another_deployment_is_refused_even_when_cached(
    client, factory, plans, tasks, app
):
    from plandesk.core.pagination import PageParams

    admin = await factory.actor("admin")
    unit = await factory.unit()
    plan = await plans.plan()
    for n in range(3):
        await tasks.task(plan, unit, due=day(n), title=f"Việc {n}")
    url = f"/api/v1/plans/{plan.id}/tasks"
    first = (await client.get(url, params={"limit": 1}, headers=admin.headers)).json()
    # The same cursor text, cached under a different signing key, is not a hit for this app.
    async with app.state.sessionmaker() as s:
        foreign = PageParams(limit=1, cursor=first["next_cursor"], key=b"k" * 32)
        try:
            await listing_cache.task_page(s, plan.id, foreign, listing.TaskFilters(), lambda i, c: b"{}")
        except Exception as exc:
            assert "cursor" in str(exc).lower()
        else:
            raise AssertionError("a cursor signed with another key was accepted")
    assert (
        await client.get(url, params={"limit": 1, "cursor": first["next_cursor"]}, headers=admin.headers)
    ).status_code == 200
    forged = first["next_cursor"][:-2] + ("AA" if not first["next_cursor"].endswith("AA") else "BB")
    bad = await client.get(url, params={"limit": 1, "cursor": forged}, headers=admin.headers)
    assert bad.status_code == 422


def test_pages_are_evicted_beyond_the_byte_budget():
    import uuid

    cache = VersionedPages(100)
    for n in range(5):
        cache.put((uuid.uuid4(), n), 1, b"x" * 40)
    assert len(cache) == 2 and cache.size == 80
    key = ("k",)
    cache.put(key, 7, b"y" * 10)
    hit = cache.get(key, 7)
    assert hit is not None and hit.body == b"y" * 10 and hit.etag == weak_etag(hit.body)
    assert cache.get(key, 8) is None  # another version is a miss
    cache.put(key, 8, b"z" * 30)  # replacing a key releases its old bytes
    again = cache.get(key, 8)
    assert cache.size <= 100 and again is not None and again.body == b"z" * 30
    cache.clear()
    assert len(cache) == 0 and cache.size == 0
