"""The LSH index (band key → anchors, and the anchors' signatures) kept in the clustering
worker's memory, checked against the database for the keys each batch needs.

Reading the buckets of a batch's 3,200 band keys (~4,500 rows at 100,000 submissions) and
every anchor found there was most of the worker's database time. The index keeps them from
batch to batch instead, and each batch asks the database only *which of its keys differ*
from what the index holds: one statement that sends each key with the count and a checksum
of the anchors the index has for it, and answers the anchors of the keys that differ —
usually none. So whatever else changed the buckets — another worker, a moderator moving a
member out (its bucket rows are deleted), a moved-out cluster's next first text anchoring —
is picked up before the batch uses those keys, and the database stays the authority on
every key a batch reads, as when every bucket was read each batch.

Only what never changes is kept without checking: an anchor's signature (a body, so its
signature, never changes). Whether an anchor still anchors, its cluster and that cluster's
first text are read from the database each batch, for the candidates that reach the
similarity threshold (``dedup.cluster_pending``); the moved-out are never candidates.

The index is filled as keys are first met (nothing is loaded up front) and grows with what
this process clustered; a batch's new anchors are added once its transaction committed
(:meth:`Index.add`). Past :data:`Index.MAX_ANCHORS` anchors it is emptied and refills. One
batch at a time uses an index (the worker loop; on PostgreSQL the clustering lock).
On SQLite (one writer at a time, modest volumes) the batch's keys are read whole each batch.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
from sqlalchemy import BigInteger, Table, Uuid, any_, bindparam, select, text
from sqlalchemy.dialects.postgresql import ARRAY

from plandesk.consultations.clustering.minhash import NUM_PERM
from plandesk.consultations.models import FeedbackSignature, LshBucket

BK: Table = LshBucket.__table__  # type: ignore[assignment]
SG: Table = FeedbackSignature.__table__  # type: ignore[assignment]

# The keys whose anchors differ from what the index holds, with the anchors the database has
# for them (none: one row with a NULL anchor). A key's figure: its number of anchors × 2^36
# plus the sum of each anchor id's first 32 bits as a signed integer (|sum| < 2^35 for up
# to 16 anchors). The keys (salted by consultation) and the index's figures go in as arrays.
_DIFFERING = text(
    """
    SELECT e.k AS band_key, b.anchor_id
    FROM unnest(:ks, :fs) AS e(k, f)
    CROSS JOIN LATERAL (
        SELECT count(*) * 68719476736 + coalesce(sum(('x' || left(anchor_id::text, 8))::bit(32)::int), 0) AS f
        FROM feedback_lsh_buckets
        WHERE consultation_id = ANY(:cs) AND band_key = e.k
    ) AS d
    LEFT JOIN feedback_lsh_buckets AS b ON b.consultation_id = ANY(:cs) AND b.band_key = e.k
    WHERE d.f <> e.f
    """
).bindparams(
    bindparam("cs", type_=ARRAY(Uuid)),
    bindparam("ks", type_=ARRAY(BigInteger)),
    bindparam("fs", type_=ARRAY(BigInteger)),
)


def _tag(anchor: uuid.UUID) -> int:
    """An anchor id's first 32 bits as a signed integer (as the statement above computes it)."""
    v = anchor.int >> 96
    return v - (1 << 32) if v >= 1 << 31 else v


