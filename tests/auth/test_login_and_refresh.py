"""Sign-in, refresh rotation with reuse detection, cookies, logout, password change."""

from __future__ import annotations

from tests.factories import PASSWORD


async def _login(client, email, password=PASSWORD):
    return await client.post("/api/v1/auth/login", json={"email": email, "password": password})


async def test_login_returns_tokens_and_sets_strict_httponly_cookie(client, factory):
    user = await factory.user("coordinator")
    resp = await _login(client, user.email)
    assert resp.status_code == 200
    body = resp.json()
    assert body["token_type"] == "bearer" and body["expires_in"] == 900
    assert body["refresh_token"] is None  # the browser's refresh token lives in the cookie only
    cookie = resp.headers["set-cookie"]
    assert "plandesk_refresh=" in cookie and "HttpOnly" in cookie
    assert "SameSite=strict" in cookie or "SameSite=Strict" in cookie
    assert "Path=/api/v1/auth" in cookie
    assert resp.headers["cache-control"] == "no-store"


async def test_login_email_is_case_insensitive(client, factory):
    user = await factory.user("viewer")
    assert (await _login(client, user.email.upper())).status_code == 200


async def test_wrong_password_is_401_problem(client, factory):
    user = await factory.user("viewer")
    resp = await _login(client, user.email, "wrong-password")
    assert resp.status_code == 401 and resp.json()["detail"] == "Wrong e-mail or password."


async def test_unknown_email_gives_same_answer_as_wrong_password(client):
    resp = await _login(client, "nobody@example.org", "whatever-password")
    assert resp.status_code == 401 and resp.json()["detail"] == "Wrong e-mail or password."


async def test_oauth2_password_grant_form(client, factory):
    user = await factory.user("viewer")
    resp = await client.post(
        "/api/v1/auth/token", data={"grant_type": "password", "username": user.email, "password": PASSWORD}
    )
    assert resp.status_code == 200 and resp.json()["access_token"]


async def test_oauth2_unknown_grant_type_is_422(client):
    resp = await client.post("/api/v1/auth/token", data={"grant_type": "implicit"})
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"][-1] == "grant_type"


async def test_refresh_rotates_and_old_token_is_spent(client, factory):
    user = await factory.user("viewer")
    first = (await _login(client, user.email)).cookies["plandesk_refresh"]
    second = await client.post("/api/v1/auth/refresh", json={"refresh_token": first})
    assert second.status_code == 200
    new_refresh = second.json()["refresh_token"]
    assert new_refresh != first
    assert (
        await client.get(
            "/api/v1/auth/me", headers={"Authorization": f"Bearer {second.json()['access_token']}"}
        )
    ).status_code == 200


async def test_reusing_spent_refresh_token_revokes_the_family(client, factory):
    user = await factory.user("viewer")
    first = (await _login(client, user.email)).cookies["plandesk_refresh"]
    second = (await client.post("/api/v1/auth/refresh", json={"refresh_token": first})).json()[
        "refresh_token"
    ]
    reuse = await client.post("/api/v1/auth/refresh", json={"refresh_token": first})
    assert reuse.status_code == 401 and "already used" in reuse.json()["detail"]
    # The legitimate successor is revoked too: the thief and the owner both sign in again.
    after = await client.post("/api/v1/auth/refresh", json={"refresh_token": second})
    assert after.status_code == 401


async def test_refresh_from_cookie(client, factory):
    user = await factory.user("viewer")
    await _login(client, user.email)  # the client keeps the cookie (path /api/v1/auth)
    resp = await client.post("/api/v1/auth/refresh")
    assert resp.status_code == 200 and resp.json()["access_token"]


async def test_refresh_without_token_is_401(client):
    resp = await client.post("/api/v1/auth/refresh")
    assert resp.status_code == 401


async def test_refresh_grant_via_token_endpoint(client, factory):
    user = await factory.user("viewer")
    refresh = (await _login(client, user.email)).cookies["plandesk_refresh"]
    resp = await client.post(
        "/api/v1/auth/token", data={"grant_type": "refresh_token", "refresh_token": refresh}
    )
    assert resp.status_code == 200 and resp.json()["refresh_token"] != refresh


async def test_logout_revokes_refresh_token_and_clears_cookie(client, factory):
    user = await factory.user("viewer")
    refresh = (await _login(client, user.email)).cookies["plandesk_refresh"]
    resp = await client.post("/api/v1/auth/logout", json={"refresh_token": refresh})
    assert resp.status_code == 204
    assert 'plandesk_refresh=""' in resp.headers["set-cookie"] or "Max-Age=0" in resp.headers["set-cookie"]
    assert (await client.post("/api/v1/auth/refresh", json={"refresh_token": refresh})).status_code == 401


async def test_deactivated_user_cannot_refresh(client, factory):
    admin = await factory.actor("admin")
    user = await factory.user("viewer")
    refresh = (await _login(client, user.email)).cookies["plandesk_refresh"]
    etag = (await client.get(f"/api/v1/users/{user.id}", headers=admin.headers)).headers["ETag"]
    await client.patch(
        f"/api/v1/users/{user.id}", json={"active": False}, headers={**admin.headers, "If-Match": etag}
    )
    assert (await client.post("/api/v1/auth/refresh", json={"refresh_token": refresh})).status_code == 401
    assert (await _login(client, user.email)).status_code == 401


async def test_change_password_signs_out_other_sessions(client, factory):
    user = await factory.user("viewer")
    login = await _login(client, user.email)
    old = {**login.json(), "refresh_token": login.cookies["plandesk_refresh"]}
    resp = await client.post(
        "/api/v1/auth/password",
        json={"current_password": PASSWORD, "new_password": "a-new-long-password"},
        headers={"Authorization": f"Bearer {old['access_token']}"},
    )
    assert resp.status_code == 200
    assert (
        await client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {old['access_token']}"})
    ).status_code == 401
    assert (
        await client.post("/api/v1/auth/refresh", json={"refresh_token": old["refresh_token"]})
    ).status_code == 401
    assert (await _login(client, user.email, "a-new-long-password")).status_code == 200


async def test_change_password_with_wrong_current_is_422(client, factory):
    actor = await factory.actor("viewer")
    resp = await client.post(
        "/api/v1/auth/password",
        json={"current_password": "nope-nope-nope", "new_password": "a-new-long-password"},
        headers=actor.headers,
    )
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["body", "current_password"]
