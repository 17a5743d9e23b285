"""Plans: the header of the seed document, status, published flag, ETags, audit."""

from __future__ import annotations

import json

SEED_HEADER = {
    "code": "148-KH/TU",
    "title": "Kế hoạch tuyên truyền đại hội đảng bộ các cấp tiến tới Đại hội XVII",
    "issuing_body": "Ban Thường vụ Tỉnh ủy Đắk Lắk",
    "place": "Đắk Lắk",
    "issued_on": "2020-02-11",
    "signer_name": "Nguyễn Văn A",
    "signer_title": "Phó Bí thư Thường trực",
    "legal_bases": [
        {
            "reference": "Chỉ thị số 35-CT/TW",
            "date": "2019-05-30",
            "title": "về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
        }
    ],
    "purposes": ["Tuyên truyền sâu rộng, tạo sự thống nhất về nhận thức"],
    "requirements": ["Bảo đảm đúng sự chỉ đạo, định hướng"],
    "recipients": ["Các huyện ủy, thị ủy, thành ủy", "Lưu Văn phòng Tỉnh ủy"],
}


async def test_coordinator_creates_a_plan_with_the_seed_header(client, factory):
    coordinator = await factory.actor("coordinator")
    resp = await client.post("/api/v1/plans", json=SEED_HEADER, headers=coordinator.headers)
    assert resp.status_code == 201, resp.text
    body = resp.json()
    assert {k: body[k] for k in SEED_HEADER} == SEED_HEADER
    assert body["status"] == "draft" and body["published"] is False
    assert resp.headers["ETag"]


async def test_unit_officer_cannot_create_a_plan(client, factory):
    officer = await factory.actor("unit_officer")
    resp = await client.post("/api/v1/plans", json=SEED_HEADER, headers=officer.headers)
    assert resp.status_code == 403
    assert resp.headers["content-type"].startswith("application/problem+json")


async def test_anonymous_caller_gets_401(client):
    resp = await client.get("/api/v1/plans")
    assert resp.status_code == 401 and resp.json()["status"] == 401


async def test_unknown_field_is_422_and_creates_nothing(client, factory):
    admin = await factory.actor("admin")
    resp = await client.post("/api/v1/plans", json={**SEED_HEADER, "owner": "x"}, headers=admin.headers)
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["body", "owner"]
    assert (await client.get("/api/v1/plans", headers=admin.headers)).json()["items"] == []


async def test_wrong_types_are_422(client, factory):
    admin = await factory.actor("admin")
    for bad in (
        {"issued_on": "11/02/2020"},
        {"status": "running"},
        {"purposes": "one"},
        {"published": "maybe"},
    ):
        resp = await client.post("/api/v1/plans", json={**SEED_HEADER, **bad}, headers=admin.headers)
        assert resp.status_code == 422, bad
        assert resp.json()["errors"][0]["loc"][:2] == ["body", next(iter(bad))]


async def test_patch_needs_if_match(client, factory, plans):
    admin = await factory.actor("admin")
    plan = await plans.plan()
    resp = await client.patch(f"/api/v1/plans/{plan.id}", json={"status": "active"}, headers=admin.headers)
    assert resp.status_code == 428


async def test_stale_if_match_is_412_and_changes_nothing(client, factory, plans):
    admin = await factory.actor("admin")
    plan = await plans.plan(title="Kế hoạch cũ")
    etag = (await client.get(f"/api/v1/plans/{plan.id}", headers=admin.headers)).headers["ETag"]
    first = await client.patch(
        f"/api/v1/plans/{plan.id}",
        json={"title": "Kế hoạch mới"},
        headers={**admin.headers, "If-Match": etag},
    )
    assert first.status_code == 200 and first.headers["ETag"] != etag
    second = await client.patch(
        f"/api/v1/plans/{plan.id}", json={"title": "Ghi đè"}, headers={**admin.headers, "If-Match": etag}
    )
    assert second.status_code == 412
    assert (await client.get(f"/api/v1/plans/{plan.id}", headers=admin.headers)).json()[
        "title"
    ] == "Kế hoạch mới"


async def test_update_is_audited_with_before_and_after(client, factory, plans):
    admin = await factory.actor("admin")
    plan = await plans.plan()
    etag = (await client.get(f"/api/v1/plans/{plan.id}", headers=admin.headers)).headers["ETag"]
    await client.patch(
        f"/api/v1/plans/{plan.id}", json={"status": "active"}, headers={**admin.headers, "If-Match": etag}
    )
    audit = await client.get(
        "/api/v1/audit", params={"entity": "plan", "entity_id": str(plan.id)}, headers=admin.headers
    )
    latest = audit.json()["items"][0]
    assert latest["action"] == "plan.updated" and latest["actor"] == str(admin.id)
    assert latest["changes"] == {"status": {"before": "draft", "after": "active"}}


