"""Synthesis counts and the streamed exports (CSV, XLSX, DOCX), PII rules included."""

from __future__ import annotations

import csv
import io
import re

import docx
import openpyxl
import pytest

from plandesk.consultations.clustering import dedup
from plandesk.consultations.synthesis.export_labels import COLUMNS, CONTACT_COLUMNS
from tests.consultations.factories import submit

PII = ("Lê Văn Cường", "Đoàn Thanh niên", "cuong@example.org")

# Exports speak Vietnamese by default: columns by their Vietnamese headers.
COLUMN = {key: vi for key, vi, _ in COLUMNS + CONTACT_COLUMNS}


@pytest.fixture
async def world(client, factory, consult, session):
    """A consultation with feedback on two sections, one answered, one tagged, one cluster."""
    c = await consult.consultation()
    sections = await consult.section_ids(c)
    officer = await factory.actor("unit_officer")
    campaign = (
        "Đề nghị bổ sung chính sách hỗ trợ nông dân trồng cà phê tái canh, vay vốn ưu đãi lãi suất thấp."
    )
    ids = []
    for text in (campaign, campaign + " Trân trọng.", "Nhất trí với dự thảo."):
        resp = await submit(client, c.id, officer.headers, body=text, section_id=str(sections[1]))
        ids.append(resp.json()["id"])
    resp = await submit(
        client,
        c.id,
        body='=HYPERLINK("http://x")',
        contributor_group="expert",
        channel="mobile",
        name=PII[0],
        organisation=PII[1],
        contact=PII[2],
    )
    ids.append(resp.json()["id"])
    await dedup.cluster_all(session)
    moderator = await factory.actor("moderator")
    for body in (
        {"status": "in_review"},
        {"status": "accepted", "response": "Tiếp thu, bổ sung vào mục II."},
    ):
        url = f"/api/v1/feedback/{ids[2]}"
        etag = (await client.get(url, headers=moderator.headers)).headers["ETag"]
        await client.patch(
            url, json={**body, "tags": ["nông nghiệp"]}, headers={**moderator.headers, "If-Match": etag}
        )
    return {"consultation": c, "sections": sections, "ids": ids, "moderator": moderator}


async def test_synthesis_counts_every_way(client, factory, world):
    c, sections = world["consultation"], world["sections"]
    viewer = await factory.actor("viewer")
    resp = await client.get(f"/api/v1/consultations/{c.id}/synthesis", headers=viewer.headers)
    assert resp.status_code == 200, resp.text
    s = resp.json()
    assert s["total"] == 4 and s["by_status"] == {"received": 3, "accepted": 1}
    by_section = {row["section_id"]: row for row in s["by_section"]}
    assert by_section[str(sections[1])]["total"] == 3
    assert by_section[str(sections[1])]["by_status"] == {"received": 2, "accepted": 1}
    assert by_section[str(sections[0])]["total"] == 0 and by_section[None]["total"] == 1
    assert s["by_group"] == {"citizen": 3, "expert": 1} and s["by_channel"] == {"web": 3, "mobile": 1}
    assert sum(d["count"] for d in s["by_day"]) == 4
    assert s["top_tags"] == [{"tag": "nông nghiệp", "count": 1}]
    assert [cl["size"] for cl in s["largest_clusters"]] == [2]
    assert s["largest_clusters"][0]["representative_id"] == world["ids"][0]
    assert s["awaiting_clustering"] == 0
    assert not any(secret in resp.text for secret in PII)


async def test_clusters_listing(client, factory, world):
    viewer = await factory.actor("viewer")
    resp = await client.get(
        f"/api/v1/consultations/{world['consultation'].id}/clusters", headers=viewer.headers
    )
    assert [(c["size"], c["representative_id"]) for c in resp.json()["items"]] == [(2, world["ids"][0])]


async def test_synthesis_of_unknown_consultation_is_404(client, factory):
    viewer = await factory.actor("viewer")
    resp = await client.get(
        "/api/v1/consultations/00000000-0000-4000-8000-000000000000/synthesis", headers=viewer.headers
    )
    assert resp.status_code == 404


