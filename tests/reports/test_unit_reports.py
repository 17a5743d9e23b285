"""Periodic unit reports: prefilled drafts, who may write them, lateness, return and resubmit, the board."""

from __future__ import annotations

import datetime as dt
import uuid

from plandesk.core.db import utcnow
from tests.plans.factories import fixed
from tests.reports.helpers import API

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


async def _world(client, factory, plans, tasks, starts="2020-05-01", ends="2020-05-31", due="2020-06-05"):
    coordinator = await factory.actor("coordinator")
    unit_a, unit_b = await factory.unit("Huyện ủy Krông Pắc"), await factory.unit("Thành ủy Buôn Ma Thuột")
    officer_a = await factory.actor("unit_officer", unit_a)
    officer_b = await factory.actor("unit_officer", unit_b)
    plan = await plans.plan()
    await plans.channel(plan, "1", title="Tuyên truyền miệng")
    t1 = await tasks.task(plan, unit_a, [unit_b], due="2020-05-20", title="Hội nghị báo cáo viên")
    t2 = await tasks.task(plan, unit_b, due="2020-06-30", title="Treo băng rôn, khẩu hiệu")
    resp = await client.post(
        f"{API}/plans/{plan.id}/reporting-periods",
        json={"label": "Tháng 5/2020", "starts_on": starts, "ends_on": ends, "due_on": due},
        headers=coordinator.headers,
    )
    assert resp.status_code == 201, resp.text
    return coordinator, officer_a, officer_b, plan, resp.json(), (t1, t2), (unit_a, unit_b)


async def _start(client, officer, period, unit):
    resp = await client.post(
        f"{API}/reporting-periods/{period['id']}/reports",
        json={"unit_id": str(unit.id)},
        headers=officer.headers,
    )
    assert resp.status_code in (200, 201), resp.text
    return resp


async def _submit(client, officer, report_id):
    resp = await client.post(f"{API}/unit-reports/{report_id}/submit", headers=officer.headers)
    assert resp.status_code == 200, resp.text
    return resp.json()


async def _board(client, headers, period):
    resp = await client.get(f"{API}/reporting-periods/{period['id']}/board", headers=headers)
    assert resp.status_code == 200, resp.text
    return resp.json()


async def test_a_new_report_is_prefilled_from_the_units_progress_notes(client, factory, plans, tasks):
    today = utcnow().date()
    _coordinator, officer_a, _, _plan, period, (t1, _), (unit_a, _) = await _world(
        client,
        factory,
        plans,
        tasks,
        str(today - dt.timedelta(days=10)),
        str(today + dt.timedelta(days=10)),
        str(today + dt.timedelta(days=15)),
    )
    for note in ("Đã tổ chức 3 hội nghị", "Đã in 500 tờ gấp"):
        r = await client.post(
            f"{API}/tasks/{t1.id}/updates",
            json={"status": "in_progress", "percent": 60, "note": note},
            headers=officer_a.headers,
        )
        assert r.status_code == 201, r.text

    resp = await _start(client, officer_a, period, unit_a)
    body = resp.json()
    assert resp.status_code == 201
    assert body["status"] == "draft"
    assert body["task_lines"] == [
        {
            "task_id": str(t1.id),
            "title": "Hội nghị báo cáo viên",
            "status": "in_progress",
            "percent": 60,
            "done_text": "Đã tổ chức 3 hội nghị\nĐã in 500 tờ gấp",
        }
    ]
    assert [(f["channel"], f["events"]) for f in body["figures"]] == [("Tuyên truyền miệng", 0)]
    again = await _start(client, officer_a, period, unit_a)
    assert (again.status_code, again.json()["id"]) == (200, body["id"])


