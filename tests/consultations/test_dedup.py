"""Near-duplicate clustering: lightly edited copies share a cluster, unrelated texts do not."""

from __future__ import annotations

import asyncio
import collections
import gc
import uuid

import numpy as np
import pytest
from sqlalchemy import delete, insert, select

from plandesk.consultations.clustering import dedup, lsh_index, text_compare
from plandesk.consultations.models import (
    ClusterExclusion,
    FeedbackCluster,
    FeedbackClusterMember,
    FeedbackSignature,
    FeedbackSubmission,
)
from tests.consultations.factories import submit

BASE = (
    "Tôi đề nghị dự thảo Báo cáo chính trị bổ sung nội dung về phát triển kinh tế nông nghiệp công nghệ cao, "
    "gắn với chế biến sâu nông sản chủ lực của tỉnh như cà phê, hồ tiêu, sầu riêng; đồng thời quan tâm hơn "
    "đến đời sống đồng bào dân tộc thiểu số vùng sâu, vùng xa."
)
EDITED = [
    BASE.replace("Tôi đề nghị", "Chúng tôi kiến nghị"),
    BASE + " Xin cảm ơn Ban soạn thảo.",
    "Kính gửi Ban soạn thảo. " + BASE.replace("phát triển", "phát trỉen"),  # a greeting, a typo
    BASE.upper(),
    BASE.replace("ư", "u").replace("ơ", "o").replace("ạ", "a"),  # typed without full diacritics
]
UNRELATED = [
    "Đề nghị bổ sung giải pháp về cải cách hành chính, rút ngắn thời gian giải quyết thủ tục "
    "cho doanh nghiệp, đẩy mạnh chuyển đổi số trong các cơ quan nhà nước của tỉnh.",
    "Cần làm rõ hơn trách nhiệm người đứng đầu trong công tác phòng, chống tham nhũng, lãng phí; tăng cường "
    "kiểm tra, giám sát việc thực hiện nghị quyết của Đảng.",
    "Dự thảo nên đánh giá sâu hơn về chất lượng giáo dục, đào tạo nguồn nhân lực và chính sách thu hút nhân "
    "tài về công tác tại tỉnh trong giai đoạn tới.",
    "Tôi đề nghị dự thảo Báo cáo chính trị bổ sung nội dung về giáo dục.",
    "Đồng ý.",
    # Alike, yet another request: one more crop asked for is not the same answer.
    BASE.replace("cà phê, hồ tiêu, sầu riêng", "cà phê, hồ tiêu, bơ, sầu riêng"),
]


async def _clusters(session, ids):
    rows = await session.execute(
        select(FeedbackSubmission.id, FeedbackClusterMember.cluster_id)
        .outerjoin(FeedbackClusterMember, FeedbackClusterMember.submission_id == FeedbackSubmission.id)
        .where(FeedbackSubmission.id.in_([uuid.UUID(i) for i in ids]))
    )
    return {str(i): c for i, c in rows}


@pytest.fixture
async def post(client, factory):
    """Submit as a signed-in officer (no per-address limit), returning the new id."""
    officer = await factory.actor("unit_officer")

    async def post(consultation_id, body):
        resp = await submit(client, consultation_id, officer.headers, body=body)
        assert resp.status_code == 201, resp.text
        return resp.json()["id"]

    return post


async def test_lightly_edited_copies_land_in_one_cluster(consult, session, post):
    c = await consult.consultation()
    copies = [await post(c.id, t) for t in [BASE, *EDITED]]
    others = [await post(c.id, t) for t in UNRELATED]
    assert await dedup.cluster_all(session) == len(copies) + len(others)
    clusters = await _clusters(session, copies + others)
    assert len({clusters[i] for i in copies}) == 1 and clusters[copies[0]] is not None
    assert all(clusters[i] is None for i in others)
    cluster = (await session.execute(select(FeedbackCluster))).scalar_one()
    assert cluster.size == len(copies) and str(cluster.representative_id) == copies[0]


async def test_clustering_is_incremental_across_batches(consult, session, post):
    c = await consult.consultation()
    first = await post(c.id, BASE)
    assert await dedup.cluster_pending(session) == 1
    later = [await post(c.id, t) for t in EDITED[:3]]
    assert await dedup.cluster_pending(session, limit=2) == 2
    assert await dedup.cluster_pending(session, limit=2) == 1
    assert await dedup.cluster_pending(session) == 0
    clusters = await _clusters(session, [first, *later])
    assert len(set(clusters.values())) == 1 and None not in clusters.values()
    size = (await session.execute(select(FeedbackCluster.size))).scalar_one()
    assert size == 4


