"""Draft documents: JSON and file uploads, versions with stable section ids, concurrency, permissions."""

from __future__ import annotations

import io

import docx

DOC = {
    "title": "Dự thảo Báo cáo chính trị Đại hội Đảng bộ tỉnh lần thứ XVII",
    "sections": [
        {"number": "I", "heading": "Kết quả thực hiện Nghị quyết", "text": "Kinh tế tăng trưởng khá."},
        {"number": "II", "heading": "Phương hướng", "text": "Phát triển bền vững."},
        {"number": "III", "heading": "Giải pháp", "text": "Cải cách hành chính."},
    ],
}


async def _create(client, actor, body=DOC):
    resp = await client.post("/api/v1/documents", json=body, headers=actor.headers)
    assert resp.status_code == 201, resp.text
    return resp


async def test_coordinator_creates_a_document_from_json(client, factory):
    coordinator = await factory.actor("coordinator")
    resp = await _create(client, coordinator)
    body = resp.json()
    assert body["current_version"] == 1 and resp.headers["ETag"]
    assert [(s["number"], s["position"]) for s in body["sections"]] == [("I", 0), ("II", 1), ("III", 2)]


async def test_new_version_keeps_section_ids_by_number_and_reports_changes(client, factory):
    coordinator = await factory.actor("coordinator")
    doc = (await _create(client, coordinator)).json()
    ids = {s["number"]: s["id"] for s in doc["sections"]}
    resp = await client.post(
        f"/api/v1/documents/{doc['id']}/versions",
        json={
            "note": "Sau hội nghị lão thành",
            "sections": [
                {
                    "number": "I",
                    "heading": "Kết quả thực hiện Nghị quyết",
                    "text": "Kinh tế tăng trưởng khá.",
                },
                {"number": "II", "heading": "Phương hướng", "text": "Phát triển nhanh và bền vững."},
                {"number": "IV", "heading": "Tổ chức thực hiện", "text": "Các cấp ủy triển khai."},
            ],
        },
        headers=coordinator.headers,
    )
    assert resp.status_code == 201, resp.text
    version = resp.json()
    by_number = {s["number"]: s for s in version["sections"]}
    assert by_number["I"]["id"] == ids["I"] and by_number["I"]["change"] == "unchanged"
    assert by_number["II"]["id"] == ids["II"] and by_number["II"]["change"] == "changed"
    assert by_number["IV"]["change"] == "added" and by_number["IV"]["id"] not in ids.values()
    assert version["changes"] == {
        "added": [by_number["IV"]["id"]],
        "changed": [ids["II"]],
        "removed": [ids["III"]],
    }
    current = (await client.get(f"/api/v1/documents/{doc['id']}", headers=coordinator.headers)).json()
    assert current["current_version"] == 2
    listing = (
        await client.get(f"/api/v1/documents/{doc['id']}/versions", headers=coordinator.headers)
    ).json()["items"]
    assert [(v["number"], v["section_count"]) for v in listing] == [(1, 3), (2, 3)]


async def test_explicit_id_keeps_a_renumbered_section(client, factory):
    coordinator = await factory.actor("coordinator")
    doc = (await _create(client, coordinator)).json()
    third = doc["sections"][2]
    resp = await client.post(
        f"/api/v1/documents/{doc['id']}/versions",
        json={
            "sections": [
                {"id": third["id"], "number": "1", "heading": "Giải pháp", "text": "Cải cách hành chính."}
            ]
        },
        headers=coordinator.headers,
    )
    assert (
        resp.json()["sections"][0]["id"] == third["id"] and resp.json()["sections"][0]["change"] == "changed"
    )


async def test_unknown_section_id_in_a_version_is_422(client, factory):
    coordinator = await factory.actor("coordinator")
    doc = (await _create(client, coordinator)).json()
    resp = await client.post(
        f"/api/v1/documents/{doc['id']}/versions",
        json={"sections": [{"id": "00000000-0000-4000-8000-000000000000", "number": "1"}]},
        headers=coordinator.headers,
    )
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["body", "sections", 0, "id"]


async def test_duplicate_section_numbers_are_422(client, factory):
    coordinator = await factory.actor("coordinator")
    body = {"title": "X", "sections": [{"number": "1"}, {"number": "1"}]}
    resp = await client.post("/api/v1/documents", json=body, headers=coordinator.headers)
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["body", "sections", 1, "number"]
    assert (await client.get("/api/v1/documents", headers=coordinator.headers)).json()["items"] == []


async def test_document_without_sections_is_422(client, factory):
    coordinator = await factory.actor("coordinator")
    resp = await client.post(
        "/api/v1/documents", json={"title": "X", "sections": []}, headers=coordinator.headers
    )
    assert resp.status_code == 422


