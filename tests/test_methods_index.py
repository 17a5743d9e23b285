"""core/methods.py: the indexed lookup finds exactly the templates a scan of every template
finds, for every documented path (parameters filled in) and for near misses; and the Allow
header of a 405 lists the documented methods of the most specific template."""

from __future__ import annotations

import re

from plandesk.core import methods


def _scan(index, path):  # type: ignore[no-untyped-def]
    return {t for bucket in index.values() for t in bucket if t.regex.match(path)}


def _indexed(index, path):  # type: ignore[no-untyped-def]
    count, resource = methods._bucket(path)
    return {
        t for t in (*index.get((count, resource), []), *index.get((count, None), [])) if t.regex.match(path)
    }


def test_index_agrees_with_a_full_scan(app):
    index = methods._templates(app)
    paths = list(app.openapi()["paths"])
    assert len(paths) > 100
    samples = []
    for path in paths:
        filled = re.sub(r"\{[^/]+?\}", "0b6f3c1e-8a2d-4c55-9e1f-2a7d5b9c0e11", path)
        samples += [
            filled,
            filled + "/",
            filled + "/extra",
            filled.rsplit("/", 1)[0],
            re.sub(r"\{[^/]+?\}", "upload", path),
        ]
    samples += ["/api/v1", "/api/v1/", "/api/", "/api/v1/plans//tasks", "/api/v1/%00"]
    for path in samples:
        assert _indexed(index, path) == _scan(index, path), path


async def test_allow_lists_the_methods_of_the_most_specific_template(client, factory):
    admin = await factory.actor("admin")
    resp = await client.put("/api/v1/documents/upload", headers=admin.headers)
    assert resp.status_code == 405
    assert resp.headers["allow"] == "POST"
    resp = await client.request("OPTIONS", "/api/v1/plans", headers=admin.headers)
    assert resp.status_code == 405 and resp.headers["allow"] == "GET, POST"
