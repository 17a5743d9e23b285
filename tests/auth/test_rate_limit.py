"""Failed sign-ins are rate limited per account and per address (limit 3 in tests)."""

from __future__ import annotations

from tests.factories import PASSWORD


async def _login(client, email, password):
    return await client.post("/api/v1/auth/login", json={"email": email, "password": password})


async def test_lockout_after_failures_with_retry_after(client, factory):
    user = await factory.user("viewer")
    for _ in range(3):
        assert (await _login(client, user.email, "bad-password")).status_code == 401
    resp = await _login(client, user.email, "bad-password")
    assert resp.status_code == 429
    assert int(resp.headers["Retry-After"]) > 0
    assert resp.headers["content-type"].startswith("application/problem+json")


async def test_correct_password_during_lockout_is_refused_and_does_not_reset(client, factory):
    user = await factory.user("viewer")
    for _ in range(3):
        await _login(client, user.email, "bad-password")
    assert (await _login(client, user.email, PASSWORD)).status_code == 429
    assert (await _login(client, user.email, PASSWORD)).status_code == 429


async def test_success_before_limit_clears_account_counter(client, factory):
    user = await factory.user("viewer")
    for _ in range(2):
        await _login(client, user.email, "bad-password")
    assert (await _login(client, user.email, PASSWORD)).status_code == 200
    for _ in range(2):
        await _login(client, user.email, "bad-password")
    assert (await _login(client, user.email, PASSWORD)).status_code == 200


async def test_address_limit_spans_accounts(client, factory):
    # 4 × the per-account limit from one address, spread over many accounts.
    for i in range(12):
        await _login(client, f"nobody{i}@example.org", "bad-password")
    user = await factory.user("viewer")
    assert (await _login(client, user.email, PASSWORD)).status_code == 429


async def test_redis_counter_store_counts_and_expires():
    import uuid

    import pytest

    from plandesk.core.ratelimit import RedisCounterStore

    store = RedisCounterStore("redis://127.0.0.1:6379/0", prefix=f"plandesk-test:{uuid.uuid4().hex}:")
    try:
        await store.peek("k")
    except Exception:  # pragma: no cover - Redis not running here
        pytest.skip("Redis is not reachable")
    assert (await store.hit("k", 60)).count == 1
    second = await store.hit("k", 60)
    assert second.count == 2 and 0 < second.retry_after <= 60
    assert (await store.peek("k")).count == 2
    await store.clear("k")
    assert (await store.peek("k")).count == 0
    await store.reset()
    await store.close()
