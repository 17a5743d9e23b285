"""Access tokens: anything but a current, well-signed, HS256 access token is 401 problem+json."""

from __future__ import annotations

import base64
import json
import time
import uuid

from jose import jwt

from plandesk.core.security import ALGORITHM


def _b64(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


def _claims(settings, user, **over):
    now = int(time.time())
    claims = {
        "sub": str(user.id),
        "role": user.role,
        "unit_id": None,
        "scopes": [],
        "typ": "access",
        "ver": user.auth_version,
        "jti": uuid.uuid4().hex,
        "iat": now,
        "exp": now + 600,
        "iss": settings.jwt_issuer,
        "aud": settings.jwt_audience,
    }
    claims.update(over)
    return claims


async def _me(client, token):
    return await client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {token}"})


def _assert_401(resp):
    assert resp.status_code == 401
    assert resp.headers["content-type"].startswith("application/problem+json")
    body = resp.json()
    assert body["status"] == 401 and body["title"] == "Unauthorized" and body["detail"]
    assert "Traceback" not in resp.text


async def test_valid_token_reads_me(client, factory):
    admin = await factory.actor("admin")
    resp = await client.get("/api/v1/auth/me", headers=admin.headers)
    assert resp.status_code == 200
    body = resp.json()
    assert (
        body["email"] == admin.user.email and body["role"] == "admin" and "users:write" in body["permissions"]
    )


async def test_no_token_is_401(client):
    _assert_401(await client.get("/api/v1/auth/me"))


async def test_forged_signature_is_401(client, factory, settings):
    user = await factory.user("admin")
    token = jwt.encode(_claims(settings, user), "not-the-key-" * 4, algorithm=ALGORITHM)
    _assert_401(await _me(client, token))


async def test_alg_none_is_401(client, factory, settings):
    user = await factory.user("admin")
    token = f"{_b64({'alg': 'none', 'typ': 'JWT'})}.{_b64(_claims(settings, user))}."
    _assert_401(await _me(client, token))


async def test_other_algorithm_with_same_key_is_401(client, factory, settings):
    user = await factory.user("admin")
    token = jwt.encode(_claims(settings, user), settings.signing_key, algorithm="HS512")
    _assert_401(await _me(client, token))


async def test_expired_token_is_401(client, factory, settings):
    user = await factory.user("admin")
    past = int(time.time()) - 3600
    token = jwt.encode(
        _claims(settings, user, iat=past - 900, exp=past), settings.signing_key, algorithm=ALGORITHM
    )
    _assert_401(await _me(client, token))


async def test_wrong_audience_is_401(client, factory, settings):
    user = await factory.user("admin")
    token = jwt.encode(_claims(settings, user, aud="someone-else"), settings.signing_key, algorithm=ALGORITHM)
    _assert_401(await _me(client, token))


async def test_wrong_issuer_is_401(client, factory, settings):
    user = await factory.user("admin")
    token = jwt.encode(_claims(settings, user, iss="evil"), settings.signing_key, algorithm=ALGORITHM)
    _assert_401(await _me(client, token))


async def test_token_of_other_type_is_401(client, factory, settings):
    user = await factory.user("admin")
    token = jwt.encode(_claims(settings, user, typ="refresh"), settings.signing_key, algorithm=ALGORITHM)
    _assert_401(await _me(client, token))


async def test_refresh_token_used_as_access_token_is_401(client, factory):
    user = await factory.user("viewer")
    login = await client.post(
        "/api/v1/auth/login", json={"email": user.email, "password": "correct-horse-battery"}
    )
    _assert_401(await _me(client, login.cookies["plandesk_refresh"]))


async def test_deactivated_user_token_is_401_at_once(client, factory):
    admin = await factory.actor("admin")
    victim = await factory.actor("coordinator")
    assert (await client.get("/api/v1/auth/me", headers=victim.headers)).status_code == 200
    etag = (await client.get(f"/api/v1/users/{victim.id}", headers=admin.headers)).headers["ETag"]
    resp = await client.patch(
        f"/api/v1/users/{victim.id}", json={"active": False}, headers={**admin.headers, "If-Match": etag}
    )
    assert resp.status_code == 200 and resp.json()["active"] is False
    _assert_401(await client.get("/api/v1/auth/me", headers=victim.headers))


async def test_role_change_cuts_existing_token(client, factory):
    admin = await factory.actor("admin")
    victim = await factory.actor("coordinator")
    etag = (await client.get(f"/api/v1/users/{victim.id}", headers=admin.headers)).headers["ETag"]
    await client.patch(
        f"/api/v1/users/{victim.id}", json={"role": "viewer"}, headers={**admin.headers, "If-Match": etag}
    )
    _assert_401(await client.get("/api/v1/users", headers=victim.headers))
