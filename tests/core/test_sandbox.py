"""core/sandbox.py: untrusted parsing in a child process with time and memory limits."""

from __future__ import annotations

import time

import pytest

from plandesk.consultations.documents.document_files import split_file
from plandesk.core.errors import InvalidInput
from plandesk.core.sandbox import LimitExceeded, Limits, run_limited


async def test_the_child_returns_the_functions_answer():
    sections = await run_limited(split_file, "a.md", "# Một\nnội dung".encode(), limits=Limits())
    assert [(s.number, s.heading, s.text) for s in sections] == [("1", "Một", "nội dung")]


async def test_a_domain_error_arrives_with_its_details():
    with pytest.raises(InvalidInput) as raised:
        await run_limited(split_file, "a.docx", b"not a zip", limits=Limits())
    assert raised.value.errors == [{"loc": ["body", "file"], "msg": "not a .docx file"}]


async def test_a_child_over_its_time_is_killed():
    with pytest.raises(LimitExceeded) as raised:
        await run_limited(time.sleep, 60, limits=Limits(seconds=0.5))
    assert raised.value.kind == "time"


async def test_a_child_over_its_memory_is_stopped():
    with pytest.raises(LimitExceeded) as raised:
        await run_limited(bytearray, 2 * 1024**3, limits=Limits(memory_bytes=512 * 1024**2))
    assert raised.value.kind == "memory"
