"""A per-process cache of rendered pages, each valid while a data version is unchanged.

Used by the task-list and worklist caches (tasks/listing_cache.py, tasks/worklist_cache.py):
a page is stored with the version of the data it was rendered from, and served only to a
request that read the same version. Pages are kept in LRU order within a byte budget.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable


class VersionedPages:
    """Rendered bodies keyed by their request, each tagged with the version it was rendered at."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._pages: OrderedDict[Hashable, tuple[int, bytes]] = OrderedDict()
        self.size = 0  # bytes held

    def __len__(self) -> int:
        return len(self._pages)

    def get(self, key: Hashable, version: int) -> bytes | None:
        """The body stored under ``key`` if it was rendered at ``version``, else None."""
        hit = self._pages.get(key)
        if hit is None or hit[0] != version:
            return None
        self._pages.move_to_end(key)
        return hit[1]

    def put(self, key: Hashable, version: int, body: bytes) -> None:
        old = self._pages.pop(key, None)
        if old is not None:
            self.size -= len(old[1])
        self._pages[key] = (version, body)
        self.size += len(body)
        while self.size > self.max_bytes and self._pages:
            _, (_, evicted) = self._pages.popitem(last=False)
            self.size -= len(evicted)

    def clear(self) -> None:
        self._pages.clear()
        self.size = 0
