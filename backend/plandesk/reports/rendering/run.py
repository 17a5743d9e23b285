"""Rendering off the event loop.

Typesetting and writing DOCX are CPU work of tens to hundreds of milliseconds per
document; on the event loop they would stall every other request of the process.
They run in worker threads, at most :data:`CONCURRENT_RENDERS` at a time per
process, so a burst of downloads queues instead of starving the API. Large documents
are rendered by the ``reports.render`` job (``reports/renders.py``), which calls these too.
"""

from __future__ import annotations

import asyncio
from typing import Any, Literal

from plandesk.reports.rendering.layout import Layout, review_layout

CONCURRENT_RENDERS = 2
_slots: asyncio.Semaphore | None = None

Format = Literal["docx", "pdf"]
MEDIA_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}


def render_review(content: dict[str, Any], fmt: Format) -> bytes:
    """The review document in ``fmt`` (synchronous: call it from a worker)."""
    return render_layout(review_layout(content), fmt)


def render_layout(layout: Layout, fmt: Format) -> bytes:
    if fmt == "pdf":
        from plandesk.reports.rendering.pdf_writer import render_pdf

        return render_pdf(layout)
    from plandesk.reports.rendering.docx_writer import render_docx

    return render_docx(layout)


async def render_review_off_loop(content: dict[str, Any], fmt: Format) -> bytes:
    return await render_off_loop(review_layout(content), fmt)


async def render_off_loop(layout: Layout, fmt: Format) -> bytes:
    global _slots
    if _slots is None:
        _slots = asyncio.Semaphore(CONCURRENT_RENDERS)
    async with _slots:
        return await asyncio.to_thread(render_layout, layout, fmt)