async def test_a_text_bridging_two_clusters_merges_them(consult, session, post, monkeypatch):
    # Signatures made to measure, so the test is about merging, not about hashing:
    # A and B share nothing; "AB" has half of each (similarity 0.5 to both).
    a = np.arange(64, dtype=np.uint32)
    b = a + 1000
    made = {
        "a": a,
        "a2": np.concatenate([a[:60], a[60:] + 5000]),
        "b": b,
        "b2": np.concatenate([b[:60], b[60:] + 7000]),
    }
    made["ab"] = np.concatenate([a[:32], b[32:]])
    monkeypatch.setattr(dedup, "signatures", lambda texts: np.stack([made[t] for t in texts]))
    same = text_compare.Comparison(text_compare.Verdict.SAME, [], [])
    monkeypatch.setattr(text_compare, "verdict", lambda a, b: same.verdict)
    monkeypatch.setattr(dedup._Texts, "known", collections.OrderedDict())  # verdicts made up here
    c = await consult.consultation()
    ids = [await post(c.id, t) for t in ("a", "a2", "b", "b2")]
    await dedup.cluster_all(session)
    clusters = await _clusters(session, ids)
    assert clusters[ids[0]] == clusters[ids[1]] != clusters[ids[2]] == clusters[ids[3]]
    bridge = await post(c.id, "ab")
    await dedup.cluster_all(session)
    clusters = await _clusters(session, [*ids, bridge])
    assert len(set(clusters.values())) == 1 and None not in clusters.values()
    assert (await session.execute(select(FeedbackCluster.size))).scalars().all() == [5]


async def test_consultations_are_clustered_separately(consult, session, post):
    a = await consult.consultation()
    b = await consult.consultation()
    ids = [await post(cid, BASE) for cid in (a.id, b.id)]
    await dedup.cluster_all(session)
    clusters = await _clusters(session, ids)
    assert clusters[ids[0]] is None and clusters[ids[1]] is None


def test_signature_similarity_tracks_edit_distance():
    from plandesk.core.text import fold

    base = dedup.signature(fold(BASE))
    assert dedup.similarity(base, dedup.signature(fold(EDITED[0]))) >= 0.6
    assert dedup.similarity(base, dedup.signature(fold(UNRELATED[0]))) < 0.3


def test_body_hash_ignores_case_accents_and_punctuation():
    assert dedup.body_hash("Đồng ý với dự thảo!") == dedup.body_hash("dong y voi du thao")
    assert dedup.body_hash("Đồng ý") != dedup.body_hash("Không đồng ý")


SCHOOLS = (
    "Cần tăng cường đầu tư xây dựng trường học cho vùng đồng bào dân tộc thiểu số ở huyện Ea Súp, "
    "nhất là các xã biên giới còn nhiều khó khăn."
)


async def _apart(post, session, c, first: str, second: str) -> None:
    ids = [await post(c.id, first), await post(c.id, second)]
    await dedup.cluster_all(session)
    clusters = await _clusters(session, ids)
    assert clusters[ids[0]] is None and clusters[ids[1]] is None


async def test_schools_and_clinics_stay_apart(consult, session, post):
    await _apart(
        post, session, await consult.consultation(), SCHOOLS, SCHOOLS.replace("trường học", "trạm y tế")
    )


async def test_agreeing_and_disagreeing_stay_apart(consult, session, post):
    text = "Tôi nhất trí với dự thảo Nghị quyết về phát triển kinh tế - xã hội của tỉnh năm 2026."
    await _apart(
        post, session, await consult.consultation(), text, text.replace("nhất trí", "không nhất trí")
    )


async def test_two_districts_stay_apart(consult, session, post):
    await _apart(post, session, await consult.consultation(), SCHOOLS, SCHOOLS.replace("Ea Súp", "Buôn Đôn"))


async def test_two_figures_stay_apart(consult, session, post):
    text = (
        "Đề nghị nâng chỉ tiêu tốc độ tăng trưởng kinh tế bình quân giai đoạn 2026 - 2030 lên 7,5% mỗi năm."
    )
    await _apart(post, session, await consult.consultation(), text, text.replace("7,5%", "8,5%"))


LIGHT_EDITS = [
    SCHOOLS.replace(",", "").rstrip(".") + " ạ.",  # punctuation, a polite particle
    "Kính gửi Ban soạn thảo. " + SCHOOLS + "\nTrân trọng,\nNguyễn Văn Hùng",  # greeting, signature
    "can tang cuong dau tu xay dung truong hoc cho vung dong bao dan toc thieu so o huyen Ea Sup, "
    "nhat la cac xa bien gioi con nhieu kho khan.",  # no diacritics
    SCHOOLS.replace("tăng cường", "tăng cừong"),  # a typo
    "Nhất là các xã biên giới còn nhiều khó khăn, cần tăng cường đầu tư xây dựng trường học cho vùng "
    "đồng bào dân tộc thiểu số ở huyện Ea Súp.",  # word order
]


