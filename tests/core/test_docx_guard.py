"""core/docx_guard.py: inflated size and element count of a .docx, checked before parsing."""

from __future__ import annotations

import zipfile

import pytest

from plandesk.core.docx_guard import DocxLimitExceeded, check_docx
from tests.hostile_docx import docx_of_paragraphs, empty_paragraphs_bomb


def test_a_few_kilobytes_of_empty_paragraphs_are_too_many_elements():
    bomb = empty_paragraphs_bomb()
    assert len(bomb) < 10_000
    with pytest.raises(DocxLimitExceeded) as raised:
        check_docx(bomb)
    assert raised.value.what == "elements"


def test_runs_count_against_the_limit_too():
    with pytest.raises(DocxLimitExceeded) as raised:
        check_docx(docx_of_paragraphs("<w:p>" + "<w:r/>" * 1000 + "</w:p>", 40), max_elements=3000)
    assert raised.value.what == "elements"


def test_the_directory_size_is_checked():
    with pytest.raises(DocxLimitExceeded) as raised:
        check_docx(docx_of_paragraphs("<w:p/>", 1000), max_inflated=5000)
    assert raised.value.what == "inflated"


def test_a_directory_that_understates_sizes_is_refused():
    data = bytearray(docx_of_paragraphs("<w:p/>", 1000))
    start = data.find(b"PK\x01\x02")  # each central directory entry: uncompressed size at +24
    while start != -1:
        data[start + 24 : start + 28] = (1).to_bytes(4, "little")
        start = data.find(b"PK\x01\x02", start + 4)
    with pytest.raises((DocxLimitExceeded, zipfile.BadZipFile)):
        check_docx(bytes(data), max_inflated=5000)


def test_an_ordinary_document_passes():
    check_docx(docx_of_paragraphs("<w:p><w:r><w:t>Điều 1.</w:t></w:r></w:p>", 500))