async def test_officers_write_only_their_own_units_report(client, factory, plans, tasks):
    _coordinator, officer_a, officer_b, _plan, period, _, (unit_a, _) = await _world(
        client, factory, plans, tasks
    )
    resp = await client.post(
        f"{API}/reporting-periods/{period['id']}/reports",
        json={"unit_id": str(unit_a.id)},
        headers=officer_b.headers,
    )
    assert resp.status_code == 403
    assert "own unit" in resp.json()["detail"]
    report = (await _start(client, officer_a, period, unit_a)).json()
    resp = await client.post(f"{API}/unit-reports/{report['id']}/submit", headers=officer_b.headers)
    assert resp.status_code == 403
    # Refused before its ETag is compared: a wrong or stale one tells another unit nothing.
    for etag in ('"stale"', f'"{report["id"].replace("-", "")}-1"'):
        resp = await client.patch(
            f"{API}/unit-reports/{report['id']}",
            json={"proposals": "x"},
            headers={**officer_b.headers, "If-Match": etag},
        )
        assert resp.status_code == 403, resp.text


async def test_coordinators_accept_or_return_but_do_not_write_reports(client, factory, plans, tasks):
    coordinator, _, _, _plan, period, _, (unit_a, _) = await _world(client, factory, plans, tasks)
    resp = await client.post(
        f"{API}/reporting-periods/{period['id']}/reports",
        json={"unit_id": str(unit_a.id)},
        headers=coordinator.headers,
    )
    assert resp.status_code == 403
    assert resp.json()["status"] == 403


async def test_a_report_sent_after_the_due_day_is_late(client, factory, plans, tasks, freeze):
    coordinator, officer_a, _, _plan, period, _, (unit_a, _) = await _world(client, factory, plans, tasks)
    report = (await _start(client, officer_a, period, unit_a)).json()
    freeze(dt.datetime(2020, 6, 8, 9, 0))
    body = await _submit(client, officer_a, report["id"])
    assert (body["submitted_on"], body["late"]) == ("2020-06-08", True)
    row = next(
        r
        for r in (await _board(client, coordinator.headers, period))["units"]
        if r["unit_id"] == str(unit_a.id)
    )
    assert (row["status"], row["late"], row["days_late"]) == ("submitted", True, 3)


async def test_a_report_sent_late_in_the_evening_of_the_due_day_is_on_time(
    client, factory, plans, tasks, freeze
):
    _, officer_a, _, _plan, period, _, (unit_a, _) = await _world(client, factory, plans, tasks)
    report = (await _start(client, officer_a, period, unit_a)).json()
    freeze(dt.datetime(2020, 6, 5, 23, 30))  # 16:30 UTC: still 5 June in Đắk Lắk
    body = await _submit(client, officer_a, report["id"])
    assert (body["submitted_on"], body["late"]) == ("2020-06-05", False)


async def test_the_board_shows_who_is_missing_and_late(client, factory, plans, tasks, freeze):
    coordinator, officer_a, _, _plan, period, _, (unit_a, _unit_b) = await _world(
        client, factory, plans, tasks
    )
    freeze(dt.datetime(2020, 6, 3, 10, 0))
    report = (await _start(client, officer_a, period, unit_a)).json()
    await _submit(client, officer_a, report["id"])
    before_due = await _board(client, coordinator.headers, period)
    assert [(r["unit_name"], r["status"], r["late"]) for r in before_due["units"]] == [
        ("Thành ủy Buôn Ma Thuột", "missing", False),
        ("Huyện ủy Krông Pắc", "submitted", False),
    ]
    freeze(dt.datetime(2020, 6, 9, 10, 0))
    after_due = await _board(client, coordinator.headers, period)
    assert after_due["today"] == "2020-06-09"
    assert [(r["unit_name"], r["status"], r["late"], r["days_late"]) for r in after_due["units"]] == [
        ("Thành ủy Buôn Ma Thuột", "missing", True, 4),
        ("Huyện ủy Krông Pắc", "submitted", False, 0),
    ]
    assert after_due["counts"] == {
        "expected": 2,
        "submitted": 1,
        "accepted": 0,
        "returned": 0,
        "missing": 1,
        "late": 1,
    }


