"""Cursors are opaque and checked (issue #9, item 1): signed with a key derived from the
app secret, each value checked against its sort key; anything else is 422 "invalid cursor"."""

from __future__ import annotations

import base64
import json

import pytest

from plandesk.core.pagination import cursor_key, encode_cursor


def _unsigned(values: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")


FORGED = [
    _unsigned([{"u": 5}, {"u": 5}]),
    _unsigned(["a", "b"]),
    _unsigned([None, None]),
    _unsigned([True, False]),
    _unsigned([2**70, 2**70]),
    _unsigned([[[1]], {"x": {"y": 1}}]),
    "!!!",
    "a.b",
]


def _assert_invalid_cursor(resp) -> None:  # type: ignore[no-untyped-def]
    assert resp.status_code == 422, resp.text
    assert resp.headers["content-type"] == "application/problem+json"
    assert resp.json()["errors"] == [{"loc": ["query", "cursor"], "msg": "invalid cursor"}]


@pytest.mark.parametrize("cursor", FORGED)
async def test_forged_cursor_on_the_public_list_is_422(client, cursor):
    _assert_invalid_cursor(await client.get("/api/v1/public/consultations", params={"cursor": cursor}))


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/units",
        "/api/v1/users",
        "/api/v1/plans",
        "/api/v1/documents",
        "/api/v1/consultations",
        "/api/v1/audit",
        "/api/v1/me/assignments",
    ],
)
async def test_unsigned_cursor_is_422_on_every_list(client, factory, path):
    admin = await factory.actor("unit_officer" if path.endswith("assignments") else "admin")
    resp = await client.get(path, params={"cursor": _unsigned(["a", "b"])}, headers=admin.headers)
    _assert_invalid_cursor(resp)


async def test_cursor_with_a_wrong_signature_is_422(client, factory, settings):
    admin = await factory.actor("admin")
    real = encode_cursor(["ban", "6f9619ff-8b86-d011-b42d-00cf4fc964ff"], cursor_key(settings.signing_key))
    payload, _, _ = real.partition(".")
    resp = await client.get(
        "/api/v1/units", params={"cursor": payload + ".AAAAAAAAAAAAAAAAAAAAAA"}, headers=admin.headers
    )
    _assert_invalid_cursor(resp)


async def test_signed_cursor_with_values_of_the_wrong_type_is_422(client, factory, settings):
    admin = await factory.actor("admin")
    key = cursor_key(settings.signing_key)
    for values in (["a", "b"], [1, True], [None, None]):
        resp = await client.get(
            "/api/v1/units", params={"cursor": encode_cursor(values, key)}, headers=admin.headers
        )
        _assert_invalid_cursor(resp)


async def test_cursor_of_the_task_list_is_refused_by_the_unit_list(client, factory, settings):
    import datetime as dt
    import uuid

    admin = await factory.actor("admin")
    task_cursor = encode_cursor([dt.date(2024, 1, 1), uuid.uuid4()], cursor_key(settings.signing_key))
    _assert_invalid_cursor(
        await client.get("/api/v1/units", params={"cursor": task_cursor}, headers=admin.headers)
    )


async def test_a_cursor_from_next_cursor_still_pages(client, factory):
    admin = await factory.actor("admin")
    for i in range(3):
        await factory.unit(f"Đơn vị {i}")
    first = (await client.get("/api/v1/units", params={"limit": 2}, headers=admin.headers)).json()
    second = await client.get(
        "/api/v1/units", params={"limit": 2, "cursor": first["next_cursor"]}, headers=admin.headers
    )
    assert second.status_code == 200
    names = [u["name"] for u in first["items"] + second.json()["items"]]
    assert len(names) == len(set(names)) >= 3


async def test_cursor_signed_with_another_secret_is_422(client, factory):
    admin = await factory.actor("admin")
    other = encode_cursor(["ban", "6f9619ff-8b86-d011-b42d-00cf4fc964ff"], cursor_key("another secret" * 4))
    _assert_invalid_cursor(await client.get("/api/v1/units", params={"cursor": other}, headers=admin.headers))
