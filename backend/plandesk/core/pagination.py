"""Cursor pagination: ``?limit=`` (default 50, max 200) and an opaque ``?cursor=``.

A cursor is the keyset position of the last row served — the values of the
sort columns plus the id — so pages stay stable while rows are inserted and
cost the same at page 1,000 as at page 1.
"""

from __future__ import annotations

import base64
import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Annotated, Any, Generic, TypeVar, TypeVarTuple

import orjson
from fastapi import Query
from pydantic import BaseModel
from sqlalchemy import ColumnElement, Select, and_, bindparam, or_

from plandesk.core.errors import InvalidInput

T = TypeVar("T")
Ts = TypeVarTuple("Ts")

DEFAULT_LIMIT = 50
MAX_LIMIT = 200


class Page(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None


@dataclass(frozen=True)
class PageParams:
    limit: int
    cursor: str | None


async def page_params(  # async: a plain ``def`` dependency would cost a thread-pool hop
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size (max 200)")] = DEFAULT_LIMIT,
    cursor: Annotated[str | None, Query(max_length=512, description="Opaque cursor from next_cursor")] = None,
) -> PageParams:
    return PageParams(limit=limit, cursor=cursor)


def _encode_value(v: Any) -> Any:
    if isinstance(v, uuid.UUID):
        return {"u": str(v)}
    if isinstance(v, dt.datetime):
        return {"t": v.isoformat()}
    if isinstance(v, dt.date):
        return {"d": v.isoformat()}
    return v


def _decode_value(v: Any) -> Any:
    if isinstance(v, dict) and len(v) == 1:
        ((k, raw),) = v.items()
        if k == "u":
            return uuid.UUID(raw)
        if k == "t":
            return dt.datetime.fromisoformat(raw)
        if k == "d":
            return dt.date.fromisoformat(raw)
    return v


def encode_cursor(values: Sequence[Any]) -> str:
    raw = orjson.dumps([_encode_value(v) for v in values])
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, width: int) -> list[Any]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        values = orjson.loads(raw)
        if not isinstance(values, list) or len(values) != width:
            raise ValueError("wrong width")
        return [_decode_value(v) for v in values]
    except (ValueError, TypeError) as exc:
        raise InvalidInput(
            "The cursor is not valid for this list.", errors=[{"loc": ["query", "cursor"], "msg": "invalid"}]
        ) from exc


@dataclass(frozen=True)
class SortKey:
    """One ordering column; the last key of a keyset must be unique (the id)."""

    column: Any  # a mapped attribute or SQL expression
    descending: bool = False


def keyset(stmt: Select[*Ts], keys: Sequence[SortKey], params: PageParams) -> Select[*Ts]:
    """Order ``stmt`` by ``keys``, start after ``params.cursor``, fetch one row more than the page."""
    if params.cursor:
        values = decode_cursor(params.cursor, len(keys))
        clauses: list[ColumnElement[bool]] = []
        for i, key in enumerate(keys):
            equal_prefix = [k.column == values[j] for j, k in enumerate(keys[:i])]
            beyond = key.column < values[i] if key.descending else key.column > values[i]
            clauses.append(and_(*equal_prefix, beyond))
        stmt = stmt.where(or_(*clauses))
    order = [k.column.desc() if k.descending else k.column.asc() for k in keys]
    return stmt.order_by(*order).limit(params.limit + 1)


def split_page(rows: Sequence[T], params: PageParams, cursor_of: Any) -> tuple[list[T], str | None]:
    """Cut the extra row off and build ``next_cursor`` from the last row served."""
    items = list(rows[: params.limit])
    if len(rows) > params.limit and items:
        return items, encode_cursor(cursor_of(items[-1]))
    return items, None


# --- prebuilt keyset statements ------------------------------------------------------
#
# Building a SQLAlchemy statement and its cache key costs more than running a small
# query. Hot lists build each statement *shape* once, with bind parameters for every
# value (the cursor included), and pass the values at execution.


def keyset_prebuilt(
    stmt: Select[*Ts], keys: Sequence[SortKey], *, after_cursor: bool, limit: int
) -> Select[*Ts]:
    """Like :func:`keyset`, but the cursor values are bind parameters ``cursor_0``, ``cursor_1``…

    Execute with :func:`cursor_binds`.
    """
    if after_cursor:
        clauses: list[ColumnElement[bool]] = []
        binds = [bindparam(f"cursor_{i}", type_=k.column.type) for i, k in enumerate(keys)]
        for i, key in enumerate(keys):
            equal_prefix = [k.column == binds[j] for j, k in enumerate(keys[:i])]
            beyond = key.column < binds[i] if key.descending else key.column > binds[i]
            clauses.append(and_(*equal_prefix, beyond))
        stmt = stmt.where(or_(*clauses))
    order = [k.column.desc() if k.descending else k.column.asc() for k in keys]
    return stmt.order_by(*order).limit(limit + 1)


def cursor_binds(params: PageParams, width: int) -> dict[str, Any]:
    """The bind values of a :func:`keyset_prebuilt` statement for ``params.cursor`` (none without one)."""
    if not params.cursor:
        return {}
    return {f"cursor_{i}": v for i, v in enumerate(decode_cursor(params.cursor, width))}