async def test_light_edits_stay_together_and_unflagged(consult, session, post):
    c = await consult.consultation()
    ids = [await post(c.id, t) for t in [SCHOOLS, *LIGHT_EDITS]]
    await dedup.cluster_all(session)
    clusters = await _clusters(session, ids)
    assert len(set(clusters.values())) == 1 and None not in clusters.values()
    flags = (await session.execute(select(FeedbackClusterMember.differs_in_content))).scalars().all()
    assert flags == [False] * len(ids)


LETTER = (
    "Về giáo dục, cần rà soát, sắp xếp lại mạng lưới trường lớp phù hợp với thực tế dân cư, tránh dồn ghép "
    "máy móc gây khó khăn cho học sinh vùng sâu. Cần bảo đảm đủ giáo viên theo định mức cho các điểm trường "
    "lẻ. Đề nghị ưu tiên kiên cố hóa phòng học ở các xã đặc biệt khó khăn."
)


async def test_a_sentence_added_to_a_long_text_joins_flagged(consult, session, post):
    c = await consult.consultation()
    first = await post(c.id, LETTER)
    longer = await post(c.id, LETTER + " Ngoài ra cũng cần quan tâm đến bữa ăn bán trú cho các em.")
    await dedup.cluster_all(session)
    rows = dict(
        (
            await session.execute(
                select(FeedbackClusterMember.submission_id, FeedbackClusterMember.differs_in_content)
            )
        )
        .tuples()
        .all()
    )
    assert rows == {uuid.UUID(first): False, uuid.UUID(longer): True}


async def test_copies_of_a_request_kept_apart_still_gather(consult, session, post):
    c = await consult.consultation()
    clinics = SCHOOLS.replace("trường học", "trạm y tế")
    ids = [
        await post(c.id, t) for t in (SCHOOLS, clinics, clinics + " Xin cảm ơn.", SCHOOLS + " Trân trọng.")
    ]
    await dedup.cluster_all(session)
    clusters = await _clusters(session, ids)
    assert clusters[ids[0]] == clusters[ids[3]] is not None
    assert clusters[ids[1]] == clusters[ids[2]] is not None
    assert clusters[ids[0]] != clusters[ids[1]]


async def test_copies_equal_but_for_case_and_accents_are_joined_without_reading_words(
    consult, session, post, monkeypatch
):
    # Equal normalised texts (the body hash) are one text to the comparison: no word is read.
    def unread(body: str) -> None:
        raise AssertionError(f"words read for {body!r}")

    monkeypatch.setattr(text_compare, "Text", unread)
    c = await consult.consultation()
    ids = [await post(c.id, t) for t in (SCHOOLS, SCHOOLS.upper(), SCHOOLS.replace(",", "") + "!")]
    await dedup.cluster_all(session)
    clusters = await _clusters(session, ids)
    assert len(set(clusters.values())) == 1 and None not in clusters.values()


async def test_verdicts_and_prepared_texts_are_reused_across_batches(consult, session, post, monkeypatch):
    monkeypatch.setattr(dedup._Texts, "known", collections.OrderedDict())
    monkeypatch.setattr(dedup._Texts, "texts", collections.OrderedDict())
    made: list[str] = []
    compared: list[tuple[str, str]] = []
    real_text, real_verdict = text_compare.Text, text_compare.verdict

    def text(body: str) -> text_compare.Text:
        made.append(body)
        return real_text(body)

    def verdict(a: text_compare.Text, b: text_compare.Text) -> text_compare.Verdict:
        compared.append((a.body, b.body))
        return real_verdict(a, b)

    monkeypatch.setattr(text_compare, "Text", text)
    monkeypatch.setattr(text_compare, "verdict", verdict)
    c = await consult.consultation()
    clinics = SCHOOLS.replace("trường học", "trạm y tế")
    typo = SCHOOLS.replace("xây dựng", "xây dựnng")
    ids = [await post(c.id, SCHOOLS), await post(c.id, clinics)]
    await dedup.cluster_all(session)
    assert compared == [(SCHOOLS, clinics)] and made == [SCHOOLS, clinics]
    # Later batches: the same typo'd copy twice (each compared once with each anchor, in its
    # own batch), then the clinics request again with different punctuation.
    for body in (typo, typo + "!", clinics.replace(",", "")):
        ids.append(await post(c.id, body))
        await dedup.cluster_all(session)
    assert sorted(compared) == sorted([(SCHOOLS, clinics), (SCHOOLS, typo), (clinics, typo)])
    assert made == [SCHOOLS, clinics, typo]  # the anchors' texts were prepared once
    clusters = await _clusters(session, ids)
    assert clusters[ids[0]] == clusters[ids[2]] == clusters[ids[3]] is not None
    assert clusters[ids[1]] == clusters[ids[4]] is not None != clusters[ids[0]]


