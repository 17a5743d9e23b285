"""Moderation: who sees contact details, the queue's filters, transitions, answers, tags,
assignment, bulk actions and their audit."""

from __future__ import annotations

from plandesk.consultations.clustering import dedup
from tests.consultations.factories import submit

PII = ("Trần Thị Bình", "Hội Nông dân xã", "0905 123 456")


async def _with_contacts(client, consult):
    c = await consult.consultation()
    receipt = (
        await submit(
            client, c.id, body="Ý kiến về nông nghiệp", name=PII[0], organisation=PII[1], contact=PII[2]
        )
    ).json()
    return c, receipt


async def _patch(client, actor, feedback_id, body):
    url = f"/api/v1/feedback/{feedback_id}"
    etag = (await client.get(url, headers=actor.headers)).headers["ETag"]
    return await client.patch(url, json=body, headers={**actor.headers, "If-Match": etag})


async def test_moderator_and_admin_see_contact_details(client, factory, consult):
    c, receipt = await _with_contacts(client, consult)
    for role in ("moderator", "admin"):
        actor = await factory.actor(role)
        item = (await client.get(f"/api/v1/feedback/{receipt['id']}", headers=actor.headers)).json()
        assert item["contacts"] == {"name": PII[0], "organisation": PII[1], "contact": PII[2]}
        queue = (await client.get(f"/api/v1/consultations/{c.id}/feedback", headers=actor.headers)).json()
        assert queue["items"][0]["contacts"]["name"] == PII[0]


async def test_viewer_and_coordinator_never_see_contact_details(client, factory, consult):
    c, receipt = await _with_contacts(client, consult)
    for role in ("viewer", "coordinator"):
        actor = await factory.actor(role)
        single = await client.get(f"/api/v1/feedback/{receipt['id']}", headers=actor.headers)
        queue = await client.get(f"/api/v1/consultations/{c.id}/feedback", headers=actor.headers)
        assert single.status_code == queue.status_code == 200
        assert single.json()["contacts"] is None and queue.json()["items"][0]["contacts"] is None
        for text in (single.text, queue.text):
            assert not any(secret in text for secret in PII)


async def test_unit_officer_and_anonymous_cannot_read_feedback(client, factory, consult):
    c, receipt = await _with_contacts(client, consult)
    officer = await factory.actor("unit_officer")
    for url in (f"/api/v1/feedback/{receipt['id']}", f"/api/v1/consultations/{c.id}/feedback"):
        forbidden = await client.get(url, headers=officer.headers)
        anonymous = await client.get(url)
        assert forbidden.status_code == 403 and anonymous.status_code == 401
        assert not any(secret in forbidden.text + anonymous.text for secret in PII)


async def test_submission_receipt_never_echoes_contacts(client, consult):
    c = await consult.consultation()
    resp = await submit(client, c.id, name=PII[0], organisation=PII[1], contact=PII[2])
    assert not any(secret in resp.text for secret in PII)


async def test_queue_search_ignores_diacritics_and_case(client, factory, consult):
    c = await consult.consultation()
    await submit(client, c.id, body="Cần quan tâm ĐỒNG BÀO dân tộc thiểu số")
    await submit(client, c.id, body="Ý kiến khác về giao thông")
    viewer = await factory.actor("viewer")
    resp = await client.get(
        f"/api/v1/consultations/{c.id}/feedback", params={"q": "dong bao dan toc"}, headers=viewer.headers
    )
    assert [i["body"] for i in resp.json()["items"]] == ["Cần quan tâm ĐỒNG BÀO dân tộc thiểu số"]


