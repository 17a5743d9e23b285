"""Near-duplicate clustering: lightly edited copies share a cluster, unrelated texts do not."""

from __future__ import annotations

import uuid

import numpy as np
import pytest
from sqlalchemy import select

from plandesk.consultations import dedup
from plandesk.consultations.models import FeedbackCluster, FeedbackClusterMember, FeedbackSubmission
from tests.consultations.factories import submit

BASE = (
    "Tôi đề nghị dự thảo Báo cáo chính trị bổ sung nội dung về phát triển kinh tế nông nghiệp công nghệ cao, "
    "gắn với chế biến sâu nông sản chủ lực của tỉnh như cà phê, hồ tiêu, sầu riêng; đồng thời quan tâm hơn "
    "đến đời sống đồng bào dân tộc thiểu số vùng sâu, vùng xa."
)
EDITED = [
    BASE.replace("Tôi đề nghị", "Chúng tôi kiến nghị"),
    BASE + " Xin cảm ơn Ban soạn thảo.",
    BASE.replace("cà phê, hồ tiêu, sầu riêng", "cà phê, hồ tiêu, bơ, sầu riêng"),
    "Kính gửi Ban soạn thảo. " + BASE.replace("đời sống", "cuộc sống"),
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
