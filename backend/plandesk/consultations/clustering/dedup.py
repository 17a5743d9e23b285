"""Duplicate detection: exact duplicates by hash, near-duplicates by MinHash/LSH.

*Exact* duplicates share the hash of their normalised text (folded: no
diacritics, no case, no punctuation); the submission hot path flags them inline
(``duplicate_of`` = the first submission with that hash).

*Near* duplicates — the same text lightly edited, as organised campaigns send
it — are grouped into clusters incrementally, just after commit, by a worker in
each API process (:func:`run_worker`) that takes queued submissions
(``feedback_clustering_queue``, filled in the same statement as the submission)
in batches:

1. each text becomes the set of its syllable-pair shingles (over the folded text),
   summarised by a 64-value MinHash signature whose agreement rate estimates
   the Jaccard similarity of two shingle sets;
2. the signature is cut into 16 bands of 4 values; texts sharing a band are
   candidates. A band value is stored once per consultation, anchored at the
   first submission that had it (``feedback_lsh_buckets``), so a lookup costs at
   most 16 index probes and 16 comparisons however large a campaign grows;
3. a candidate whose estimated similarity is ≥ :data:`THRESHOLD` is *verified*
   (``text_compare``): the two texts must differ only in particles, punctuation,
   spelling, word order or a whole sentence added to a long text — a different
   subject, place, figure or a negation keeps them apart, however alike they look.
   A verified candidate's cluster takes the new text (flagged ``differs_in_content``
   when it differs from the cluster's first text in content words); a text matching
   two clusters merges them. A text that joins nothing anchors the buckets it shares
   with a different request too (up to :data:`MAX_ANCHORS` each), so its own copies
   find it; a member a moderator moved out (``feedback_cluster_exclusions``) is never
   a candidate again.

The worker keeps the buckets and the anchors' signatures in memory from batch to batch
(:mod:`plandesk.consultations.clustering.lsh_index`); each batch asks the database only which of its
keys differ from that copy (another worker's anchors, a member moved out), and reads the
state of an anchor — still anchoring, its cluster — only when it is a candidate.

Nothing compares all pairs. On PostgreSQL one process clusters at a time (an
advisory lock), and queue rows are claimed with ``FOR UPDATE SKIP LOCKED``. The
results go to tables of their own (cluster members, anchor signatures, buckets):
the wide submissions table is written once and never rewritten.
"""

from __future__ import annotations

import asyncio
import collections
import gc
import hashlib
import logging
import math
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from sqlalchemy import Table, Uuid, any_, bindparam, delete, func, insert, select, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from plandesk.consultations.clustering import lsh_index, text_compare

# The candidate step, public here too (``dedup.body_hash``, ``dedup.signature``…).
from plandesk.consultations.clustering.minhash import (  # noqa: F401  (public here too)
    BANDS,
    NUM_PERM,
    ROWS,
    THRESHOLD,
    band_keys,
    band_keys_of,
    body_hash,
    normalised,
    signature,
    signatures,
    similarity,
)
from plandesk.consultations.models import (
    ClusterExclusion,
    ClusteringQueue,
    FeedbackCluster,
    FeedbackClusterMember,
    FeedbackSignature,
    FeedbackSubmission,
    LshBucket,
)
from plandesk.core.db import utcnow

log = logging.getLogger("plandesk.feedback.dedup")

# Anchors per band value: the first text that had it, then texts verification kept apart.
MAX_ANCHORS = 4
# Candidates verified per text, most similar first.
MAX_VERIFIED = 3
# The worker's youngest garbage-collector generation threshold (Python's default: 700).
GC_YOUNG = 10_000
# The process's LSH index, kept from batch to batch (checked against the database each batch).
INDEX = lsh_index.Index()
LOCK_KEY = (
    int.from_bytes(hashlib.blake2b(b"plandesk.feedback.clustering", digest_size=8).digest(), "big") >> 1
)


F: Table = FeedbackSubmission.__table__  # type: ignore[assignment]
Q: Table = ClusteringQueue.__table__  # type: ignore[assignment]
M: Table = FeedbackClusterMember.__table__  # type: ignore[assignment]
SG: Table = FeedbackSignature.__table__  # type: ignore[assignment]
CL: Table = FeedbackCluster.__table__  # type: ignore[assignment]
BK: Table = LshBucket.__table__  # type: ignore[assignment]
EX: Table = ClusterExclusion.__table__  # type: ignore[assignment]