async def test_unit_officer_cannot_read_synthesis(client, factory, world):
    officer = await factory.actor("unit_officer")
    resp = await client.get(
        f"/api/v1/consultations/{world['consultation'].id}/synthesis", headers=officer.headers
    )
    assert resp.status_code == 403


async def _csv(client, actor, consultation_id, **params):
    resp = await client.get(
        f"/api/v1/consultations/{consultation_id}/exports/feedback.csv", params=params, headers=actor.headers
    )
    return resp, list(csv.reader(io.StringIO(resp.content.decode("utf-8-sig"))))


async def test_csv_export_neutralises_formulas(client, factory, world):
    viewer = await factory.actor("viewer")
    resp, rows = await _csv(client, viewer, world["consultation"].id)
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("text/csv")
    assert "attachment" in resp.headers["content-disposition"]
    header, *data = rows
    bodies = [r[header.index(COLUMN["body"])] for r in data]
    assert '\'=HYPERLINK("http://x")' in bodies and '=HYPERLINK("http://x")' not in bodies
    assert len(data) == 4


def test_neutralise_covers_every_trigger():
    from plandesk.consultations.synthesis.exports import neutralise

    for value in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"):
        assert neutralise(value) == "'" + value
    assert neutralise("Đồng ý") == "Đồng ý"


async def test_csv_export_leaves_contacts_out_by_default(client, factory, world):
    resp, rows = await _csv(client, world["moderator"], world["consultation"].id)
    assert "contact" not in rows[0]
    assert not any(secret in resp.text for secret in PII)


async def test_viewer_cannot_export_contacts(client, factory, world):
    viewer = await factory.actor("viewer")
    resp, _ = await _csv(client, viewer, world["consultation"].id, include_contacts="true")
    assert resp.status_code == 403 and not any(secret in resp.text for secret in PII)


async def test_moderator_exports_contacts_on_request_and_it_is_audited(client, factory, world):
    resp, rows = await _csv(client, world["moderator"], world["consultation"].id, include_contacts="true")
    assert resp.status_code == 200
    header = rows[0]
    assert header[-3:] == [COLUMN["name"], COLUMN["organisation"], COLUMN["contact"]]
    assert [PII[0], PII[1], PII[2]] in [r[-3:] for r in rows[1:]]
    admin = await factory.actor("admin")
    audit = (
        await client.get(
            "/api/v1/audit", params={"action": "feedback.exported_with_contacts"}, headers=admin.headers
        )
    ).json()["items"]
    assert audit[0]["actor"] == str(world["moderator"].id) and audit[0]["changes"]["include_contacts"] is True


async def test_csv_export_filters_by_status(client, factory, world):
    viewer = await factory.actor("viewer")
    _, rows = await _csv(client, viewer, world["consultation"].id, status="accepted")
    assert len(rows) == 2 and rows[1][rows[0].index(COLUMN["response"])] == "Tiếp thu, bổ sung vào mục II."
    assert rows[1][rows[0].index(COLUMN["tags"])] == "nông nghiệp"


async def test_xlsx_export_is_a_workbook_without_live_formulas(client, factory, world):
    viewer = await factory.actor("viewer")
    resp = await client.get(
        f"/api/v1/consultations/{world['consultation'].id}/exports/feedback.xlsx", headers=viewer.headers
    )
    assert resp.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(resp.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][5] == COLUMN["body"] == "Nội dung góp ý" and len(rows) == 5
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    assert not any(secret in str(rows) for secret in PII)


async def test_docx_report_is_organised_by_section(client, factory, world):
    coordinator = await factory.actor("coordinator")
    resp = await client.get(
        f"/api/v1/consultations/{world['consultation'].id}/exports/synthesis.docx",
        headers=coordinator.headers,
    )
    assert resp.status_code == 200, resp.text
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(resp.content)).paragraphs)
    assert "BÁO CÁO TỔNG HỢP Ý KIẾN" in text and "Tổng số ý kiến: 4" in text
    assert "II. Phương hướng, nhiệm vụ" in text and "Tiếp thu, bổ sung vào mục II." in text
    assert "(2 ý kiến tương tự)" in text
    assert not any(secret in text for secret in PII)


