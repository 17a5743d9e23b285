"""MinHash signatures and LSH band keys of folded texts (the candidate step of ``dedup``).

Each text becomes the set of its syllable-pair shingles, summarised by a ``NUM_PERM``-value
MinHash signature whose agreement rate estimates the Jaccard similarity of two shingle sets;
the signature is cut into ``BANDS`` bands of ``ROWS`` values, each hashed to one 64-bit key.
"""

from __future__ import annotations

import hashlib
import re
import uuid
import zlib
from collections.abc import Sequence

import numpy as np

from plandesk.core.text import fold

NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS
THRESHOLD = 0.5

_NON_WORD = re.compile(r"[\W_]+")
_rng = np.random.default_rng(20200211)  # fixed: signatures must agree across processes and restarts
_A = _rng.integers(1, 2**63, NUM_PERM, dtype=np.uint64) | np.uint64(1)
_B = _rng.integers(0, 2**63, NUM_PERM, dtype=np.uint64)


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
