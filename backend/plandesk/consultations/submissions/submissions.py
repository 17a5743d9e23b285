"""Submitting feedback: the hot path and meeting batches.

A submission is stored by one statement that checks the window, flags an exact
duplicate, stores the row, queues it for near-duplicate clustering and claims
its ``Idempotency-Key``, as part of a group commit shared with the submissions
arriving at the same moment: on PostgreSQL one statement per group
(:mod:`plandesk.consultations.submissions.feedback_writer`), on SQLite one transaction per group of
``INSERT … SELECT … FROM consultations WHERE <window is open>`` rows
(:mod:`plandesk.consultations.submissions.feedback_writer_sqlite`). Without a writer (the demo
loader) a submission is written in a short transaction of its own. Only when nothing
was stored does a second query say why (404/409). No ORM object is built.
Near-duplicate clustering happens after commit (:mod:`plandesk.consultations.clustering.dedup`).

A submission's receipt code is made in :mod:`plandesk.consultations.submissions.receipts`.
Anonymous callers are rate limited per consultation and client address, and only
a keyed hash of the address is kept.
"""

from __future__ import annotations

import datetime as dt
import hmac
import uuid
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, bindparam, insert, literal_column, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from plandesk.consultations.clustering.dedup import body_hash
from plandesk.consultations.consultations import describe_window
from plandesk.consultations.models import (
    ClusteringQueue,
    Consultation,
    DocumentSection,
    FeedbackMeeting,
    FeedbackSubmission,
    FeedbackText,
)
from plandesk.consultations.submissions.feedback_writer import FeedbackWriter, Stored
from plandesk.consultations.submissions.feedback_writer_sqlite import SQLiteFeedbackWriter
from plandesk.consultations.submissions.receipts import new_receipt
from plandesk.core import audit, idempotency, localtime
from plandesk.core.config import Settings
from plandesk.core.db import utcnow
from plandesk.core.errors import Conflict, InvalidInput, NotFound, PermissionDenied, TooManyRequests
from plandesk.core.events import Subject, emit
from plandesk.core.idempotency import IdempotencyRecord, Outcome
from plandesk.core.policy import Principal, Role
from plandesk.core.ratelimit import CounterStore
from plandesk.core.text import fold, nfc
from plandesk.units.service import require_units_exist

F: Table = FeedbackSubmission.__table__  # type: ignore[assignment]
Q: Table = ClusteringQueue.__table__  # type: ignore[assignment]
C: Table = Consultation.__table__  # type: ignore[assignment]
S: Table = DocumentSection.__table__  # type: ignore[assignment]
TX: Table = FeedbackText.__table__  # type: ignore[assignment]