async def test_urging_reaches_only_the_units_still_missing(client, factory, plans, tasks):
    coordinator, officer_a, _, _plan, period, _, (unit_a, unit_b) = await _world(
        client, factory, plans, tasks
    )
    report = (await _start(client, officer_a, period, unit_a)).json()
    await _submit(client, officer_a, report["id"])
    resp = await client.post(
        f"{API}/reporting-periods/{period['id']}/urge", json={}, headers=coordinator.headers
    )
    assert resp.status_code == 200, resp.text
    assert resp.json() == {"urged_unit_ids": [str(unit_b.id)]}
    row = next(
        r
        for r in (await _board(client, coordinator.headers, period))["units"]
        if r["unit_id"] == str(unit_b.id)
    )
    assert row["urged"] == 1


async def test_a_returned_report_is_corrected_and_resubmitted(client, factory, plans, tasks, freeze):
    coordinator, officer_a, _, _plan, period, _, (unit_a, _) = await _world(client, factory, plans, tasks)
    report = (await _start(client, officer_a, period, unit_a)).json()
    freeze(dt.datetime(2020, 6, 4, 9, 0))
    await _submit(client, officer_a, report["id"])
    returned = await client.post(
        f"{API}/unit-reports/{report['id']}/return",
        json={"comment": "Bổ sung số liệu hội nghị"},
        headers=coordinator.headers,
    )
    assert returned.status_code == 200, returned.text
    assert (returned.json()["status"], returned.json()["review_comment"]) == (
        "returned",
        "Bổ sung số liệu hội nghị",
    )

    freeze(dt.datetime(2020, 6, 10, 9, 0))  # corrected after the due day: the first submission was on time
    current = await client.get(f"{API}/unit-reports/{report['id']}", headers=officer_a.headers)
    saved = await client.patch(
        f"{API}/unit-reports/{report['id']}",
        json={"figures": [{"events": 4, "participants": 320}], "difficulties": "Mưa lũ"},
        headers={**officer_a.headers, "If-Match": current.headers["ETag"]},
    )
    assert saved.status_code == 200, saved.text
    body = await _submit(client, officer_a, report["id"])
    assert (body["status"], body["late"], body["submitted_on"]) == ("submitted", False, "2020-06-04")
    assert [(f["events"], f["participants"]) for f in body["figures"]] == [(4, 320)]
    accepted = await client.post(f"{API}/unit-reports/{report['id']}/accept", headers=coordinator.headers)
    assert accepted.json()["status"] == "accepted"


async def test_a_submitted_report_cannot_be_edited(client, factory, plans, tasks):
    _, officer_a, _, _plan, period, _, (unit_a, _) = await _world(client, factory, plans, tasks)
    report = (await _start(client, officer_a, period, unit_a)).json()
    await _submit(client, officer_a, report["id"])
    current = await client.get(f"{API}/unit-reports/{report['id']}", headers=officer_a.headers)
    resp = await client.patch(
        f"{API}/unit-reports/{report['id']}",
        json={"proposals": "x"},
        headers={**officer_a.headers, "If-Match": current.headers["ETag"]},
    )
    assert resp.status_code == 409
    assert "submitted" in resp.json()["detail"]


async def test_attachments_are_accepted_by_content_not_by_name(client, factory, plans, tasks):
    _, officer_a, _, _plan, period, _, (unit_a, _) = await _world(client, factory, plans, tasks)
    report = (await _start(client, officer_a, period, unit_a)).json()
    url = f"{API}/unit-reports/{report['id']}/attachments"
    ok = await client.post(
        url, files={"file": ("anh-hoi-nghi.png", PNG, "image/png")}, headers=officer_a.headers
    )
    assert ok.status_code == 201, ok.text
    assert (ok.json()["content_type"], ok.json()["size"]) == ("image/png", len(PNG))
    fake = await client.post(
        url,
        files={"file": ("bao-cao.pdf", b"MZ\x90\x00 not a pdf", "application/pdf")},
        headers=officer_a.headers,
    )
    assert fake.status_code == 415
    got = await client.get(f"{API}/report-attachments/{ok.json()['id']}", headers=officer_a.headers)
    assert (got.status_code, got.content) == (200, PNG)


