"""What a token's subject may do, remembered for under a second.

Every authenticated request used to read the caller's row (active, auth version, role,
unit) before doing its own work: on the hot read endpoints that lookup was one of three
queries. The answer is now kept per process and per database engine for
``principal_cache_seconds`` (0.5 s by default, at most 1 s, 0 turns it off):

* **Across processes**, a deactivation, role or unit change, password change (auth version)
  or service-account revocation made anywhere cuts access within that bound, because no
  process serves an answer older than it — nothing has to be told.
* **In the process that made the change**, at once: every commit that wrote a ``User`` or
  ``ServiceAccount`` (ORM flush, or an ORM ``UPDATE``/``DELETE`` statement on them) drops
  the cached answers it may have changed, after the commit.
* An answer read before such a commit and stored after it is not kept: each cache carries a
  generation that every invalidation bumps, and a lookup stores its answer only if the
  generation did not move while it read.
"""

from __future__ import annotations

import threading
import time
import uuid
import weakref
from collections import OrderedDict
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import ORMExecuteState, Session

_MAX_ENTRIES = 20_000
_CHANGED = "plandesk.principals_changed"
_ALL = "*"


class PrincipalCache:
    """Subject id → the row the token is checked against, with the time it was read."""

    def __init__(self) -> None:
        self._entries: OrderedDict[uuid.UUID, tuple[float, Any]] = OrderedDict()
        self._lock = threading.Lock()  # invalidations arrive from commits in any thread
        self.generation = 0

    def get(self, subject: uuid.UUID, ttl: float) -> Any | None:
        entry = self._entries.get(subject)
        if entry is None:
            return None
        if time.monotonic() - entry[0] >= ttl:
            self._entries.pop(subject, None)
            return None
        return entry[1]

    def put(self, subject: uuid.UUID, row: Any, generation: int, read_at: float) -> None:
        with self._lock:
            if generation != self.generation:
                return  # invalidated while the row was being read: it may be the old one
            self._entries[subject] = (read_at, row)
            self._entries.move_to_end(subject)
            while len(self._entries) > _MAX_ENTRIES:
                self._entries.popitem(last=False)

    def forget(self, subjects: set[Any]) -> None:
        with self._lock:
            self.generation += 1
            if _ALL in subjects:
                self._entries.clear()
                return
            for subject in subjects:
                self._entries.pop(subject, None)


_caches: weakref.WeakKeyDictionary[Engine, PrincipalCache] = weakref.WeakKeyDictionary()


def cache_for(engine: Engine) -> PrincipalCache:
    cache = _caches.get(engine)
    if cache is None:
        cache = _caches.setdefault(engine, PrincipalCache())
    return cache


def _principal_classes() -> tuple[type, ...]:
    from plandesk.auth.models import ServiceAccount
    from plandesk.users.models import User

    return (User, ServiceAccount)


@event.listens_for(Session, "after_flush")
def _note_flushed(session: Session, _context: Any) -> None:
    classes = _principal_classes()
    changed: set[Any] | None = None
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, classes):
            if changed is None:
                changed = session.info.setdefault(_CHANGED, set())
            changed.add(obj.id)  # type: ignore[attr-defined]


@event.listens_for(Session, "do_orm_execute")
def _note_statement(state: ORMExecuteState) -> None:
    if not (state.is_update or state.is_delete):
        return
    mapper = state.bind_mapper
    if mapper is not None and mapper.class_ in _principal_classes():
        state.session.info.setdefault(_CHANGED, set()).add(_ALL)


@event.listens_for(Session, "after_commit")
def _forget_committed(session: Session) -> None:
    changed = session.info.pop(_CHANGED, None)
    if changed:
        for cache in list(_caches.values()):
            cache.forget(changed)


# Notes are not dropped on a rollback: a savepoint's rollback keeps the rest of the
# transaction, and forgetting an unchanged answer only costs one lookup.
