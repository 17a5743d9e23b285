"""Limits a .docx must meet before python-docx is let loose on it.

A .docx is a zip of XML parts. A few kilobytes can inflate to megabytes of
``<w:p/>``, and python-docx then spends about a tenth of a millisecond per
paragraph (and builds a Python proxy for each): a 5 KB upload became a minute of
CPU. Two checks keep that bounded, both cheap and done before the document
is opened:

* the inflated size of all members, from the zip directory *and* while actually
  inflating them (a forged directory cannot lie its way past the second check);
* the number of paragraphs, tables, rows and cells in the body (and of runs, at ten
  per element), counted with lxml's C parser in one streaming pass.
"""

from __future__ import annotations

import io
import zipfile

MAX_INFLATED_BYTES = 10 * 1024 * 1024
# Far above any real draft or plan (a 300-page plan has about 6,000 paragraphs).
MAX_ELEMENTS = 30_000

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_COUNTED = (f"{_W}p", f"{_W}tbl", f"{_W}tr", f"{_W}tc")
_RUN = f"{_W}r"
RUNS_PER_ELEMENT = 10
_CHUNK = 64 * 1024


class DocxLimitExceeded(Exception):
    """``what`` is ``"inflated"`` (bytes) or ``"elements"``; ``limit`` is the cap passed."""

    def __init__(self, what: str, limit: int) -> None:
        super().__init__(f"{what} over {limit}")
        self.what = what
        self.limit = limit


def _inflate(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int, limit: int) -> bytes:
    out = bytearray()
    with archive.open(info) as member:
        while chunk := member.read(_CHUNK):
            out += chunk
            if len(out) > budget:
                raise DocxLimitExceeded("inflated", limit)
    return bytes(out)


def _count_elements(xml: bytes, limit: int) -> None:
    from lxml import etree

    blocks = runs = 0
    # resolve_entities/no_network: a body part is data, never a reason to fetch anything.
    events = etree.iterparse(
        io.BytesIO(xml), events=("end",), tag=(*_COUNTED, _RUN), resolve_entities=False, no_network=True
    )
    for _, element in events:
        if element.tag == _RUN:
            runs += 1
            if runs > limit * RUNS_PER_ELEMENT:
                raise DocxLimitExceeded("elements", limit)
            continue
        blocks += 1
        if blocks > limit:
            raise DocxLimitExceeded("elements", limit)
        if element.tag == _COUNTED[0]:
            element.clear(keep_tail=True)  # memory stays flat however long the body is


def check_docx(data: bytes, max_inflated: int = MAX_INFLATED_BYTES, max_elements: int = MAX_ELEMENTS) -> None:
    """Raise :class:`DocxLimitExceeded` over a limit; ``zipfile.BadZipFile`` (or
    ``lxml.etree.XMLSyntaxError``) for a damaged file — callers turn those into their own
    "not a .docx" answer."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
        if sum(info.file_size for info in infos) > max_inflated:
            raise DocxLimitExceeded("inflated", max_inflated)
        budget = max_inflated
        body = b""
        for info in infos:
            content = _inflate(archive, info, budget, max_inflated)
            budget -= len(content)
            if info.filename == "word/document.xml":
                body = content
    _count_elements(body, max_elements)