async def test_generated_monthly_periods_follow_the_plans_phases(client, factory, plans):
    coordinator = await factory.actor("coordinator")
    plan = await plans.plan()
    await plans.phase(plan, "I", start=fixed("2020-02-11"), end=fixed("2020-04-30"))
    url = f"{API}/plans/{plan.id}/reporting-periods/generate"
    resp = await client.post(url, json={"kind": "monthly", "day_of_month": 25}, headers=coordinator.headers)
    assert resp.status_code == 201, resp.text
    assert [(p["starts_on"], p["due_on"]) for p in resp.json()] == [
        ("2020-02-11", "2020-02-25"),
        ("2020-02-26", "2020-03-25"),
        ("2020-03-26", "2020-04-30"),
    ]
    again = await client.post(url, json={"kind": "monthly", "day_of_month": 25}, headers=coordinator.headers)
    assert again.json() == []
    one_off = await client.post(
        url, json={"kind": "one_off", "due_offset_days": 5}, headers=coordinator.headers
    )
    assert [(p["label"], p["due_on"]) for p in one_off.json()] == [("Báo cáo kết thúc Đợt I", "2020-05-05")]


async def test_a_report_still_with_its_unit_is_read_by_its_unit_and_reviewers_only(
    client, factory, plans, tasks
):
    # A draft (or a report returned for a correction) is the unit's work in progress: its texts,
    # figures, files and documents reach its own officers, coordinators and admins; every role
    # that reads reports reads it once it is submitted. The board shows every status to all.
    coordinator, officer_a, officer_b, _plan, period, _, (unit_a, _) = await _world(
        client, factory, plans, tasks
    )
    admin, viewer, moderator = [await factory.actor(r) for r in ("admin", "viewer", "moderator")]
    created = await client.post(
        f"{API}/service-accounts",
        json={"name": "Cổng báo cáo", "scopes": ["plans:read"]},
        headers=admin.headers,
    )
    assert created.status_code == 201, created.text
    token = await client.post(
        f"{API}/auth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": created.json()["client_id"],
            "client_secret": created.json()["client_secret"],
        },
    )
    service = {"Authorization": f"Bearer {token.json()['access_token']}"}

    report = (await _start(client, officer_a, period, unit_a)).json()
    rid = report["id"]
    got = await client.get(f"{API}/unit-reports/{rid}", headers=officer_a.headers)
    saved = await client.patch(
        f"{API}/unit-reports/{rid}",
        json={"difficulties": "Bản nháp: chưa thống nhất số liệu"},
        headers={**officer_a.headers, "If-Match": got.headers["ETag"]},
    )
    assert saved.status_code == 200, saved.text
    attached = await client.post(
        f"{API}/unit-reports/{rid}/attachments",
        files={"file": ("anh.png", PNG, "image/png")},
        headers=officer_a.headers,
    )
    assert attached.status_code == 201, attached.text
    render = await client.post(
        f"{API}/unit-reports/{rid}/renders", json={"format": "docx"}, headers=officer_a.headers
    )
    assert render.status_code in (201, 202), render.text
    render_url = render.headers["Location"]

    def reads_of(render_url: str) -> dict[str, tuple[str, str]]:
        return {
            "report": ("GET", f"{API}/unit-reports/{rid}"),
            "document": ("GET", f"{API}/unit-reports/{rid}/document.docx"),
            "attachment": ("GET", f"{API}/report-attachments/{attached.json()['id']}"),
            "new render": ("POST", f"{API}/unit-reports/{rid}/renders"),
            "render": ("GET", render_url),
            "render file": ("GET", f"{render_url}/file"),
        }

    reads = reads_of(render_url)

    async def statuses(headers: dict[str, str]) -> dict[str, int]:
        out = {}
        for name, (method, url) in reads.items():
            if method == "POST":
                r = await client.post(url, json={"format": "pdf"}, headers=headers)
            else:
                r = await client.get(url, headers=headers)
            out[name] = r.status_code
            if r.status_code == 403:
                assert r.headers["content-type"].startswith("application/problem+json")
                assert "still with its unit" in r.json()["detail"]
                assert "Bản nháp" not in r.text
        return out

    refused = {name: 403 for name in reads}
    for outsider in (officer_b.headers, viewer.headers, moderator.headers, service):
        assert await statuses(outsider) == refused
    for insider in (officer_a.headers, coordinator.headers, admin.headers):
        assert 403 not in (await statuses(insider)).values()
    board = await _board(client, viewer.headers, period)
    row = next(u for u in board["units"] if u["unit_id"] == str(unit_a.id))
    assert (row["report_id"], row["status"]) == (rid, "missing")  # a draft past its due day

    await _submit(client, officer_a, rid)
    # The draft's render is gone with the draft (it held the draft's text): ask for a new one.
    gone = await client.get(f"{render_url}/file", headers=officer_a.headers)
    assert gone.status_code == 404
    fresh = await client.post(
        f"{API}/unit-reports/{rid}/renders", json={"format": "docx"}, headers=viewer.headers
    )
    assert fresh.status_code in (201, 202), fresh.text
    reads = reads_of(fresh.headers["Location"])
    for reader in (officer_b.headers, viewer.headers, moderator.headers, service):
        assert set((await statuses(reader)).values()) <= {200, 201, 202}
    returned = await client.post(
        f"{API}/unit-reports/{rid}/return",
        json={"comment": "Bổ sung số liệu tháng 5"},
        headers=coordinator.headers,
    )
    assert returned.status_code == 200, returned.text
    # Returned: with its unit again, and the renders made of it while submitted are gone.
    assert await statuses(officer_b.headers) == {**refused, "render": 404, "render file": 404}
    assert (await client.get(f"{API}/unit-reports/{rid}", headers=officer_a.headers)).status_code == 200


