"""The feed's two opaque strings, signed like list cursors (``core.pagination``).

* ``since`` — where the next sync starts: the watermark of the run that issued it,
  when it was issued, and a fingerprint of the caller's scope.
* ``next_cursor`` — the position inside one run (several pages), which also carries
  the run's own ``since`` and the watermark it will hand back at the end.

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

_SINCE = "sync-since/2"
_CURSOR = "sync-cursor/2"
MAX_PENDING = 32  # more transactions in flight than this: fall back to the oldest one


class SyncTokenGone(DomainError):
    """410: the token is older than the change log keeps, or belongs to another scope."""

    status, slug = 410, "sync-token-gone"


@dataclass(frozen=True)
class Watermark:
    """Which changes a run has *not* seen: those at or past ``floor``, and ``pending`` ones.

    PostgreSQL: ``floor`` is the first transaction id not yet started when the run began
    (its snapshot's xmax) and ``pending`` the ids then still running (its xip): any other
    change had committed, and the run read it. SQLite: ``floor`` is one past the newest
    change's seq, ``pending`` is empty.
    """

    floor: int
    pending: tuple[int, ...] = ()

    def encode(self) -> list[object]:
        return [self.floor, ",".join(str(x) for x in self.pending)]

    @staticmethod
    def decode(floor: object, pending: object) -> Watermark:
        if not _is_int(floor) or not isinstance(pending, str):
            raise ValueError("not a watermark")
        xids = tuple(int(x) for x in pending.split(",")) if pending else ()
        if len(xids) > MAX_PENDING or not all(0 <= x < 2**63 for x in xids):
            raise ValueError("not a watermark")
        return Watermark(floor, xids)  # type: ignore[arg-type]


@dataclass(frozen=True)
class SinceToken:
    watermark: Watermark
    issued_at: int  # unix seconds
    fingerprint: str


@dataclass(frozen=True)
class RunCursor:
    """A position inside one sync run.

    ``since`` is None for a full run (everything in scope, read table by table, by
    id); otherwise the run reads the change log past ``since.watermark``.
    ``next_watermark`` is what the run's last page hands back as the new token.
    """

    since: SinceToken | None
    next_watermark: Watermark
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
    return encode_cursor([_SINCE, *token.watermark.encode(), token.issued_at, token.fingerprint], key)


def decode_since(raw: str, key: bytes) -> SinceToken:
    try:
        tag, floor, pending, issued_at, print_ = decode_cursor(raw, 5, key)
        if tag != _SINCE or not _is_int(issued_at) or not isinstance(print_, str):
            raise ValueError("not a since token")
        return SinceToken(Watermark.decode(floor, pending), issued_at, print_)
    except (InvalidInput, ValueError) as exc:
        raise _invalid("since") from exc


def encode_run_cursor(c: RunCursor, key: bytes) -> str:
    # A full run has no since: -1 and "" in its place.
    since = [*c.since.watermark.encode(), c.since.issued_at] if c.since else [-1, "", -1]
    return encode_cursor(
        [_CURSOR, *since, *c.next_watermark.encode(), c.issued_at, c.fingerprint, c.stage, c.after], key
    )


def decode_run_cursor(raw: str, key: bytes) -> RunCursor:
    try:
        values = decode_cursor(raw, 10, key)
        tag, since_floor, since_pending, since_at, floor, pending, issued_at, print_, stage, after = values
        if (
            tag != _CURSOR
            or not (_is_int(issued_at) and _is_int(stage))
            or not isinstance(print_, str)
            or not isinstance(after, str)
        ):
            raise ValueError("not a sync cursor")
        since = None
        if (since_floor, since_pending, since_at) != (-1, "", -1):
            if not _is_int(since_at):
                raise ValueError("not a sync cursor")
            since = SinceToken(Watermark.decode(since_floor, since_pending), since_at, print_)
        return RunCursor(since, Watermark.decode(floor, pending), issued_at, print_, stage, after)
    except (InvalidInput, ValueError) as exc:
        raise _invalid("cursor") from exc


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
