"""Tokens (issue #9, item 10): aud and iss required, no future iat, the browser's refresh
token only in the HttpOnly cookie, feed tokens retired by a password change."""

from __future__ import annotations

import time

from jose import jwt

from plandesk.core.security import ALGORITHM, IAT_SKEW_SECONDS
from tests.auth.test_access_tokens import _assert_401, _claims, _me
from tests.factories import PASSWORD


def _without(claims: dict, name: str) -> dict:
    return {k: v for k, v in claims.items() if k != name}


async def test_a_token_without_audience_is_401(client, factory, settings):
    user = await factory.user("viewer")
    token = jwt.encode(_without(_claims(settings, user), "aud"), settings.signing_key, algorithm=ALGORITHM)
    _assert_401(await _me(client, token))


async def test_a_token_without_issuer_is_401(client, factory, settings):
    user = await factory.user("viewer")
    token = jwt.encode(_without(_claims(settings, user), "iss"), settings.signing_key, algorithm=ALGORITHM)
    _assert_401(await _me(client, token))


async def test_a_token_issued_in_the_future_is_401(client, factory, settings):
    user = await factory.user("viewer")
    later = int(time.time()) + IAT_SKEW_SECONDS + 120
    token = jwt.encode(
        _claims(settings, user, iat=later, exp=later + 600), settings.signing_key, algorithm=ALGORITHM
    )
    _assert_401(await _me(client, token))


async def test_a_token_issued_within_the_clock_skew_is_accepted(client, factory, settings):
    user = await factory.user("viewer")
    soon = int(time.time()) + IAT_SKEW_SECONDS // 2
    token = jwt.encode(_claims(settings, user, iat=soon), settings.signing_key, algorithm=ALGORITHM)
    assert (await _me(client, token)).status_code == 200


async def test_cookie_refresh_answers_without_the_refresh_token_in_the_body(client, factory):
    user = await factory.user("viewer")
    login = await client.post("/api/v1/auth/login", json={"email": user.email, "password": PASSWORD})
    refreshed = await client.post("/api/v1/auth/refresh")  # the cookie from the login
    assert refreshed.status_code == 200
    assert refreshed.json()["refresh_token"] is None and refreshed.json()["access_token"]
    assert refreshed.cookies["plandesk_refresh"] != login.cookies["plandesk_refresh"]


async def test_the_oauth_token_endpoint_keeps_the_refresh_token_in_the_body(client, factory):
    user = await factory.user("viewer")
    resp = await client.post(
        "/api/v1/auth/token", data={"grant_type": "password", "username": user.email, "password": PASSWORD}
    )
    assert resp.status_code == 200 and resp.json()["refresh_token"]


async def test_a_password_change_retires_the_calendar_feed_token(client, factory, plans):
    viewer = await factory.actor("viewer")
    plan = await plans.plan(code="148-KH/TU")
    token = (await client.post("/api/v1/me/feed-token", headers=viewer.headers)).json()["token"]
    feed = f"/api/v1/plans/{plan.id}/calendar.ics"
    assert (await client.get(feed, params={"token": token})).status_code == 200
    changed = await client.post(
        "/api/v1/auth/password",
        json={"current_password": PASSWORD, "new_password": "a-new-long-password"},
        headers=viewer.headers,
    )
    assert changed.status_code == 200
    assert changed.json()["refresh_token"] is None
    assert (await client.get(feed, params={"token": token})).status_code == 401


async def test_an_admin_password_reset_retires_the_calendar_feed_token(client, factory, plans):
    admin = await factory.actor("admin")
    viewer = await factory.actor("viewer")
    plan = await plans.plan(code="148-KH/TU")
    token = (await client.post("/api/v1/me/feed-token", headers=viewer.headers)).json()["token"]
    current = await client.get(f"/api/v1/users/{viewer.user.id}", headers=admin.headers)
    reset = await client.patch(
        f"/api/v1/users/{viewer.user.id}",
        json={"password": "another-long-password"},
        headers={**admin.headers, "If-Match": current.headers["etag"]},
    )
    assert reset.status_code == 200, reset.text
    resp = await client.get(f"/api/v1/plans/{plan.id}/calendar.ics", params={"token": token})
    assert resp.status_code == 401