async def test_queue_filters_by_section_group_channel_status_and_tag(client, factory, consult):
    c = await consult.consultation()
    sections = await consult.section_ids(c)
    a = (
        await submit(client, c.id, section_id=str(sections[0]), contributor_group="expert", channel="mobile")
    ).json()
    await submit(client, c.id, section_id=str(sections[1]), contributor_group="citizen")
    moderator = await factory.actor("moderator")
    await _patch(client, moderator, a["id"], {"tags": ["kinh tế"], "status": "in_review"})
    url = f"/api/v1/consultations/{c.id}/feedback"
    for params in (
        {"section_id": str(sections[0])},
        {"contributor_group": "expert"},
        {"channel": "mobile"},
        {"status": "in_review"},
        {"tag": "kinh tế"},
    ):
        items = (await client.get(url, params=params, headers=moderator.headers)).json()["items"]
        assert [i["id"] for i in items] == [a["id"]], params


async def test_queue_pages_with_a_cursor_oldest_first(client, factory, consult):
    c = await consult.consultation()
    ids = [(await submit(client, c.id, body=f"Ý kiến {i}")).json()["id"] for i in range(5)]
    viewer = await factory.actor("viewer")
    seen, cursor = [], None
    while True:
        params = {"limit": 2, "sort": "submitted_at"} | ({"cursor": cursor} if cursor else {})
        page = (
            await client.get(f"/api/v1/consultations/{c.id}/feedback", params=params, headers=viewer.headers)
        ).json()
        seen += [i["id"] for i in page["items"]]
        if not (cursor := page["next_cursor"]):
            break
    assert seen == ids


async def test_queue_of_unknown_consultation_is_404(client, factory):
    viewer = await factory.actor("viewer")
    resp = await client.get(
        "/api/v1/consultations/00000000-0000-4000-8000-000000000000/feedback", headers=viewer.headers
    )
    assert resp.status_code == 404


async def test_received_cannot_jump_to_accepted(client, factory, consult):
    _, receipt = await _with_contacts(client, consult)
    moderator = await factory.actor("moderator")
    resp = await _patch(client, moderator, receipt["id"], {"status": "accepted", "response": "Tiếp thu."})
    assert resp.status_code == 409 and "in_review" in resp.json()["detail"]
    problem = resp.json()
    assert problem["type"].endswith("/transition-refused")
    assert (problem["current"], problem["requested"]) == ("received", "accepted")
    assert problem["allowed"] == ["duplicate", "in_review", "spam"]


async def test_accepting_needs_an_answer(client, factory, consult):
    _, receipt = await _with_contacts(client, consult)
    moderator = await factory.actor("moderator")
    assert (await _patch(client, moderator, receipt["id"], {"status": "in_review"})).status_code == 200
    for status in ("accepted", "partially_accepted", "not_accepted"):
        resp = await _patch(client, moderator, receipt["id"], {"status": status})
        assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["body", "response"]
    resp = await _patch(
        client, moderator, receipt["id"], {"status": "not_accepted", "response": "Đã có trong mục III."}
    )
    assert resp.status_code == 200 and resp.json()["status"] == "not_accepted" and resp.json()["responded_at"]


async def test_answer_from_a_template(client, factory, consult):
    c, receipt = await _with_contacts(client, consult)
    moderator = await factory.actor("moderator")
    template = (
        await client.post(
            "/api/v1/answer-templates",
            json={
                "title": "Tiếp thu",
                "body": "Cảm ơn ý kiến; Ban soạn thảo đã tiếp thu.",
                "consultation_id": str(c.id),
            },
            headers=moderator.headers,
        )
    ).json()
    await _patch(client, moderator, receipt["id"], {"status": "in_review"})
    resp = await _patch(
        client, moderator, receipt["id"], {"status": "accepted", "template_id": template["id"]}
    )
    assert resp.status_code == 200 and resp.json()["response"] == "Cảm ơn ý kiến; Ban soạn thảo đã tiếp thu."


async def test_template_of_another_consultation_is_422(client, factory, consult):
    _, receipt = await _with_contacts(client, consult)
    other = await consult.consultation()
    moderator = await factory.actor("moderator")
    template = (
        await client.post(
            "/api/v1/answer-templates",
            json={"title": "T", "body": "B", "consultation_id": str(other.id)},
            headers=moderator.headers,
        )
    ).json()
    resp = await _patch(client, moderator, receipt["id"], {"template_id": template["id"]})
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["body", "template_id"]


