"""Cursor pagination: ``?limit=`` (default 50, max 200) and an opaque ``?cursor=``.

A cursor is the keyset position of the last row served — the values of the
sort columns plus the id — so pages stay stable while rows are inserted and
cost the same at page 1,000 as at page 1. It is signed (HMAC-SHA256 under a key
derived from the app secret) and each value is checked against its sort key:
anything else is 422 ``invalid cursor``, never a value sent to the database.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import hashlib
import hmac
import secrets
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Annotated, Any, Generic, TypeVar, TypeVarTuple

import orjson
from fastapi import Query, Request
from pydantic import BaseModel, ConfigDict
from sqlalchemy import ColumnElement, Select, and_, bindparam, or_

from plandesk.core.errors import InvalidInput
from plandesk.core.text import CleanText

T = TypeVar("T")
Ts = TypeVarTuple("Ts")

DEFAULT_LIMIT = 50
MAX_LIMIT = 200


class Page(BaseModel, Generic[T]):
    model_config = ConfigDict(use_attribute_docstrings=True)
    items: list[T]
    """This page's items, at most `limit` of them, in the list's order."""
    next_cursor: str | None
    """Pass as `cursor` (with the same filters) to get the next page; null on the last page. Opaque and
    signed."""


_PROCESS_KEY: bytes = secrets.token_bytes(32)


@dataclass(frozen=True)
class PageParams:
    limit: int
    cursor: str | None
    # Key signing this list's cursors (from the app's secret). The default, a key made for
    # this process, suits callers inside the process whose cursors never leave it.
    key: bytes = field(default=_PROCESS_KEY, repr=False)


_SIGNATURE_BYTES = 16  # 128 bits of HMAC-SHA256: forging one is out of reach


@functools.lru_cache(maxsize=8)
def cursor_key(secret: str) -> bytes:
    """The cursor-signing key derived from the app secret (never the JWT key itself)."""
    return hmac.new(secret.encode(), b"plandesk/cursor/v1", hashlib.sha256).digest()


async def page_params(  # async: a plain ``def`` dependency would cost a thread-pool hop
    request: Request,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size (max 200)")] = DEFAULT_LIMIT,
    cursor: Annotated[
        CleanText | None, Query(max_length=512, description="Opaque cursor from next_cursor")
    ] = None,
) -> PageParams:
    return PageParams(limit=limit, cursor=cursor, key=cursor_key(request.app.state.settings.signing_key))


def _invalid_cursor() -> InvalidInput:
    return InvalidInput(
        "invalid cursor: use next_cursor from the previous page as is.",
        errors=[{"loc": ["query", "cursor"], "msg": "invalid cursor"}],
    )


def _encode_value(v: Any) -> Any:
    if isinstance(v, uuid.UUID):
        return {"u": str(v)}
    if isinstance(v, dt.datetime):
        return {"t": v.isoformat()}
    if isinstance(v, dt.date):
        return {"d": v.isoformat()}
    return v


def _decode_value(v: Any) -> Any:
    if isinstance(v, dict):
        if len(v) != 1:
            raise ValueError("not a cursor value")
        ((k, raw),) = v.items()
        if not isinstance(raw, str):
            raise ValueError("not a cursor value")
        if k == "u":
            return uuid.UUID(raw)
        if k == "t":
            return dt.datetime.fromisoformat(raw)
        if k == "d":
            return dt.date.fromisoformat(raw)
        raise ValueError("not a cursor value")
    if isinstance(v, str | int | float) and not isinstance(v, bool):
        return v
    raise ValueError("not a cursor value")


def _signature(key: bytes, payload: bytes) -> bytes:
    return hmac.new(key, payload, hashlib.sha256).digest()[:_SIGNATURE_BYTES]


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def encode_cursor(values: Sequence[Any], key: bytes = _PROCESS_KEY) -> str:
    """``<payload>.<signature>``: the keyset values, signed so a client cannot forge a position."""
    payload = orjson.dumps([_encode_value(v) for v in values])
    return f"{_b64(payload)}.{_b64(_signature(key, payload))}"


def _expected_type(column: Any) -> type | None:
    column_type = getattr(column, "type", None)
    try:
        python_type = column_type.python_type  # type: ignore[union-attr]
        if python_type is object:  # a TypeDecorator without its own: ask what it decorates
            python_type = column_type.impl.python_type  # type: ignore[union-attr]
    except (AttributeError, NotImplementedError):
        return None
    return python_type if isinstance(python_type, type) and python_type is not object else None


def _matches(value: Any, expected: type | None) -> bool:
    if expected is None:
        return True
    if expected is dt.date:  # a datetime is a date too: refuse it where a date is expected
        return type(value) is dt.date
    if expected is int:
        return isinstance(value, int) and not isinstance(value, bool) and -(2**63) <= value < 2**63
    if expected is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, expected)


def decode_cursor(
    cursor: str, width: int, key: bytes = _PROCESS_KEY, keys: Sequence[SortKey] = ()
) -> list[Any]:
    """The values of a cursor made by :func:`encode_cursor`, or 422 ``invalid cursor``.

    The signature is checked first (a cursor is opaque: only ours are read), then
    each value's type against its sort key, so a cursor of another list fails too.
    """
    try:
        payload_b64, _, signature_b64 = cursor.partition(".")
        payload = _unb64(payload_b64)
        if not hmac.compare_digest(_unb64(signature_b64), _signature(key, payload)):
            raise ValueError("bad signature")
        values = orjson.loads(payload)
        if not isinstance(values, list) or len(values) != width:
            raise ValueError("wrong width")
        decoded = [_decode_value(v) for v in values]
    except (ValueError, TypeError) as exc:  # binascii.Error and orjson errors are ValueErrors
        raise _invalid_cursor() from exc
    for value, sort_key in zip(decoded, keys, strict=False):
        if not _matches(value, _expected_type(sort_key.column)):
            raise _invalid_cursor()
    return decoded


@dataclass(frozen=True)
class SortKey:
    """One ordering column; the last key of a keyset must be unique (the id)."""

    column: Any  # a mapped attribute or SQL expression
    descending: bool = False


def keyset(stmt: Select[*Ts], keys: Sequence[SortKey], params: PageParams) -> Select[*Ts]:
    """Order ``stmt`` by ``keys``, start after ``params.cursor``, fetch one row more than the page."""
    if params.cursor:
        values = decode_cursor(params.cursor, len(keys), params.key, keys)
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
        return items, encode_cursor(cursor_of(items[-1]), params.key)
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


def cursor_binds(params: PageParams, keys: Sequence[SortKey]) -> dict[str, Any]:
    """The bind values of a :func:`keyset_prebuilt` statement for ``params.cursor`` (none without one)."""
    if not params.cursor:
        return {}
    values = decode_cursor(params.cursor, len(keys), params.key, keys)
    return {f"cursor_{i}": v for i, v in enumerate(values)}


# --- short lists held in memory ------------------------------------------------------
#
# A plan's milestones, phases and channels, a document's versions, the event catalogue:
# lists whose whole is small and read in its display order. They answer the same
# ``{items, next_cursor}`` envelope with the same bounded ``limit``; the cursor names the
# last item served, so a page stays right when items are added elsewhere in the list.


def page_in_memory(rows: Sequence[T], params: PageParams, key_of: Any) -> tuple[list[T], str | None]:
    """One page of ``rows`` (already in display order) after ``params.cursor``.

    ``key_of(row)`` is the row's unique key (its id, or a number/name where it has none).
    """
    start = 0
    if params.cursor:
        (last,) = decode_cursor(params.cursor, 1, params.key)
        keys = [str(key_of(row)) for row in rows]
        if str(last) not in keys:
            raise _invalid_cursor()
        start = keys.index(str(last)) + 1
    items = list(rows[start : start + params.limit])
    more = start + params.limit < len(rows)
    return items, (encode_cursor([str(key_of(items[-1]))], params.key) if more and items else None)
