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
3. a candidate whose estimated similarity is ≥ :data:`THRESHOLD` joins the new
   text's cluster; a text matching two clusters merges them.

Nothing compares all pairs. On PostgreSQL one process clusters at a time (an
advisory lock), and queue rows are claimed with ``FOR UPDATE SKIP LOCKED``. The
results go to tables of their own (cluster members, anchor signatures, buckets):
the wide submissions table is written once and never rewritten.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
import uuid
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from sqlalchemy import BigInteger, Table, Uuid, any_, bindparam, delete, func, insert, select, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from plandesk.consultations.models import (
    ClusteringQueue,
    FeedbackCluster,
    FeedbackClusterMember,
    FeedbackSignature,
    FeedbackSubmission,
    LshBucket,
)
from plandesk.core.db import utcnow
from plandesk.core.text import fold

log = logging.getLogger("plandesk.feedback.dedup")

NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS
THRESHOLD = 0.5
LOCK_KEY = (
    int.from_bytes(hashlib.blake2b(b"plandesk.feedback.clustering", digest_size=8).digest(), "big") >> 1
)

_NON_WORD = re.compile(r"[\W_]+")
_rng = np.random.default_rng(20200211)  # fixed: signatures must agree across processes and restarts
_A = _rng.integers(1, 2**63, NUM_PERM, dtype=np.uint64) | np.uint64(1)
_B = _rng.integers(0, 2**63, NUM_PERM, dtype=np.uint64)

F: Table = FeedbackSubmission.__table__  # type: ignore[assignment]
Q: Table = ClusteringQueue.__table__  # type: ignore[assignment]
M: Table = FeedbackClusterMember.__table__  # type: ignore[assignment]
SG: Table = FeedbackSignature.__table__  # type: ignore[assignment]
CL: Table = FeedbackCluster.__table__  # type: ignore[assignment]
BK: Table = LshBucket.__table__  # type: ignore[assignment]


def normalised(folded: str) -> str:
    """The comparison form of already-folded text: words only, single spaces."""
    return _NON_WORD.sub(" ", folded).strip()


def body_hash(text: str, folded: str | None = None) -> str:
    """Hash of the normalised text: equal for texts differing only in case, accents, punctuation.

    Pass ``folded`` (``fold(text)``) when it is at hand, to fold only once."""
    return hashlib.blake2b(
        normalised(fold(text) if folded is None else folded).encode(), digest_size=16
    ).hexdigest()


# Shingles per chunk when a batch is signed at once: bounds the (NUM_PERM × shingles) matrix.
_CHUNK_GRAMS = 50_000
_PAIR = np.uint64(0x9E3779B97F4A7C15)


