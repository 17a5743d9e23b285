"""SQL spelt once for PostgreSQL and SQLite: the few expressions the set-based reminder scan needs.

Each is a small ``FunctionElement`` compiled per dialect (as ``plandesk.core.db`` does for
its text forms), so the scan's statements are the same SQLAlchemy constructs on both
databases. On SQLite a UUID is stored as 32 lower-case hex digits and a date as
``YYYY-MM-DD`` text; on PostgreSQL both are native types.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean, ColumnElement, Date, Integer, String, Uuid
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


def _args(element: FunctionElement[Any], compiler: Any, kw: dict[str, Any]) -> list[str]:
    return [str(compiler.process(c, **kw)) for c in element.clauses]


class days_between(FunctionElement[int]):
    """``later - earlier`` in days (both dates)."""

    type = Integer()
    inherit_cache = True
    name = "days_between"


@compiles(days_between, "sqlite")
def _days_between_sqlite(element: days_between, compiler: Any, **kw: Any) -> str:
    later, earlier = _args(element, compiler, kw)
    return f"CAST(julianday({later}) - julianday({earlier}) AS INTEGER)"


@compiles(days_between)
def _days_between_pg(element: days_between, compiler: Any, **kw: Any) -> str:
    later, earlier = _args(element, compiler, kw)
    return f"({later} - {earlier})"


class add_days(FunctionElement[Any]):
    """``day + n`` days (NULL when ``n`` is NULL)."""

    type = Date()
    inherit_cache = True
    name = "add_days"


@compiles(add_days, "sqlite")
def _add_days_sqlite(element: add_days, compiler: Any, **kw: Any) -> str:
    day, n = _args(element, compiler, kw)
    return f"date({day}, CAST({n} AS TEXT) || ' days')"


@compiles(add_days)
def _add_days_pg(element: add_days, compiler: Any, **kw: Any) -> str:
    day, n = _args(element, compiler, kw)
    return f"({day} + {n})"


class dmy_text(FunctionElement[str]):
    """A date as ``DD/MM/YYYY`` (how it is written in Vietnamese texts)."""

    type = String()
    inherit_cache = True
    name = "dmy_text"


@compiles(dmy_text, "sqlite")
def _dmy_text_sqlite(element: dmy_text, compiler: Any, **kw: Any) -> str:
    return f"strftime('%d/%m/%Y', {_args(element, compiler, kw)[0]})"


@compiles(dmy_text)
def _dmy_text_pg(element: dmy_text, compiler: Any, **kw: Any) -> str:
    return f"to_char({_args(element, compiler, kw)[0]}, 'DD/MM/YYYY')"


class uuid_hex(FunctionElement[str]):
    """A UUID as 32 lower-case hex digits (Python's ``UUID.hex``)."""

    type = String()
    inherit_cache = True
    name = "uuid_hex"


@compiles(uuid_hex, "sqlite")
def _uuid_hex_sqlite(element: uuid_hex, compiler: Any, **kw: Any) -> str:
    return _args(element, compiler, kw)[0]


@compiles(uuid_hex)
def _uuid_hex_pg(element: uuid_hex, compiler: Any, **kw: Any) -> str:
    return f"replace(CAST({_args(element, compiler, kw)[0]} AS TEXT), '-', '')"


class new_uuid(FunctionElement[Any]):
    """A fresh random UUID made by the database."""

    type = Uuid()
    inherit_cache = True
    name = "new_uuid"


@compiles(new_uuid, "sqlite")
def _new_uuid_sqlite(element: new_uuid, compiler: Any, **kw: Any) -> str:
    # Version-4 layout, stored as SQLAlchemy stores a UUID on SQLite (32 hex digits).
    return (
        "lower(hex(randomblob(4)) || hex(randomblob(2)) || '4' || substr(hex(randomblob(2)), 2)"
        " || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2)"
        " || hex(randomblob(6)))"
    )


@compiles(new_uuid)
def _new_uuid_pg(element: new_uuid, compiler: Any, **kw: Any) -> str:
    return "gen_random_uuid()"


class json_object(FunctionElement[Any]):
    """A JSON object from ``key, value, key, value, …`` (keys are literal strings)."""

    inherit_cache = True
    name = "json_object"


@compiles(json_object, "sqlite")
def _json_object_sqlite(element: json_object, compiler: Any, **kw: Any) -> str:
    return f"json_object({', '.join(_args(element, compiler, kw))})"


@compiles(json_object)
def _json_object_pg(element: json_object, compiler: Any, **kw: Any) -> str:
    return f"jsonb_build_object({', '.join(_args(element, compiler, kw))})"


class json_text_at(FunctionElement[str]):
    """``doc[key]`` of a JSON column as text (NULL when absent); ``key`` a literal string."""

    type = String()
    inherit_cache = True
    name = "json_text_at"


@compiles(json_text_at, "sqlite")
def _json_text_at_sqlite(element: json_text_at, compiler: Any, **kw: Any) -> str:
    doc, key = _args(element, compiler, kw)
    return f"json_extract({doc}, '$.' || {key})"


@compiles(json_text_at)
def _json_text_at_pg(element: json_text_at, compiler: Any, **kw: Any) -> str:
    doc, key = _args(element, compiler, kw)
    return f"({doc} ->> {key})"


class json_flag(FunctionElement[Any]):
    """``doc[outer][inner]`` of a JSON column as a boolean (NULL when absent)."""

    type = Boolean()
    inherit_cache = True
    name = "json_flag"


@compiles(json_flag, "sqlite")
def _json_flag_sqlite(element: json_flag, compiler: Any, **kw: Any) -> str:
    doc, outer, inner = _args(element, compiler, kw)
    return f"json_extract({doc}, '$.' || {outer} || '.' || {inner})"


@compiles(json_flag)
def _json_flag_pg(element: json_flag, compiler: Any, **kw: Any) -> str:
    doc, outer, inner = _args(element, compiler, kw)
    return f"CAST(({doc} -> {outer} ->> {inner}) AS BOOLEAN)"


def sql_literal(value: str) -> ColumnElement[str]:
    """A constant string written into the statement (not a parameter): keys and fixed texts."""
    from sqlalchemy import literal_column

    return literal_column("'" + value.replace("'", "''") + "'", String())