async def test_exports_of_unknown_consultation_are_404(client, factory):
    viewer = await factory.actor("viewer")
    for name in ("feedback.csv", "feedback.xlsx", "synthesis.docx"):
        resp = await client.get(
            f"/api/v1/consultations/00000000-0000-4000-8000-000000000000/exports/{name}",
            headers=viewer.headers,
        )
        assert resp.status_code == 404 and resp.headers["content-type"] == "application/problem+json"


async def test_exports_speak_vietnamese_and_english_on_request(client, factory, world):
    viewer = await factory.actor("viewer")
    resp, rows = await _csv(client, viewer, world["consultation"].id)
    header, *data = rows
    assert header[:6] == [
        "Mã góp ý",
        "Thời điểm gửi",
        "Mục số",
        "Tên mục",
        "Đoạn trích dẫn",
        "Nội dung góp ý",
    ]
    statuses = {r[header.index("Tình trạng xử lý")] for r in data}
    assert "Tiếp thu" in statuses and "accepted" not in statuses
    groups = {r[header.index("Đối tượng góp ý")] for r in data}
    assert "Chuyên gia, nhà khoa học" in groups
    assert {r[header.index("Hình thức")] for r in data} >= {"Ứng dụng di động"}
    # Times are local, with their offset (Asia/Ho_Chi_Minh by default).
    assert all(r[header.index("Thời điểm gửi")].endswith("+07:00") for r in data)

    _, rows = await _csv(client, viewer, world["consultation"].id, lang="en")
    header, *data = rows
    assert header[5] == "Opinion" and "Accepted" in {r[header.index("Status")] for r in data}

    resp, _ = await _csv(client, viewer, world["consultation"].id, lang="fr")
    assert resp.status_code == 422


async def test_export_file_names_say_what_they_are(client, factory, world, session):
    from plandesk.consultations.models import Consultation

    c = world["consultation"]
    await session.execute(
        Consultation.__table__.update()  # type: ignore[attr-defined]
        .where(Consultation.id == c.id)
        .values(title="Lấy ý kiến Dự thảo Kế hoạch 148/KH-TU: Đại hội Đảng bộ")
    )
    await session.commit()
    viewer = await factory.actor("viewer")
    base = f"/api/v1/consultations/{c.id}/exports"
    slug = r"lay-y-kien-du-thao-ke-hoach-148-kh-tu-dai-hoi-dang-bo-\d{4}-\d{2}-\d{2}"
    for path, pattern in (
        ("feedback.csv", rf'attachment; filename="gop-y-{slug}\.csv"$'),
        ("feedback.xlsx", rf'attachment; filename="gop-y-{slug}\.xlsx"$'),
        ("synthesis.docx", rf'attachment; filename="tong-hop-gop-y-{slug}\.docx"$'),
    ):
        resp = await client.get(f"{base}/{path}", headers=viewer.headers)
        assert resp.status_code == 200, resp.text
        assert re.match(pattern, resp.headers["content-disposition"]), resp.headers["content-disposition"]
        assert str(c.id) not in resp.headers["content-disposition"]


def test_content_disposition_carries_non_ascii_names_per_rfc_5987():
    from plandesk.consultations.synthesis.export_labels import content_disposition, slug

    assert (
        content_disposition("gop-y-abc-2026-11-29.csv") == 'attachment; filename="gop-y-abc-2026-11-29.csv"'
    )
    value = content_disposition("góp-ý.csv")
    assert value == "attachment; filename=\"gp-.csv\"; filename*=UTF-8''g%C3%B3p-%C3%BD.csv"
    assert slug("Đợt lấy ý kiến!!! về   ĐẤT ĐAI") == "dot-lay-y-kien-ve-dat-dai"
    assert slug("") == "dot-lay-y-kien" and len(slug("á" * 500)) <= 60
    assert '"' not in content_disposition('a"b\r\nc.csv').split("filename=", 1)[1][1:-1].split('"')[0]
