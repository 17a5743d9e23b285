"""Hostile values by kind of input: what an attacker (or a broken client) sends.

Everything here is deterministic: the same corpus, in the same order, every run.
"""

from __future__ import annotations

import base64
import functools
import io
import json
import zipfile
from typing import Any

# A value longer than any limit but well under the JSON body limit (that is tested apart,
# with a 10 MB body that must be refused by the body limit before it is parsed).
LONG = "A" * 100_000
TEN_MB = 10 * 1024 * 1024

TEXT: list[Any] = [
    "\x00",
    "a\x00b",
    "\ud800",
    "x\udfffy",
    "\u202egnp.exe",
    "\u200b",
    "Ban\u200d\u200bTuyên",
    "\ufeffBOM",
    "\u2066x\u2069",
    "\x03",
    "a\x14b",
    "\x1b[31mred",
    "\x7f",
    "\x85",
    "\ufffe",
    LONG,
    "a" + "\u0301" * 5000,
    '=HYPERLINK("http://evil.example","x")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1)",
    "ok;=1+1",
    "\t=1",
    "\x01=HYPERLINK(1)",
    "'; DROP TABLE users; --",
    "%_\\",
    "../../etc/passwd",
    "<script>alert(1)</script>",
    "",
    "   ",
    "a\u0308",
    "👍",
    "Жaдмин",
]
# Wrong JSON types, for any field.
WRONG: list[Any] = [None, 0, -1, 1.5, True, [], {}, {"$gt": ""}, [None] * 3]
DATES: list[Any] = [
    "0001-01-01",
    "9999-12-31",
    "1899-12-31",
    "2201-01-01",
    "2024-02-30",
    "2024-13-01",
    "10000-01-01",
    "-0001-01-01",
    "2024-01-01T00:00:00",
    "today",
    20240101,
    "\x00",
]
DATETIMES: list[Any] = [
    "9999-12-31T23:59:59-14:00",
    "0001-01-01T00:00:00+14:00",
    "9999-12-31T23:59:59Z",
    "2200-12-31T23:59:59-14:00",
    "1900-01-01T00:00:00+14:00",
    "2024-01-01T25:00:00Z",
    "2024-01-01",
    "2024-01-01T00:00:00",
    "0000-00-00T00:00:00Z",
    1e20,
    "\x00",
]
INTS: list[Any] = [
    -1,
    2**31,
    2**31 - 1,
    2**63,
    2**64,
    -(2**63) - 1,
    9102433619427552818471286865920,
    10**400,
    "1",
    1.5,
    float("inf"),
    float("nan"),
    "9" * 1000,
]
UUIDS: list[Any] = [
    "not-a-uuid",
    "00000000-0000-0000-0000-000000000000",
    "ffffffff-ffff-4fff-bfff-ffffffffffff",
    "\x00",
    "' OR 1=1 --",
    LONG[:5000],
]
ENUMS: list[Any] = ["ADMIN", "\x00", "admin\u200b", LONG[:5000], 1]
BOOLS: list[Any] = ["maybe", 2, "\x00", "yes please"]
# Query values go into a URL: no 100 KB strings there (a server refuses such a line).
QUERY_TEXT = [v for v in TEXT if v is not LONG] + ["B" * 5000]
HEADER_VALUES: list[bytes] = [
    b"\x00",
    b"*",
    b'"stale"',
    b'W/"0-0"',
    b"\xff\xfe",
    "\u202e".encode(),
    "\ud800".encode("utf-8", "surrogatepass"),
    b"a" * 8000,
    b"\x01=1",
    b",,,,",
]
AUTHORIZATIONS: list[bytes] = [
    b"Bearer \x00",
    b"Bearer " + b"A" * 5000,
    # alg "none", and a token without signature.
    b"Bearer eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiIxIiwicm9sZSI6ImFkbWluIn0.",
    b"Bearer eyJhbGciOiJIUzI1NiJ9.e30.AAAA",
    b"Basic !!!",
    b"Basic " + base64.b64encode(b"\x00:\x00"),
    b"Digest x",
]


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def cursors(signed: list[str]) -> list[Any]:
    """Malformed and forged cursors, plus ``signed`` ones (real, of other lists, or of wrong types)."""
    payloads = [
        [{"u": 5}, {"u": 5}],
        ["a", "b"],
        [None, None],
        [True, False],
        [2**70, 2**70],
        [[[[1]]], {"x": {"y": 1}}],
        [{"t": "9999-99-99"}, {"u": "zz"}],
        [{"d": "0001-01-01"}, {"u": "00000000-0000-0000-0000-000000000000"}],
    ]
    forged = [_b64(json.dumps(p).encode()) for p in payloads]
    forged += [f"{f}.{_b64(b'0' * 16)}" for f in forged]
    return [
        "!!!",
        ".",
        "a.b.c",
        "\x00",
        "\ud800",
        "=" * 400,
        "A" * 512,
        "A" * 600,
        *forged,
        *signed,
        12,
    ]


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


_CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/'
    b'2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'
)


def zip_bomb_docx() -> bytes:
    """A .docx of ~200 KB whose document part inflates to 200 MB."""
    return _zip({"[Content_Types].xml": _CONTENT_TYPES, "word/document.xml": b"\x00" * (200 * 1024 * 1024)})


PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@functools.cache
def files() -> list[tuple[str, bytes]]:
    """(file name, content) pairs for a file field."""
    return [
        ("bomb.docx", zip_bomb_docx()),
        ("broken.docx", b"PK\x03\x04 not really a zip"),
        ("empty.txt", b""),
        ("nul.txt", b"I. Heading\n\x00\x00\x00"),
        ("controls.md", "# Tiêu đề\nA\x03B\x14C".encode()),
        ("latin1.txt", "Tiêu đề".encode("latin-1", "replace")),
        ("utf16.txt", "I. Mở đầu\nNội dung".encode("utf-16")),
        ("surrogate.txt", "x\ud800y".encode("utf-8", "surrogatepass")),
        ("formula.txt", b"=HYPERLINK(1)\n+cmd\n"),
        ("\x00.txt", b"I. A\nb"),
        # Content a route accepts under a name it must refuse: the name is checked, not only the bytes.
        ("\x00.png", PNG_SIGNATURE + b"\0" * 64),
        ("a\x01\u202egnp.exe", PNG_SIGNATURE + b"\0" * 64),
        ("\u202etxt.exe", b"I. A\nb"),
        ("../../etc/passwd", b"root"),
        ("n\u200bame.txt", b"I. A\nb"),
        ("x" * 5000 + ".txt", b"I. A\nb"),
        ("\ud800.txt", b"I. A\nb"),
        ("plan.pdf", b"%PDF-1.4"),
        ("many-lines.txt", b"\n" * 200_000),
        ("many-text-lines.txt", b"a\n" * 200_000),  # linear work, but 200,000 lines of it
    ]
