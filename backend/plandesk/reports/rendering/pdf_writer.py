"""The review typeset as PDF by Typst, from the same layout the DOCX writer follows.

The font comes from the ``fontpkg-noto-serif`` package (OFL); system fonts are
ignored so the output is the same on every machine.
"""

from __future__ import annotations

import functools
from pathlib import Path

import orjson
import typst

from plandesk.reports.rendering.layout import Layout

TEMPLATE = Path(__file__).with_name("review.typ")


@functools.cache
def _font_dirs() -> list[str]:
    import fontpkg_noto_serif

    return [str(fontpkg_noto_serif.ROOT / "files")]


@functools.cache
def _template() -> bytes:
    return TEMPLATE.read_bytes()


def render_pdf(layout: Layout) -> bytes:
    data = orjson.dumps(layout.as_json()).decode()
    pdf = typst.compile(  # type: ignore[misc]
        _template(), font_paths=_font_dirs(), ignore_system_fonts=True, sys_inputs={"data": data}
    )
    assert isinstance(pdf, bytes)
    return pdf