def _sign_batch(
    consultation_ids: Sequence[uuid.UUID], texts: Sequence[str]
) -> tuple[np.ndarray, list[list[int]]]:
    sigs = signatures(texts)
    return sigs, band_keys_of(consultation_ids, sigs).tolist()


@dataclass
class _Clusters:
    """Cluster membership while a batch is processed: union-find over cluster ids."""

    parent: dict[uuid.UUID, uuid.UUID] = field(default_factory=dict)
    size: dict[uuid.UUID, int] = field(default_factory=dict)
    representative: dict[uuid.UUID, uuid.UUID] = field(default_factory=dict)
    new: set[uuid.UUID] = field(default_factory=set)
    stored: set[uuid.UUID] = field(default_factory=set)
    touched: set[uuid.UUID] = field(default_factory=set)

    def find(self, c: uuid.UUID) -> uuid.UUID:
        while self.parent.get(c, c) != c:
            c = self.parent[c]
        return c

    def create(self, representative: uuid.UUID) -> uuid.UUID:
        c = uuid.uuid4()
        self.size[c], self.representative[c] = 1, representative
        self.new.add(c)
        return c

    def merge(self, clusters: set[uuid.UUID]) -> uuid.UUID:
        winner = max(clusters, key=lambda c: (self.size[c], c in self.stored))
        for c in clusters - {winner}:
            self.parent[c] = winner
            self.size[winner] += self.size[c]
        self.touched.add(winner)
        return winner


@dataclass
class _Batch:
    """What the matching step needs, read from the database before it runs."""

    rows: list[Any]
    sigs: np.ndarray
    keys: list[list[int]]
    index: lsh_index.Index  # the stored buckets and anchors' signatures (checked this batch)
    stored: list[tuple[np.ndarray, np.ndarray]]  # per text: stored candidates, their agreement
    live: set[uuid.UUID]  # stored candidates that still anchor (signed, never moved out)
    text_of: dict[uuid.UUID, str]  # texts not prepared yet (see _Texts): the batch's, some anchors'
    prepared: dict[str, text_compare.Text]  # the others, by body hash
    hash_of: dict[uuid.UUID, str]  # body hash of the batch's texts, anchors and representatives
    cluster_of: dict[uuid.UUID, uuid.UUID | None]
    clusters: _Clusters


@dataclass
class _Outcome:
    joined: dict[uuid.UUID, bool] = field(default_factory=dict)  # new member -> differs_in_content
    new_buckets: list[dict[str, Any]] = field(default_factory=list)
    new_signatures: list[dict[str, Any]] = field(default_factory=list)
    new_anchors: list[tuple[uuid.UUID, np.ndarray, list[int]]] = field(default_factory=list)
    flag_losers: set[uuid.UUID] = field(default_factory=set)  # stored clusters whose members differ


class _Texts:
    """Texts prepared for comparison (``text_compare.Text``) and verdicts, both kept by body
    hash from batch to batch: anchors and first texts come back batch after batch, and a
    campaign sends the same text again and again (texts equal but for case, accents and
    punctuation are one text to the comparison: an exact duplicate). Bounded caches that
    drop the least recently used; a cached text's body is not read again."""

    texts: collections.OrderedDict[str, text_compare.Text] = collections.OrderedDict()
    known: collections.OrderedDict[tuple[str, str], text_compare.Verdict] = collections.OrderedDict()
    TEXTS = 20_000
    VERDICTS = 200_000

    def __init__(
        self,
        text_of: dict[uuid.UUID, str],
        hash_of: dict[uuid.UUID, str],
        pinned: dict[str, text_compare.Text],
    ) -> None:
        self.text_of = text_of
        self.hash_of = hash_of
        self.pinned = pinned  # cached when the batch was read (their bodies were not read): kept

    @classmethod
    def cached(cls, hashes: Iterable[str]) -> dict[str, text_compare.Text]:
        return {h: t for h in hashes if (t := cls.texts.get(h)) is not None}

    def text(self, sid: uuid.UUID) -> text_compare.Text:
        h = self.hash_of[sid]
        found = self.texts.get(h)
        if found is not None:
            self.texts.move_to_end(h)
            return found
        found = self.pinned.get(h) or text_compare.Text(self.text_of[sid])
        self.texts[h] = found
        if len(self.texts) > self.TEXTS:
            self.texts.popitem(last=False)
        return found

    def verdict(self, first: uuid.UUID, second: uuid.UUID) -> text_compare.Verdict:
        pair = (self.hash_of[first], self.hash_of[second])
        if pair[0] == pair[1]:
            return text_compare.Verdict.SAME  # equal normalised texts: no word is read
        found = self.known.get(pair)
        if found is not None:
            self.known.move_to_end(pair)
            return found
        found = self.known[pair] = text_compare.verdict(self.text(first), self.text(second))
        if len(self.known) > self.VERDICTS:
            self.known.popitem(last=False)
        return found


