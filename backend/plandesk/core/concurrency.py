"""Optimistic concurrency: ETags from row versions, ``If-Match`` on writes."""

from __future__ import annotations

import inspect
import uuid
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Header, Response
from fastapi.encoders import jsonable_encoder
from pydantic import BaseModel, Field, model_validator

from plandesk.core.errors import PreconditionFailed, PreconditionRequired
from plandesk.core.text import CleanText

# The description of a required If-Match header: the OpenAPI document marks the header
# ``required: true`` where it finds it (core/openapi.py), while a missing one is still 428.
IF_MATCH_REQUIRED = "The ETag of the version being changed, as sent by the GET or listed as `etag` in a list."


def etag_for(entity_id: uuid.UUID, version: int) -> str:
    return f'"{entity_id.hex}-{version}"'


def set_etag(response: Response, entity_id: uuid.UUID, version: int) -> None:
    response.headers["ETag"] = etag_for(entity_id, version)


async def if_match_header(
    if_match: Annotated[
        CleanText | None,
        Header(alias="If-Match", max_length=1000, description=IF_MATCH_REQUIRED),
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


ETAG_DESCRIPTION = (
    'The ETag the single resource sends (`"<id>-<version>"`): send it as If-Match to change or '
    "delete this object straight from a list, without reading it first."
)


class ETagged(BaseModel):
    """A resource representation that carries its ETag, in a list as in a single GET.

    Built from an ORM object or a row with ``id`` and ``version``, or from a dict with
    ``version`` (or ``etag``): the ETag is :func:`etag_for`, the one ``set_etag`` sends.
    """

    etag: str = Field(description=ETAG_DESCRIPTION, examples=['"3f2a9c1e8b7d4e0f9a6b5c4d3e2f1a0b-4"'])

    @model_validator(mode="before")
    @classmethod
    def _with_etag(cls, data: Any) -> Any:
        if isinstance(data, dict):
            if "etag" not in data and "version" in data and "id" in data:
                return {**data, "etag": etag_for(_as_uuid(data["id"]), data["version"])}
            return data
        version = getattr(data, "version", None)
        entity_id = getattr(data, "id", None)
        if version is None or entity_id is None:
            return data
        out = {name: getattr(data, name) for name in cls.model_fields if hasattr(data, name)}
        out["etag"] = etag_for(_as_uuid(entity_id), version)
        return out


def _as_uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
