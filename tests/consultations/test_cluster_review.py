"""Reviewing a cluster: word-level differences, flagged members left out of bulk answers,
moving a member out for good, undoing a bulk answer for one member."""

from __future__ import annotations

from plandesk.consultations.clustering import dedup
from tests.consultations.factories import submit

LETTER = (
    "Về giáo dục, cần rà soát, sắp xếp lại mạng lưới trường lớp phù hợp với thực tế dân cư, tránh dồn ghép "
    "máy móc gây khó khăn cho học sinh vùng sâu. Cần bảo đảm đủ giáo viên theo định mức cho các điểm trường "
    "lẻ. Đề nghị ưu tiên kiên cố hóa phòng học ở các xã đặc biệt khó khăn."
)
ADDED = LETTER + " Ngoài ra cũng cần quan tâm đến bữa ăn bán trú cho các em."
COPIES = [LETTER + " Xin cảm ơn.", "Kính gửi Ban soạn thảo. " + LETTER, LETTER.replace(",", "")]


async def _cluster(client, factory, consult, session, texts):
    c = await consult.consultation()
    ids = [(await submit(client, c.id, body=t)).json()["id"] for t in texts]
    await dedup.cluster_all(session)
    moderator = await factory.actor("moderator")
    cluster_id = (await client.get(f"/api/v1/feedback/{ids[0]}", headers=moderator.headers)).json()[
        "cluster_id"
    ]
    assert cluster_id
    return c, ids, cluster_id, moderator


async def test_cluster_view_shows_each_members_difference_and_flags_content(
    client, factory, consult, session
):
    c, ids, cluster_id, moderator = await _cluster(
        client, factory, consult, session, [LETTER, COPIES[0], ADDED]
    )
    detail = (
        await client.get(f"/api/v1/consultations/{c.id}/clusters/{cluster_id}", headers=moderator.headers)
    ).json()
    by_id = {m["id"]: m for m in detail["members"]}
    assert [m["id"] for m in detail["members"]] == [ids[0], ids[2], ids[1]]  # first text, then flagged
    assert detail["size"] == 3 and detail["flagged"] == 1
    assert by_id[ids[0]]["representative"] and not by_id[ids[0]]["differs_in_content"]
    assert not by_id[ids[1]]["differs_in_content"]
    assert [s for s in by_id[ids[1]]["diff"] if s["op"] != "same"] == [
        {"op": "added", "text": "Xin cảm ơn", "content": False}
    ]
    flagged = by_id[ids[2]]
    assert flagged["differs_in_content"]
    added = [s for s in flagged["diff"] if s["op"] == "added"]
    assert added == [
        {"op": "added", "text": "Ngoài ra cũng cần quan tâm đến bữa ăn bán trú cho các em", "content": True}
    ]
    listed = (await client.get(f"/api/v1/consultations/{c.id}/clusters", headers=moderator.headers)).json()[
        "items"
    ]
    assert listed[0]["flagged"] == 1


async def test_bulk_answer_on_a_cluster_leaves_flagged_members_alone(client, factory, consult, session):
    c, ids, cluster_id, moderator = await _cluster(
        client, factory, consult, session, [LETTER, ADDED, COPIES[0]]
    )
    resp = await client.post(
        f"/api/v1/consultations/{c.id}/feedback/bulk",
        json={"selection": {"cluster_id": cluster_id}, "action": {"status": "in_review"}},
        headers=moderator.headers,
    )
    assert resp.status_code == 200 and resp.json()["updated"] == 2
    statuses = [
        (await client.get(f"/api/v1/feedback/{i}", headers=moderator.headers)).json()["status"] for i in ids
    ]
    assert statuses == ["in_review", "received", "in_review"]


async def test_a_ticked_flagged_member_and_an_unticked_one_are_honoured(client, factory, consult, session):
    c, ids, cluster_id, moderator = await _cluster(
        client, factory, consult, session, [LETTER, ADDED, COPIES[0]]
    )
    selection = {"cluster_id": cluster_id, "include_flagged_ids": [ids[1]], "exclude_ids": [ids[2]]}
    resp = await client.post(
        f"/api/v1/consultations/{c.id}/feedback/bulk",
        json={"selection": selection, "action": {"status": "in_review"}},
        headers=moderator.headers,
    )
    assert resp.json()["updated"] == 2
    statuses = [
        (await client.get(f"/api/v1/feedback/{i}", headers=moderator.headers)).json()["status"] for i in ids
    ]
    assert statuses == ["in_review", "in_review", "received"]


async def test_a_member_moved_out_stays_out_after_new_submissions(client, factory, consult, session):
    c, ids, cluster_id, moderator = await _cluster(client, factory, consult, session, [LETTER, *COPIES])
    url = f"/api/v1/consultations/{c.id}/clusters/{cluster_id}/members/{ids[1]}/move-out"
    resp = await client.post(url, headers=moderator.headers)
    assert resp.status_code == 200
    assert resp.json() == {"feedback_id": ids[1], "cluster_id": cluster_id, "cluster_size": 3}
    for text in (COPIES[0], COPIES[0] + " Trân trọng.", LETTER):
        await submit(client, c.id, body=text)
    await dedup.cluster_all(session)
    moved = (await client.get(f"/api/v1/feedback/{ids[1]}", headers=moderator.headers)).json()
    assert moved["cluster_id"] is None
    detail = (
        await client.get(f"/api/v1/consultations/{c.id}/clusters/{cluster_id}", headers=moderator.headers)
    ).json()
    assert detail["size"] == 6 and ids[1] not in {m["id"] for m in detail["members"]}
    assert [m["id"] for m in detail["moved_out"]] == [ids[1]]
    assert (await client.post(url, headers=moderator.headers)).status_code == 409


