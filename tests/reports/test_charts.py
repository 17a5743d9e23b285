"""Charts: bars drawn as a table of shaded cells in the DOCX, as vector paths in the PDF."""

from __future__ import annotations

import io
import re

from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader

from plandesk.reports.rendering.docx_chart import COLOURS, STEPS, spans
from tests.reports.helpers import API
from tests.reports.test_documents import _document, _issued
from tests.reports.test_reviews import _create_review, fixture_plan


def test_segments_are_proportional_and_a_small_non_zero_one_still_shows():
    assert spans([0.0, 5.0], 5.0) == [0, STEPS]
    assert spans([1.0, 1.0, 2.0], 8.0) == [12, 12, 25]
    tiny = spans([1.0, 998.0, 1.0], 1000.0)
    assert tiny[0] == tiny[2] == 1 and sum(tiny) == STEPS


def _chart_tables(doc):  # type: ignore[no-untyped-def]
    """Tables whose cells carry a chart colour as shading."""
    found = []
    for table in doc.tables:
        fills = [shd.get(qn("w:fill")) for shd in table._tbl.iter(qn("w:shd"))]
        if any(f in COLOURS for f in fills):
            found.append(table)
    return found


def _segments(row):  # type: ignore[no-untyped-def]
    out = []
    for tc in row._tr.iter(qn("w:tc")):
        shd, span = tc.find(f".//{qn('w:shd')}"), tc.find(f".//{qn('w:gridSpan')}")
        if shd is not None:
            out.append((shd.get(qn("w:fill")), int(span.get(qn("w:val"))) if span is not None else 1))
    return out


async def test_the_docx_draws_completion_per_phase_and_per_unit_as_bars(
    client, factory, plans, tasks, freeze
):
    coordinator, review = await _issued(client, factory, plans, tasks, freeze)
    resp = await _document(client, coordinator.headers, review, "docx", issue=1)
    doc = Document(io.BytesIO(resp.content))

    titles = [p.text for p in doc.paragraphs if p.text.startswith("Biểu đồ")]
    assert titles == [
        "Biểu đồ 1. Tình hình thực hiện nhiệm vụ theo đợt",
        "Biểu đồ 2. Tiến độ hoàn thành theo thời gian (lũy kế, so với kế hoạch)",
        "Biểu đồ 3. Tình hình thực hiện theo đơn vị",
    ]
    by_phase, over_time, by_unit = _chart_tables(doc)
    assert [r.cells[0].text for r in by_phase.rows] == ["Đợt I", "Đợt II"]
    # Every bar spans the same grid: label, STEPS columns of bar, rate.
    assert len(by_phase._tbl.tblGrid.findall(qn("w:gridCol"))) == STEPS + 2
    for row in by_phase.rows:
        assert sum(span for _, span in _segments(row)) <= STEPS
    assert len(by_unit.rows) == 2
    # Over time: 2 of the 6 tasks done by the end of May and by 1 June; 4 were due by then.
    assert [(r.cells[0].text, r.cells[-1].text) for r in over_time.rows] == [
        ("T5/2020", "33,3% / 66,7%"),
        ("T6/2020", "33,3% / 66,7%"),
    ]
    assert [[fill for fill, _ in _segments(r)] for r in over_time.rows] == [[COLOURS[0], COLOURS[4]]] * 2
    assert [[span for _, span in _segments(r)] for r in over_time.rows] == [[33, 33]] * 2
    legend = next(p.text for p in doc.paragraphs if p.text.startswith("■ Đúng hạn"))
    assert "■ Quá hạn" in legend and "■ Hủy" in legend


async def test_the_pdf_charts_are_vector_paths_not_pictures(client, factory, plans, tasks, freeze):
    coordinator, review = await _issued(client, factory, plans, tasks, freeze)
    resp = await _document(client, coordinator.headers, review, "pdf", issue=1)
    reader = PdfReader(io.BytesIO(resp.content))
    for page in reader.pages:
        xobjects = (page.get("/Resources") or {}).get("/XObject")
        assert not xobjects, "the PDF carries no raster image"
    content = b"".join(page.get_contents().get_data() for page in reader.pages)
    # The "on time" green of the bars, set as a fill colour for filled paths.
    assert re.search(rb"0\.18\d* 0\.49\d* 0\.19\d* sc", content)
    assert b"\nf\n" in content


async def test_progress_over_time_counts_due_and_done_tasks_at_each_month_end(
    client, factory, plans, tasks, freeze
):
    coordinator, plan, *_ = await fixture_plan(client, factory, plans, tasks, freeze)
    review = await _create_review(client, coordinator, plan)
    r = await client.get(f"{API}/reviews/{review['id']}/assembled", headers=coordinator.headers)
    assert r.status_code == 200, r.text
    # Six tasks not cancelled; due by 31 May: T1, T2, T3, T7; done by then: T1, T2 (T7 only on 10 June).
    assert r.json()["progress"] == {
        "total": 6,
        "months": [
            {"month": "2020-05", "end": "2020-05-31", "planned": 4, "done": 2},
            {"month": "2020-06", "end": "2020-06-01", "planned": 4, "done": 2},
        ],
    }