async def test_moderation_patch_needs_if_match_and_refuses_stale(client, factory, consult):
    _, receipt = await _with_contacts(client, consult)
    moderator = await factory.actor("moderator")
    url = f"/api/v1/feedback/{receipt['id']}"
    etag = (await client.get(url, headers=moderator.headers)).headers["ETag"]
    assert (
        await client.patch(url, json={"status": "in_review"}, headers=moderator.headers)
    ).status_code == 428
    assert (
        await client.patch(url, json={"status": "in_review"}, headers={**moderator.headers, "If-Match": etag})
    ).status_code == 200
    stale = await client.patch(url, json={"status": "spam"}, headers={**moderator.headers, "If-Match": etag})
    assert stale.status_code == 412


async def test_viewer_cannot_moderate(client, factory, consult):
    _, receipt = await _with_contacts(client, consult)
    viewer = await factory.actor("viewer")
    resp = await _patch(client, viewer, receipt["id"], {"status": "in_review"})
    assert resp.status_code == 403


async def test_tags_are_replaced_and_trimmed(client, factory, consult):
    _, receipt = await _with_contacts(client, consult)
    moderator = await factory.actor("moderator")
    resp = await _patch(client, moderator, receipt["id"], {"tags": [" nông nghiệp ", "giáo dục", "giáo dục"]})
    assert resp.json()["tags"] == ["giáo dục", "nông nghiệp"]
    resp = await _patch(client, moderator, receipt["id"], {"tags": []})
    assert resp.json()["tags"] == []
    assert (await _patch(client, moderator, receipt["id"], {"tags": [""]})).status_code == 422


async def test_assignment_only_to_moderators(client, factory, consult):
    c, receipt = await _with_contacts(client, consult)
    moderator = await factory.actor("moderator")
    colleague = await factory.user("moderator")
    viewer = await factory.user("viewer")
    resp = await _patch(client, moderator, receipt["id"], {"assigned_to": str(colleague.id)})
    assert resp.status_code == 200 and resp.json()["assigned_to"] == str(colleague.id)
    queue = await client.get(
        f"/api/v1/consultations/{c.id}/feedback",
        params={"assigned_to": str(colleague.id)},
        headers=moderator.headers,
    )
    assert [i["id"] for i in queue.json()["items"]] == [receipt["id"]]
    resp = await _patch(client, moderator, receipt["id"], {"assigned_to": str(viewer.id)})
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["body", "assigned_to"]
    resp = await _patch(client, moderator, receipt["id"], {"assigned_to": None})
    assert resp.status_code == 200 and resp.json()["assigned_to"] is None


async def test_moderation_is_audited_without_contacts(client, factory, consult):
    _, receipt = await _with_contacts(client, consult)
    moderator = await factory.actor("moderator")
    await _patch(client, moderator, receipt["id"], {"status": "in_review", "tags": ["x"]})
    admin = await factory.actor("admin")
    audit = await client.get("/api/v1/audit", params={"entity_id": receipt["id"]}, headers=admin.headers)
    entry = audit.json()["items"][0]
    assert entry["action"] == "feedback.updated" and entry["actor"] == str(moderator.id)
    assert entry["changes"]["status"] == {"before": "received", "after": "in_review"}
    assert not any(secret in audit.text for secret in PII)


async def test_bulk_action_on_a_selection(client, factory, consult):
    c = await consult.consultation()
    ids = [(await submit(client, c.id, body=f"Ý kiến {i}")).json()["id"] for i in range(3)]
    moderator = await factory.actor("moderator")
    resp = await client.post(
        f"/api/v1/consultations/{c.id}/feedback/bulk",
        json={"selection": {"ids": ids[:2]}, "action": {"status": "in_review", "add_tags": ["đợt 1"]}},
        headers=moderator.headers,
    )
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body.pop("bulk_action_id")  # recorded: which submissions it changed, for undo
    assert body == {"matched": 2, "updated": 2, "skipped": 0, "skipped_ids": []}
    queue = (
        await client.get(
            f"/api/v1/consultations/{c.id}/feedback", params={"tag": "đợt 1"}, headers=moderator.headers
        )
    ).json()
    assert sorted(i["id"] for i in queue["items"]) == sorted(ids[:2])
    assert {i["status"] for i in queue["items"]} == {"in_review"}