async def test_old_version_stays_readable(client, factory):
    coordinator = await factory.actor("coordinator")
    doc = (await _create(client, coordinator)).json()
    await client.post(
        f"/api/v1/documents/{doc['id']}/versions",
        json={"sections": [{"number": "I", "text": "Mới"}]},
        headers=coordinator.headers,
    )
    v1 = (await client.get(f"/api/v1/documents/{doc['id']}/versions/1", headers=coordinator.headers)).json()
    assert [s["text"] for s in v1["sections"]] == [
        "Kinh tế tăng trưởng khá.",
        "Phát triển bền vững.",
        "Cải cách hành chính.",
    ]
    assert (
        await client.get(f"/api/v1/documents/{doc['id']}/versions/9", headers=coordinator.headers)
    ).status_code == 404


async def test_upload_markdown_splits_by_headings(client, factory):
    coordinator = await factory.actor("coordinator")
    md = (
        "Lời mở đầu.\n\n# I. Đánh giá\nNội dung một.\n\n"
        "## 1. Kinh tế\nTăng trưởng.\n\n# II. Phương hướng\nNội dung hai.\n"
    )
    resp = await client.post(
        "/api/v1/documents/upload",
        files={"file": ("du-thao.md", md.encode(), "text/markdown")},
        data={"title": "Dự thảo"},
        headers=coordinator.headers,
    )
    assert resp.status_code == 201, resp.text
    sections = resp.json()["sections"]
    assert [(s["number"], s["heading"]) for s in sections] == [
        ("0", ""),
        ("I", "I. Đánh giá"),
        ("1", "1. Kinh tế"),
        ("II", "II. Phương hướng"),
    ]
    assert sections[0]["text"] == "Lời mở đầu." and sections[2]["text"] == "Tăng trưởng."


async def test_upload_plain_text_splits_vietnamese_numbering(client, factory):
    coordinator = await factory.actor("coordinator")
    txt = (
        "KẾ HOẠCH\n"
        "I- MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nTạo sự thống nhất cao.\n2. Yêu cầu\nBám sát.\n"
        "II- NỘI DUNG\n1. Đợt I\nTuyên truyền.\n"
    )
    resp = await client.post(
        "/api/v1/documents/upload",
        files={"file": ("ke-hoach.txt", txt.encode(), "text/plain")},
        headers=coordinator.headers,
    )
    assert resp.status_code == 201, resp.text
    body = resp.json()
    assert body["title"] == "ke-hoach"
    assert [s["number"] for s in body["sections"]] == ["0", "I", "1", "2", "II", "II.1"]
    assert body["sections"][2]["text"] == "Tạo sự thống nhất cao."


async def test_upload_docx_splits_by_heading_styles(client, factory):
    coordinator = await factory.actor("coordinator")
    d = docx.Document()
    d.add_heading("Chương I. Những quy định chung", level=1)
    d.add_paragraph("Văn bản chương một.")
    d.add_heading("Điều 1. Phạm vi", level=2)
    d.add_paragraph("Quy định về phạm vi.")
    buf = io.BytesIO()
    d.save(buf)
    resp = await client.post(
        "/api/v1/documents/upload",
        files={"file": ("du-thao.docx", buf.getvalue(), "application/octet-stream")},
        headers=coordinator.headers,
    )
    assert resp.status_code == 201, resp.text
    sections = resp.json()["sections"]
    assert [(s["number"], s["text"]) for s in sections] == [
        ("Chương I", "Văn bản chương một."),
        ("Điều 1", "Quy định về phạm vi."),
    ]


async def test_new_version_from_upload_keeps_ids(client, factory):
    coordinator = await factory.actor("coordinator")
    first = "# I. A\nmột\n# II. B\nhai\n"
    doc = (
        await client.post(
            "/api/v1/documents/upload", files={"file": ("d.md", first.encode())}, headers=coordinator.headers
        )
    ).json()
    second = "# I. A\nmột\n# II. B\nhai, sửa\n"
    resp = await client.post(
        f"/api/v1/documents/{doc['id']}/versions/upload",
        files={"file": ("d2.md", second.encode())},
        headers=coordinator.headers,
    )
    assert resp.status_code == 201
    assert [s["id"] for s in resp.json()["sections"]] == [s["id"] for s in doc["sections"]]
    assert [s["change"] for s in resp.json()["sections"]] == ["unchanged", "changed"]


async def test_upload_of_another_file_type_is_415(client, factory):
    coordinator = await factory.actor("coordinator")
    resp = await client.post(
        "/api/v1/documents/upload", files={"file": ("x.pdf", b"%PDF-1.4")}, headers=coordinator.headers
    )
    assert resp.status_code == 415 and resp.headers["content-type"] == "application/problem+json"