async def test_list_searches_titles_without_diacritics(client, factory, plans):
    viewer = await factory.actor("viewer")
    await plans.plan(title="Kế hoạch tuyên truyền Đại hội XIII")
    await plans.plan(title="Kế hoạch phòng chống dịch")
    resp = await client.get("/api/v1/plans", params={"q": "dai hoi"}, headers=viewer.headers)
    assert [p["title"] for p in resp.json()["items"]] == ["Kế hoạch tuyên truyền Đại hội XIII"]


async def test_list_filters_by_status_and_published(client, factory, plans):
    viewer = await factory.actor("viewer")
    await plans.plan(title="A", status="active", published=True)
    await plans.plan(title="B", status="draft")
    resp = await client.get("/api/v1/plans", params={"status": "active"}, headers=viewer.headers)
    assert [p["title"] for p in resp.json()["items"]] == ["A"]
    resp = await client.get("/api/v1/plans", params={"published": "false"}, headers=viewer.headers)
    assert [p["title"] for p in resp.json()["items"]] == ["B"]


async def test_active_plan_cannot_be_deleted(client, factory, plans):
    admin = await factory.actor("admin")
    plan = await plans.plan(status="active")
    etag = (await client.get(f"/api/v1/plans/{plan.id}", headers=admin.headers)).headers["ETag"]
    resp = await client.delete(f"/api/v1/plans/{plan.id}", headers={**admin.headers, "If-Match": etag})
    assert resp.status_code == 409 and "archive" in resp.json()["detail"]


async def test_draft_plan_is_deleted_with_its_schedule(client, factory, plans):
    admin = await factory.actor("admin")
    plan = await plans.plan()
    milestone = await plans.milestone(plan)
    await plans.phase(plan, end={"kind": "milestone", "milestone_id": milestone.id, "side": "end"})
    etag = (await client.get(f"/api/v1/plans/{plan.id}", headers=admin.headers)).headers["ETag"]
    resp = await client.delete(f"/api/v1/plans/{plan.id}", headers={**admin.headers, "If-Match": etag})
    assert resp.status_code == 204
    assert (await client.get(f"/api/v1/plans/{plan.id}", headers=admin.headers)).status_code == 404
    assert (await client.get(f"/api/v1/milestones/{milestone.id}", headers=admin.headers)).status_code == 404


async def test_unknown_plan_is_404_problem(client, factory):
    viewer = await factory.actor("viewer")
    resp = await client.get("/api/v1/plans/00000000-0000-0000-0000-000000000000", headers=viewer.headers)
    assert resp.status_code == 404 and resp.json()["title"] == "Not Found"


async def test_text_no_database_can_store_is_422(client, factory):
    admin = await factory.actor("admin")
    for bad in ({"title": "Kế hoạch\u0000"}, {"purposes": ["a\u0000b"]}, {"recipients": ["\ud800"]}):
        # ensure_ascii: the lone surrogate travels as the JSON escape "\ud800".
        body = json.dumps({**SEED_HEADER, **bad}, ensure_ascii=True)
        headers = {**admin.headers, "Content-Type": "application/json"}
        resp = await client.post("/api/v1/plans", content=body, headers=headers)
        assert resp.status_code == 422, bad
        assert resp.json()["errors"][0]["loc"][:2] == ["body", next(iter(bad))]
    assert (await client.get("/api/v1/plans", headers=admin.headers)).json()["items"] == []


async def test_audit_action_filter_is_a_literal_prefix(client, factory, plans):
    """`%` and `_` in `action` match themselves, not any text (they were LIKE wildcards)."""
    admin = await factory.actor("admin")
    await plans.plan()
    await client.post(
        "/api/v1/units", json={"name": "Ban Tuyên giáo", "kind": "department"}, headers=admin.headers
    )
    everything = (await client.get("/api/v1/audit", headers=admin.headers)).json()["items"]
    assert everything
    for wildcard in ("%", "_", "plan%", "p_an"):
        got = await client.get("/api/v1/audit", params={"action": wildcard}, headers=admin.headers)
        assert got.status_code == 200 and got.json()["items"] == [], wildcard
    prefix = everything[0]["action"].split(".")[0]
    got = (await client.get("/api/v1/audit", params={"action": prefix}, headers=admin.headers)).json()[
        "items"
    ]
    assert got and all(i["action"].startswith(prefix) for i in got)
