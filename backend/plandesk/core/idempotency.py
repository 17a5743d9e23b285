"""``Idempotency-Key`` for retried POSTs from flaky networks.

The same key with the same body returns the first response and does the work
once; the same key with another body is refused (422). The record commits in
the same transaction as the work, so a crash cannot leave one without the other,
and two racing retries are settled by the unique constraint.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated, Any

import orjson
from fastapi import Header
from pydantic import AfterValidator
from sqlalchemy import String, UniqueConstraint, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from plandesk.core.db import Base, JSONType, UUIDPrimaryKey, utcnow
from plandesk.core.errors import InvalidInput
from plandesk.core.text import CleanText


class IdempotencyRecord(UUIDPrimaryKey, Base):
    __tablename__ = "idempotency_records"
    __table_args__ = (UniqueConstraint("scope", "key", name="uq_idempotency_records_scope_key"),)

    scope: Mapped[str] = mapped_column(String(160))
    key: Mapped[str] = mapped_column(String(200))
    fingerprint: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int]
    response: Mapped[Any] = mapped_column(JSONType)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)


def _not_blank(key: str) -> str:
    if not key.strip():
        raise ValueError("The Idempotency-Key is blank: send a key of your choosing (a UUID), or none")
    return key


IdempotencyKey = Annotated[
    Annotated[CleanText, AfterValidator(_not_blank)] | None,
    Header(
        alias="Idempotency-Key",
        # An empty key (a client's unset variable) would make every later call a replay: 422.
        min_length=1,
        max_length=200,
        description="Retry-safe key: the same key and body return the first response.",
    ),
]


@dataclass(frozen=True)
class Outcome:
    status_code: int
    body: Any
    replayed: bool


def fingerprint(payload: Any) -> str:
    return hashlib.sha256(orjson.dumps(payload, option=orjson.OPT_SORT_KEYS)).hexdigest()


async def _stored(session: AsyncSession, scope: str, key: str) -> IdempotencyRecord | None:
    return (
        await session.execute(
            select(IdempotencyRecord).where(IdempotencyRecord.scope == scope, IdempotencyRecord.key == key)
        )
    ).scalar_one_or_none()


def _replay(record: IdempotencyRecord, fp: str) -> Outcome:
    if record.fingerprint != fp:
        raise InvalidInput(
            "This Idempotency-Key was already used with a different request body.",
            errors=[{"loc": ["header", "Idempotency-Key"], "msg": "reused with another body"}],
        )
    return Outcome(record.status_code, record.response, replayed=True)


async def run_once(
    session: AsyncSession,
    *,
    scope: str,
    key: str | None,
    payload: Any,
    work: Callable[[], Awaitable[tuple[int, Any]]],
) -> Outcome:
    """Do ``work`` (which adds to ``session`` without committing) at most once per key, then commit.

    ``work`` returns ``(status_code, json_body)``; that pair is what replays return.
    """
    if key is None:
        status, body = await work()
        await session.commit()
        return Outcome(status, body, replayed=False)
    fp = fingerprint(payload)
    existing = await _stored(session, scope, key)
    if existing is not None:
        return _replay(existing, fp)
    status, body = await work()
    session.add(IdempotencyRecord(scope=scope, key=key, fingerprint=fp, status_code=status, response=body))
    try:
        await session.commit()
    except IntegrityError:
        await session.rollback()
        existing = await _stored(session, scope, key)
        if existing is None:
            raise
        return _replay(existing, fp)
    return Outcome(status, body, replayed=False)


async def stored_outcome(session: AsyncSession, *, scope: str, key: str, payload: Any) -> Outcome | None:
    """The response first given for ``key`` (422 if it came with another body), or ``None``.

    For hot paths that claim the key with a Core insert (:func:`record_values`) in
    the same transaction as their work, and look here only when that insert collides.
    """
    existing = await _stored(session, scope, key)
    return _replay(existing, fingerprint(payload)) if existing is not None else None


def record_values(scope: str, key: str, payload: Any, status_code: int, body: Any) -> dict[str, Any]:
    """Column values of the record that claims ``key`` for a Core insert."""
    return {
        "id": uuid.uuid4(),
        "scope": scope,
        "key": key,
        "fingerprint": fingerprint(payload),
        "status_code": status_code,
        "response": body,
        "created_at": utcnow(),
    }