def _iso(moment: dt.datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


class FeedbackThrottle:
    """Anonymous submissions per consultation and client address, in fixed windows.

    The counter key holds a keyed hash of the address (HMAC with a key derived
    from the server secret), so neither the counters nor the database ever
    hold the address itself.
    """

    def __init__(self, store: CounterStore, settings: Settings) -> None:
        self.store = store
        self.limit = settings.feedback_rate_limit
        self.window = settings.feedback_rate_window_seconds
        self._key = hmac.new(settings.signing_key.encode(), b"plandesk.feedback.address", "sha256").digest()

    def address_hash(self, address: str) -> str:
        return hmac.digest(self._key, address.encode(), "sha256").hex()[:32]

    def _counter(self, consultation_id: uuid.UUID, client_hash: str) -> str:
        return f"feedback:{consultation_id}:{client_hash}"

    async def attempt(self, consultation_id: uuid.UUID, client_hash: str) -> None:
        """Count one submission first, then decide: 429 if it is over the limit. Counting
        first keeps the limit exact under concurrency (and across processes on Redis)."""
        window = await self.store.hit(self._counter(consultation_id, client_hash), self.window)
        if window.count > self.limit:
            raise TooManyRequests(
                "Too many submissions from your address to this consultation; try again later or sign in.",
                retry_after=window.retry_after,
            )

    async def refund(self, consultation_id: uuid.UUID, client_hash: str) -> None:
        """Give back the unit of an attempt that stored nothing (refused, replayed, failed)."""
        await self.store.release(self._counter(consultation_id, client_hash))


# Section texts of a consultation. A consultation's document version is fixed at
# creation and versions are immutable, so entries never go stale; the cache only
# saves a query per quoted submission.
_SECTION_CACHE: OrderedDict[uuid.UUID, dict[uuid.UUID, str]] = OrderedDict()
_SECTION_CACHE_SIZE = 64


async def _section_texts(session: AsyncSession, consultation_id: uuid.UUID) -> dict[uuid.UUID, str]:
    cached = _SECTION_CACHE.get(consultation_id)
    if cached is not None:
        _SECTION_CACHE.move_to_end(consultation_id)
        return cached
    rows = await session.execute(
        select(S.c.section_id, S.c.text)
        .join(C, C.c.document_version_id == S.c.version_id)
        .where(C.c.id == consultation_id)
    )
    texts = {sid: text for sid, text in rows}
    await session.rollback()  # end the read: the hot path writes on its own connection
    if not texts:
        raise NotFound("consultation", consultation_id)
    _SECTION_CACHE[consultation_id] = texts
    if len(_SECTION_CACHE) > _SECTION_CACHE_SIZE:
        _SECTION_CACHE.popitem(last=False)
    return texts


def _locate_quote(
    opinion: dict[str, Any], texts: dict[uuid.UUID, str] | None, loc: list[str | int]
) -> tuple[str | None, int | None, int | None]:
    """Validate the quoted passage against the section text; returns (quote, start, end)."""
    quote, start, end = opinion.get("quote"), opinion.get("quote_start"), opinion.get("quote_end")
    section_id = opinion.get("section_id")

    def bad(field: str, msg: str, detail: str) -> InvalidInput:
        return InvalidInput(detail, errors=[{"loc": [*loc, field], "msg": msg}])

    if (start is None) != (end is None):
        raise bad("quote_end" if end is None else "quote_start", "give both offsets", "Give both offsets.")
    if start is not None and quote is None:
        raise bad("quote", "offsets need a quote", "Offsets were given without the quoted passage.")
    if quote is None:
        return None, None, None
    if section_id is None or texts is None:
        raise bad("section_id", "a quote needs its section", "A quoted passage needs the section it is from.")
    quote = nfc(quote)
    text = texts[section_id]
    if start is None or end is None:
        found = text.find(quote)
        if found < 0:
            raise bad("quote", "not in the section", "The quoted passage does not appear in the section.")
        return quote, found, found + len(quote)
    if end <= start or end > len(text):
        raise bad(
            "quote_end",
            "offsets out of range",
            f"The quote offsets must satisfy 0 <= start < end <= {len(text)} (the section's length).",
        )
    if text[start:end] != quote:
        raise bad(
            "quote",
            "does not match the section text at these offsets",
            "The quoted passage does not match the section text at the given offsets.",
        )
    return quote, start, end


async def _ensure_accepting(
    session: AsyncSession, consultation_id: uuid.UUID, now: dt.datetime, *, anonymous: bool
) -> None:
    """404/409 unless the consultation takes feedback at ``now``.

    Runs before anything is checked against the document: otherwise a caller could
    test guesses about an unpublished text by the answers ("not in the section" vs 404).
    """
    c = (
        await session.execute(
            select(C.c.status, C.c.opens_at, C.c.closes_at).where(C.c.id == consultation_id)
        )
    ).one_or_none()
    if c is None or not (c.status == "open" and c.opens_at <= now < c.closes_at):
        await session.rollback()
        await _explain_refusal(session, consultation_id, now, anonymous=anonymous)
    await session.rollback()  # end the read: the hot path writes on its own connection


async def _validate_opinion(
    session: AsyncSession, consultation_id: uuid.UUID, opinion: dict[str, Any], loc: list[str | int]
) -> tuple[str | None, int | None, int | None]:
    body = opinion["body"].strip()
    if not body:
        raise InvalidInput("The feedback text is empty.", errors=[{"loc": [*loc, "body"], "msg": "blank"}])
    texts = None
    if opinion.get("section_id") is not None:
        texts = await _section_texts(session, consultation_id)
        if opinion["section_id"] not in texts:
            raise InvalidInput(
                "This section is not part of the consultation's document.",
                errors=[{"loc": [*loc, "section_id"], "msg": "unknown section"}],
            )
    return _locate_quote(opinion, texts, loc)


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = nfc(value).strip()
    return value or None


@dataclass(frozen=True)
class Submitter:
    principal: Principal | None
    client_hash: str | None


def _row(
    consultation_id: uuid.UUID,
    opinion: dict[str, Any],
    quote: tuple[str | None, int | None, int | None],
    channel: str,
    now: dt.datetime,
    submitter: Submitter,
    receipt_hash: str,
    meeting_id: uuid.UUID | None = None,
) -> dict[str, Any]:
    body = nfc(opinion["body"]).strip()
    folded = fold(body)
    return {
        "id": uuid.uuid4(),
        "consultation_id": consultation_id,
        "section_id": opinion.get("section_id"),
        "quote": quote[0],
        "quote_start": quote[1],
        "quote_end": quote[2],
        "body": body,
        "body_folded": folded,
        "body_hash": body_hash(body, folded),
        "contributor_group": opinion.get("contributor_group") or "citizen",
        "channel": channel,
        "name": _clean(opinion.get("name")),
        "organisation": _clean(opinion.get("organisation")),
        "contact": _clean(opinion.get("contact")),
        "submitted_at": now,
        "submitted_on": localtime.local_date(now),  # the local day: what by-day counts show
        "receipt_hash": receipt_hash,
        "client_hash": submitter.client_hash,
        "submitted_by": submitter.principal.audit_actor if submitter.principal else None,
        "meeting_id": meeting_id,
        "status": "received",
        "updated_at": now,
        "version": 1,
    }


# Columns the hot path writes; moderation and clustering fill the others later.
_LATER = {"duplicate_of", "response", "responded_at", "responded_by", "assigned_to", "contacts_purged_at"}
_INSERT_COLUMNS = [name for name in F.c.keys() if name not in _LATER]


async def _register_texts(session: AsyncSession, rows: list[dict[str, Any]]) -> None:
    """Record each row as the first of its normalised text unless an earlier one is."""
    conn = await session.connection()
    dialect_insert = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
    await conn.execute(
        dialect_insert(TX).on_conflict_do_nothing(),
        [
            {"consultation_id": r["consultation_id"], "body_hash": r["body_hash"], "first_id": r["id"]}
            for r in rows
        ],
    )


async def _first_of_texts(
    session: AsyncSession, consultation_id: uuid.UUID, rows: list[dict[str, Any]]
) -> None:
    """Set ``duplicate_of`` on rows whose text came before (in the table or earlier in ``rows``)."""
    hashes = list({r["body_hash"] for r in rows})
    known = dict(
        (
            await session.execute(
                select(TX.c.body_hash, TX.c.first_id).where(
                    TX.c.consultation_id == consultation_id, TX.c.body_hash.in_(hashes)
                )
            )
        )
        .tuples()
        .all()
    )
    for r in rows:
        first = known.setdefault(r["body_hash"], r["id"])
        r["duplicate_of"] = first if first != r["id"] else None


def _queued(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Queue rows for the near-duplicate worker (:mod:`plandesk.consultations.clustering.dedup`)."""
    return [
        {"submission_id": r["id"], "consultation_id": r["consultation_id"], "queued_at": r["submitted_at"]}
        for r in rows
    ]


def _typed(name: str) -> Any:
    # Typed parameters: the asyncpg dialect renders them as ``$n::TYPE``, which
    # PostgreSQL needs in a SELECT list (SQLite needs no cast, and CAST … AS
    # DATETIME would even turn its text into a number).
    return bindparam(name, type_=F.c[name].type)


def _submission_insert() -> Any:
    first_same_text = (
        select(TX.c.first_id)
        .where(TX.c.consultation_id == bindparam("consultation_id"), TX.c.body_hash == bindparam("body_hash"))
        .scalar_subquery()
    )
    values = [_typed(name) for name in _INSERT_COLUMNS]
    open_now = (
        select(*values, first_same_text)
        .select_from(C)
        .where(
            C.c.id == bindparam("consultation_id"),
            C.c.status == literal_column("'open'"),
            C.c.opens_at <= bindparam("submitted_at"),
            C.c.closes_at > bindparam("submitted_at"),
        )
    )
    return insert(F).from_select([*_INSERT_COLUMNS, "duplicate_of"], open_now)


SUBMISSION_INSERT = _submission_insert()
IDEMPOTENCY_INSERT = insert(IdempotencyRecord.__table__)  # type: ignore[arg-type]


async def _explain_refusal(
    session: AsyncSession, consultation_id: uuid.UUID, now: dt.datetime, *, anonymous: bool = False
) -> None:
    """Raise the reason a consultation refused feedback at ``now`` (404 or 409).

    To the public a consultation that is not open does not exist (404, as on the public
    read): its state and window are for signed-in users only.
    """
    row = (
        await session.execute(
            select(C.c.status, C.c.opens_at, C.c.closes_at).where(C.c.id == consultation_id)
        )
    ).one_or_none()
    if row is None or (anonymous and row.status != "open"):
        raise NotFound("consultation", consultation_id)
    window = {"opens_at": _iso(row.opens_at), "closes_at": _iso(row.closes_at)}
    if row.status != "open":
        raise Conflict(
            f"This consultation is not open for feedback (it is {row.status}); "
            f"its window is {describe_window(row.opens_at, row.closes_at)}.",
            extra={"window": window},
        )
    if now < row.opens_at:
        raise Conflict(
            f"Feedback opens at {_iso(row.opens_at)}: the window is "
            f"{describe_window(row.opens_at, row.closes_at)}.",
            extra={"window": window},
        )
    raise Conflict(
        f"Feedback closed at {_iso(row.closes_at)}: the window was "
        f"{describe_window(row.opens_at, row.closes_at)}.",
        extra={"window": window},
    )


def _scope(kind: str, consultation_id: uuid.UUID, principal: Principal | None) -> str:
    # Anonymous keys are client-generated UUIDs: scoping them by consultation (not by
    # address) lets a phone that changed networks still replay its own retry.
    who = principal.audit_actor if principal else "anonymous"
    return f"{kind}:{consultation_id}:{who}"


async def _claim_key(
    session: AsyncSession, scope: str, key: str, payload: Any, status: int, body: Any
) -> Outcome | None:
    """Claim the key in the current transaction; on a collision return the stored outcome."""
    conn = await session.connection()
    try:
        await conn.execute(IDEMPOTENCY_INSERT, idempotency.record_values(scope, key, payload, status, body))
    except IntegrityError:
        await session.rollback()
        stored = await idempotency.stored_outcome(session, scope=scope, key=key, payload=payload)
        await session.rollback()
        if stored is None:  # the other request rolled back meanwhile: the caller may retry
            raise Conflict("A request with this Idempotency-Key was in flight; retry it.") from None
        return stored
    return None


def writer_for(engine: AsyncEngine) -> FeedbackWriter:
    """The group-commit writer of this process for ``engine`` (PostgreSQL or SQLite)."""
    if engine.dialect.name == "sqlite":
        return SQLiteFeedbackWriter(engine, _INSERT_COLUMNS)
    return FeedbackWriter(engine, _INSERT_COLUMNS)


async def _store_in_group(
    session: AsyncSession,
    writer: FeedbackWriter,
    row: dict[str, Any],
    scope: str,
    key: str | None,
    payload: Any,
    receipt: dict[str, Any],
) -> Outcome | None:
    """The PostgreSQL hot path: the row joins the next group commit. Returns the stored
    outcome of a replayed key, ``None`` once the submission is stored; raises 404/409
    when refused."""
    claim = idempotency.record_values(scope, key, payload, 201, receipt) if key is not None else None
    stored = await writer.store(row, claim)
    if stored is Stored.key_taken:
        replay = await idempotency.stored_outcome(session, scope=scope, key=key or "", payload=payload)
        await session.rollback()
        if replay is None:
            raise Conflict("A request with this Idempotency-Key was in flight; retry it.")
        return replay
    if stored is Stored.refused:
        await _explain_refusal(
            session, row["consultation_id"], row["submitted_at"], anonymous=row["submitted_by"] is None
        )
    return None


async def submit(
    session: AsyncSession,
    throttle: FeedbackThrottle,
    consultation_id: uuid.UUID,
    opinion: dict[str, Any],
    *,
    principal: Principal | None,
    address: str,
    idempotency_key: str | None,
    writer: FeedbackWriter | None = None,
) -> Outcome:
    """Store one submission if the consultation is open now; commits (see :func:`_submit`).

    Anonymous submissions are counted against the address's limit before anything
    else, and the count is given back when nothing new was stored."""
    client_hash = throttle.address_hash(address)
    if principal is not None:
        return await _submit(
            session, client_hash, consultation_id, opinion, principal, idempotency_key, writer
        )
    await throttle.attempt(consultation_id, client_hash)
    try:
        outcome = await _submit(
            session, client_hash, consultation_id, opinion, principal, idempotency_key, writer
        )
    except BaseException:
        await throttle.refund(consultation_id, client_hash)
        raise
    if outcome.replayed:
        await throttle.refund(consultation_id, client_hash)
    return outcome


async def _submit(
    session: AsyncSession,
    client_hash: str,
    consultation_id: uuid.UUID,
    opinion: dict[str, Any],
    principal: Principal | None,
    idempotency_key: str | None,
    writer: FeedbackWriter | None,
) -> Outcome:
    """Store one submission if the consultation is open now; commits.

    On PostgreSQL pass the process's ``writer`` (:func:`writer_for`): submissions then
    share group commits.

    Returns the receipt (201) — or, for a repeated ``Idempotency-Key`` with the
    same body, the receipt first given, without storing anything.
    """
    submitter = Submitter(principal, client_hash)
    if opinion.get("section_id") is not None or opinion.get("quote") is not None:
        # Only a submission about the text reads the document: check it is open first.
        await _ensure_accepting(session, consultation_id, utcnow(), anonymous=principal is None)
    quote = await _validate_opinion(session, consultation_id, opinion, ["body"])
    now = utcnow()
    code, digest = new_receipt()
    row = _row(consultation_id, opinion, quote, opinion.get("channel") or "web", now, submitter, digest)
    receipt = {
        "id": str(row["id"]),
        "consultation_id": str(consultation_id),
        "receipt_code": code,
        "status": "received",
        "submitted_at": _iso(now),
    }
    scope = _scope("feedback", consultation_id, principal)
    if writer is not None:
        stored = await _store_in_group(session, writer, row, scope, idempotency_key, opinion, receipt)
        if stored is not None:
            return stored
    else:
        if idempotency_key is not None:
            stored = await _claim_key(session, scope, idempotency_key, opinion, 201, receipt)
            if stored is not None:
                return stored
        conn = await session.connection()
        inserted = await conn.execute(SUBMISSION_INSERT, row)
        if inserted.rowcount != 1:
            await session.rollback()
            await _explain_refusal(session, consultation_id, now, anonymous=principal is None)
        await conn.execute(insert(Q), _queued([row]))
        await _register_texts(session, [row])
        emit(
            session,
            "feedback.submitted",
            Subject("feedback", row["id"]),
            {"consultation_id": consultation_id},
        )
        await session.commit()
    return Outcome(201, receipt, replayed=False)


async def record_meeting(
    session: AsyncSession,
    actor: Principal,
    consultation_id: uuid.UUID,
    batch: dict[str, Any],
    *,
    idempotency_key: str | None,
) -> Outcome:
    """Record the opinions gathered at a meeting, all or nothing; commits.

    A unit officer records meetings of their own unit; coordinators and admins name the unit.
    """
    unit_id = batch.get("unit_id") or actor.unit_id
    if unit_id is None:
        raise InvalidInput(
            "Say which unit held the meeting.", errors=[{"loc": ["body", "unit_id"], "msg": "required"}]
        )
    if actor.role == Role.unit_officer and unit_id != actor.unit_id:
        raise PermissionDenied("A unit officer records meetings of their own unit only.")
    await require_units_exist(session, [unit_id], "unit_id")
    opinions: list[dict[str, Any]] = batch["submissions"]
    now = utcnow()
    await _ensure_accepting(session, consultation_id, now, anonymous=False)
    quotes = [
        await _validate_opinion(session, consultation_id, o, ["body", "submissions", i])
        for i, o in enumerate(opinions)
    ]
    meeting = batch["meeting"]
    meeting_id = uuid.uuid4()
    submitter = Submitter(actor, None)
    rows, receipts = [], []
    for opinion, quote in zip(opinions, quotes, strict=True):
        code, digest = new_receipt()
        row = _row(consultation_id, opinion, quote, "meeting", now, submitter, digest, meeting_id)
        rows.append(row)
        receipts.append({"id": str(row["id"]), "receipt_code": code})
    result = {
        "meeting_id": str(meeting_id),
        "consultation_id": str(consultation_id),
        "unit_id": str(unit_id),
        "count": len(rows),
        "receipts": receipts,
    }
    if idempotency_key is not None:
        scope = _scope("feedback-meeting", consultation_id, actor)
        stored = await _claim_key(session, scope, idempotency_key, batch, 201, result)
        if stored is not None:
            return stored
    conn = await session.connection()
    await conn.execute(
        insert(FeedbackMeeting.__table__).values(  # type: ignore[arg-type]
            id=meeting_id,
            consultation_id=consultation_id,
            unit_id=unit_id,
            title=nfc(meeting["title"]).strip(),
            held_on=meeting["held_on"],
            location=_clean(meeting.get("location")),
            recorded_by=actor.audit_actor,
            recorded_at=now,
            submission_count=len(rows),
        )
    )
    await _first_of_texts(session, consultation_id, rows)
    await conn.execute(insert(F), rows)
    await _register_texts(session, rows)
    await conn.execute(insert(Q), _queued(rows))
    audit.record(
        session,
        actor,
        "feedback.meeting_recorded",
        "consultation",
        consultation_id,
        {"meeting_id": str(meeting_id), "unit_id": str(unit_id), "count": len(rows)},
    )
    await session.commit()
    return Outcome(201, result, replayed=False)
