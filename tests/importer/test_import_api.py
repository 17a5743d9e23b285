"""POST /api/v1/plans/import: plan documents become plans, in one transaction."""

from __future__ import annotations

from plandesk.demo.seed import SEED_FILENAME, seed_plan_bytes

URL = "/api/v1/plans/import"


def seed_upload() -> dict:
    return {"file": (SEED_FILENAME, seed_plan_bytes(), "text/plain")}


async def test_importing_the_seed_creates_the_plan(client, factory):
    coordinator = await factory.actor("coordinator")
    r = await client.post(URL, files=seed_upload(), headers=coordinator.headers)
    assert r.status_code == 201, r.text
    body = r.json()
    print(body["counts"])
