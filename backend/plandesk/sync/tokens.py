"""The feed's two opaque strings, signed like list cursors (``core.pagination``).

* ``since`` — where the next sync starts: the watermark of the run that issued it,
  when it was issued, and a fingerprint of the caller's scope.
* ``next_cursor`` — the position inside one run (several pages), which also carries
  the run's own ``since`` values and the watermark it will hand back at the end.

Both are HMAC-signed lists whose first value names what they are, so one cannot be
passed for the other, nor a list cursor for either. A token that fails its signature
or shape is 422; one older than the change log's retention, or issued for another
scope, is 410 Gone: the client must sync from scratch.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from plandesk.core.errors import DomainError, InvalidInput
from plandesk.core.pagination import decode_cursor, encode_cursor

_SINCE = "sync-since/1"
_CURSOR = "sync-cursor/1"


class SyncTokenGone(DomainError):
    """410: the token is older than the change log keeps, or belongs to another scope."""

    status, slug = 410, "sync-token-gone"


@dataclass(frozen=True)
class SinceToken:
    watermark: int
    issued_at: int  # unix seconds
    fingerprint: str


@dataclass(frozen=True)
class RunCursor:
    """A position inside one sync run.

    ``since`` is None for a full run (everything in scope, read table by table, by
    id); otherwise the run reads the change log from ``since.watermark``.
    ``next_watermark`` is what the run's last page hands back as the new token.
    """

    since: SinceToken | None
    next_watermark: int
    issued_at: int
    fingerprint: str
    stage: int  # full run: index of the kind being read; incremental run: 0
    after: str  # full run: last id served of that kind ("" = none); incremental: last seq


def fingerprint(*parts: object) -> str:
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:16]


def _invalid(param: str) -> InvalidInput:
    return InvalidInput(
        f"invalid {param}: use the value the previous sync answered, as is.",
        errors=[{"loc": ["query", param], "msg": f"invalid {param}"}],
    )


def encode_since(token: SinceToken, key: bytes) -> str:
    return encode_cursor([_SINCE, token.watermark, token.issued_at, token.fingerprint], key)


def decode_since(raw: str, key: bytes) -> SinceToken:
    try:
        values = decode_cursor(raw, 4, key)
    except InvalidInput as exc:
        raise _invalid("since") from exc
    tag, watermark, issued_at, print_ = values
    if tag != _SINCE or not _is_int(watermark) or not _is_int(issued_at) or not isinstance(print_, str):
        raise _invalid("since")
    return SinceToken(watermark, issued_at, print_)


def encode_run_cursor(c: RunCursor, key: bytes) -> str:
    since = [c.since.watermark, c.since.issued_at] if c.since else [-1, -1]  # -1: a full run
    return encode_cursor(
        [_CURSOR, *since, c.next_watermark, c.issued_at, c.fingerprint, c.stage, c.after], key
    )


def decode_run_cursor(raw: str, key: bytes) -> RunCursor:
    try:
        values = decode_cursor(raw, 8, key)
    except InvalidInput as exc:
        raise _invalid("cursor") from exc
    tag, since_wm, since_at, next_wm, issued_at, print_, stage, after = values
    ints = (next_wm, issued_at, stage)
    if (
        tag != _CURSOR
        or not all(_is_int(v) for v in ints)
        or not isinstance(print_, str)
        or not isinstance(after, str)
        or ((since_wm, since_at) != (-1, -1) and not (_is_int(since_wm) and _is_int(since_at)))
    ):
        raise _invalid("cursor")
    since = SinceToken(since_wm, since_at, print_) if since_wm != -1 else None
    return RunCursor(since, next_wm, issued_at, print_, stage, after)


def _is_int(v: object) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 2**63


def check_fresh(token: SinceToken, expected_fingerprint: str, now: dt.datetime, retention_days: int) -> None:
    """410 unless ``token`` is within retention and was issued for this caller's scope."""
    if token.fingerprint != expected_fingerprint:
        raise SyncTokenGone(
            "This sync token was issued for another account or scope: sync again without `since`."
        )
    if now.timestamp() - token.issued_at > retention_days * 86_400:
        raise SyncTokenGone(
            f"This sync token is older than the {retention_days} days of changes the server keeps: "
            "sync again without `since`."
        )