async def test_moving_out_is_audited(client, factory, consult, session):
    c, ids, cluster_id, moderator = await _cluster(client, factory, consult, session, [LETTER, *COPIES])
    await client.post(
        f"/api/v1/consultations/{c.id}/clusters/{cluster_id}/members/{ids[2]}/move-out",
        headers=moderator.headers,
    )
    admin = await factory.actor("admin")
    audit = (await client.get("/api/v1/audit", params={"entity_id": ids[2]}, headers=admin.headers)).json()
    entry = audit["items"][0]
    assert entry["action"] == "feedback.moved_out_of_cluster"
    assert entry["changes"] == {"cluster_id": {"before": cluster_id, "after": None}}


async def test_moving_out_the_first_text_makes_the_next_one_first(client, factory, consult, session):
    c, ids, cluster_id, moderator = await _cluster(client, factory, consult, session, [LETTER, *COPIES])
    await client.post(
        f"/api/v1/consultations/{c.id}/clusters/{cluster_id}/members/{ids[0]}/move-out",
        headers=moderator.headers,
    )
    newcomer = (await submit(client, c.id, body=LETTER + " Trân trọng.")).json()["id"]
    await dedup.cluster_all(session)
    detail = (
        await client.get(f"/api/v1/consultations/{c.id}/clusters/{cluster_id}", headers=moderator.headers)
    ).json()
    assert detail["representative_id"] == ids[1]
    assert {m["id"] for m in detail["members"]} == {ids[1], ids[2], ids[3], newcomer}


async def test_a_viewer_cannot_move_a_member_out(client, factory, consult, session):
    c, ids, cluster_id, _ = await _cluster(client, factory, consult, session, [LETTER, *COPIES])
    viewer = await factory.actor("viewer")
    url = f"/api/v1/consultations/{c.id}/clusters/{cluster_id}/members/{ids[1]}/move-out"
    assert (await client.post(url, headers=viewer.headers)).status_code == 403


async def _answer_cluster(client, c, cluster_id, moderator):
    """Take the cluster into review, then answer it (a second bulk action, returned)."""
    url = f"/api/v1/consultations/{c.id}/feedback/bulk"
    selection = {"cluster_id": cluster_id}
    review = {"selection": selection, "action": {"status": "in_review"}, "skip_ineligible": True}
    assert (await client.post(url, json=review, headers=moderator.headers)).status_code == 200
    answer = {"status": "not_accepted", "response": "Nội dung đã có trong dự thảo.", "add_tags": ["giáo dục"]}
    resp = await client.post(url, json={"selection": selection, "action": answer}, headers=moderator.headers)
    assert resp.status_code == 200
    return resp.json()["bulk_action_id"]


async def test_undo_for_one_member_restores_its_earlier_state(client, factory, consult, session):
    c, ids, cluster_id, moderator = await _cluster(client, factory, consult, session, [LETTER, *COPIES])
    etag = (await client.get(f"/api/v1/feedback/{ids[1]}", headers=moderator.headers)).headers["ETag"]
    await client.patch(
        f"/api/v1/feedback/{ids[1]}",
        json={"status": "in_review"},
        headers={**moderator.headers, "If-Match": etag},
    )
    bulk = await _answer_cluster(client, c, cluster_id, moderator)
    url = f"/api/v1/consultations/{c.id}/bulk-actions/{bulk}/recipients/{ids[1]}/undo"
    resp = await client.post(url, headers=moderator.headers)
    assert resp.status_code == 200
    assert resp.json() == {
        "feedback_id": ids[1],
        "bulk_action_id": bulk,
        "status": "in_review",
        "response": None,
    }
    undone = (await client.get(f"/api/v1/feedback/{ids[1]}", headers=moderator.headers)).json()
    assert (undone["status"], undone["response"], undone["tags"]) == ("in_review", None, [])
    other = (await client.get(f"/api/v1/feedback/{ids[2]}", headers=moderator.headers)).json()
    assert (other["status"], other["tags"]) == ("not_accepted", ["giáo dục"])
    detail = (
        await client.get(f"/api/v1/consultations/{c.id}/clusters/{cluster_id}", headers=moderator.headers)
    ).json()
    last = {m["id"]: m["last_bulk_action"] for m in detail["members"]}
    assert last[ids[1]]["undoable"] is False and last[ids[1]]["undone_at"] is not None
    assert last[ids[2]]["undoable"] is True and last[ids[2]]["bulk_action_id"] == bulk
    assert (await client.post(url, headers=moderator.headers)).status_code == 409


async def test_undo_is_refused_once_the_member_changed_since(client, factory, consult, session):
    c, ids, cluster_id, moderator = await _cluster(client, factory, consult, session, [LETTER, *COPIES])
    bulk = await _answer_cluster(client, c, cluster_id, moderator)
    etag = (await client.get(f"/api/v1/feedback/{ids[2]}", headers=moderator.headers)).headers["ETag"]
    await client.patch(
        f"/api/v1/feedback/{ids[2]}",
        json={"status": "in_review"},
        headers={**moderator.headers, "If-Match": etag},
    )
    resp = await client.post(
        f"/api/v1/consultations/{c.id}/bulk-actions/{bulk}/recipients/{ids[2]}/undo",
        headers=moderator.headers,
    )
    assert resp.status_code == 409 and "changed since" in resp.json()["detail"]
    assert (await client.get(f"/api/v1/feedback/{ids[2]}", headers=moderator.headers)).json()[
        "status"
    ] == "in_review"
