"""POST /api/v1/plans/import: plan documents become plans, in one transaction."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from plandesk.core.audit import AuditEntry
from plandesk.core.text import fold
from plandesk.demo.seed import SEED_FILENAME, seed_plan_bytes
from plandesk.importer.parser import MAX_LINES
from plandesk.plans.models import Channel, Milestone, Phase, Plan
from plandesk.tasks.models import Assignment, Task
from plandesk.units.models import Unit, UnitGroup, UnitGroupMember

URL = "/api/v1/plans/import"
FIXTURES = Path(__file__).parent / "fixtures"
DOCX = "ke-hoach-1520-KH-BTTTT-chuyen-doi-so.docx"
MARKDOWN = "ke-hoach-45-KH-UBND-quy-hoach-chung.md"
TABLES = (Plan, Milestone, Phase, Channel, Task, Assignment, Unit, UnitGroup, UnitGroupMember, AuditEntry)


def seed_upload() -> dict:
    return {"file": (SEED_FILENAME, seed_plan_bytes(), "text/plain")}


def fixture_upload(name: str, content_type: str = "application/octet-stream") -> dict:
    return {"file": (name, (FIXTURES / name).read_bytes(), content_type)}


async def row_counts(session) -> dict[str, int]:
    out = {}
    for model in TABLES:
        out[model.__tablename__] = (
            await session.execute(select(func.count()).select_from(model))
        ).scalar_one()
    return out


@pytest.fixture
async def coordinator(factory):
    return await factory.actor("coordinator")


async def import_seed(client, headers) -> dict:
    r = await client.post(URL, files=seed_upload(), headers=headers)
    assert r.status_code == 201, r.text
    return r.json()


async def all_tasks(client, plan_id, headers) -> list[dict]:
    r = await client.get(f"/api/v1/plans/{plan_id}/tasks", params={"limit": 200}, headers=headers)
    assert r.status_code == 200, r.text
    assert r.json()["next_cursor"] is None
    return r.json()["items"]


def unit_id_named(body: dict, name: str) -> str:
    (unit,) = [u for u in body["units"] if fold(u["name"]) == fold(name)]
    return unit["unit_id"]


# --- the seed plan -----------------------------------------------------------------


async def test_importing_the_seed_creates_the_plan_with_its_header(client, coordinator):
    r = await client.post(URL, files=seed_upload(), headers=coordinator.headers)
    assert r.status_code == 201, r.text
    body = r.json()
    plan = body["plan"]
    assert r.headers["Location"] == f"/api/v1/plans/{plan['id']}"
    assert r.headers["ETag"]
    assert body["dry_run"] is False and body["filename"] == SEED_FILENAME
    assert (plan["code"], plan["issued_on"], plan["place"]) == ("148-KH/TU", "2020-02-11", "Đắk Lắk")
    assert (plan["signer_name"], plan["signer_title"]) == ("Phạm Minh Tấn", "Phó Bí thư")
    assert [(b["reference"], b["date"]) for b in plan["legal_bases"]] == [
        ("Chỉ thị số 35-CT/TW", "2019-05-30"),
        ("Kế hoạch số 127-KH/TU", "2019-08-23"),
    ]
    assert (len(plan["purposes"]), len(plan["requirements"]), len(plan["recipients"])) == (3, 2, 12)
    assert (plan["status"], plan["published"]) == ("draft", False)


async def test_importing_the_seed_counts_match_the_golden_numbers(client, coordinator):
    body = await import_seed(client, coordinator.headers)
    assert body["counts"] == {
        "milestones": 6,
        "phases": 3,
        "sub_phases": 3,
        "channels": 5,
        "tasks": 33,
        "tasks_with_deadline": 5,
        # The seed's two unit groups are groups, not units (#13.6): no pseudo-unit is created
        # and, until members are chosen, their ten tasks owe nobody (49 → 39 assignments).
        "assignments": 39,
        "units_matched": 0,
        "units_created": 14,
        "groups_matched": 0,
        "reporting_periods": 0,  # the seed has no recurring deadline
        "groups_created": 2,
        "warnings": len(body["warnings"]),
    }
    assert body["counts"]["warnings"] > 0


async def test_imported_phases_have_their_topics_and_windows(client, coordinator):
    plan_id = (await import_seed(client, coordinator.headers))["plan"]["id"]
    r = await client.get(f"/api/v1/plans/{plan_id}/phases", headers=coordinator.headers)
    phases = {p["label"]: p for p in r.json()["items"]}
    assert [p["label"] for p in r.json()["items"]] == ["I", "II", "III", "3.1", "3.2", "3.3"]
    assert {label: len(p["topics"]) for label, p in phases.items()} == {
        "I": 9,
        "II": 5,
        "III": 0,
        "3.1": 6,
        "3.2": 9,
        "3.3": 6,
    }
    assert {phases[s]["parent_id"] for s in ("3.1", "3.2", "3.3")} == {phases["III"]["id"]}
    windows = {label: (p["start_date"], p["end_date"]) for label, p in phases.items()}
    assert windows["I"] == ("2020-02-01", "2020-08-31")
    assert windows["II"] == ("2020-09-01", "2020-10-31")
    assert windows["III"] == ("2020-11-01", "2021-03-31")
    assert phases["I"]["start"] == {"kind": "fixed", "date": "2020-02-01"}
    assert phases["I"]["end"]["kind"] == "milestone"
    assert phases["II"]["start"]["milestone_id"] == phases["I"]["end"]["milestone_id"]


async def test_imported_milestones_and_channels(client, coordinator):
    plan_id = (await import_seed(client, coordinator.headers))["plan"]["id"]
    milestones = (
        await client.get(f"/api/v1/plans/{plan_id}/milestones", headers=coordinator.headers)
    ).json()["items"]
    by_title = {m["title"]: m for m in milestones}
    district = by_title["Đại hội đảng bộ cấp huyện"]
    assert (district["precision"], district["range_start"], district["range_end"]) == (
        "month",
        "2020-08-01",
        "2020-08-31",
    )
    national = by_title["Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"]
    assert (national["precision"], national["range_end"]) == ("quarter", "2021-03-31")
    channels = (await client.get(f"/api/v1/plans/{plan_id}/channels", headers=coordinator.headers)).json()[
        "items"
    ]
    assert [len(c["items"]) for c in channels] == [3, 2, 3, 3, 0]
    assert channels[1]["title"] == "Tuyên truyền miệng"


async def test_imported_tasks_have_their_lead_units_and_deadlines(client, coordinator):
    body = await import_seed(client, coordinator.headers)
    tasks = await all_tasks(client, body["plan"]["id"], coordinator.headers)
    assert len(tasks) == 33
    names = {u["unit_id"]: u["name"] for u in body["units"]}
    leads = Counter(names[t["lead_unit_id"]] for t in tasks)
    assert leads["Ban Tuyên giáo Tỉnh ủy"] == 9
    assert leads["Các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc"] == 5
    deadlines = sorted((t["due_date"], names[t["lead_unit_id"]]) for t in tasks if t["due_date"])
    assert deadlines == [
        ("2020-03-15", "Ban Tuyên giáo Tỉnh ủy"),
        ("2020-03-31", "Ban Dân vận Tỉnh ủy"),
        ("2020-03-31", "Văn phòng Tỉnh ủy"),
        ("2020-04-10", "Văn phòng Tỉnh ủy"),
        ("2020-04-15", "Ban Tuyên giáo Tỉnh ủy"),
    ]


async def test_the_fifteenth_of_march_task_is_supported_by_the_science_union(client, coordinator):
    body = await import_seed(client, coordinator.headers)
    tasks = await all_tasks(client, body["plan"]["id"], coordinator.headers)
    (brief,) = [t for t in tasks if t["due_date"] == "2020-03-15"]
    task = (await client.get(f"/api/v1/tasks/{brief['id']}", headers=coordinator.headers)).json()
    assert task["supporting_unit_ids"] == [unit_id_named(body, "Liên hiệp các Hội khoa học kỹ thuật tỉnh")]
    assert task["due"] == {"kind": "fixed", "date": "2020-03-15"}
    assert task["source_section"] == "IV.1"
    assert [(a["role"], a["status"]) for a in task["assignments"]] == [
        ("lead", "not_started"),
        ("support", "not_started"),
    ]


async def test_units_nest_as_the_document_nests_them(client, coordinator):
    body = await import_seed(client, coordinator.headers)
    committee = unit_id_named(body, "Ban cán sự đảng Ủy ban nhân dân tỉnh")
    info = unit_id_named(body, "Sở Thông tin - Truyền thông")
    unit = (await client.get(f"/api/v1/units/{info}", headers=coordinator.headers)).json()
    assert unit["parent_id"] == committee
    assert unit["kind"] == "department"


async def test_group_entries_become_unit_groups(client, coordinator):
    body = await import_seed(client, coordinator.headers)
    assert sorted(g["name"] for g in body["groups"]) == [
        "Các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc",
        "Các đoàn thể chính trị - xã hội tỉnh",
    ]
    groups = (await client.get("/api/v1/unit-groups", headers=coordinator.headers)).json()["items"]
    assert sorted(g["name"] for g in groups) == sorted(g["name"] for g in body["groups"])


async def test_moving_the_district_congress_moves_phase_one_end_and_phase_two_start(client, coordinator):
    plan_id = (await import_seed(client, coordinator.headers))["plan"]["id"]
    milestones = (
        await client.get(f"/api/v1/plans/{plan_id}/milestones", headers=coordinator.headers)
    ).json()["items"]
    (district,) = [m for m in milestones if m["title"] == "Đại hội đảng bộ cấp huyện"]
    r = await client.post(
        f"/api/v1/milestones/{district['id']}/move", json={"date": "2020-09-10"}, headers=coordinator.headers
    )
    assert r.status_code == 200, r.text
    assert (r.json()["range_end"], r.json()["status"]) == ("2020-09-30", "moved")
    phases = {
        p["label"]: p
        for p in (await client.get(f"/api/v1/plans/{plan_id}/phases", headers=coordinator.headers)).json()[
            "items"
        ]
    }
    assert phases["I"]["start_date"] == "2020-02-01"  # a fixed date stays
    assert phases["I"]["end_date"] == "2020-09-30"
    assert phases["II"]["start_date"] == "2020-10-01"
    assert phases["II"]["end_date"] == "2020-10-31"  # hangs on the provincial congress


async def test_patching_the_district_congress_date_moves_the_windows_too(client, coordinator):
    plan_id = (await import_seed(client, coordinator.headers))["plan"]["id"]
    milestones = (
        await client.get(f"/api/v1/plans/{plan_id}/milestones", headers=coordinator.headers)
    ).json()["items"]
    (district,) = [m for m in milestones if m["title"] == "Đại hội đảng bộ cấp huyện"]
    url = f"/api/v1/milestones/{district['id']}"
    etag = (await client.get(url, headers=coordinator.headers)).headers["ETag"]
    r = await client.patch(
        url, json={"date": "2020-07-01"}, headers={**coordinator.headers, "If-Match": etag}
    )
    assert r.status_code == 200, r.text
    phases = {
        p["label"]: p
        for p in (await client.get(f"/api/v1/plans/{plan_id}/phases", headers=coordinator.headers)).json()[
            "items"
        ]
    }
    assert (phases["I"]["end_date"], phases["II"]["start_date"]) == ("2020-07-31", "2020-08-01")


# --- dry run -------------------------------------------------------------------------


async def test_dry_run_returns_the_draft_and_changes_nothing(client, coordinator, session):
    before = await row_counts(session)
    r = await client.post(URL, params={"dry_run": "true"}, files=seed_upload(), headers=coordinator.headers)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["dry_run"] is True
    assert (body["draft"]["code"], len(body["draft"]["tasks"])) == ("148-KH/TU", 33)
    assert body["draft"]["warnings"]
    assert body["counts"]["assignments"] == 39 and body["counts"]["units_created"] == 14
    assert all(u["matched"] is False and u["unit_id"] is None for u in body["units"])
    # A group is not a unit: nothing is created for it but the group.
    assert all(u["will_create"] != u["is_group"] for u in body["draft"]["units"])
    assert all(g["member_unit_ids"] == [] for g in body["groups"])
    assert "plan" not in body
    assert await row_counts(session) == before


async def test_dry_run_as_a_form_field(client, coordinator, session):
    before = await row_counts(session)
    r = await client.post(URL, data={"dry_run": "true"}, files=seed_upload(), headers=coordinator.headers)
    assert r.status_code == 200 and r.json()["dry_run"] is True
    assert await row_counts(session) == before


async def test_dry_run_says_which_units_exist(client, coordinator, factory):
    propaganda = await factory.unit("Ban Tuyên giáo Tỉnh uỷ", kind="party_committee")
    r = await client.post(URL, params={"dry_run": "true"}, files=seed_upload(), headers=coordinator.headers)
    body = r.json()
    assert unit_id_named(body, "Ban Tuyên giáo Tỉnh ủy") == str(propaganda.id)
    (draft_unit,) = [u for u in body["draft"]["units"] if u["name"] == "Ban Tuyên giáo Tỉnh ủy"]
    assert (draft_unit["matched_unit_id"], draft_unit["will_create"]) == (str(propaganda.id), False)
    assert (body["counts"]["units_matched"], body["counts"]["units_created"]) == (1, 13)


# --- matching existing units ---------------------------------------------------------


async def test_existing_units_are_matched_not_duplicated(client, coordinator, factory, session):
    propaganda = await factory.unit("Ban Tuyên giáo Tỉnh uỷ", kind="party_committee")
    info = await factory.unit("Sở Thông tin và Truyền thông", kind="department")
    body = await import_seed(client, coordinator.headers)
    assert (body["counts"]["units_matched"], body["counts"]["units_created"]) == (2, 12)
    assert unit_id_named(body, "Ban Tuyên giáo Tỉnh ủy") == str(propaganda.id)
    assert unit_id_named(body, "Sở Thông tin - Truyền thông") == str(info.id)
    assert (await row_counts(session))["units"] == 14
    tasks = await all_tasks(client, body["plan"]["id"], coordinator.headers)
    assert sum(t["lead_unit_id"] == str(propaganda.id) for t in tasks) == 9


async def test_importing_the_seed_twice_creates_no_new_units(client, coordinator, session):
    first = await import_seed(client, coordinator.headers)
    units_after_first = (await row_counts(session))["units"]
    second = await import_seed(client, coordinator.headers)
    assert second["counts"]["units_created"] == 0
    assert second["counts"]["units_matched"] == 14
    assert (second["counts"]["groups_created"], second["counts"]["groups_matched"]) == (0, 2)
    assert (await row_counts(session))["units"] == units_after_first == 14
    assert {u["unit_id"] for u in second["units"]} == {u["unit_id"] for u in first["units"]}
    assert second["plan"]["id"] != first["plan"]["id"]


async def test_tasks_given_to_a_group_reach_every_member(client, coordinator, factory):
    admin = await factory.actor("admin")
    members = [
        await factory.unit(name, kind="party_committee")
        for name in ("Thành ủy Buôn Ma Thuột", "Thị ủy Buôn Hồ", "Huyện ủy Krông Pắc")
    ]
    r = await client.post(
        "/api/v1/unit-groups",
        json={
            "name": "Các huyện uỷ, thị uỷ, thành uỷ và đảng uỷ trực thuộc",
            "unit_ids": [str(m.id) for m in members],
        },
        headers=admin.headers,
    )
    assert r.status_code == 201, r.text
    body = await import_seed(client, coordinator.headers)
    (group,) = [g for g in body["groups"] if g["name"].startswith("Các huyện")]
    assert (group["matched"], group["group_id"], group["member_count"]) == (True, r.json()["id"], 3)
    # The group is not a unit (#13.6): its tasks are addressed to it, each member owes a share.
    assert unit_id_named(body, "Các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc") is None
    tasks = [
        t
        for t in await all_tasks(client, body["plan"]["id"], coordinator.headers)
        if t["lead_group_id"] == group["group_id"]
    ]
    assert len(tasks) == 5
    for task in tasks:
        assert task["lead_unit_id"] is None and not task["awaiting_members"]
        assert {(a["unit_id"], a["role"]) for a in task["assignments"]} == {
            (str(m.id), "member") for m in members
        }


# --- other documents ---------------------------------------------------------------


async def test_importing_the_docx_ministry_plan(client, coordinator):
    r = await client.post(URL, files=fixture_upload(DOCX), headers=coordinator.headers)
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["plan"]["code"] == "1520/KH-BTTTT"
    counts = body["counts"]
    assert (counts["phases"], counts["sub_phases"], counts["channels"], counts["tasks"]) == (4, 0, 3, 10)
    assert (counts["milestones"], counts["tasks_with_deadline"]) == (2, 6)
    (within,) = [g for g in body["groups"] if g["name"] == "Các đơn vị thuộc Bộ"]
    assert (within["member_keys"], within["member_count"]) == (["trung-tam-thong-tin", "cuc-bao-chi"], 2)
    # Units the document nests under a group are its members, not a pseudo-unit's children.
    assert unit_id_named(body, "Các đơn vị thuộc Bộ") is None
    centre = unit_id_named(body, "Trung tâm Thông tin")
    assert centre in within["member_unit_ids"]
    assert (await client.get(f"/api/v1/units/{centre}", headers=coordinator.headers)).json()[
        "parent_id"
    ] is None


async def test_a_deadline_anchored_to_a_milestone_moves_with_it(client, coordinator):
    body = (await client.post(URL, files=fixture_upload(DOCX), headers=coordinator.headers)).json()
    plan_id = body["plan"]["id"]
    milestones = (
        await client.get(f"/api/v1/plans/{plan_id}/milestones", headers=coordinator.headers)
    ).json()["items"]
    (day,) = [m for m in milestones if m["title"] == "Ngày Chuyển đổi số quốc gia"]
    tasks = await all_tasks(client, plan_id, coordinator.headers)
    (anchored,) = [t for t in tasks if t["due_date"] == "2025-10-09"]
    r = await client.post(
        f"/api/v1/milestones/{day['id']}/move", json={"date": "2025-10-20"}, headers=coordinator.headers
    )
    assert r.status_code == 200, r.text
    task = (await client.get(f"/api/v1/tasks/{anchored['id']}", headers=coordinator.headers)).json()
    assert task["due_date"] == "2025-10-19"


async def test_importing_the_markdown_city_plan(client, coordinator):
    r = await client.post(URL, files=fixture_upload(MARKDOWN, "text/markdown"), headers=coordinator.headers)
    assert r.status_code == 201, r.text
    counts = r.json()["counts"]
    assert (counts["phases"], counts["sub_phases"], counts["channels"], counts["tasks"]) == (2, 0, 4, 13)
    assert counts["tasks_with_deadline"] == 0


# --- bad input -----------------------------------------------------------------------

MEMO = """CÔNG TY TNHH MỘT THÀNH VIÊN ABC

