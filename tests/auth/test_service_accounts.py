"""Service accounts: client credentials, scopes instead of roles."""

from __future__ import annotations

import base64


async def _create(client, admin, scopes):
    resp = await client.post(
        "/api/v1/service-accounts", json={"name": "Cổng TTĐT", "scopes": scopes}, headers=admin.headers
    )
    assert resp.status_code == 201, resp.text
    return resp.json()


async def test_client_credentials_token_carries_scopes(client, factory):
    admin = await factory.actor("admin")
    sa = await _create(client, admin, ["plans:read"])
    resp = await client.post(
        "/api/v1/auth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": sa["client_id"],
            "client_secret": sa["client_secret"],
        },
    )
    assert resp.status_code == 200 and resp.json()["refresh_token"] is None
    me = await client.get(
        "/api/v1/auth/me", headers={"Authorization": f"Bearer {resp.json()['access_token']}"}
    )
    assert me.json()["kind"] == "service_account" and me.json()["scopes"] == ["plans:read"]


async def test_client_credentials_via_basic_auth(client, factory):
    admin = await factory.actor("admin")
    sa = await _create(client, admin, ["plans:read"])
    basic = base64.b64encode(f"{sa['client_id']}:{sa['client_secret']}".encode()).decode()
    resp = await client.post(
        "/api/v1/auth/token",
        data={"grant_type": "client_credentials"},
        headers={"Authorization": f"Basic {basic}"},
    )
    assert resp.status_code == 200


async def test_wrong_secret_is_401(client, factory):
    admin = await factory.actor("admin")
    sa = await _create(client, admin, ["plans:read"])
    resp = await client.post(
        "/api/v1/auth/token",
        data={"grant_type": "client_credentials", "client_id": sa["client_id"], "client_secret": "nope"},
    )
    assert resp.status_code == 401


async def test_scope_limits_access(client, factory):
    admin = await factory.actor("admin")
    sa = await _create(client, admin, ["plans:read"])
    token = (
        await client.post(
            "/api/v1/auth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": sa["client_id"],
                "client_secret": sa["client_secret"],
            },
        )
    ).json()["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    assert (await client.get("/api/v1/units", headers=headers)).status_code == 200
    assert (await client.get("/api/v1/users", headers=headers)).status_code == 403


async def test_requesting_ungranted_scope_is_422(client, factory):
    admin = await factory.actor("admin")
    sa = await _create(client, admin, ["plans:read"])
    resp = await client.post(
        "/api/v1/auth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": sa["client_id"],
            "client_secret": sa["client_secret"],
            "scope": "feedback:read",
        },
    )
    assert resp.status_code == 422


async def test_deactivating_service_account_cuts_tokens(client, factory):
    admin = await factory.actor("admin")
    sa = await _create(client, admin, ["plans:read"])
    token = (
        await client.post(
            "/api/v1/auth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": sa["client_id"],
                "client_secret": sa["client_secret"],
            },
        )
    ).json()["access_token"]
    etag = (await client.get(f"/api/v1/service-accounts/{sa['id']}", headers=admin.headers)).headers["ETag"]
    resp = await client.patch(
        f"/api/v1/service-accounts/{sa['id']}",
        json={"active": False},
        headers={**admin.headers, "If-Match": etag},
    )
    assert resp.status_code == 200
    assert (
        await client.get("/api/v1/units", headers={"Authorization": f"Bearer {token}"})
    ).status_code == 401


async def test_rotate_secret(client, factory):
    admin = await factory.actor("admin")
    sa = await _create(client, admin, ["tasks:read"])
    rotated = (
        await client.post(f"/api/v1/service-accounts/{sa['id']}/rotate-secret", headers=admin.headers)
    ).json()
    old = await client.post(
        "/api/v1/auth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": sa["client_id"],
            "client_secret": sa["client_secret"],
        },
    )
    new = await client.post(
        "/api/v1/auth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": sa["client_id"],
            "client_secret": rotated["client_secret"],
        },
    )
    assert old.status_code == 401 and new.status_code == 200


async def test_only_admin_manages_service_accounts(client, factory):
    coord = await factory.actor("coordinator")
    resp = await client.post(
        "/api/v1/service-accounts", json={"name": "x", "scopes": ["plans:read"]}, headers=coord.headers
    )
    assert resp.status_code == 403


async def test_unknown_scope_is_422(client, factory):
    admin = await factory.actor("admin")
    resp = await client.post(
        "/api/v1/service-accounts", json={"name": "x", "scopes": ["root"]}, headers=admin.headers
    )
    assert resp.status_code == 422
