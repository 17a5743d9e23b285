"""Shared by the page-cache tests: the same list requests read through a cache and read fresh."""

from __future__ import annotations

from typing import Any

from plandesk.core.conditional import weak_etag
from plandesk.core.versioned_pages import VersionedPages


class CachedPages:
    """``requests`` are (url, params) pairs; each first page's ``next_cursor`` is followed once."""

    def __init__(  # type: ignore[no-untyped-def]
        self, client, headers, cache: VersionedPages, requests: list[tuple[str, dict[str, Any]]]
    ) -> None:
        self.client, self.headers, self.cache, self.requests = client, headers, cache, requests

    async def _get(self, url: str, params: dict[str, Any]) -> Any:
        resp = await self.client.get(url, params=params, headers=self.headers)
        assert resp.status_code == 200, resp.text
        etag = resp.headers["ETag"]  # stored with the page, and still the body's own
        assert etag == weak_etag(resp.content)
        again = await self.client.get(url, params=params, headers={**self.headers, "If-None-Match": etag})
        assert again.status_code == 304 and again.content == b""
        return resp.json()

    async def all(self) -> list:
        out = []
        for url, params in self.requests:
            first = await self._get(url, params)
            out.append(first)
            if first["next_cursor"]:  # page 2, through the real cursor
                out.append(await self._get(url, {**params, "cursor": first["next_cursor"]}))
        return out

    async def check(self, before: list) -> list:
        """Served pages equal a fresh read, show the change, and are then served from the cache."""
        served = await self.all()
        assert len(self.cache) > 0
        self.cache.clear()
        assert served == await self.all(), "a cached page differs from a fresh read"
        assert served != before, "the change did not show"
        assert await self.all() == served  # and served again from the cache
        return served