async def _rows_in(
    conn: Any, postgres: bool, column: Any, values: Sequence[Any], query: Callable[[Any], Any]
) -> list[Any]:
    """The rows of ``query(condition)`` where ``column`` is one of ``values``: one array
    parameter on PostgreSQL (one statement, compiled once and prepared once, whatever the
    number of values), ``IN`` lists of at most 500 on SQLite."""
    if postgres:
        array = bindparam("values", list(values), type_=ARRAY(column.type))
        return list((await conn.execute(query(column == any_(array)))).all())
    out: list[Any] = []
    for chunk in range(0, len(values), 500):
        out.extend((await conn.execute(query(column.in_(values[chunk : chunk + 500])))).all())
    return out


async def _insert(conn: Any, postgres: bool, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys): on PostgreSQL one ``INSERT … SELECT FROM
    unnest(arrays)`` statement, an array parameter per column, whatever the number of rows
    (no per-row parameter sets to build); an executemany elsewhere."""
    if not rows:
        return
    if not postgres:
        await conn.execute(insert(table), rows)
        return
    names = list(rows[0])
    source = (
        func.unnest(
            *(
                bindparam(f"{name}_values", [r[name] for r in rows], type_=ARRAY(table.c[name].type))
                for name in names
            )
        )
        .table_valued(*names)
        .render_derived()
    )
    await conn.execute(insert(table).from_select(names, select(*(source.c[name] for name in names))))


def _match(batch: _Batch) -> _Outcome:
    """Assign the batch's submissions to clusters (CPU only: run in a thread).

    LSH gives candidates; a candidate joins only if its estimated similarity reaches
    :data:`THRESHOLD` *and* the verification step (``text_compare``) finds that the two
    texts ask for the same thing. A text that joins nothing anchors its buckets (up to
    :data:`MAX_ANCHORS` per bucket), so its own copies can find it even where its bands
    are shared with a different request."""
    out = _Outcome()
    texts = _Texts(batch.text_of, batch.hash_of, batch.prepared)
    clusters, cluster_of, index, live = batch.clusters, batch.cluster_of, batch.index, batch.live
    Same = text_compare.Verdict.SAME
    Different = text_compare.Verdict.DIFFERENT
    # Candidates: the stored anchors found before the batch (``batch.stored``, scored against
    # the index), and this batch's own new anchors (numbered from len(index.ids) on, kept
    # apart until the batch commits), scored here.
    base = len(index.ids)
    own_ids: list[uuid.UUID] = []
    own_sigs = np.empty((len(batch.rows), NUM_PERM), dtype=np.uint32)
    own: dict[int, list[int]] = {}
    least = math.ceil(THRESHOLD * NUM_PERM)  # values that must agree
    for row, sig, row_keys, (stored, stored_agree) in zip(
        batch.rows, batch.sigs, batch.keys, batch.stored, strict=True
    ):
        rid = row.submission_id
        mine = {i for k in row_keys for i in own.get(k, ())}
        candidates, agree = stored, stored_agree
        if mine:
            numbers = np.fromiter(mine, dtype=np.intp, count=len(mine))
            mine_agree = np.count_nonzero(own_sigs[numbers] == sig, axis=1)
            keep = mine_agree >= least
            candidates = np.concatenate([stored, numbers[keep] + base])
            agree = np.concatenate([stored_agree, mine_agree[keep]])
        order: list[uuid.UUID] = []
        for j in np.argsort(-agree, kind="stable"):
            n = int(candidates[j])
            a = index.ids[n] if n < base else own_ids[n - base]
            if n >= base or a in live:
                order.append(a)
                if len(order) == MAX_VERIFIED:
                    break
        # Most similar first; a candidate already in a cluster this text joins changes
        # nothing and is not verified.
        matches: list[uuid.UUID] = []
        joining: set[uuid.UUID] = set()
        for a in order:
            current = cluster_of.get(a)
            root = clusters.find(current) if current is not None and current in clusters.size else None
            if root is not None and root in joining:
                continue
            if texts.verdict(a, rid) != Different:
                matches.append(a)
                if root is not None:
                    joining.add(root)
        cluster_of[rid] = None
        if matches:
            targets: set[uuid.UUID] = set()
            for a in matches:
                current = cluster_of.get(a)
                if current is None or current not in clusters.size:
                    current = clusters.create(a)
                    cluster_of[a] = current
                    out.joined[a] = False
                targets.add(clusters.find(current))
            representatives = {t: clusters.representative[t] for t in targets}
            winner = clusters.merge(targets)
            for loser, rep in representatives.items():
                # Members of a merged cluster now stand against the winner's first text.
                if (
                    loser != winner
                    and loser in clusters.stored
                    and texts.verdict(clusters.representative[winner], rep) != Same
                ):
                    out.flag_losers.add(loser)
            clusters.size[winner] += 1
            cluster_of[rid] = winner
            out.joined[rid] = False
            # A member is reached through its cluster's anchors: only texts that start
            # something new anchor buckets, which keeps a campaign's bucket count flat.
            continue
        anchored: list[int] = []
        for k in row_keys:
            slot = own.setdefault(k, [])
            if index.slots(k) + len(slot) < MAX_ANCHORS:
                if not anchored:
                    own_sigs[len(own_ids)] = sig
                    own_ids.append(rid)
                slot.append(len(own_ids) - 1)
                anchored.append(k)
                out.new_buckets.append(
                    {"consultation_id": row.consultation_id, "band_key": k, "anchor_id": rid}
                )
        if anchored:
            out.new_signatures.append({"submission_id": rid, "signature": sig.tobytes()})
            out.new_anchors.append((rid, sig, anchored))
    for sid in out.joined:
        rep = clusters.representative[clusters.find(cluster_of[sid])]  # type: ignore[arg-type]
        out.joined[sid] = sid != rep and texts.verdict(rep, sid) != Same
    return out


async def cluster_pending(
    session: AsyncSession, limit: int = 200, index: lsh_index.Index | None = None
) -> int:
    """Cluster up to ``limit`` queued submissions; commits. Returns how many were processed
    (0 when there is nothing to do or another process holds the clustering lock). ``index``:
    the process's LSH index (:data:`INDEX`) unless given (tests: a second worker's)."""
    conn = await session.connection()
    postgres = conn.dialect.name == "postgresql"
    if postgres and not await conn.scalar(select(func.pg_try_advisory_xact_lock(LOCK_KEY))):
        await session.rollback()
        return 0
    claimed = (
        await conn.execute(
            select(Q.c.submission_id, F.c.consultation_id, F.c.body_folded, F.c.body, F.c.body_hash)
            .outerjoin(F, F.c.id == Q.c.submission_id)
            .order_by(Q.c.queued_at)
            .limit(limit)
            .with_for_update(skip_locked=True, of=Q)
        )
    ).all()
    if not claimed:
        await session.rollback()
        return 0
    rows = [r for r in claimed if r.body_folded is not None]  # a deleted submission leaves its id behind
    sigs, keys = await asyncio.to_thread(
        _sign_batch, [r.consultation_id for r in rows], [r.body_folded for r in rows]
    )

    # The batch's keys (salted by consultation) are checked against the database: the index
    # then holds every bucket the batch reads as the database has it (see lsh_index).
    index = INDEX if index is None else index
    await lsh_index.refresh(
        index, conn, postgres, {k: r.consultation_id for r, ks in zip(rows, keys, strict=True) for k in ks}
    )
    least = math.ceil(THRESHOLD * NUM_PERM)
    stored = await asyncio.to_thread(index.candidates, keys, sigs, least)
    live: set[uuid.UUID] = set()
    text_of: dict[uuid.UUID, str] = {r.submission_id: r.body for r in rows}
    hash_of: dict[uuid.UUID, str] = {r.submission_id: r.body_hash for r in rows}
    prepared: dict[str, text_compare.Text] = {}
    cluster_of: dict[uuid.UUID, uuid.UUID | None] = {}
    has_member: set[uuid.UUID] = set()
    clusters = _Clusters()
    anchors = [index.ids[n] for n in {n for found, _ in stored for n in found.tolist()}]
    if anchors:
        # What may change between batches, for the candidates that reach the threshold, in one
        # statement: whether each still anchors (a signature row; not moved out), its cluster,
        # that cluster's size and first text.
        rep = F.alias("representative")
        for aid, text_hash, has_signature, excluded, cid, size, rep_id, rep_hash in await _rows_in(
            conn,
            postgres,
            F.c.id,
            anchors,
            lambda where: (
                select(
                    F.c.id,
                    F.c.body_hash,
                    SG.c.submission_id.is_not(None),
                    EX.c.submission_id.is_not(None),
                    M.c.cluster_id,
                    CL.c.size,
                    CL.c.representative_id,
                    rep.c.body_hash,
                )
                .select_from(
                    F.outerjoin(SG, SG.c.submission_id == F.c.id)
                    .outerjoin(EX, EX.c.submission_id == F.c.id)
                    .outerjoin(M, M.c.submission_id == F.c.id)
                    .outerjoin(CL, CL.c.id == M.c.cluster_id)
                    .outerjoin(rep, rep.c.id == CL.c.representative_id)
                )
                .where(where)
            ),
        ):
            if has_signature and not excluded:  # moved out by a moderator: never a way back in
                live.add(aid)
                hash_of[aid] = text_hash
            if cid is not None:
                cluster_of[aid] = cid
                has_member.add(aid)
                if rep_hash is not None and cid not in clusters.stored:
                    clusters.size[cid], clusters.representative[cid] = size, rep_id
                    clusters.stored.add(cid)
                    hash_of[rep_id] = rep_hash
        # Texts prepared in an earlier batch are not read again.
        prepared = _Texts.cached({hash_of[i] for i in hash_of.keys() - text_of.keys()})
        unread = [i for i in hash_of.keys() - text_of.keys() if hash_of[i] not in prepared]
        if unread:
            text_of.update(
                await _rows_in(
                    conn, postgres, F.c.id, unread, lambda where: select(F.c.id, F.c.body).where(where)
                )
            )

    batch = _Batch(rows, sigs, keys, index, stored, live, text_of, prepared, hash_of, cluster_of, clusters)
    outcome = await asyncio.to_thread(_match, batch)
    joined = outcome.joined

    now = utcnow()
    live_new = [c for c in clusters.new if clusters.find(c) == c]
    if live_new:
        consultation_of = {r.submission_id: r.consultation_id for r in rows}
        missing = {clusters.representative[c] for c in live_new} - consultation_of.keys()
        if missing:
            found_rows = await conn.execute(select(F.c.id, F.c.consultation_id).where(F.c.id.in_(missing)))
            consultation_of.update(dict(found_rows.tuples().all()))
        await conn.execute(
            insert(CL),
            [
                {
                    "id": c,
                    "consultation_id": consultation_of[clusters.representative[c]],
                    "representative_id": clusters.representative[c],
                    "size": clusters.size[c],
                    "created_at": now,
                    "updated_at": now,
                }
                for c in live_new
            ],
        )
    for loser in [c for c in clusters.stored if clusters.find(c) != c]:
        changes: dict[str, Any] = {"cluster_id": clusters.find(loser)}
        if loser in outcome.flag_losers:
            changes["differs_in_content"] = True
        await conn.execute(update(M).where(M.c.cluster_id == loser).values(**changes))
        await conn.execute(delete(CL).where(CL.c.id == loser))
    # Every new member went through merge(), so the grown clusters are the touched ones.
    grown = {clusters.find(c) for c in clusters.touched} & clusters.stored
    if grown:
        await conn.execute(
            update(CL).where(CL.c.id == bindparam("b_id")).values(size=bindparam("b_size"), updated_at=now),
            [{"b_id": c, "b_size": clusters.size[c]} for c in grown],
        )
    if joined:
        stale = [sid for sid in joined if sid in has_member]  # its cluster row had vanished
        if stale:
            await conn.execute(delete(M).where(M.c.submission_id.in_(stale)))
        await _insert(
            conn,
            postgres,
            M,
            [
                {
                    "submission_id": sid,
                    "cluster_id": clusters.find(cluster_of[sid]),  # type: ignore[arg-type]
                    "differs_in_content": flagged,
                }
                for sid, flagged in joined.items()
            ],
        )
    if outcome.new_signatures:
        await _insert(conn, postgres, SG, outcome.new_signatures)
    await _insert(conn, postgres, BK, outcome.new_buckets)
    done = [r.submission_id for r in claimed]
    await conn.execute(
        delete(Q).where(
            Q.c.submission_id == any_(bindparam("done", done, type_=ARRAY(Uuid)))
            if postgres
            else Q.c.submission_id.in_(done)
        )
    )
    await session.commit()
    index.add(outcome.new_anchors)  # committed: the index holds what the database holds
    return len(claimed)


async def cluster_all(session: AsyncSession, batch: int = 500, index: lsh_index.Index | None = None) -> int:
    """Cluster every pending submission (the CLI and tests); returns how many were processed."""
    total = 0
    while n := await cluster_pending(session, batch, index):
        total += n
    return total


# A dedicated worker that finds a full batch behind it takes the next one straight away and
# twice as large, up to this many times the configured batch: under a sustained load it keeps
# up with the queue instead of pausing between batches, and each batch's fixed costs (the
# lock, the claim, the commit) are spread over more submissions. Fed 2,000 submissions a
# second (bench/clusters.py --feed-rate 2000), a cap of 10 batches (2,000) kept the worker
# at 355-371 ms of CPU per 1,000 and 4,200-5,700 behind, caught up 1.2-2.5 s after the load;
# 25 (5,000): 269-271 ms, 2,000-3,800 behind, 0.7-0.9 s.
CATCH_UP_FACTOR = 25
# In an API process (SQLite, or PLANDESK_FEEDBACK_CLUSTERING_IN_API) the loop shares the event
# loop with requests: after a full batch it pauses this long and keeps the batch's size.
API_PAUSE_SECONDS = 0.05
# A dedicated worker whose last batch was not full (the queue was drained, but not empty)
# looks again after this long.
BUSY_PAUSE_SECONDS = 0.2


async def run_worker(
    sessionmaker: async_sessionmaker[AsyncSession], interval: float, batch: int, *, dedicated: bool = False
) -> None:
    """The clustering loop: ``dedicated`` in `plandesk worker`, otherwise in each API process;
    on PostgreSQL only one process clusters at a time (an advisory lock)."""
    # What the process has loaded so far (modules, the app) lives as long as the process: kept
    # out of the garbage collector's full collections, which a batch's many short-lived rows
    # and texts trigger often and which otherwise walk all of it each time (a third of the
    # worker's CPU at 100,000 submissions).
    gc.collect()
    gc.freeze()
    # Young collections every 10,000 allocations rather than 700: a batch allocates some
    # hundred thousand short-lived objects (rows, ids, words), and each young collection
    # promotes the survivors that older ones walk again (half the collector's time at 20,000
    # submissions: 0.28 -> 0.14 s). The older generations keep their thresholds' ratios.
    gc.set_threshold(GC_YOUNG, *gc.get_threshold()[1:])
    size = batch
    while True:
        processed = 0
        try:
            async with sessionmaker() as session:
                processed = await cluster_pending(session, size)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("near-duplicate clustering failed; retrying")
        size, pause = next_batch(batch, size, processed, interval, dedicated)
        await asyncio.sleep(pause)


def next_batch(batch: int, size: int, processed: int, interval: float, dedicated: bool) -> tuple[int, float]:
    """The next batch's size and the pause before it, after ``processed`` of ``size``."""
    if processed == 0 or (processed < size and not dedicated):
        return batch, interval  # the queue is drained: back to the configured batch, and wait
    if processed < size:
        # A dedicated worker that found some: submissions are arriving. It looks again soon,
        # with the same room, rather than waiting the idle interval while they pile up (at
        # 2,000 a second a 1 s wait left a backlog of several seconds, and the catch-up after
        # the load ended took 2.5 s).
        return size, min(interval, BUSY_PAUSE_SECONDS)
    if not dedicated:
        return batch, API_PAUSE_SECONDS
    return min(size * 2, batch * CATCH_UP_FACTOR), 0.0
