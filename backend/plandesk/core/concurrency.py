"""Optimistic concurrency: ETags from row versions, ``If-Match`` on writes."""

from __future__ import annotations

import inspect
import uuid
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Header, Response
from fastapi.encoders import jsonable_encoder

from plandesk.core.errors import PreconditionFailed, PreconditionRequired
from plandesk.core.text import CleanText


def etag_for(entity_id: uuid.UUID, version: int) -> str:
    return f'"{entity_id.hex}-{version}"'


def set_etag(response: Response, entity_id: uuid.UUID, version: int) -> None:
    response.headers["ETag"] = etag_for(entity_id, version)


async def if_match_header(
    if_match: Annotated[
        CleanText | None,
        Header(alias="If-Match", max_length=1000, description="ETag of the version being changed (required)"),
    ] = None,
) -> str:
    if not if_match:
        raise PreconditionRequired("This request needs an If-Match header with the resource's ETag.")
    return if_match.strip()


IfMatch = Annotated[str, Header(alias="If-Match")]


def check_if_match(if_match: str, entity_id: uuid.UUID, version: int) -> None:
    """Raise 412 unless ``if_match`` names the current version (``*`` matches any)."""
    if if_match == "*":
        return
    current = etag_for(entity_id, version)
    candidates = [c.strip().removeprefix("W/") for c in if_match.split(",")]
    if current not in candidates:
        raise PreconditionFailed(
            "The resource has changed since you read it: reload it and apply your change again.",
            extra={"current_etag": current},
        )


async def require_current(
    if_match: str, entity_id: uuid.UUID, version: int, current: Callable[[], Any]
) -> None:
    """:func:`check_if_match`, whose 412 also carries the resource as it is now.

    ``current()`` (a value or an awaitable) is only built on a mismatch: the problem's
    ``current`` is what ``GET`` answers, ``current_etag`` its ETag, so a client that
    changed an old copy (offline) can show both versions and let its user choose.
    """
    try:
        check_if_match(if_match, entity_id, version)
    except PreconditionFailed as exc:
        value = current()
        if inspect.isawaitable(value):
            value = await value
        exc.extra["current"] = jsonable_encoder(value)
        raise
