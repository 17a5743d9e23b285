"""Exclusive locks between the processes that share one SQLite database file.

SQLite lets one connection write at a time; a connection that finds the write lock taken
sleeps in its busy handler (1, 2, 5, 10 … up to 100 ms between tries) and may find it
taken again at every try — under a burst two API processes' feedback writers starved
each other that way. An ``flock`` on a file beside the database is woken by the kernel
the moment its holder lets go, and is let go by the kernel if the holder dies (even with
SIGKILL). :class:`FileLock` is that lock; :func:`one_process_at_a_time` runs a background
loop in one process of many (the others wait to take over).
"""

from __future__ import annotations

import asyncio
import fcntl
import os
from collections.abc import Callable, Coroutine
from typing import Any

from sqlalchemy.engine import URL


def sqlite_file(url: URL) -> str | None:
    """The database file of a SQLite URL; ``None`` for an in-memory database (or not SQLite)."""
    if url.get_backend_name() != "sqlite":
        return None
    database = url.database or ""
    if database in ("", ":memory:") or database.startswith("file::memory:"):
        return None
    return database


def beside(database: str, name: str) -> str:
    """The path of the lock file ``name`` beside the database file."""
    return f"{database}-{name}.lock"


class FileLock:
    """An exclusive ``flock`` on ``path`` (created if missing).

    Two ``FileLock`` objects on one path exclude each other even within one process (each
    opens the file itself), so tests can stand for two processes. Not for two threads
    sharing one object: each user holds its own."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._fd: int | None = None
        self.held = False

    def _file(self) -> int:
        if self._fd is None:
            # Read-only is enough for flock, and works whoever created the file.
            self._fd = os.open(self.path, os.O_RDONLY | os.O_CREAT | os.O_CLOEXEC, 0o644)
        return self._fd

    def try_acquire(self) -> bool:
        """Take the lock if nobody holds it; never waits."""
        try:
            fcntl.flock(self._file(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        self.held = True
        return True

    def acquire(self) -> None:
        """Take the lock, waiting (this thread blocks) until its holder lets go."""
        fcntl.flock(self._file(), fcntl.LOCK_EX)
        self.held = True

    def release(self) -> None:
        if self.held and self._fd is not None:
            self.held = False
            fcntl.flock(self._fd, fcntl.LOCK_UN)

    def close(self) -> None:
        """Let go (if held) and close the file."""
        if self._fd is not None:
            fd, self._fd, self.held = self._fd, None, False
            os.close(fd)


async def one_process_at_a_time(
    lock: FileLock, work: Callable[[], Coroutine[Any, Any, None]], retry_seconds: float
) -> None:
    """Run ``work`` once ``lock`` is taken; until then try again every ``retry_seconds``.

    The process that holds the lock keeps it while ``work`` runs (for good: a background
    loop), and lets go when it is cancelled or dies; another process then takes over."""
    try:
        while not lock.try_acquire():  # noqa: ASYNC110 -- another process's lock: no event to await
            await asyncio.sleep(retry_seconds)
        await work()
    finally:
        lock.close()