async def test_damaged_docx_is_422(client, factory):
    coordinator = await factory.actor("coordinator")
    resp = await client.post(
        "/api/v1/documents/upload", files={"file": ("x.docx", b"not a zip")}, headers=coordinator.headers
    )
    assert resp.status_code == 422 and "docx" in resp.json()["detail"]


async def test_non_utf8_text_is_422(client, factory):
    coordinator = await factory.actor("coordinator")
    resp = await client.post(
        "/api/v1/documents/upload",
        files={"file": ("x.txt", "Đại hội".encode("utf-16"))},
        headers=coordinator.headers,
    )
    assert resp.status_code == 422


async def test_empty_upload_is_422(client, factory):
    coordinator = await factory.actor("coordinator")
    resp = await client.post(
        "/api/v1/documents/upload", files={"file": ("x.txt", b"  \n")}, headers=coordinator.headers
    )
    assert resp.status_code == 422


async def test_upload_over_the_limit_is_413(client, factory, settings):
    coordinator = await factory.actor("coordinator")
    big = b"a" * (settings.max_upload_bytes + 1)
    resp = await client.post(
        "/api/v1/documents/upload", files={"file": ("x.txt", big)}, headers=coordinator.headers
    )
    assert resp.status_code == 413


async def test_patch_needs_if_match_and_refuses_stale(client, factory):
    coordinator = await factory.actor("coordinator")
    created = await _create(client, coordinator)
    url = f"/api/v1/documents/{created.json()['id']}"
    assert (
        await client.patch(url, json={"status": "published"}, headers=coordinator.headers)
    ).status_code == 428
    ok = await client.patch(
        url,
        json={"status": "published"},
        headers={**coordinator.headers, "If-Match": created.headers["ETag"]},
    )
    assert ok.status_code == 200 and ok.json()["status"] == "published"
    stale = await client.patch(
        url, json={"title": "Khác"}, headers={**coordinator.headers, "If-Match": created.headers["ETag"]}
    )
    assert stale.status_code == 412


async def test_stale_if_match_on_new_version_is_412(client, factory):
    coordinator = await factory.actor("coordinator")
    created = await _create(client, coordinator)
    doc_id = created.json()["id"]
    url = f"/api/v1/documents/{doc_id}/versions"
    body = {"sections": [{"number": "1"}]}
    assert (
        await client.post(
            url, json=body, headers={**coordinator.headers, "If-Match": created.headers["ETag"]}
        )
    ).status_code == 201
    assert (
        await client.post(
            url, json=body, headers={**coordinator.headers, "If-Match": created.headers["ETag"]}
        )
    ).status_code == 412


async def test_search_documents_ignores_diacritics(client, factory):
    coordinator = await factory.actor("coordinator")
    await _create(client, coordinator)
    resp = await client.get(
        "/api/v1/documents", params={"q": "bao cao chinh tri"}, headers=coordinator.headers
    )
    assert [d["title"] for d in resp.json()["items"]] == [DOC["title"]]


async def test_unit_officer_reads_but_cannot_write_documents(client, factory):
    coordinator = await factory.actor("coordinator")
    officer = await factory.actor("unit_officer")
    doc = (await _create(client, coordinator)).json()
    assert (await client.get(f"/api/v1/documents/{doc['id']}", headers=officer.headers)).status_code == 200
    assert (await client.post("/api/v1/documents", json=DOC, headers=officer.headers)).status_code == 403
    assert (await client.get("/api/v1/documents")).status_code == 401


async def test_document_in_use_cannot_be_deleted(client, factory, consult):
    coordinator = await factory.actor("coordinator")
    c = await consult.consultation()
    etag = (await client.get(f"/api/v1/documents/{c.document_id}", headers=coordinator.headers)).headers[
        "ETag"
    ]
    resp = await client.delete(
        f"/api/v1/documents/{c.document_id}", headers={**coordinator.headers, "If-Match": etag}
    )
    assert resp.status_code == 409


async def test_unused_document_is_deleted_and_audited(client, factory):
    admin = await factory.actor("admin")
    created = await _create(client, admin)
    doc_id = created.json()["id"]
    resp = await client.delete(
        f"/api/v1/documents/{doc_id}", headers={**admin.headers, "If-Match": created.headers["ETag"]}
    )
    assert resp.status_code == 204
    assert (await client.get(f"/api/v1/documents/{doc_id}", headers=admin.headers)).status_code == 404
    audit = (await client.get("/api/v1/audit", params={"entity_id": doc_id}, headers=admin.headers)).json()[
        "items"
    ]
    assert [e["action"] for e in audit] == ["document.deleted", "document.created"]