async def test_bulk_action_is_all_or_nothing(client, factory, consult):
    c = await consult.consultation()
    ids = [(await submit(client, c.id, body=f"Ý kiến {i}")).json()["id"] for i in range(3)]
    moderator = await factory.actor("moderator")
    await _patch(client, moderator, ids[0], {"status": "in_review"})
    body = {"selection": {"ids": ids}, "action": {"status": "accepted", "response": "Tiếp thu."}}
    url = f"/api/v1/consultations/{c.id}/feedback/bulk"
    resp = await client.post(url, json=body, headers=moderator.headers)
    assert resp.status_code == 409 and resp.json()["ineligible"] == 2
    statuses = {
        i["id"]: i["status"]
        for i in (
            await client.get(f"/api/v1/consultations/{c.id}/feedback", headers=moderator.headers)
        ).json()["items"]
    }
    assert statuses == {ids[0]: "in_review", ids[1]: "received", ids[2]: "received"}
    resp = await client.post(url, json={**body, "skip_ineligible": True}, headers=moderator.headers)
    assert (
        resp.json()["updated"] == 1
        and resp.json()["skipped"] == 2
        and set(resp.json()["skipped_ids"]) == set(ids[1:])
    )


async def test_bulk_selection_from_another_consultation_is_422(client, factory, consult):
    c = await consult.consultation()
    other = await consult.consultation()
    foreign = (await submit(client, other.id)).json()["id"]
    moderator = await factory.actor("moderator")
    resp = await client.post(
        f"/api/v1/consultations/{c.id}/feedback/bulk",
        json={"selection": {"ids": [foreign]}, "action": {"status": "spam"}},
        headers=moderator.headers,
    )
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["body", "selection", "ids"]


async def test_bulk_needs_exactly_one_selection_and_some_action(client, factory, consult):
    c = await consult.consultation()
    fid = (await submit(client, c.id)).json()["id"]
    moderator = await factory.actor("moderator")
    url = f"/api/v1/consultations/{c.id}/feedback/bulk"
    both = {"selection": {"ids": [fid], "cluster_id": fid}, "action": {"status": "spam"}}
    assert (await client.post(url, json=both, headers=moderator.headers)).status_code == 422
    nothing = {"selection": {"ids": [fid]}, "action": {}}
    assert (await client.post(url, json=nothing, headers=moderator.headers)).status_code == 422


async def test_bulk_answer_on_a_duplicate_cluster_from_a_template(client, factory, consult, session):
    c = await consult.consultation()
    campaign = (
        "Chúng tôi đề nghị giữ nguyên tên huyện Krông Pắc, vì tên gọi gắn với lịch sử "
        "và truyền thống của địa phương."
    )
    ids = [
        (await submit(client, c.id, body=campaign.replace("Chúng tôi", who))).json()["id"]
        for who in ("Chúng tôi", "Kính gửi Ban soạn thảo. Chúng tôi", "Tôi", "chung toi")
    ]
    other = (
        await submit(client, c.id, body="Cần đầu tư đường giao thông nông thôn ở các xã vùng sâu.")
    ).json()["id"]
    await dedup.cluster_all(session)
    moderator = await factory.actor("moderator")
    item = (await client.get(f"/api/v1/feedback/{ids[0]}", headers=moderator.headers)).json()
    cluster = item["cluster_id"]
    assert cluster
    template = (
        await client.post(
            "/api/v1/answer-templates",
            json={"title": "Địa danh", "body": "Không thuộc phạm vi dự thảo."},
            headers=moderator.headers,
        )
    ).json()
    url = f"/api/v1/consultations/{c.id}/feedback/bulk"
    resp = await client.post(
        url,
        json={"selection": {"cluster_id": cluster}, "action": {"status": "in_review"}},
        headers=moderator.headers,
    )
    assert resp.json()["updated"] == 4
    resp = await client.post(
        url,
        json={
            "selection": {"cluster_id": cluster},
            "action": {"status": "not_accepted", "template_id": template["id"]},
        },
        headers=moderator.headers,
    )
    assert resp.status_code == 200 and resp.json()["updated"] == 4
    queue = (await client.get(f"/api/v1/consultations/{c.id}/feedback", headers=moderator.headers)).json()[
        "items"
    ]
    by_id = {i["id"]: i for i in queue}
    assert {by_id[i]["response"] for i in ids} == {"Không thuộc phạm vi dự thảo."}
    assert by_id[other]["status"] == "received"
    admin = await factory.actor("admin")
    audit = (
        await client.get("/api/v1/audit", params={"action": "feedback.bulk_updated"}, headers=admin.headers)
    ).json()
    assert audit["items"][0]["changes"]["selection"] == {
        "cluster_id": cluster,
        "exclude_ids": [],
        "include_flagged_ids": [],
    }
    assert audit["items"][0]["changes"]["updated"] == 4


