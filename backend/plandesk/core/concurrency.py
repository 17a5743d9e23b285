"""Optimistic concurrency: ETags from row versions, ``If-Match`` on writes."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Header, Response

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