def _grams(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """The syllable-pair shingle hashes of several texts laid end to end, and where each
    text's shingles start. Vietnamese writes one syllable per word: pairs of syllables
    are to it what words are to English (a one-syllable text is its own shingle)."""
    counts: list[int] = []
    word_hashes: list[int] = []
    for text in texts:
        words = normalised(text).split() or [""]
        word_hashes.extend(zlib.crc32(w.encode()) for w in words)
        counts.append(len(words))
    hashes = np.array(word_hashes, dtype=np.uint64)
    n_words = np.array(counts, dtype=np.int64)
    n_grams = np.maximum(n_words - 1, 1)
    firsts = np.cumsum(n_grams) - n_grams
    starts = np.cumsum(n_words) - n_words
    positions = np.arange(n_grams.sum()) + np.repeat(starts - firsts, n_grams)
    pairs = np.repeat(n_words > 1, n_grams)
    following = np.where(pairs, hashes[np.minimum(positions + 1, len(hashes) - 1)], np.uint64(0))
    with np.errstate(over="ignore"):
        grams = hashes[positions] * _PAIR + following
    return grams, firsts


def signatures(texts: Sequence[str]) -> np.ndarray:
    """MinHash signatures of folded texts: an array of shape (len(texts), ``NUM_PERM``), uint32.

    The whole batch is one handful of large numpy operations (which release the GIL),
    not a Python loop per text."""
    out = np.empty((len(texts), NUM_PERM), dtype=np.uint32)
    begin = 0
    while begin < len(texts):
        # Grow the chunk while its grams fit the budget (a text always fits on its own).
        end, grams = begin, 0
        while end < len(texts) and (end == begin or grams + len(texts[end]) // 4 + 1 <= _CHUNK_GRAMS):
            grams += len(texts[end]) // 4 + 1  # about one syllable pair per four characters
            end += 1
        hashes, firsts = _grams(texts[begin:end])
        with np.errstate(over="ignore"):
            mixed = hashes ^ (hashes >> np.uint64(29))
            values = (_A[:, None] * mixed[None, :] + _B[:, None]) >> np.uint64(32)
        out[begin:end] = np.minimum.reduceat(values, firsts, axis=1).T.astype(np.uint32)
        begin = end
    return out


def signature(folded: str) -> np.ndarray:
    """MinHash signature (``NUM_PERM`` uint32 values) of one folded text."""
    result: np.ndarray = signatures([folded])[0]
    return result


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the texts behind two signatures."""
    return float(np.count_nonzero(a == b)) / NUM_PERM


_BAND_MIX = np.array(
    [0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93], dtype=np.uint64
)
_BAND_SALT = np.arange(1, BANDS + 1, dtype=np.uint64) * np.uint64(0xFF51AFD7ED558CCD)


def band_keys_of(consultation_ids: Sequence[uuid.UUID], sigs: np.ndarray) -> np.ndarray:
    """The ``BANDS`` 64-bit keys of each signature, salted by consultation and band number:
    shape (len(sigs), ``BANDS``), int64.

    Texts share a key when all ``ROWS`` values of that band agree; keys of different
    consultations differ, so one table holds every consultation's buckets."""
    salts = np.fromiter(
        (int.from_bytes(c.bytes[:8], "big") for c in consultation_ids), dtype=np.uint64, count=len(sigs)
    )
    with np.errstate(over="ignore"):
        h = (sigs.reshape(len(sigs), BANDS, ROWS).astype(np.uint64) * _BAND_MIX).sum(axis=2, dtype=np.uint64)
        h ^= _BAND_SALT[None, :] ^ salts[:, None]
        h ^= h >> np.uint64(33)
        h *= np.uint64(0xFF51AFD7ED558CCD)
        h ^= h >> np.uint64(33)
    keys: np.ndarray = h.view(np.int64)
    return keys


def band_keys(consultation_id: uuid.UUID, sig: np.ndarray) -> list[int]:
    """The band keys of one signature (see :func:`band_keys_of`)."""
    keys: list[int] = band_keys_of([consultation_id], sig.reshape(1, NUM_PERM))[0].tolist()
    return keys


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


async def cluster_pending(session: AsyncSession, limit: int = 200) -> int:
    """Cluster up to ``limit`` queued submissions; commits. Returns how many were processed
    (0 when there is nothing to do or another process holds the clustering lock)."""
    conn = await session.connection()
    postgres = conn.dialect.name == "postgresql"
    if postgres and not await conn.scalar(select(func.pg_try_advisory_xact_lock(LOCK_KEY))):
        await session.rollback()
        return 0
    claimed = (
        await conn.execute(
            select(Q.c.submission_id, F.c.consultation_id, F.c.body_folded)
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

    # Band keys are salted by consultation: a key alone identifies its bucket.
    bucket: dict[int, uuid.UUID] = {}
    wanted = sorted({k for ks in keys for k in ks})
    for chunk in range(0, len(wanted), 5000 if postgres else 500):
        part = wanted[chunk : chunk + (5000 if postgres else 500)]
        # One array parameter on PostgreSQL rather than thousands of IN parameters.
        where = (
            BK.c.band_key == any_(bindparam("keys", part, type_=ARRAY(BigInteger)))
            if postgres
            else BK.c.band_key.in_(part)
        )
        found = await conn.execute(select(BK.c.band_key, BK.c.anchor_id).where(where))
        bucket.update(dict(found.tuples().all()))

    sig_of: dict[uuid.UUID, np.ndarray] = {}
    cluster_of: dict[uuid.UUID, uuid.UUID | None] = {}
    has_member: set[uuid.UUID] = set()
    clusters = _Clusters()
    anchors = list(set(bucket.values()))
    if anchors:
        for aid, signature_bytes in await conn.execute(
            select(SG.c.submission_id, SG.c.signature).where(SG.c.submission_id.in_(anchors))
        ):
            sig_of[aid] = np.frombuffer(signature_bytes, dtype=np.uint32)
        for aid, cid in await conn.execute(
            select(M.c.submission_id, M.c.cluster_id).where(M.c.submission_id.in_(anchors))
        ):
            cluster_of[aid] = cid
            has_member.add(aid)
        stored_ids = {c for c in cluster_of.values() if c is not None}
        if stored_ids:
            for cid, size, rep in await conn.execute(
                select(CL.c.id, CL.c.size, CL.c.representative_id).where(CL.c.id.in_(stored_ids))
            ):
                clusters.size[cid], clusters.representative[cid] = size, rep
                clusters.stored.add(cid)

    joined: set[uuid.UUID] = set()  # submissions that gain a cluster in this batch
    new_buckets: list[dict[str, Any]] = []
    new_signatures: list[dict[str, Any]] = []
    for row, sig, row_keys in zip(rows, sigs, keys, strict=True):
        rid = row.submission_id
        candidates = {bucket[k] for k in row_keys if k in bucket}
        matches = [a for a in candidates if a in sig_of and similarity(sig, sig_of[a]) >= THRESHOLD]
        cluster_of[rid] = None
        if matches:
            targets: set[uuid.UUID] = set()
            for a in matches:
                current = cluster_of.get(a)
                if current is None or current not in clusters.size:
                    current = clusters.create(a)
                    cluster_of[a] = current
                    joined.add(a)
                targets.add(clusters.find(current))
            winner = clusters.merge(targets)
            clusters.size[winner] += 1
            cluster_of[rid] = winner
            joined.add(rid)
            # A member is reached through its cluster's anchors: only texts that start
            # something new anchor buckets, which keeps a campaign's bucket count flat.
            continue
        anchored = False
        for k in row_keys:
            if k not in bucket:
                bucket[k] = rid
                anchored = True
                new_buckets.append({"consultation_id": row.consultation_id, "band_key": k, "anchor_id": rid})
        if anchored:
            sig_of[rid] = sig
            new_signatures.append({"submission_id": rid, "signature": sig.tobytes()})

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
        await conn.execute(update(M).where(M.c.cluster_id == loser).values(cluster_id=clusters.find(loser)))
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
        await conn.execute(
            insert(M),
            [{"submission_id": sid, "cluster_id": clusters.find(cluster_of[sid])} for sid in joined],  # type: ignore[arg-type]
        )
    if new_signatures:
        await conn.execute(insert(SG), new_signatures)
    if new_buckets:
        await conn.execute(insert(BK), new_buckets)
    done = [r.submission_id for r in claimed]
    await conn.execute(
        delete(Q).where(
            Q.c.submission_id == any_(bindparam("done", done, type_=ARRAY(Uuid)))
            if postgres
            else Q.c.submission_id.in_(done)
        )
    )
    await session.commit()
    return len(claimed)


async def cluster_all(session: AsyncSession, batch: int = 500) -> int:
    """Cluster every pending submission (the CLI and tests); returns how many were processed."""
    total = 0
    while n := await cluster_pending(session, batch):
        total += n
    return total


async def run_worker(sessionmaker: async_sessionmaker[AsyncSession], interval: float, batch: int) -> None:
    """Each API process runs this loop; on PostgreSQL only one of them clusters at a time."""
    while True:
        processed = 0
        try:
            async with sessionmaker() as session:
                processed = await cluster_pending(session, batch)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("near-duplicate clustering failed; retrying")
        await asyncio.sleep(0.05 if processed >= batch else interval)
