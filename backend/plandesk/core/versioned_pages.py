"""A per-process cache of rendered pages, each valid while a data version is unchanged.

Used by the task-list and worklist caches (tasks/listing_cache.py, tasks/worklist_cache.py):
a page is stored with the version of the data it was rendered from, and served only to a
request that read the same version. Pages are kept in LRU order within a byte budget.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from typing import NamedTuple

from plandesk.core.conditional import weak_etag


class Page(NamedTuple):
    """A rendered body and its ETag, computed once when the page is stored (hashing a
    page of tasks on every hit would cost more than serving it)."""

    body: bytes
    etag: str

    @classmethod
    def of(cls, body: bytes) -> Page:
        return cls(body, weak_etag(body))


class VersionedPages:
    """Rendered bodies keyed by their request, each tagged with the version it was rendered at."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._pages: OrderedDict[Hashable, tuple[int, Page]] = OrderedDict()
        self.size = 0  # bytes held

    def __len__(self) -> int:
        return len(self._pages)

    def get(self, key: Hashable, version: int) -> Page | None:
        """The page stored under ``key`` if it was rendered at ``version``, else None."""
        hit = self._pages.get(key)
        if hit is None or hit[0] != version:
            return None
        self._pages.move_to_end(key)
        return hit[1]

    def put(self, key: Hashable, version: int, body: bytes) -> Page:
        page = Page.of(body)
        old = self._pages.pop(key, None)
        if old is not None:
            self.size -= len(old[1].body)
        self._pages[key] = (version, page)
        self.size += len(body)
        while self.size > self.max_bytes and self._pages:
            _, (_, evicted) = self._pages.popitem(last=False)
            self.size -= len(evicted.body)
        return page

    def clear(self) -> None:
        self._pages.clear()
        self.size = 0
