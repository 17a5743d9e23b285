"""Every GET route addressed by ids answers 404 when an id names nothing.

A list under a parent (``/units/{unit_id}/notifications``) that answers 200 with an empty page
for a unit that does not exist, or no longer exists, tells a client that a deleted resource is
still there (schemathesis's stateful run reports it as ST301). Walk the OpenAPI document so that
a route added later is checked too.
"""

from __future__ import annotations

import uuid

import pytest

# Routes with ids in their path that are not looked up by those ids for a signed-in admin.
NOT_BY_ID = {
    # Calendar apps cannot send bearer headers: the route checks its own feed token first (401).
    "/api/v1/plans/{plan_id}/calendar.ics",
    # A receipt code is not an id of a stored row the admin could see; covered in its own tests.
    "/api/v1/public/feedback/{receipt}",
}


# A value for each required query parameter, by its format (KeyError: a new format to add here).
REQUIRED_QUERY = {"date": "2026-12-01"}


def _get_paths(spec: dict) -> list[tuple[str, list[str], dict[str, str]]]:
    found = []
    for path, ops in spec["paths"].items():
        op = ops.get("get")
        if op is None or "{" not in path or path in NOT_BY_ID:
            continue
        params = [p for p in op.get("parameters", []) if p["in"] == "path"]
        if params and all(p["schema"].get("format") == "uuid" for p in params):
            query = {
                p["name"]: REQUIRED_QUERY[p["schema"]["format"]]
                for p in op.get("parameters", [])
                if p["in"] == "query" and p.get("required")
            }
            found.append((path, [p["name"] for p in params], query))
    return found


async def test_every_get_by_unknown_id_is_404(app, client, factory):
    admin = await factory.actor("admin")
    spec = app.openapi()
    paths = _get_paths(spec)
    assert len(paths) > 40, "the walk found too few routes: has the OpenAPI document changed shape?"
    wrong = []
    for path, names, query in paths:
        url = path
        for name in names:
            url = url.replace("{" + name + "}", str(uuid.uuid4()))
        r = await client.get(url, params=query, headers=admin.headers)
        if r.status_code != 404:
            wrong.append(f"{path}: {r.status_code} {r.text[:120]}")
        else:
            assert r.headers["content-type"].startswith("application/problem+json"), path
    assert not wrong, "GET by an unknown id did not answer 404:\n" + "\n".join(wrong)


@pytest.mark.parametrize("suffix", ["", "/notifications"])
async def test_a_deleted_unit_and_its_feed_are_gone(client, factory, suffix):
    admin = await factory.actor("admin")
    unit = await factory.unit("Ban Tuyên giáo")
    got = await client.get(f"/api/v1/units/{unit.id}", headers=admin.headers)
    assert got.status_code == 200
    gone = await client.delete(
        f"/api/v1/units/{unit.id}", headers={**admin.headers, "If-Match": got.headers["etag"]}
    )
    assert gone.status_code == 204, gone.text
    r = await client.get(f"/api/v1/units/{unit.id}{suffix}", headers=admin.headers)
    assert r.status_code == 404, r.text