async def test_the_worker_keeps_what_the_process_loaded_out_of_full_collections(monkeypatch):
    # Full collections, which a batch's many short-lived rows trigger often, must not walk
    # every module and object the process loaded before the loop started.
    class Session:
        async def __aenter__(self):
            return self

        async def __aexit__(self, *exc):
            return False

    async def stop(session, batch):
        raise asyncio.CancelledError

    monkeypatch.setattr(dedup, "cluster_pending", stop)
    gc.unfreeze()
    threshold = gc.get_threshold()
    try:
        with pytest.raises(asyncio.CancelledError):
            await dedup.run_worker(Session, 1.0, 200)
        assert gc.get_freeze_count() > 0
        # Young collections less often; the older generations' ratios as they were.
        assert gc.get_threshold() == (dedup.GC_YOUNG, *threshold[1:])
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)


async def test_an_anchors_signature_is_read_once_and_a_moved_out_anchor_stays_out(
    consult, session, post, monkeypatch
):
    monkeypatch.setattr(dedup, "INDEX", lsh_index.Index())
    c = await consult.consultation()
    first = await post(c.id, SCHOOLS)
    await dedup.cluster_all(session)
    assert uuid.UUID(first) in dedup.INDEX.number  # kept when it was written
    read: list[list[uuid.UUID]] = []
    real_execute = None

    async def execute(self, statement, *args, **kwargs):
        if getattr(statement, "is_select", False) and any(
            c is dedup.SG.c.signature for c in statement.selected_columns
        ):
            read.append(statement)
        return await real_execute(self, statement, *args, **kwargs)

    from sqlalchemy.ext.asyncio import AsyncConnection

    real_execute = AsyncConnection.execute
    monkeypatch.setattr(AsyncConnection, "execute", execute)
    copy = await post(c.id, SCHOOLS + " Trân trọng.")
    await dedup.cluster_all(session)
    assert read == []  # the anchor's signature came from the cache
    clusters = await _clusters(session, [first, copy])
    assert clusters[first] == clusters[copy] is not None
    # Moved out (its signature row deleted), the cached signature must not bring it back.
    await session.execute(
        insert(ClusterExclusion).values(
            submission_id=uuid.UUID(first), cluster_id=clusters[first], moved_by="test"
        )
    )
    await session.execute(
        delete(FeedbackClusterMember).where(FeedbackClusterMember.submission_id == uuid.UUID(first))
    )
    await session.execute(
        delete(FeedbackSignature).where(FeedbackSignature.submission_id == uuid.UUID(first))
    )
    await session.commit()
    later = await post(c.id, SCHOOLS + " Xin cảm ơn.")
    await dedup.cluster_all(session)
    clusters = await _clusters(session, [first, copy, later])
    assert clusters[first] is None and clusters[later] is None  # nothing else anchors that text


def test_a_dedicated_worker_behind_the_queue_goes_straight_on_with_larger_batches():
    # `plandesk worker` found a full batch: no pause, and the next batch twice as large, capped.
    assert dedup.next_batch(200, 200, 200, 1.0, dedicated=True) == (400, 0.0)
    assert dedup.next_batch(200, 400, 400, 1.0, dedicated=True) == (800, 0.0)
    cap = 200 * dedup.CATCH_UP_FACTOR
    assert dedup.next_batch(200, cap, cap, 1.0, dedicated=True) == (cap, 0.0)
    # The queue drained by a batch that found some: the same room, and a short pause only.
    assert dedup.next_batch(200, 800, 17, 1.0, dedicated=True) == (800, dedup.BUSY_PAUSE_SECONDS)
    assert dedup.next_batch(200, 200, 199, 0.1, dedicated=True) == (200, 0.1)
    # Nothing found: the configured batch again, and the interval's wait.
    assert dedup.next_batch(200, 800, 0, 1.0, dedicated=True) == (200, 1.0)
    assert dedup.next_batch(200, 200, 0, 1.0, dedicated=True) == (200, 1.0)
    # In an API process the loop shares the event loop with requests: same size, a short pause.
    assert dedup.next_batch(200, 200, 200, 1.0, dedicated=False) == (200, dedup.API_PAUSE_SECONDS)
    assert dedup.next_batch(200, 200, 3, 1.0, dedicated=False) == (200, 1.0)
