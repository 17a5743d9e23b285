"""Hostile document uploads are refused quickly, off the event loop (issue #9, item 6)."""

from __future__ import annotations

import asyncio
import time

from tests.hostile_docx import docx_of_paragraphs, empty_paragraphs_bomb

PROBLEM = "application/problem+json"


async def test_an_empty_paragraph_bomb_upload_is_413_within_seconds(client, factory):
    coordinator = await factory.actor("coordinator")
    started = time.monotonic()
    resp = await client.post(
        "/api/v1/documents/upload",
        files={"file": ("bom.docx", empty_paragraphs_bomb(), "application/octet-stream")},
        headers=coordinator.headers,
    )
    assert time.monotonic() - started < 10  # it took 58 s before the fix
    assert resp.status_code == 413
    assert resp.headers["content-type"] == PROBLEM
    assert resp.json()["errors"] == [{"loc": ["body", "file"], "msg": "too many elements"}]


async def test_an_empty_paragraph_bomb_plan_import_is_413_within_seconds(client, factory):
    coordinator = await factory.actor("coordinator")
    started = time.monotonic()
    resp = await client.post(
        "/api/v1/plans/import",
        files={"file": ("bom.docx", empty_paragraphs_bomb(), "application/octet-stream")},
        headers=coordinator.headers,
    )
    assert time.monotonic() - started < 10  # 182 s before the fix
    assert resp.status_code == 413
    assert resp.headers["content-type"] == PROBLEM
    assert "paragraphs" in resp.json()["detail"]


async def test_parsing_over_the_time_limit_is_422(client, factory, app, monkeypatch):
    coordinator = await factory.actor("coordinator")
    monkeypatch.setattr(app.state.settings, "document_parse_seconds", 0.001)
    resp = await client.post(
        "/api/v1/documents/upload",
        files={"file": ("a.md", b"# Heading\ntext", "text/markdown")},
        headers=coordinator.headers,
    )
    assert resp.status_code == 422
    assert resp.json()["detail"] == "This document could not be read within 0.001 seconds."


async def test_healthz_answers_within_100_ms_while_a_hostile_upload_is_parsed(client, factory):
    coordinator = await factory.actor("coordinator")
    # The first upload of a process starts the fork server (it imports the parsers once).
    warm = await client.post(
        "/api/v1/documents/upload",
        files={"file": ("a.md", b"# A\nb", "text/markdown")},
        headers=coordinator.headers,
    )
    assert warm.status_code == 201
    # FastAPI builds its route table lazily on the first request that walks past a route:
    # the first /healthz of a process pays for every router mounted before it.
    assert (await client.get("/healthz")).status_code == 200
    # Just under the element limit: python-docx really has to walk it (about a second).
    heavy = docx_of_paragraphs("<w:p><w:r><w:t>x</w:t></w:r></w:p>", 29_000)
    upload = asyncio.create_task(
        client.post(
            "/api/v1/documents/upload",
            files={"file": ("nang.docx", heavy, "application/octet-stream")},
            headers=coordinator.headers,
        )
    )
    await asyncio.sleep(0.05)
    waits: list[float] = []
    while not upload.done():
        started = time.monotonic()
        health = await client.get("/healthz")
        waits.append(time.monotonic() - started)
        assert health.status_code == 200
        await asyncio.sleep(0.02)
    assert (await upload).status_code == 201
    assert len(waits) >= 3, "the upload finished before /healthz could be measured"
    assert max(waits) < 0.1, waits
