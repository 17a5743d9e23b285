"""Review documents: DOCX in the Decree 30 layout, PDF typeset by Typst with selectable Vietnamese text."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

from docx import Document
from pypdf import PdfReader

from tests.reports.helpers import API
from tests.reports.test_reviews import _create_review, fixture_plan

SENTENCE = "Tiếp thu, giải trình ý kiến đóng góp của Nhân dân – Đắk Lắk"
ARTEFACTS = Path(__file__).resolve().parents[2] / "artefacts" / "reports"
HEADER = {
    "parent_body": "Tỉnh ủy Đắk Lắk",
    "issuer": "Ban Tuyên giáo",
    "number_symbol": "Số: 25-BC/BTGTU",
    "place": "Đắk Lắk",
    "signer_title": "Trưởng ban",
    "signer_name": "Nguyễn Văn A",
    "recipients": ["Ban Tuyên giáo Trung ương (b/c)", "Thường trực Tỉnh ủy (b/c)"],
}


async def _issued(client, factory, plans, tasks, freeze):
    coordinator, plan, *_ = await fixture_plan(client, factory, plans, tasks, freeze)
    review = await _create_review(client, coordinator, plan, header=HEADER)
    issued = await client.post(
        f"{API}/reviews/{review['id']}/issues", json={"issued_on": "2020-06-05"}, headers=coordinator.headers
    )
    assert issued.status_code == 201, issued.text
    return coordinator, review


async def _document(client, headers, review, fmt, **params):
    resp = await client.get(f"{API}/reviews/{review['id']}/document.{fmt}", params=params, headers=headers)
    assert resp.status_code == 200, resp.text
    return resp


async def test_the_docx_has_the_decree_30_header_numbered_sections_tables_and_recipients(
    client, factory, plans, tasks, freeze
):
    coordinator, review = await _issued(client, factory, plans, tasks, freeze)
    resp = await _document(client, coordinator.headers, review, "docx", issue=1)
    assert resp.headers["content-type"].startswith("application/vnd.openxmlformats")
    assert "-ban-1.docx" in resp.headers["content-disposition"]
    doc = Document(io.BytesIO(resp.content))

    header = doc.tables[0]
    left, right = (cell.text for cell in header.rows[0].cells)
    assert left.split("\n")[:2] == ["TỈNH ỦY ĐẮK LẮK", "BAN TUYÊN GIÁO"]
    assert "Số: 25-BC/BTGTU" in left
    assert right.split("\n")[:2] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert "Đắk Lắk, ngày 05 tháng 6 năm 2020" in right

    paragraphs = [p.text for p in doc.paragraphs if p.text]
    assert paragraphs[:2] == ["BÁO CÁO", "Sơ kết thực hiện Kế hoạch số " + review["title"].rsplit(" ", 1)[-1]]
    headings = [t for t in paragraphs if t[:3] in ("I. ", "II.") or t[:2] in ("1.", "2.", "3.")]
    assert headings[:3] == [
        "I. KẾT QUẢ THỰC HIỆN",
        "1. Kết quả thực hiện nhiệm vụ theo từng đợt",
        "2. Kết quả thực hiện theo đơn vị",
    ]
    assert "II. ĐÁNH GIÁ CHUNG" in paragraphs
    assert SENTENCE in paragraphs

    phase_table = next(t for t in doc.tables if t.rows[0].cells[0].text == "Đợt")
    assert [c.text for c in phase_table.rows[0].cells] == [
        "Đợt",
        "Tổng",
        "Đúng hạn",
        "Trễ hạn",
        "Quá hạn",
        "Đang làm",
        "Chưa làm",
        "Hủy",
        "Tỷ lệ HT",
    ]
    assert [c.text for c in phase_table.rows[-1].cells] == [
        "Tổng cộng",
        "7",
        "1",
        "1",
        "2",
        "1",
        "1",
        "1",
        "33,3%",
    ]
    # The header row repeats on each page the table runs onto.
    assert phase_table.rows[0]._tr.trPr.xml.count("tblHeader") == 1

    closing = doc.tables[-1].rows[0].cells
    assert closing[0].text.split("\n") == [
        "Nơi nhận:",
        "- Ban Tuyên giáo Trung ương (b/c);",
        "- Thường trực Tỉnh ủy (b/c);",
        "- Lưu: VT.",
    ]
    assert closing[1].text.split("\n")[0] == "TRƯỞNG BAN"
    assert closing[1].text.split("\n")[-1] == "Nguyễn Văn A"


async def test_the_pdf_carries_the_vietnamese_text_exactly(client, factory, plans, tasks, freeze):
    coordinator, review = await _issued(client, factory, plans, tasks, freeze)
    resp = await _document(client, coordinator.headers, review, "pdf", issue=1)
    assert resp.headers["content-type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(resp.content))
    assert 2 <= len(reader.pages) <= 6
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert SENTENCE in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "Nơi nhận:" in text

    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    pdf_path = ARTEFACTS / "review.pdf"
    pdf_path.write_bytes(resp.content)
    if shutil.which("pdftoppm"):  # the page image CI keeps (poppler-utils)
        subprocess.run(  # noqa: ASYNC221 -- a test's own step, nothing else runs on this loop
            ["pdftoppm", "-r", "80", "-png", str(pdf_path), str(ARTEFACTS / "review-page")], check=True
        )
        assert (ARTEFACTS / "review-page-1.png").stat().st_size > 10_000


async def test_a_draft_document_says_it_is_a_draft_and_has_no_date(client, factory, plans, tasks, freeze):
    coordinator, plan, *_ = await fixture_plan(client, factory, plans, tasks, freeze)
    review = await _create_review(client, coordinator, plan, header=HEADER)
    resp = await _document(client, coordinator.headers, review, "docx")
    assert "-du-thao.docx" in resp.headers["content-disposition"]
    doc = Document(io.BytesIO(resp.content))
    texts = [p.text for p in doc.paragraphs]
    assert "(Dự thảo)" in texts
    assert "Đắk Lắk, ngày … tháng … năm …" in doc.tables[0].rows[0].cells[1].text


async def test_an_unknown_issue_is_404(client, factory, plans):
    coordinator = await factory.actor("coordinator")
    plan = await plans.plan()
    review = await _create_review(client, coordinator, plan)
    resp = await client.get(
        f"{API}/reviews/{review['id']}/document.pdf", params={"issue": 3}, headers=coordinator.headers
    )
    assert resp.status_code == 404
    assert resp.json()["status"] == 404


async def test_a_unit_report_exports_as_docx_and_pdf(client, factory, plans, tasks, freeze):
    coordinator, plan, *_ = await fixture_plan(client, factory, plans, tasks, freeze)
    period = (
        await client.get(f"{API}/plans/{plan.id}/reporting-periods", headers=coordinator.headers)
    ).json()["items"][0]
    board = (
        await client.get(f"{API}/reporting-periods/{period['id']}/board", headers=coordinator.headers)
    ).json()
    report_id = next(u["report_id"] for u in board["units"] if u["unit_name"].startswith("Ban Tuyên giáo"))

    docx = await client.get(f"{API}/unit-reports/{report_id}/document.docx", headers=coordinator.headers)
    assert docx.status_code == 200, docx.text
    doc = Document(io.BytesIO(docx.content))
    assert doc.tables[0].rows[0].cells[0].text.split("\n")[0] == "BAN TUYÊN GIÁO HUYỆN ỦY KRÔNG PẮC"
    assert f"Kết quả thực hiện Kế hoạch số {plan.code} (Tháng 5/2020)" in [p.text for p in doc.paragraphs]
    figures = next(t for t in doc.tables if t.rows[0].cells[0].text == "Hình thức tuyên truyền")
    assert [c.text for c in figures.rows[1].cells] == ["Tuyên truyền miệng", "3", "200", "2", "10"]

    pdf = await client.get(f"{API}/unit-reports/{report_id}/document.pdf", headers=coordinator.headers)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages)
    assert "Đắk Lắk, ngày 03 tháng 6 năm 2020" in text
    (ARTEFACTS).mkdir(parents=True, exist_ok=True)
    (ARTEFACTS / "unit-report.pdf").write_bytes(pdf.content)
