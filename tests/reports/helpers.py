"""Shared steps of the reports tests, through the API."""

from __future__ import annotations

from typing import Any

API = "/api/v1"


async def publish(client: Any, headers: dict[str, str], plan_id: Any) -> None:
    got = await client.get(f"{API}/plans/{plan_id}", headers=headers)
    resp = await client.patch(
        f"{API}/plans/{plan_id}",
        json={"published": True, "status": "active"},
        headers={**headers, "If-Match": got.headers["ETag"]},
    )
    assert resp.status_code == 200, resp.text


async def set_status(client: Any, headers: dict[str, str], task_id: Any, unit_id: Any, status: str) -> None:
    url = f"{API}/tasks/{task_id}/assignments/{unit_id}"
    got = await client.get(url, headers=headers)
    resp = await client.patch(
        url, json={"status": status}, headers={**headers, "If-Match": got.headers["ETag"]}
    )
    assert resp.status_code == 200, resp.text