async def test_templates_crud_needs_if_match(client, factory):
    moderator = await factory.actor("moderator")
    created = await client.post(
        "/api/v1/answer-templates", json={"title": "A", "body": "B"}, headers=moderator.headers
    )
    assert created.status_code == 201
    url = f"/api/v1/answer-templates/{created.json()['id']}"
    assert (await client.patch(url, json={"body": "C"}, headers=moderator.headers)).status_code == 428
    ok = await client.patch(
        url, json={"body": "C"}, headers={**moderator.headers, "If-Match": created.headers["ETag"]}
    )
    assert ok.status_code == 200 and ok.json()["body"] == "C"
    assert (
        await client.delete(url, headers={**moderator.headers, "If-Match": created.headers["ETag"]})
    ).status_code == 412
    assert (
        await client.delete(url, headers={**moderator.headers, "If-Match": ok.headers["ETag"]})
    ).status_code == 204
    viewer = await factory.actor("viewer")
    assert (await client.get("/api/v1/answer-templates", headers=viewer.headers)).status_code == 403


async def _three_in_three_states(client, factory, consult):
    c = await consult.consultation()
    ids = [(await submit(client, c.id, body=f"Ý kiến số {i} về giao thông")).json()["id"] for i in range(3)]
    moderator = await factory.actor("moderator")
    await _patch(client, moderator, ids[1], {"status": "in_review"})
    await _patch(client, moderator, ids[2], {"status": "spam"})
    return c, ids, moderator


async def test_queue_takes_several_statuses_and_matches_any(client, factory, consult):
    c, ids, moderator = await _three_in_three_states(client, factory, consult)
    resp = await client.get(
        f"/api/v1/consultations/{c.id}/feedback",
        params=[("status", "received"), ("status", "in_review")],
        headers=moderator.headers,
    )
    assert sorted(i["id"] for i in resp.json()["items"]) == sorted(ids[:2])


async def test_status_counts_follow_the_other_filters_and_ignore_the_status_filter(client, factory, consult):
    c, _, moderator = await _three_in_three_states(client, factory, consult)
    await submit(client, c.id, body="Một ý kiến về y tế")
    url = f"/api/v1/consultations/{c.id}/feedback/counts"
    resp = await client.get(url, params={"q": "giao thong", "status": "spam"}, headers=moderator.headers)
    assert resp.status_code == 200
    assert resp.json() == {"total": 3, "by_status": {"received": 1, "in_review": 1, "spam": 1}}


async def test_status_counts_are_refused_to_unit_officers(client, factory, consult):
    c = await consult.consultation()
    officer = await factory.actor("unit_officer")
    resp = await client.get(f"/api/v1/consultations/{c.id}/feedback/counts", headers=officer.headers)
    assert resp.status_code == 403