class Index:
    """Band key → anchor numbers, and each anchor's id, signature and whether it is signed."""

    # ~2.9 kB an anchor (16 keys, their tuples and figures, a signature row): ~290 MB at most.
    # Emptied past this and refilled as keys are met again.
    MAX_ANCHORS = 100_000

    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        # As the database has them (order aside); tuples of ints, which the garbage collector
        # stops tracking, so a full collection does not walk the whole index.
        self.bucket: dict[int, tuple[int, ...]] = {}
        self.figure: dict[int, int] = {}  # each key's figure (see _DIFFERING), kept with it
        self.ids: list[uuid.UUID] = []
        self.number: dict[uuid.UUID, int] = {}
        self.tags: list[int] = []
        self.signed = np.zeros(1024, dtype=bool)  # a signature row was found: may be a candidate
        self.matrix = np.empty((1024, NUM_PERM), dtype=np.uint32)

    def _number(self, anchor: uuid.UUID) -> int:
        found = self.number.get(anchor)
        if found is not None:
            return found
        n = self.number[anchor] = len(self.ids)
        self.ids.append(anchor)
        self.tags.append(_tag(anchor))
        if n >= len(self.signed):
            grown = np.empty((2 * len(self.signed), NUM_PERM), dtype=np.uint32)
            grown[:n] = self.matrix[:n]
            self.matrix = grown
            self.signed = np.concatenate([self.signed, np.zeros(len(self.signed), dtype=bool)])
        return n

    def _sign(self, anchor: uuid.UUID, signature: bytes | np.ndarray) -> None:
        n = self._number(anchor)
        if isinstance(signature, bytes):
            signature = np.frombuffer(signature, dtype=np.uint32)
        self.matrix[n] = signature
        self.signed[n] = True

    def figures(self, keys: Sequence[int]) -> list[int]:
        """Each key's figure (see :data:`_DIFFERING`): 0 for a key with no anchor."""
        figure = self.figure
        return [figure.get(k, 0) for k in keys]

    def _set(self, key: int, anchors: Sequence[int]) -> None:
        if anchors:
            self.bucket[key] = tuple(anchors)
            self.figure[key] = (len(anchors) << 36) + sum(self.tags[a] for a in anchors)
        else:  # keys no anchor has are not kept
            self.bucket.pop(key, None)
            self.figure.pop(key, None)

    def candidates(
        self, keys: Sequence[Sequence[int]], sigs: np.ndarray, least: int
    ) -> list[tuple[np.ndarray, np.ndarray]]:
        """For each text (its band keys and signature), the signed anchors sharing a key with
        it and agreeing in at least ``least`` values: their numbers and agreement counts.
        The whole batch is scored in one operation."""
        bucket = self.bucket
        numbers: list[int] = []
        counts: list[int] = []
        for row_keys in keys:
            found = {a for k in row_keys for a in bucket.get(k, ())}
            numbers.extend(found)
            counts.append(len(found))
        if not numbers:
            return [(_NONE, _NONE)] * len(keys)
        found_numbers = np.array(numbers, dtype=np.intp)
        rows = np.repeat(np.arange(len(keys)), counts)
        agree = np.count_nonzero(self.matrix[found_numbers] == sigs[rows], axis=1)
        keep = (agree >= least) & self.signed[found_numbers]
        found_numbers, agree, rows = found_numbers[keep], agree[keep], rows[keep]
        cuts = np.searchsorted(rows, np.arange(1, len(keys)))
        return list(zip(np.split(found_numbers, cuts), np.split(agree, cuts), strict=True))

    def slots(self, key: int) -> int:
        return len(self.bucket.get(key, ()))

    def add(self, anchors: Iterable[tuple[uuid.UUID, np.ndarray, Sequence[int]]]) -> None:
        """New anchors of a committed batch: each signed, in its buckets."""
        for anchor, sig, keys in anchors:
            self._sign(anchor, sig)
            n = self.number[anchor]
            for k in keys:
                self._set(k, (*self.bucket.get(k, ()), n))


_NONE = np.empty(0, dtype=np.intp)


async def refresh(index: Index, conn: Any, postgres: bool, key_consultation: dict[int, uuid.UUID]) -> None:
    """Bring the index's buckets of these keys (each with its consultation) in line with the
    database, and read the signatures of anchors it meets for the first time."""
    if len(index.ids) > index.MAX_ANCHORS:
        index.clear()
    keys = list(key_consultation)
    if not keys:
        return
    fresh: dict[int, list[uuid.UUID]] = {}
    if postgres:
        rows = await conn.execute(
            _DIFFERING,
            {"cs": sorted(set(key_consultation.values())), "ks": keys, "fs": index.figures(keys)},
        )
        for k, anchor in rows:
            listed = fresh.setdefault(k, [])
            if anchor is not None:
                listed.append(anchor)
    else:
        consultations = sorted(set(key_consultation.values()))
        fresh = {k: [] for k in keys}
        for chunk in range(0, len(keys), 500):
            rows = await conn.execute(
                select(BK.c.band_key, BK.c.anchor_id).where(
                    BK.c.consultation_id.in_(consultations), BK.c.band_key.in_(keys[chunk : chunk + 500])
                )
            )
            for k, anchor in rows:
                fresh[k].append(anchor)
    unsigned = sorted({a for anchors in fresh.values() for a in anchors if not _is_signed(index, a)}, key=str)
    if unsigned:
        if postgres:
            where = SG.c.submission_id == any_(bindparam("ids", unsigned, type_=ARRAY(Uuid)))
            found = list(await conn.execute(select(SG.c.submission_id, SG.c.signature).where(where)))
        else:
            found = []
            for chunk in range(0, len(unsigned), 500):
                found.extend(
                    await conn.execute(
                        select(SG.c.submission_id, SG.c.signature).where(
                            SG.c.submission_id.in_(unsigned[chunk : chunk + 500])
                        )
                    )
                )
        for anchor, signature in found:
            index._sign(anchor, bytes(signature))
    for k, anchors in fresh.items():
        index._set(k, [index._number(a) for a in anchors])


def _is_signed(index: Index, anchor: uuid.UUID) -> bool:
    n = index.number.get(anchor)
    return n is not None and bool(index.signed[n])
