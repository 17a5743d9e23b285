"""SQLite statements in one trip to the driver's thread, not four.

aiosqlite runs each ``sqlite3`` call in its own thread and hands the result back to the
event loop; SQLAlchemy's cursor adapter makes four such trips per statement (open a cursor,
execute, fetch all rows, close). Each trip wakes the thread and then the loop: on a cached
read (the task list, a worklist, the dashboard), the trips cost more CPU than the query. The
cursor below opens, executes, fetches and closes in one call run in that thread, and keeps
what SQLAlchemy reads afterwards (``description``, ``rowcount``, ``lastrowid``, the rows).

Server-side cursors (``stream()``) keep SQLAlchemy's own class. :func:`install` replaces the
adapter's cursor class only if aiosqlite and SQLAlchemy have the internals it relies on
(tests/test_sqlite_cursor.py runs the same statements through both classes).
"""

from __future__ import annotations

import collections
import sqlite3
from typing import Any

from sqlalchemy.dialects.sqlite import aiosqlite as sa_aiosqlite
from sqlalchemy.util import EMPTY_DICT

_Result = tuple[Any, list[Any], int, int | None]


def _run(conn: sqlite3.Connection, operation: str, parameters: Any, many: bool) -> _Result:
    cursor = conn.cursor()
    try:
        if many:
            cursor.executemany(operation, parameters)
        else:
            cursor.execute(operation, () if parameters is None else parameters)
        description = cursor.description
        rows = cursor.fetchall() if description else []
        return description, rows, cursor.rowcount, cursor.lastrowid
    finally:
        cursor.close()


class OneTripCursor(sa_aiosqlite.AsyncAdapt_aiosqlite_cursor):
    __slots__ = ("_description", "_lastrowid", "_rowcount")

    def __init__(self, adapt_connection: Any) -> None:  # no cursor opened in advance
        self._adapt_connection = adapt_connection
        self._connection = adapt_connection._connection
        self._cursor = None  # type: ignore[assignment]
        self._soft_closed_memoized = EMPTY_DICT
        self._rows = collections.deque()
        self._description: Any = None
        self._rowcount = -1
        self._lastrowid: int | None = None

    @property
    def description(self) -> Any:
        return self._description

    @property
    def rowcount(self) -> int:
        return self._rowcount

    @property
    def lastrowid(self) -> int:
        return self._lastrowid  # type: ignore[return-value]

    @property
    def arraysize(self) -> int:
        return 1

    @arraysize.setter
    def arraysize(self, value: int) -> None:
        pass

    async def _async_soft_close(self) -> None:
        return None  # nothing is open between calls

    def close(self) -> None:
        self._rows.clear()

    def setinputsizes(self, *inputsizes: Any) -> None:
        return None

    async def _trip(self, operation: Any, parameters: Any, many: bool) -> None:
        async with self._adapt_connection._execute_mutex:
            conn = self._connection
            self._description, rows, self._rowcount, self._lastrowid = await conn._execute(
                _run, conn._conn, operation, parameters, many
            )
            self._rows = collections.deque(rows)

    async def _execute_async(self, operation: Any, parameters: Any) -> Any:
        await self._trip(operation, parameters, False)
        return self

    async def _executemany_async(self, operation: Any, seq_of_parameters: Any) -> Any:
        await self._trip(operation, seq_of_parameters, True)
        return self


def supported() -> bool:
    """Whether the installed aiosqlite and SQLAlchemy have the internals this relies on."""
    import aiosqlite

    base = sa_aiosqlite.AsyncAdapt_aiosqlite_cursor
    return (
        callable(getattr(aiosqlite.Connection, "_execute", None))
        and isinstance(getattr(aiosqlite.Connection, "_conn", None), property)
        and {"_adapt_connection", "_connection", "_cursor", "_rows", "_soft_closed_memoized"}
        <= set(getattr(base.__mro__[1], "__slots__", ()))
        and callable(getattr(base, "_execute_async", None))
        and callable(getattr(base, "_executemany_async", None))
        and sa_aiosqlite.AsyncAdapt_aiosqlite_connection._cursor_cls in (base, OneTripCursor)
    )


def install() -> bool:
    """Use :class:`OneTripCursor` for every aiosqlite connection; False if not supported."""
    if not supported():
        return False
    sa_aiosqlite.AsyncAdapt_aiosqlite_connection._cursor_cls = OneTripCursor
    return True
