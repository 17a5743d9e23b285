"""Receipt codes people can read aloud over the phone.

A code is 80 random bits written as 16 Crockford base32 symbols in four groups,
``K7QM-4XDP-9TZR-2WHB``: digits and upper-case letters without I, L, O and U.
Reading one back is forgiving, as Crockford intends: case does not matter,
dashes and spaces are optional, ``I``/``L`` read as ``1`` and ``O`` as ``0``.
Only the SHA-256 digest of the canonical form (16 symbols, no dashes) is stored.

Codes given before this change (32 URL-safe characters, 192 bits) keep working:
their digest was taken over the code exactly as given, so a look-up tries both.
"""

from __future__ import annotations

import base64
import hashlib
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
SYMBOLS = 16  # 16 × 5 = 80 bits
GROUP = 4
LEGACY_BYTES = 24  # codes given before: secrets.token_urlsafe(24), 32 characters

_LOOK_ALIKES = str.maketrans({"I": "1", "L": "1", "O": "0"})
_SEPARATORS = str.maketrans("", "", "- \t")
_VALID = frozenset(ALPHABET)


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def format_code(canonical: str) -> str:
    """``K7QM4XDP9TZR2WHB`` → ``K7QM-4XDP-9TZR-2WHB``."""
    return "-".join(canonical[i : i + GROUP] for i in range(0, len(canonical), GROUP))


# RFC 4648 base32 spells 5 bits with A–Z2–7; the same 5 bits in Crockford's symbols.
_FROM_BASE32 = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", ALPHABET.encode())


def new_code() -> tuple[str, str]:
    """A fresh receipt code (grouped, for people) and the digest stored in its place.

    80 bits from the OS's CSPRNG written 5 bits a symbol: base32 of 10 random bytes (16
    symbols, no padding) spelled in Crockford's alphabet — every code equally likely, as
    drawing each symbol with ``secrets.choice`` was, without 16 draws in Python."""
    canonical = base64.b32encode(secrets.token_bytes(SYMBOLS * 5 // 8)).translate(_FROM_BASE32).decode()
    return format_code(canonical), digest(canonical)


def canonical(text: str) -> str | None:
    """The canonical form of a typed code, or None when it cannot be a new-style code.

    Upper-cases, drops dashes and spaces, reads I/L as 1 and O as 0. ``U`` is not a
    Crockford data symbol and is refused rather than guessed.
    """
    if len(text) > 64:
        return None
    folded = text.strip().upper().translate(_SEPARATORS).translate(_LOOK_ALIKES)
    if len(folded) != SYMBOLS or not all(ch in _VALID for ch in folded):
        return None
    return folded


def lookup_digests(text: str) -> list[str]:
    """Every stored digest the typed text may stand for: the new form, then the old one."""
    found: list[str] = []
    new = canonical(text)
    if new is not None:
        found.append(digest(new))
    raw = text.strip()
    if raw and len(raw) <= 64:
        old = digest(raw)
        if old not in found:
            found.append(old)
    return found