async def test_an_attachments_name_is_checked_as_every_uploads_is(client, factory, plans, tasks, settings):
    # A NUL in the name was a 500 on PostgreSQL (after the file was kept); controls were stored;
    # a right-to-left override made "gnp.exe" show as "exe.png".
    _, officer_a, _, _plan, period, _, (unit_a, _) = await _world(client, factory, plans, tasks)
    report = (await _start(client, officer_a, period, unit_a)).json()
    url = f"{API}/unit-reports/{report['id']}/attachments"
    png = PNG + uuid.uuid4().bytes  # its own bytes: files are stored by content, shared across tests
    store = settings.var_dir / "reports" / "attachments"
    before = sorted(store.rglob("*")) if store.exists() else []
    for name in ("a\x00b.png", "a\x7fb\x01c.png"):
        # Built by hand: httpx would send the NUL as %00.
        body = (
            b'--b0undary\r\nContent-Disposition: form-data; name="file"; filename="'
            + name.encode()
            + b'"\r\nContent-Type: image/png\r\n\r\n'
            + png
            + b"\r\n--b0undary--\r\n"
        )
        r = await client.post(
            url,
            content=body,
            headers={**officer_a.headers, "Content-Type": "multipart/form-data; boundary=b0undary"},
        )
        assert r.status_code == 422, r.text
        assert r.headers["content-type"].startswith("application/problem+json")
        assert r.json()["errors"][0]["loc"] == ["body", "file", "filename"]
    assert (sorted(store.rglob("*")) if store.exists() else []) == before  # nothing kept
    r = await client.post(url, files={"file": ("\u202egnp.exe", png, "image/png")}, headers=officer_a.headers)
    assert r.status_code == 201, r.text
    assert r.json()["filename"] == "gnp.exe"
    r = await client.post(
        url, files={"file": ("C:\\tmp\\../ảnh hội nghị.png", png, "image/png")}, headers=officer_a.headers
    )
    assert (r.status_code, r.json()["filename"]) == (201, "ảnh hội nghị.png")
