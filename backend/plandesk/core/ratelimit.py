"""Fixed-window counters for rate limits: in memory, or in Redis when configured.

Several API replicas must share the counters, so production deployments set
``PLANDESK_REDIS_URL``; the in-memory store serves the single-process default.

Throttles count first and decide on the count they got back (:meth:`CounterStore.hit`
is atomic: one Lua script in Redis, no await in memory). Reading the count and
incrementing it later let fifty concurrent attempts all read "under the limit".
An attempt that turns out not to count (a correct password, a replayed request)
gives its unit back with :meth:`CounterStore.release`.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Protocol

from plandesk.core.errors import ServiceUnavailable


@dataclass(frozen=True)
class Window:
    count: int
    retry_after: int  # seconds until the window resets


class CounterStore(Protocol):
    async def peek(self, key: str) -> Window: ...
    async def hit(self, key: str, window_seconds: int) -> Window: ...
    async def release(self, key: str) -> None: ...
    async def clear(self, key: str) -> None: ...
    async def reset(self) -> None: ...
    async def close(self) -> None: ...


class MemoryCounterStore:
    def __init__(self) -> None:
        self._data: dict[str, tuple[int, float]] = {}
        self._lock = asyncio.Lock()

    def _live(self, key: str, now: float) -> tuple[int, float] | None:
        entry = self._data.get(key)
        if entry and entry[1] > now:
            return entry
        self._data.pop(key, None)
        return None

    async def peek(self, key: str) -> Window:
        now = time.monotonic()
        entry = self._live(key, now)
        if entry is None:
            return Window(0, 0)
        return Window(entry[0], int(entry[1] - now + 0.999))

    async def hit(self, key: str, window_seconds: int) -> Window:
        async with self._lock:
            now = time.monotonic()
            entry = self._live(key, now)
            count, expires = (entry[0] + 1, entry[1]) if entry else (1, now + window_seconds)
            self._data[key] = (count, expires)
            if len(self._data) > 100_000:  # bound memory under an address-spraying attack
                for k in [k for k, (_, e) in self._data.items() if e <= now]:
                    del self._data[k]
            return Window(count, int(expires - now + 0.999))

    async def release(self, key: str) -> None:
        entry = self._live(key, time.monotonic())
        if entry is not None:
            self._data[key] = (max(0, entry[0] - 1), entry[1])

    async def clear(self, key: str) -> None:
        self._data.pop(key, None)

    async def reset(self) -> None:
        self._data.clear()

    async def close(self) -> None:
        return None


_HIT = """
local count = redis.call('INCR', KEYS[1])
if count == 1 or redis.call('TTL', KEYS[1]) < 0 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return {count, redis.call('TTL', KEYS[1])}
"""
# DECR on an expired key would create it at -1 with no expiry: only decrement a live one.
_RELEASE = """
if redis.call('EXISTS', KEYS[1]) == 1 and tonumber(redis.call('GET', KEYS[1])) > 0 then
    return redis.call('DECR', KEYS[1])
end
return 0
"""


@contextmanager
def _unavailable_as_503() -> Iterator[None]:
    """Redis not answering: the limit cannot be checked, so the request is refused (fail
    closed) with 503 and Retry-After, not a 500; nothing was counted or written."""
    from redis.exceptions import RedisError

    try:
        yield
    except RedisError as exc:
        raise ServiceUnavailable(
            "Rate limits cannot be checked right now (the shared counter store does not answer); "
            "try again in a moment."
        ) from exc


class RedisCounterStore:
    def __init__(self, url: str, prefix: str = "plandesk:rl:") -> None:
        from redis.asyncio import Redis
        from redis.asyncio.retry import Retry
        from redis.backoff import ExponentialBackoff
        from redis.exceptions import ConnectionError as RedisConnectionError
        from redis.exceptions import TimeoutError as RedisTimeoutError

        # Bounded waits, a few quick retries on a connection that fails or times out (a
        # burst opening many connections at once on a loaded host), then 503 — never a hang.
        self._redis = Redis.from_url(
            url,
            socket_connect_timeout=2,
            socket_timeout=2,
            retry=Retry(ExponentialBackoff(cap=0.5, base=0.05), retries=3),
            retry_on_error=[RedisConnectionError, RedisTimeoutError],
        )
        self._prefix = prefix
        # One script each: Redis runs a script atomically, so no other client's INCR can
        # come between the increment and the expiry (or the existence check and DECR).
        self._hit = self._redis.register_script(_HIT)
        self._release = self._redis.register_script(_RELEASE)

    async def peek(self, key: str) -> Window:
        with _unavailable_as_503():
            pipe = self._redis.pipeline()
            pipe.get(self._prefix + key)
            pipe.ttl(self._prefix + key)
            raw, ttl = await pipe.execute()
        return Window(int(raw or 0), max(int(ttl), 0))

    async def hit(self, key: str, window_seconds: int) -> Window:
        with _unavailable_as_503():
            count, ttl = await self._hit(keys=[self._prefix + key], args=[window_seconds])
        return Window(int(count), max(int(ttl), 1))

    async def release(self, key: str) -> None:
        with _unavailable_as_503():
            await self._release(keys=[self._prefix + key])

    async def clear(self, key: str) -> None:
        await self._redis.delete(self._prefix + key)

    async def reset(self) -> None:
        keys = [k async for k in self._redis.scan_iter(self._prefix + "*")]
        if keys:
            await self._redis.delete(*keys)

    async def close(self) -> None:
        await self._redis.aclose()


def make_counter_store(redis_url: str | None, prefix: str = "plandesk:rl:") -> CounterStore:
    return RedisCounterStore(redis_url, prefix) if redis_url else MemoryCounterStore()