THÔNG BÁO

Về việc nghỉ Tết Nguyên đán

Công ty thông báo lịch nghỉ Tết từ ngày 28/01/2025 đến hết ngày 02/02/2025.
"""

PLAN_WITHOUT_PHASES = """Số: 12/KH-UBND

Huế, ngày 02 tháng 5 năm 2024

KẾ HOẠCH

Tổ chức Ngày hội đọc sách

I. MỤC ĐÍCH, YÊU CẦU

- Khuyến khích thói quen đọc sách.

II. TỔ CHỨC THỰC HIỆN

1. Thư viện tỉnh

- Chuẩn bị sách, gian trưng bày.
"""


async def assert_refused(client, headers, session, status, files=None, **kw) -> dict:
    before = await row_counts(session)
    r = await client.post(URL, files=files, headers=headers, **kw)
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/problem+json"
    assert await row_counts(session) == before
    return r.json()


async def test_a_plan_with_tasks_but_no_phases_is_imported(client, coordinator):
    files = {"file": ("ke-hoach.txt", PLAN_WITHOUT_PHASES.encode(), "text/plain")}
    r = await client.post(URL, files=files, headers=coordinator.headers)
    assert r.status_code == 201, r.text
    assert (r.json()["counts"]["phases"], r.json()["counts"]["tasks"]) == (0, 1)


async def test_prose_that_is_not_a_plan_names_everything_missing(client, coordinator, session):
    files = {"file": ("thong-bao.md", MEMO.encode(), "text/markdown")}
    problem = await assert_refused(client, coordinator.headers, session, 422, files=files)
    assert [e["msg"] for e in problem["errors"]] == [
        "no plan number found",
        "no plan title found",
        "no phases found",
        "no tasks found",
    ]


async def test_a_dry_run_of_something_that_is_not_a_plan_is_refused_too(client, coordinator, session):
    files = {"file": ("thong-bao.txt", MEMO.encode(), "text/plain")}
    await assert_refused(client, coordinator.headers, session, 422, files=files, params={"dry_run": "true"})


async def test_binary_garbage_is_415(client, coordinator, session):
    files = {"file": ("ke-hoach.txt", bytes(range(256)) * 40, "text/plain")}
    problem = await assert_refused(client, coordinator.headers, session, 415, files=files)
    assert "binary" in problem["detail"]


async def test_a_broken_docx_is_415(client, coordinator, session):
    files = {"file": ("ke-hoach.docx", b"PK\x03\x04 not really a zip", "application/octet-stream")}
    problem = await assert_refused(client, coordinator.headers, session, 415, files=files)
    assert ".docx" in problem["detail"]


async def test_a_damaged_pdf_is_415_naming_pdf(client, coordinator, session):
    files = {"file": ("ke-hoach.pdf", b"%PDF-1.4 ...", "application/pdf")}
    problem = await assert_refused(client, coordinator.headers, session, 415, files=files)
    assert "PDF" in problem["detail"]


async def test_a_file_just_over_five_megabytes_is_413_with_its_size(client, coordinator, session):
    size = 5 * 1024 * 1024 + 10
    files = {"file": ("ke-hoach.txt", b"a" * size, "text/plain")}
    problem = await assert_refused(client, coordinator.headers, session, 413, files=files)
    assert f"{size:,} bytes" in problem["detail"] and "5 MB" in problem["detail"]


async def test_a_much_larger_upload_is_413_before_it_is_read(client, coordinator, session):
    files = {"file": ("ke-hoach.txt", b"a" * (6 * 1024 * 1024), "text/plain")}
    await assert_refused(client, coordinator.headers, session, 413, files=files)


async def test_a_small_file_of_too_many_lines_is_413_naming_the_limit(client, coordinator, session):
    # 400 KB, far under the byte limit, but 200,000 lines: refused before the per-line work.
    files = {"file": ("ke-hoach.txt", b"a\n" * 200_000, "text/plain")}
    problem = await assert_refused(client, coordinator.headers, session, 413, files=files)
    assert "200,001 lines" in problem["detail"] and f"{MAX_LINES:,} lines" in problem["detail"]


async def test_a_plan_just_under_the_line_limit_is_still_read(client, coordinator, session):
    seed = seed_plan_bytes()
    padded = seed + b"\n" * (MAX_LINES - seed.count(b"\n") - 1)
    r = await client.post(
        URL,
        params={"dry_run": "true"},
        headers=coordinator.headers,
        files={"file": ("ke-hoach.txt", padded, "text/plain")},
    )
    assert r.status_code == 200, r.text


async def test_a_json_body_is_415(client, coordinator, session):
    problem = await assert_refused(client, coordinator.headers, session, 415, json={"file": "148-KH/TU"})
    assert "multipart/form-data" in problem["detail"]


async def test_a_form_without_the_file_is_422(client, coordinator, session):
    problem = await assert_refused(
        client, coordinator.headers, session, 422, files={"other": ("x.txt", b"x", "text/plain")}
    )
    assert any(e["loc"][-1] == "file" for e in problem["errors"])


# --- who may import ------------------------------------------------------------------


@pytest.mark.parametrize("role", ["unit_officer", "viewer", "moderator"])
async def test_only_coordinators_and_admins_may_import(client, factory, session, role):
    actor = await factory.actor(role)
    problem = await assert_refused(client, actor.headers, session, 403, files=seed_upload())
    assert problem["status"] == 403


async def test_anonymous_callers_get_401(client, session):
    await assert_refused(client, {}, session, 401, files=seed_upload())


async def test_an_admin_may_import(client, factory):
    admin = await factory.actor("admin")
    assert (await client.post(URL, files=seed_upload(), headers=admin.headers)).status_code == 201


async def test_the_import_is_audited_with_its_source_and_counts(client, coordinator):
    body = await import_seed(client, coordinator.headers)
    r = await client.get("/api/v1/audit", params={"action": "plan.imported"}, headers=coordinator.headers)
    (entry,) = r.json()["items"]
    assert entry["entity_id"] == body["plan"]["id"]
    assert entry["actor"] == str(coordinator.id)
    assert entry["changes"]["source"]["after"] == SEED_FILENAME
    assert entry["changes"]["counts"]["after"]["tasks"] == 33
    created = await client.get(
        "/api/v1/audit", params={"action": "task.created", "limit": 200}, headers=coordinator.headers
    )
    assert len(created.json()["items"]) == 33


async def test_both_answers_match_the_models_the_openapi_document_declares(client, coordinator):
    from plandesk.importer.schemas import PlanImportPreview, PlanImportResult

    preview = await client.post(
        URL, params={"dry_run": "1"}, files=seed_upload(), headers=coordinator.headers
    )
    assert PlanImportPreview.model_validate(preview.json()).draft.code == "148-KH/TU"
    result = await client.post(URL, files=seed_upload(), headers=coordinator.headers)
    assert PlanImportResult.model_validate(result.json()).plan.code == "148-KH/TU"


async def test_two_imports_at_once_do_not_duplicate_units(client, coordinator, session):
    import asyncio

    first, second = await asyncio.gather(
        client.post(URL, files=seed_upload(), headers=coordinator.headers),
        client.post(URL, files=seed_upload(), headers=coordinator.headers),
    )
    assert (first.status_code, second.status_code) == (201, 201)
    created = sorted(r.json()["counts"]["units_created"] for r in (first, second))
    assert created == [0, 14]  # + 2 unit groups, not units (#13.6)
    assert (await row_counts(session))["units"] == 14


PLAN_WITHOUT_NUMBER = PLAN_WITHOUT_PHASES.replace("Số: 12/KH-UBND\n", "")


async def test_a_dry_run_of_a_plan_without_number_shows_the_draft_and_where_it_was_expected(
    client, coordinator
):
    files = {"file": ("ke-hoach.txt", PLAN_WITHOUT_NUMBER.encode(), "text/plain")}
    r = await client.post(URL, files=files, headers=coordinator.headers, params={"dry_run": "true"})
    assert r.status_code == 200, r.text
    draft = r.json()["draft"]
    assert draft["code"] is None
    missing = [w for w in draft["warnings"] if w["message"].startswith("no plan number")]
    assert [w["source_lines"] for w in missing] == [[1, 7]]  # the lines before section I


async def test_saving_a_plan_without_number_asks_to_fill_it_in(client, coordinator, session):
    files = {"file": ("ke-hoach.txt", PLAN_WITHOUT_NUMBER.encode(), "text/plain")}
    problem = await assert_refused(client, coordinator.headers, session, 422, files=files)
    assert "Fill them in on the import review" in problem["detail"]
    assert problem["errors"] == [{"loc": ["body", "file"], "msg": "no plan number found"}]


async def test_a_scan_without_tesseract_is_422_naming_the_packages(client, coordinator, session, monkeypatch):
    monkeypatch.setattr("plandesk.importer.ocr.shutil.which", lambda name: None)
    files = {"file": ("scan.png", b"\x89PNG\r\n\x1a\n", "image/png")}
    problem = await assert_refused(client, coordinator.headers, session, 422, files=files)
    assert "tesseract-ocr-vie" in problem["detail"]


async def test_a_group_without_members_asks_for_them_in_the_review(client, coordinator):
    text = PLAN_WITHOUT_PHASES.replace("1. Thư viện tỉnh", "1. Các trường trung học phổ thông")
    files = {"file": ("ke-hoach.txt", text.encode(), "text/plain")}
    r = await client.post(URL, files=files, headers=coordinator.headers, params={"dry_run": "true"})
    assert r.status_code == 200, r.text
    (group,) = [u for u in r.json()["draft"]["units"] if u["is_group"]]
    assert [w["message"] for w in group["warnings"] if w["code"] == "missing"] == [
        "the unit group 'Các trường trung học phổ thông' has no member units yet: choose its members, "
        "so that each gets its own share of the tasks given to the group"
    ]


# --- unit groups chosen on the review (#13.6) -----------------------------------------

DISTRICTS = "cac-huyen-uy-thi-uy-thanh-uy-va-dang-uy-truc-thuoc"


async def test_the_dry_run_shows_the_group_and_asks_for_its_members(client, coordinator):
    r = await client.post(URL, params={"dry_run": "true"}, files=seed_upload(), headers=coordinator.headers)
    body = r.json()
    (group,) = [g for g in body["groups"] if g["name"].startswith("Các huyện")]
    assert (group["member_count"], group["member_unit_ids"]) == (0, [])
    (draft_group,) = [u for u in body["draft"]["units"] if u["key"] == group["key"]]
    assert draft_group["is_group"] and any(w["code"] == "missing" for w in draft_group["warnings"])


async def test_saving_with_members_chosen_gives_each_a_member_share(client, coordinator, factory):
    chosen = [await factory.unit(f"Huyện ủy {n}", kind="party_committee") for n in ("Lắk", "Ea Súp")]
    dry = (
        await client.post(URL, params={"dry_run": "true"}, files=seed_upload(), headers=coordinator.headers)
    ).json()
    (group,) = [g for g in dry["groups"] if g["name"].startswith("Các huyện")]
    import json

    r = await client.post(
        URL,
        data={"group_members": json.dumps({group["key"]: [str(u.id) for u in chosen]})},
        files=seed_upload(),
        headers=coordinator.headers,
    )
    assert r.status_code == 201, r.text
    body = r.json()
    (saved,) = [g for g in body["groups"] if g["key"] == group["key"]]
    assert sorted(saved["member_unit_ids"]) == sorted(str(u.id) for u in chosen)
    tasks = [
        t
        for t in await all_tasks(client, body["plan"]["id"], coordinator.headers)
        if t["lead_group_id"] == saved["group_id"]
    ]
    assert len(tasks) == 5
    assert all(
        sorted((a["unit_id"], a["role"]) for a in t["assignments"])
        == sorted((str(u.id), "member") for u in chosen)
        for t in tasks
    )
    # The other group was given no members: it still has none.
    (other,) = [g for g in body["groups"] if g["key"] != group["key"]]
    assert other["member_unit_ids"] == []


async def test_malformed_group_members_is_422(client, coordinator):
    r = await client.post(
        URL, data={"group_members": "[1, 2]"}, files=seed_upload(), headers=coordinator.headers
    )
    assert r.status_code == 422 and r.json()["errors"][0]["loc"] == ["body", "group_members"]


async def test_a_recurring_deadline_becomes_the_plans_reporting_periods(client, coordinator, session):
    """'báo cáo kết quả định kỳ hằng tháng, trước ngày 25' over phases 15/3–15/12/2024: monthly
    report periods due on the 25th (#13 item 3: a recurring obligation, not one date)."""
    from pathlib import Path

    from plandesk.reports.models import ReportingPeriod

    name = "01-ubnd-tinh-cai-cach-hanh-chinh.txt"
    content = (Path(__file__).parent / "corpus" / "documents" / name).read_bytes()
    dry = await client.post(
        URL,
        files={"file": (name, content, "text/plain")},
        data={"dry_run": "true"},
        headers=coordinator.headers,
    )
    assert dry.status_code == 200, dry.text
    assert (await session.execute(select(func.count()).select_from(ReportingPeriod))).scalar_one() == 0

    r = await client.post(URL, files={"file": (name, content, "text/plain")}, headers=coordinator.headers)
    assert r.status_code == 201, r.text
    periods = (
        await client.get(
            f"/api/v1/plans/{r.json()['plan']['id']}/reporting-periods", headers=coordinator.headers
        )
    ).json()
    items = periods["items"] if isinstance(periods, dict) else periods
    assert r.json()["counts"]["reporting_periods"] == len(items) >= 8
    assert {p["kind"] for p in items} == {"monthly"}
    due = sorted(p["due_on"] for p in items)
    assert all(d.endswith("-25") for d in due[:-1]) and due[-1] <= "2024-12-15"
    assert due[0] >= "2024-03-15"
